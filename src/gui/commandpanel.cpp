// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandpanel.h"

#include "argumentformpanel.h"
#include "commandeditor.h"
#include "commandlogmodel.h"
#include "completionsource.h"
#include "historysearchpopup.h"
#include "jsonhighlighter.h"
#include "qmpclient.h" // the source's QPointer<QmpClient> needs the whole type
#include "schemacompletionsource.h"
#include "syntaxpalette.h"

#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

CommandPanel::CommandPanel(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CommandEditor(this))
    , m_form(new ArgumentFormPanel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_target(new QComboBox(this))
    , m_modeCombo(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_state(new QLabel(this))
    , m_send(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_commandNames(new CommandNameCompletion)
{
    m_target->setObjectName(QStringLiteral("commandTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target->setMinimumContentsLength(16);
    m_targetLabel->setBuddy(m_target);
    m_modeCombo->addItem(QString(), QVariant::fromValue(int(CommandText::Mode::Qmp)));
    m_modeCombo->addItem(QString(), QVariant::fromValue(int(CommandText::Mode::Hmp)));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_send->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyButton->setIcon(QIcon(QStringLiteral(":/icons/history.svg")));
    m_historyButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setMinimumWidth(50);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_preview->setObjectName(QStringLiteral("commandPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_preview->document());

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_targetLabel);
    top->addWidget(m_target);
    top->addWidget(m_modeCombo);
    top->addWidget(m_state, 1);
    top->addWidget(m_historyButton);
    top->addWidget(m_send);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("editorSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_editor);
    split->addWidget(m_form);
    split->addWidget(m_preview);
    // Editor and preview alike: the preview shows the same message pretty-printed, so it needs
    // the width the editor has. These are the first-start shares; the main window keeps the
    // person's own across restarts.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setSizes({300, 200, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_editor->setCompletionSource(m_commandNames);
    connect(m_editor, &CommandEditor::resultChanged, this, &CommandPanel::updateState);
    connect(m_editor, &CommandEditor::resultChanged, m_form, &ArgumentFormPanel::showCommand);
    connect(m_form, &ArgumentFormPanel::messageEdited, this, &CommandPanel::writeMessage);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        // The status line tells the problem under the cursor.
        if (!m_editor->diagnostics().isEmpty())
            updateState(m_editor->result());
    });
    connect(m_editor, &CommandEditor::sendRequested, this, &CommandPanel::send);
    connect(m_editor, &CommandEditor::historySearchRequested, this, &CommandPanel::searchHistory);
    connect(m_send, &QToolButton::clicked, this, &CommandPanel::send);
    connect(m_historyButton, &QToolButton::clicked, this, &CommandPanel::searchHistory);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = CommandText::Mode(m_modeCombo->currentData().toInt());
        m_form->setMode(mode); // first: the editor's mode change sends the form a new result
        m_editor->setMode(mode);
        Q_EMIT modeChanged(mode);
    });

    retranslate();
    updateState(m_editor->result());
}

CommandPanel::~CommandPanel()
{
    m_editor->setCompletionSource(nullptr);
    m_editor->setDiagnosticSource(nullptr);
    delete m_commandNames;
}

void CommandPanel::setMode(CommandText::Mode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

CommandText::Mode CommandPanel::mode() const
{
    return m_editor->mode();
}

void CommandPanel::setTargetModel(QAbstractItemModel *model, int column)
{
    m_target->setModel(model);
    m_target->setModelColumn(column);
}

void CommandPanel::setTargetReady(bool ready, const QString &whyNot)
{
    m_targetReady = ready;
    m_targetWhyNot = whyNot;
    updateState(m_editor->result());
}

bool CommandPanel::canSend() const
{
    return m_canSend;
}

void CommandPanel::setCommandNames(const QStringList &names)
{
    m_commandNames->setCommandNames(names);
}

void CommandPanel::setSchemaSource(SchemaCompletionSource *source)
{
    if (m_schemaSource == source)
        return;
    if (m_schemaSource)
        m_schemaSource->disconnect(this);
    m_schemaSource = source;
    if (source) {
        connect(source, &SchemaCompletionSource::schemaChanged, this, &CommandPanel::schemaChanged);
        connect(source, &QObject::destroyed, this, [this] {
            m_editor->setCompletionSource(m_commandNames);
            m_editor->setDiagnosticSource(nullptr);
            m_form->setSchema({});
        });
    }
    schemaChanged();
}

void CommandPanel::schemaChanged()
{
    const bool known = m_schemaSource && !m_schemaSource->schema().isEmpty();
    m_editor->setCompletionSource(known ? static_cast<const CompletionSource *>(m_schemaSource.data()) : m_commandNames);
    m_form->setSchema(known ? m_schemaSource->schema() : QmpSchema());
    m_editor->setDiagnosticSource(known ? m_schemaSource.data() : nullptr);
    m_editor->revalidate(); // the same text may now be diagnosed differently
}

void CommandPanel::writeMessage(const QmpValue &message)
{
    if (m_editor->mode() != CommandText::Mode::Qmp)
        setMode(CommandText::Mode::Qmp);
    const QString text = QString::fromUtf8(message.toJson(QmpValue::Format::Indented));
    if (text == m_editor->toPlainText())
        return;
    // One edit, so Ctrl+Z in the editor takes back what the form wrote.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

QString CommandPanel::statusText() const
{
    return m_statusText;
}

void CommandPanel::send()
{
    m_editor->hideCompletion(); // the Send button and the menu bypass the editor's Ctrl+Enter
    if (!m_canSend)
        return;
    Q_EMIT sendRequested(m_editor->result());
}

void CommandPanel::searchHistory()
{
    const QStringList history = m_editor->history();
    auto *popup = new HistorySearchPopup(history, this);
    connect(popup, &HistorySearchPopup::entryChosen, this, [this](const QString &entry) {
        m_editor->setPlainText(entry);
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setFocus();
    });
    popup->showBelow(m_editor);
}

void CommandPanel::updateState(const CommandText::Result &result)
{
    const SyntaxPalette colours(palette());
    QString text;
    QColor colour = palette().color(QPalette::WindowText);
    switch (result.state) {
    case CommandText::State::Empty:
        text = tr("Type a command");
        m_preview->clear();
        break;
    case CommandText::State::Invalid:
        text = tr("Line %1, column %2: %3").arg(result.errorLine).arg(result.errorColumn).arg(result.error);
        colour = colours.error();
        m_preview->clear(); // the last valid message is not what Send would send now
        break;
    case CommandText::State::Valid:
        // An HMP line is named as typed: "human-monitor-command" would be true but tell nothing.
        text = result.form == CommandText::Form::Hmp
            ? tr("Valid HMP line: %1").arg(CommandLogModel::hmpCommandLine(result.message))
            : tr("Valid: %1").arg(result.command);
        colour = colours.string();
        m_preview->setPlainText(CommandText::preview(result));
        if (const QList<SchemaDiagnostic> &problems = m_editor->diagnostics(); !problems.isEmpty()) {
            const SchemaDiagnostic *shown = m_editor->diagnosticAt(m_editor->textCursor().position());
            if (!shown)
                shown = &problems.first();
            // A warning, not an error: the schema may lag behind what this QEMU accepts.
            text = problems.size() == 1
                ? tr("Schema: %1. QEMU decides; you can still send.").arg(shown->message)
                : tr("Schema: %1 (and %n more). QEMU decides; you can still send.", nullptr, int(problems.size()) - 1)
                      .arg(shown->message);
            colour = colours.warning();
        }
        break;
    }
    m_state->setText(text);
    m_state->setToolTip(text);
    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, colour);
    m_state->setPalette(p);

    const bool canSend = result.isValid() && m_targetReady;
    m_send->setEnabled(canSend);
    const QString sendTip = m_editor->diagnostics().isEmpty()
        ? tr("Send (Ctrl+Enter)")
        : tr("Send (Ctrl+Enter). The schema check found problems, but QEMU has the last word: sending is allowed.");
    m_send->setToolTip(canSend ? sendTip : (!result.isValid() ? tr("Fix the command first") : m_targetWhyNot));
    if (m_canSend != canSend) {
        m_canSend = canSend;
        Q_EMIT canSendChanged(canSend);
    }
    if (m_statusText != text) {
        m_statusText = text;
        Q_EMIT statusTextChanged(text);
    }
}

void CommandPanel::retranslate()
{
    m_targetLabel->setText(tr("Send &to:"));
    m_target->setAccessibleName(tr("Target connection"));
    m_target->setPlaceholderText(tr("No connection"));
    m_modeCombo->setItemText(0, tr("QMP"));
    m_modeCombo->setItemText(1, tr("HMP"));
    m_modeCombo->setAccessibleName(tr("Command language"));
    m_modeCombo->setToolTip(tr("QMP: a JSON message or the short form \"device_add driver=usb-kbd id=k0\". "
                               "HMP: a human monitor line such as \"info qtree\"."));
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send command"));
    m_historyButton->setToolTip(tr("Search history (Ctrl+R)"));
    m_historyButton->setAccessibleName(tr("Search history"));
    m_preview->setAccessibleName(tr("JSON that will be sent"));
    m_preview->setPlaceholderText(tr("The exact JSON that will be sent appears here."));
    m_state->setAccessibleName(tr("Command validity"));
}

void CommandPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The validity line ("Valid: …") is written by updateState, in the language of its time.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        updateState(m_editor->result());
    QWidget::changeEvent(event);
}
