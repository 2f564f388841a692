// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandeditor.h"

#include "completionsource.h"
#include "jsonhighlighter.h"
#include "syntaxpalette.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtGui/QTextBlock>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int CompletionWordRole = Qt::UserRole;
} // namespace

CommandEditor::CommandEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // Tab leaves the editor: keyboard users must be able to get out
    setAccessibleName(tr("Command editor"));
    setPlaceholderText(tr("query-status    or    {\"execute\": \"query-status\"}    Ctrl+Enter sends"));
    m_highlighter->setPalette(palette());

    m_completer->setModel(m_completionModel);
    // The popup shows "word  detail"; what is matched and inserted is the word alone.
    m_completer->setCompletionRole(CompletionWordRole);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CommandEditor::insertCompletion);

    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        m_bracketPairsValid = false;
        m_brackets = {-1, -1}; // positions in the old text; the cursor signal finds the new pair
        if (!m_showingHistory)
            m_historyIndex = int(m_history.size());
        revalidate();
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CommandEditor::updateBracketMatch);
    // QCompleter swallows the editor's FocusOut while its popup is up, so focus leaving for
    // another widget would leave the popup floating over it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && now != this && now != m_completer->popup() && m_completer->popup()->isVisible())
            hideCompletion();
    });
}

CommandEditor::~CommandEditor() = default;

void CommandEditor::setMode(CommandText::Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    // HMP lines are not JSON; colouring them as JSON would only confuse.
    m_highlighter->setDocument(mode == CommandText::Mode::Qmp ? document() : nullptr);
    revalidate();
}

void CommandEditor::setHistory(const QStringList &entries)
{
    m_history = entries;
    m_historyIndex = int(m_history.size());
}

void CommandEditor::setCompletionSource(const CompletionSource *source)
{
    m_completionSource = source;
}

void CommandEditor::setDiagnosticSource(const DiagnosticSource *source)
{
    if (m_diagnosticSource == source)
        return;
    m_diagnosticSource = source;
    revalidate();
}

const SchemaDiagnostic *CommandEditor::diagnosticAt(int position) const
{
    for (const SchemaDiagnostic &d : m_diagnostics) {
        // The character just after a span still counts: the cursor often rests there.
        if (position >= d.start && position <= d.start + qMax(1, d.length))
            return &d;
    }
    return nullptr;
}

void CommandEditor::revalidate()
{
    const QString text = toPlainText();
    m_result = CommandText::interpret(text, m_mode);
    m_diagnostics.clear();
    if (m_result.isValid() && m_diagnosticSource)
        m_diagnostics = m_diagnosticSource->diagnostics(text, m_mode);
    setToolTip(m_result.state == CommandText::State::Invalid
                   ? tr("Line %1, column %2: %3").arg(m_result.errorLine).arg(m_result.errorColumn).arg(m_result.error)
                   : QString());
    setAccessibleDescription(m_result.state == CommandText::State::Invalid ? m_result.error
                             : m_diagnostics.isEmpty()                     ? QString()
                                                                           : m_diagnostics.first().message);
    updateExtraSelections();
    viewport()->update();
    Q_EMIT resultChanged(m_result);
}

void CommandEditor::updateExtraSelections()
{
    const SyntaxPalette colours(palette());
    QList<QTextEdit::ExtraSelection> selections;
    if (m_result.state == CommandText::State::Invalid) {
        QTextEdit::ExtraSelection error;
        error.cursor = QTextCursor(document());
        const int end = int(toPlainText().size());
        int from = m_result.errorPosition;
        // An error at the very end (unterminated input) underlines the last character instead.
        if (from >= end)
            from = qMax(0, end - 1);
        error.cursor.setPosition(from);
        error.cursor.setPosition(qMin(from + 1, end), QTextCursor::KeepAnchor);
        error.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        error.format.setUnderlineColor(colours.error());
        error.format.setBackground(colours.invalidBackground());
        selections.append(error);
    }
    const int end = int(document()->characterCount()) - 1;
    for (const SchemaDiagnostic &d : std::as_const(m_diagnostics)) {
        QTextEdit::ExtraSelection problem;
        problem.cursor = QTextCursor(document());
        const int from = qBound(0, d.start, qMax(0, end - 1));
        problem.cursor.setPosition(from);
        problem.cursor.setPosition(qMin(from + qMax(1, d.length), end), QTextCursor::KeepAnchor);
        problem.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        problem.format.setUnderlineColor(colours.warning());
        selections.append(problem);
    }
    for (int pos : {m_brackets.first, m_brackets.second}) {
        if (pos < 0)
            continue;
        QTextEdit::ExtraSelection bracket;
        bracket.cursor = QTextCursor(document());
        bracket.cursor.setPosition(pos);
        bracket.cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
        bracket.format.setBackground(colours.matchingBracket());
        bracket.format.setFontWeight(QFont::Bold);
        selections.append(bracket);
    }
    setExtraSelections(selections);
}

void CommandEditor::updateBracketMatch()
{
    if (!m_bracketPairsValid) {
        m_bracketPairs.clear();
        const QString text = toPlainText();
        QList<int> stack;
        bool inString = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == u'\\')
                    ++i;
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (c == u'"') {
                inString = true;
            } else if (c == u'{' || c == u'[') {
                stack.append(i);
            } else if ((c == u'}' || c == u']') && !stack.isEmpty()) {
                const int open = stack.takeLast();
                if ((text.at(open) == u'{') == (c == u'}')) {
                    m_bracketPairs.insert(open, i);
                    m_bracketPairs.insert(i, open);
                }
            }
        }
        m_bracketPairsValid = true;
    }
    const int pos = textCursor().position();
    QPair<int, int> found{-1, -1};
    // The bracket just after the cursor wins, then the one just before it, as editors usually do.
    for (int at : {pos, pos - 1}) {
        const auto it = m_bracketPairs.constFind(at);
        if (it != m_bracketPairs.constEnd()) {
            found = {qMin(at, it.value()), qMax(at, it.value())};
            break;
        }
    }
    if (found != m_brackets) {
        m_brackets = found;
        updateExtraSelections();
    }
}

void CommandEditor::showHistoryEntry(int index)
{
    if (index < 0 || index > m_history.size())
        return;
    if (m_historyIndex == m_history.size())
        m_draft = toPlainText();
    m_historyIndex = index;
    m_showingHistory = true;
    setPlainText(index == m_history.size() ? m_draft : m_history.at(index));
    m_showingHistory = false;
    moveCursor(QTextCursor::End);
}

void CommandEditor::hideCompletion()
{
    m_completer->popup()->hide();
    m_completionStart = -1;
}

bool CommandEditor::handleCompleterKey(QKeyEvent *event)
{
    if (!m_completer->popup()->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Escape:
        event->ignore(); // the completer's popup takes these
        return true;
    default:
        return false;
    }
}

void CommandEditor::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    // Before the completer's keys: Ctrl+Enter sends what the editor holds, popup or not.
    if (ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        hideCompletion();
        if (m_result.isValid())
            Q_EMIT sendRequested();
        return;
    }
    if (handleCompleterKey(event))
        return;
    if (ctrl && event->key() == Qt::Key_R) {
        Q_EMIT historySearchRequested();
        return;
    }
    if (ctrl && event->key() == Qt::Key_Space) {
        updateCompletion();
        return;
    }
    const QTextCursor cursor = textCursor();
    if (event->modifiers() == Qt::NoModifier && !cursor.hasSelection()) {
        if (event->key() == Qt::Key_Up && cursor.blockNumber() == 0 && m_historyIndex > 0) {
            showHistoryEntry(m_historyIndex - 1);
            return;
        }
        if (event->key() == Qt::Key_Down && cursor.blockNumber() == document()->blockCount() - 1
            && m_historyIndex < m_history.size()) {
            showHistoryEntry(m_historyIndex + 1);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    const QString typed = event->text();
    if (!typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == u'-' || typed.at(0) == u'_'))
        updateCompletion();
    else if (m_completer->popup()->isVisible() && event->key() != Qt::Key_Shift)
        updateCompletion();
}

void CommandEditor::updateCompletion()
{
    if (!m_completionSource) {
        m_completer->popup()->hide();
        return;
    }
    const int cursor = textCursor().position();
    int start = cursor;
    const QList<CompletionSource::Candidate> found = m_completionSource->detailedCandidates(toPlainText(), cursor, m_mode, &start);
    if (found.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completionStart = start;
    m_completionModel->clear();
    for (const CompletionSource::Candidate &c : found) {
        auto *item = new QStandardItem(c.detail.isEmpty() ? c.word : c.word + u"    "_s + c.detail);
        item->setData(c.word, CompletionWordRole);
        if (!c.detail.isEmpty())
            item->setToolTip(c.detail);
        m_completionModel->appendRow(item);
    }
    m_completer->setCompletionPrefix(toPlainText().mid(start, cursor - start));
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void CommandEditor::insertCompletion(const QString &word)
{
    if (m_completionStart < 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_completionStart);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(word);
    setTextCursor(cursor);
    m_completionStart = -1;
}

void CommandEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    }
    QPlainTextEdit::changeEvent(event);
}

void CommandEditor::paintEvent(QPaintEvent *event)
{
    // A faint tint says valid or invalid at a glance, as validating filter boxes do.
    if (m_result.state != CommandText::State::Empty) {
        const SyntaxPalette colours(palette());
        QPainter painter(viewport());
        const QColor tint = !m_result.isValid()       ? colours.invalidBackground()
                            : m_diagnostics.isEmpty() ? colours.validBackground()
                                                      : colours.warningBackground();
        painter.fillRect(viewport()->rect(), tint);
    }
    QPlainTextEdit::paintEvent(event);
}

bool CommandEditor::viewportEvent(QEvent *event)
{
    // Each schema problem has its own tooltip, over its own token.
    if (event->type() == QEvent::ToolTip && !m_diagnostics.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        const QRect where = cursorRect(at);
        const SchemaDiagnostic *d = diagnosticAt(at.position());
        if (d && help->pos().y() >= where.top() && help->pos().y() <= where.bottom()) {
            QToolTip::showText(help->globalPos(), d->message, viewport(), where);
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}
