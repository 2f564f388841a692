// SPDX-License-Identifier: GPL-2.0-or-later
#include "argumentformpanel.h"

#include "qmpschemadescriber.h"
#include "syntaxpalette.h"

#include <QtCore/QEvent>
#include <QtCore/QScopedValueRollback>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using Editor = QmpArgumentForm::Editor;

ArgumentFormPanel::ArgumentFormPanel(QWidget *parent)
    : QWidget(parent)
    , m_commands(new QComboBox(this))
    , m_commandLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_fields(new QWidget)
    , m_grid(new QGridLayout)
    , m_returns(new QLabel)
{
    setObjectName(u"argumentForm"_s);
    m_commands->setObjectName(u"argumentFormCommand"_s);
    m_commands->setEditable(true);
    m_commands->setInsertPolicy(QComboBox::NoInsert);
    m_commands->completer()->setFilterMode(Qt::MatchContains);
    m_commands->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_commands->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_commands->setMinimumContentsLength(8); // a narrow form leaves the JSON preview its room; the list is wider
    m_commandLabel->setBuddy(m_commands);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop); // alone in HMP mode it takes the fields' height
    m_note->setObjectName(u"argumentFormNote"_s);
    m_returns->setObjectName(u"argumentFormReturns"_s);
    m_returns->setTextFormat(Qt::PlainText);
    m_returns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returns->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_returns->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(2, 2, 2, 2);
    fieldsLayout->addLayout(m_grid);
    fieldsLayout->addSpacing(6);
    fieldsLayout->addWidget(m_returns);
    fieldsLayout->addStretch(1);
    m_scroll->setWidget(m_fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow instead

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_commandLabel);
    top->addWidget(m_commands, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);

    connect(m_commands, &QComboBox::activated, this, [this] { chooseCommand(m_commands->currentText().trimmed()); });
    retranslate();
    updateNote();
}

ArgumentFormPanel::~ArgumentFormPanel() = default;

void ArgumentFormPanel::setSchema(const QmpSchema &schema)
{
    m_schema = schema;
    {
        const QSignalBlocker block(m_commands);
        const QString current = m_commands->currentText();
        m_commands->clear();
        m_commands->addItems(schema.commandNames());
        m_commands->setCurrentIndex(-1);
        m_commands->setEditText(current);
    }
    // The box stays narrow for the JSON preview's sake; its list opens wide enough for every name.
    const QFontMetrics metrics(m_commands->view()->font());
    int widest = 0;
    for (const QString &name : schema.commandNames())
        widest = qMax(widest, metrics.horizontalAdvance(name));
    const int itemMargins = 16;
    m_commands->view()->setMinimumWidth(widest + m_commands->view()->verticalScrollBar()->sizeHint().width() + itemMargins);
    const QmpValue arguments = m_message.value(u"arguments");
    m_form = QmpArgumentForm(m_schema, m_form.command(), arguments);
    rebuild();
    showValues(arguments);
}

void ArgumentFormPanel::setMode(CommandText::Mode mode)
{
    m_mode = mode;
    m_scroll->setVisible(mode == CommandText::Mode::Qmp);
    // Back in QMP the editor's next result unfreezes the form and names its command again.
    if (mode == CommandText::Mode::Hmp) {
        setFrozen(Frozen::Hmp);
        const QSignalBlocker block(m_commands);
        m_commands->setEditText(QString()); // the last QMP command is not what HMP mode is about
    }
}

void ArgumentFormPanel::setFrozen(Frozen why)
{
    m_frozen = why;
    m_fields->setEnabled(why == Frozen::No);
    updateNote();
}

void ArgumentFormPanel::showCommand(const CommandText::Result &result)
{
    if (m_mode == CommandText::Mode::Hmp || result.form == CommandText::Form::Hmp) {
        setFrozen(Frozen::Hmp);
        return;
    }
    if (result.state == CommandText::State::Invalid) {
        setFrozen(Frozen::InvalidText);
        return;
    }
    m_frozen = Frozen::No;
    m_fields->setEnabled(true);
    m_message = result.isValid() ? result.message : QmpValue();
    const QmpValue arguments = m_message.value(u"arguments");
    const QString before = m_form.command();
    const QStringList fieldsBefore = m_form.fieldNames();
    m_form = QmpArgumentForm(m_schema, result.isValid() ? result.command : QString(), arguments);
    const bool changed = m_form.command() != before || m_form.fieldNames() != fieldsBefore;
    if (changed)
        rebuild();
    // The echo of the form's own edit leaves the fields alone: a half-typed value stays.
    if (changed || !m_emitting)
        showValues(arguments);
    updateNote();
    const QSignalBlocker block(m_commands);
    if (m_commands->currentText() != m_form.command())
        m_commands->setEditText(m_form.command());
}

void ArgumentFormPanel::rebuild()
{
    // Deleted later: a rebuild may come from inside a field's own signal (a union's tag).
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(row.include), row.editor}) {
            w->hide();
            m_grid->removeWidget(w);
            w->deleteLater();
        }
    }
    m_rows.clear();

    updateNote();
    m_returns->setText(m_form.isValid() ? m_form.returnDescription() : QString());
    m_returns->setVisible(m_form.isValid());

    const QmpSchemaDescriber describer(m_schema);
    const QList<QmpArgumentForm::Field> &fields = m_form.fields();
    for (int i = 0; i < fields.size(); ++i) {
        Row row;
        row.field = fields.at(i);
        const QmpArgumentForm::Field &f = row.field;
        row.include = new QCheckBox(f.optional ? f.name : f.name + u" *"_s, m_fields);
        row.include->setObjectName(u"include:"_s + f.name);
        if (!f.optional) {
            QFont bold = row.include->font();
            bold.setBold(true);
            row.include->setFont(bold);
        }
        row.include->setToolTip(f.optional ? tr("Optional: ticked, the key is sent; unticked or blank, it is left out.")
                                           : tr("Required: QEMU refuses the command without it."));
        switch (f.editor) {
        case Editor::Bool: {
            auto *box = new QCheckBox(u"false"_s, m_fields);
            connect(box, &QCheckBox::toggled, box, [box](bool on) { box->setText(on ? u"true"_s : u"false"_s); });
            connect(box, &QCheckBox::clicked, this, [this, i] { fieldEdited(i, false); });
            row.editor = box;
            break;
        }
        case Editor::Enum: {
            auto *combo = new QComboBox(m_fields);
            combo->addItems(f.enumValues);
            combo->setPlaceholderText(tr("(not set)"));
            combo->setCurrentIndex(-1);
            connect(combo, &QComboBox::activated, this, [this, i] { fieldEdited(i, false); });
            row.editor = combo;
            break;
        }
        case Editor::Integer:
        case Editor::Number:
        case Editor::String:
        case Editor::Json: {
            auto *line = new QLineEdit(m_fields);
            line->setPlaceholderText(f.editor == Editor::Integer ? tr("whole number")
                                     : f.editor == Editor::Number ? tr("number")
                                     : f.editor == Editor::String ? tr("text")
                                                                  : tr("JSON: %1").arg(f.typeLabel));
            if (f.editor == Editor::Json)
                line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            connect(line, &QLineEdit::textEdited, this, [this, i] { fieldEdited(i, false); });
            row.editor = line;
            break;
        }
        }
        row.editor->setObjectName(u"field:"_s + f.name);
        row.editor->setAccessibleName(f.name);
        // The widget says bool or enum; text fields say their type in the placeholder; the
        // tooltip has the whole structure.
        row.hint = f.editor == Editor::Json || f.editor == Editor::Enum
            ? f.name + u": "_s + describer.describeType(f.type).trimmed()
            : f.name + u": "_s + f.typeLabel;
        connect(row.include, &QCheckBox::clicked, this, [this, i] { fieldEdited(i, true); });
        m_grid->addWidget(row.include, i, 0);
        m_grid->addWidget(row.editor, i, 1);
        m_rows.append(row);
    }
}

void ArgumentFormPanel::showValues(const QmpValue &arguments)
{
    for (Row &row : m_rows)
        showValue(row, arguments.value(row.field.name));
}

void ArgumentFormPanel::showValue(Row &row, const QmpValue &value)
{
    const QSignalBlocker blockInclude(row.include);
    const QSignalBlocker blockEditor(row.editor);
    row.include->setChecked(!value.isUndefined());
    QString error;
    if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        box->setChecked(value.toBool());
        box->setText(value.toBool() ? u"true"_s : u"false"_s);
        if (!value.isUndefined() && !value.isBool())
            error = tr("Expected true or false, the editor has %1").arg(QString::fromUtf8(value.toJson()));
    } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        combo->setCurrentIndex(combo->findText(value.toString()));
        const bool foreign = !value.isUndefined() && combo->currentIndex() < 0;
        // What the editor has shows in place of a choice, so the list does not pretend it is unset.
        combo->setPlaceholderText(foreign ? tr("%1 (not allowed)").arg(QmpArgumentForm::text(row.field, value))
                                          : tr("(not set)"));
        if (foreign)
            error = tr("The editor has %1, which is not one of these").arg(QString::fromUtf8(value.toJson()));
    } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        if (value.isUndefined())
            line->clear();
        else if (QmpArgumentForm::value(row.field, line->text()) != value) // "1.0" stays as typed
            line->setText(QmpArgumentForm::text(row.field, value));
        if (!value.isUndefined())
            QmpArgumentForm::value(row.field, line->text(), &error);
    }
    markError(row, error);
}

QmpValue ArgumentFormPanel::rowValue(const Row &row, QString *error) const
{
    error->clear();
    if (auto *box = qobject_cast<QCheckBox *>(row.editor))
        return QmpValue(box->isChecked());
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        if (combo->currentIndex() < 0) {
            *error = tr("Choose a value");
            return {};
        }
        return QmpValue(combo->currentText());
    }
    if (auto *line = qobject_cast<QLineEdit *>(row.editor))
        return QmpArgumentForm::value(row.field, line->text(), error);
    return {};
}

void ArgumentFormPanel::fieldEdited(int index, bool fromSwitch)
{
    if (index < 0 || index >= m_rows.size() || m_frozen != Frozen::No)
        return;
    Row &row = m_rows[index];
    if (!fromSwitch) {
        // Touching a value means sending it; a blank text field means leaving it out.
        const auto *line = qobject_cast<QLineEdit *>(row.editor);
        row.include->setChecked(!line || !line->text().isEmpty());
    } else if (row.include->isChecked()) {
        if (auto *combo = qobject_cast<QComboBox *>(row.editor); combo && combo->currentIndex() < 0)
            combo->setCurrentIndex(0);
    }
    QString error;
    if (row.include->isChecked())
        rowValue(row, &error);
    markError(row, error);
    emitMessage();
}

void ArgumentFormPanel::emitMessage()
{
    QList<std::pair<QString, QmpValue>> values;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.include->isChecked())
            continue;
        QString error;
        const QmpValue v = rowValue(row, &error);
        // A field that does not hold a value yet keeps what the editor has for it.
        values.append({row.field.name, error.isEmpty() ? v : m_message.value(u"arguments").value(row.field.name)});
    }
    m_message = m_form.message(m_message, values);
    // Last: the owner writes the editor, whose echo may rebuild this form.
    const QScopedValueRollback emitting(m_emitting, true);
    Q_EMIT messageEdited(m_message);
}

void ArgumentFormPanel::markError(Row &row, const QString &error)
{
    QPalette p = palette();
    if (!error.isEmpty()) {
        const SyntaxPalette colours(p);
        p.setColor(QPalette::Base, colours.invalidBackground());
        p.setColor(QPalette::Text, colours.error());
        p.setColor(QPalette::ButtonText, colours.error()); // check boxes and lists
        p.setColor(QPalette::WindowText, colours.error());
    }
    row.editor->setPalette(p);
    row.editor->setToolTip(error.isEmpty() ? row.hint : error);
}

void ArgumentFormPanel::chooseCommand(const QString &name)
{
    if (name.isEmpty() || name == m_form.command() || !m_schema.command(name))
        return;
    const QScopedValueRollback emitting(m_emitting, true);
    Q_EMIT messageEdited(QmpArgumentForm(m_schema, name).message({}, {}));
}

void ArgumentFormPanel::updateNote()
{
    QString text;
    if (m_frozen == Frozen::Hmp)
        text = tr("The argument form is for QMP commands: HMP lines have no schema. Choosing a command here switches to QMP.");
    else if (m_frozen == Frozen::InvalidText)
        text = tr("Fix the command in the editor first: the form follows it.");
    else if (m_form.command().isEmpty())
        text = tr("Type a command in the editor or choose one here.");
    else if (m_schema.isEmpty())
        text = tr("The schema of this connection is not known (yet): no form.");
    else if (!m_form.isValid())
        text = tr("This QEMU has no command \"%1\".").arg(m_form.command());
    else if (m_form.fields().isEmpty())
        text = tr("\"%1\" takes no arguments.").arg(m_form.command());
    else
        text = tr("* required. Ticked keys are sent; blank ones are left out.");
    m_note->setText(text);
}

const ArgumentFormPanel::Row *ArgumentFormPanel::rowOf(const QString &name) const
{
    for (const Row &row : m_rows) {
        if (row.field.name == name)
            return &row;
    }
    return nullptr;
}

QWidget *ArgumentFormPanel::fieldEditor(const QString &name) const
{
    const Row *row = rowOf(name);
    return row ? row->editor : nullptr;
}

QCheckBox *ArgumentFormPanel::fieldSwitch(const QString &name) const
{
    const Row *row = rowOf(name);
    return row ? row->include : nullptr;
}

void ArgumentFormPanel::retranslate()
{
    m_commandLabel->setText(tr("Co&mmand:"));
    m_commands->setAccessibleName(tr("Command for the argument form"));
    m_commands->lineEdit()->setPlaceholderText(tr("Choose a command"));
    m_fields->setAccessibleName(tr("Arguments"));
}

void ArgumentFormPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QmpValue arguments = m_message.value(u"arguments");
        // The form's own texts (what the command returns) were written in the old language.
        m_form = QmpArgumentForm(m_schema, m_form.command(), arguments);
        rebuild();
        showValues(arguments);
    }
    QWidget::changeEvent(event);
}
