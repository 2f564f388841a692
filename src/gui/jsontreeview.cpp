// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsontreeview.h"

#include "jsonhighlighter.h"
#include "jsontreemodel.h"
#include "syntaxpalette.h"

#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows of an error reply in the error colour; everything else as the style paints it.
class JsonItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const SyntaxPalette colours(option->palette);
        QColor colour;
        if (index.data(JsonTreeModel::IsErrorRole).toBool()) {
            colour = colours.error();
        } else if (index.column() == JsonTreeModel::ValueColumn) {
            const QmpValue v = index.data(JsonTreeModel::ValueRole).value<QmpValue>();
            if (v.isString())
                colour = colours.string();
            else if (v.isNumber())
                colour = colours.number();
            else if (v.isBool() || v.isNull())
                colour = colours.keyword();
        } else if (index.column() == JsonTreeModel::KeyColumn) {
            colour = colours.key();
        }
        if (colour.isValid() && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, colour);
        // One line per row: the rows share one height (uniform, for large replies), so an HMP
        // reply of a hundred lines would make every row that tall. The tooltip, Copy Value and
        // the raw view keep the text whole. (The base class has made each \n a line separator.)
        if (option->text.contains(QChar::LineSeparator) || option->text.contains(QChar(u'\r'))) {
            const QChar lineBreak(0x23ce); // the return symbol
            option->text.replace(QString(QChar(u'\r')) + QChar(QChar::LineSeparator), lineBreak);
            option->text.replace(QChar(QChar::LineSeparator), lineBreak);
            option->text.replace(QChar(u'\r'), lineBreak);
        }
    }
};

QToolButton *toolButton(QWidget *parent, QAction *action)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    return b;
}

} // namespace

JsonTreeView::JsonTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_errorBanner(new QLabel(this))
    , m_rawAction(new QAction(QIcon(QStringLiteral(":/icons/raw.svg")), QString(), this))
    , m_expandAction(new QAction(QIcon(QStringLiteral(":/icons/expand-all.svg")), QString(), this))
    , m_collapseAction(new QAction(QIcon(QStringLiteral(":/icons/collapse-all.svg")), QString(), this))
    , m_copyValueAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this))
    , m_copyPathAction(new QAction(this))
    , m_copyJsonAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
{
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setUniformRowHeights(true); // large replies: no per-row size queries
    m_tree->setItemDelegate(new JsonItemDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 140);
    m_tree->header()->resizeSection(JsonTreeModel::TypeColumn, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("integer")) + 16);
    m_raw->setObjectName(QStringLiteral("jsonRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_raw->document());
    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap); // HMP tables line up only unwrapped
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);
    m_stack->addWidget(m_text);

    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setContentsMargins(6, 4, 6, 4);
    m_errorBanner->hide();
    m_search->setClearButtonEnabled(true);
    m_matches->setMinimumWidth(60);

    m_rawAction->setCheckable(true);
    m_rawAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_expandAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_collapseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    for (QAction *a : {m_copyValueAction, m_copyPathAction, m_copyJsonAction}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(a);
    }
    for (QAction *a : {m_rawAction, m_expandAction, m_collapseAction, m_findNextAction, m_findPreviousAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);
    bar->addWidget(m_expandButton = toolButton(this, m_expandAction));
    bar->addWidget(m_collapseButton = toolButton(this, m_collapseAction));
    bar->addWidget(m_rawButton = toolButton(this, m_rawAction));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_stack, 1);

    connect(m_rawAction, &QAction::toggled, this, &JsonTreeView::setRawShown);
    connect(m_expandAction, &QAction::triggered, this, &JsonTreeView::expandAll);
    connect(m_tree, &QTreeView::expanded, this, &JsonTreeView::fitKeyColumn);
    connect(m_collapseAction, &QAction::triggered, this, &JsonTreeView::collapseAll);
    connect(m_copyValueAction, &QAction::triggered, this, &JsonTreeView::copyValue);
    connect(m_copyPathAction, &QAction::triggered, this, &JsonTreeView::copyPath);
    connect(m_copyJsonAction, &QAction::triggered, this, &JsonTreeView::copyJson);
    connect(m_findNextAction, &QAction::triggered, this, &JsonTreeView::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &JsonTreeView::findPrevious);
    connect(m_search, &QLineEdit::returnPressed, this, &JsonTreeView::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_matches->clear();
            return;
        }
        const int count = isTextShown() ? textMatchCount(text) : m_model->matchCount(text);
        m_matches->setText(tr("%n match(es)", nullptr, count));
        if (count > 0)
            findNext();
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &JsonTreeView::showContextMenu);

    retranslate();
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::fitKeyColumn()
{
    // Keys as wide as they need, but never so wide that the values (what people came for) vanish.
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    const int cap = qMax(80, m_tree->viewport()->width() * 2 / 5);
    if (m_tree->columnWidth(JsonTreeModel::KeyColumn) > cap)
        m_tree->setColumnWidth(JsonTreeModel::KeyColumn, cap);
}

void JsonTreeView::setValue(const QmpValue &value)
{
    m_hasText = false;
    m_text->clear();
    load(value);
    showPage();
}

void JsonTreeView::setTextValue(const QmpValue &value, const QString &text)
{
    m_hasText = true;
    QString plain = text;
    plain.replace(u"\r\n"_s, u"\n"_s); // QEMU's monitor ends lines with CRLF
    m_text->setPlainText(plain);
    load(value);
    showPage();
}

void JsonTreeView::load(const QmpValue &value)
{
    m_model->setValue(value);
    m_rawStale = true;
    if (isRawShown())
        updateRaw();
    updateErrorBanner();
    // Small values read best fully open; big ones (the schema) stay closed and appear at once.
    if (m_model->rowCount() <= 32) {
        const int top = m_model->rowCount();
        for (int row = 0; row < top; ++row)
            m_tree->expand(m_model->index(row, 0));
        fitKeyColumn();
    }
    if (!m_search->text().isEmpty()) {
        const int count = m_hasText ? textMatchCount(m_search->text()) : m_model->matchCount(m_search->text());
        m_matches->setText(tr("%n match(es)", nullptr, count));
    }
}

QmpValue JsonTreeView::value() const
{
    return m_model->value();
}

bool JsonTreeView::isRawShown() const
{
    return m_stack->currentWidget() == m_raw;
}

bool JsonTreeView::isTextShown() const
{
    return m_stack->currentWidget() == m_text;
}

void JsonTreeView::setRawShown(bool raw)
{
    if (m_rawAction->isChecked() != raw)
        m_rawAction->setChecked(raw); // toggles back into this slot
    showPage();
}

void JsonTreeView::showPage()
{
    const bool raw = m_rawAction->isChecked();
    if (raw)
        updateRaw();
    QWidget *page = raw ? static_cast<QWidget *>(m_raw) : m_hasText ? static_cast<QWidget *>(m_text) : m_tree;
    m_stack->setCurrentWidget(page);
    m_expandAction->setEnabled(page == m_tree);
    m_collapseAction->setEnabled(page == m_tree);
}

int JsonTreeView::textMatchCount(const QString &text) const
{
    return int(m_text->toPlainText().count(text, Qt::CaseInsensitive));
}

void JsonTreeView::findInText(bool backward)
{
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(m_search->text(), flags))
        return;
    // Round the end, as the tree search does.
    m_text->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
    m_text->find(m_search->text(), flags);
}

void JsonTreeView::updateRaw()
{
    if (!m_rawStale)
        return;
    const QmpValue v = m_model->value();
    m_raw->setPlainText(v.isUndefined() ? QString() : QString::fromUtf8(v.toJson(QmpValue::Format::Indented)));
    m_rawStale = false;
}

void JsonTreeView::updateErrorBanner()
{
    if (!m_model->isErrorReply()) {
        m_errorBanner->hide();
        return;
    }
    const SyntaxPalette colours(palette());
    m_errorBanner->setText(tr("<b>%1</b>: %2").arg(m_model->errorClass().toHtmlEscaped(),
                                                   m_model->errorDescription().toHtmlEscaped()));
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 3px; }")
                                     .arg(colours.error().name(), colours.invalidBackground().name()));
    m_errorBanner->show();
}

void JsonTreeView::expandAll()
{
    m_tree->expandAll();
    fitKeyColumn(); // deeper keys are indented further: without this they vanish off the column
}

void JsonTreeView::collapseAll()
{
    m_tree->collapseAll();
}

void JsonTreeView::findNext()
{
    if (m_search->text().isEmpty())
        return;
    if (isTextShown()) {
        findInText(false);
        return;
    }
    const QModelIndex found = m_model->findNext(m_search->text(), m_tree->currentIndex());
    if (found.isValid()) {
        m_tree->setCurrentIndex(found);
        m_tree->scrollTo(found);
    }
}

void JsonTreeView::findPrevious()
{
    if (m_search->text().isEmpty())
        return;
    if (isTextShown()) {
        findInText(true);
        return;
    }
    const QModelIndex found = m_model->findPrevious(m_search->text(), m_tree->currentIndex());
    if (found.isValid()) {
        m_tree->setCurrentIndex(found);
        m_tree->scrollTo(found);
    }
}

void JsonTreeView::focusSearch()
{
    if (isRawShown())
        setRawShown(false);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JsonTreeView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    const QmpValue v = m_model->valueAt(index);
    // A string is copied as its text; anything else as the JSON a person would paste back.
    QGuiApplication::clipboard()->setText(v.isString() ? v.stringRef() : QString::fromUtf8(v.toJson()));
}

void JsonTreeView::copyPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_model->path(index));
}

void JsonTreeView::copyJson()
{
    const QModelIndex index = m_tree->currentIndex();
    const QByteArray json = index.isValid() ? m_model->subtreeJson(index)
                                            : m_model->value().toJson(QmpValue::Format::Indented);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(json));
}

void JsonTreeView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const bool onRow = m_tree->indexAt(pos).isValid();
    m_copyValueAction->setEnabled(onRow);
    m_copyPathAction->setEnabled(onRow);
    menu.addAction(m_copyValueAction);
    menu.addAction(m_copyPathAction);
    menu.addAction(m_copyJsonAction);
    menu.addSeparator();
    menu.addAction(m_expandAction);
    menu.addAction(m_collapseAction);
    menu.addAction(m_rawAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
    m_copyValueAction->setEnabled(true);
    m_copyPathAction->setEnabled(true);
}

void JsonTreeView::retranslate()
{
    m_rawAction->setText(tr("Raw JSON"));
    m_rawAction->setToolTip(tr("Show the raw pretty-printed JSON (Ctrl+U)"));
    m_expandAction->setText(tr("Expand All"));
    m_expandAction->setToolTip(tr("Expand all (Ctrl++)"));
    m_collapseAction->setText(tr("Collapse All"));
    m_collapseAction->setToolTip(tr("Collapse all (Ctrl+-)"));
    m_copyValueAction->setText(tr("Copy Value"));
    m_copyPathAction->setText(tr("Copy Path"));
    m_copyJsonAction->setText(tr("Copy as JSON"));
    m_findNextAction->setText(tr("Find Next"));
    m_findPreviousAction->setText(tr("Find Previous"));
    m_search->setPlaceholderText(tr("Search keys and values…"));
    m_search->setAccessibleName(tr("Search in tree"));
    m_tree->setAccessibleName(tr("JSON tree"));
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setPlaceholderText(tr("The command printed nothing."));
    m_errorBanner->setAccessibleName(tr("Error"));
}

void JsonTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        updateErrorBanner();
    QWidget::changeEvent(event);
}
