// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"
#include "diagnosticsource.h"

#include <QtCore/QHash>
#include <QtWidgets/QPlainTextEdit>

class CompletionSource;
class JsonHighlighter;
class QCompleter;
class QStandardItemModel;

// The multi-line command editor: JSON highlighting, bracket matching, validation as you type
// (the error underlined at its place, its message in the tooltip), schema problems from a
// DiagnosticSource under their tokens (warnings: they do not stop Ctrl+Enter), history on
// Up/Down at the first and last line, completion from a CompletionSource, Ctrl+Enter to send.
class CommandEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommandEditor(QWidget *parent = nullptr);
    ~CommandEditor() override;

    void setMode(CommandText::Mode mode);
    CommandText::Mode mode() const { return m_mode; }
    const CommandText::Result &result() const { return m_result; }

    // Oldest first. Replacing the history leaves the text being typed alone.
    void setHistory(const QStringList &entries);
    QStringList history() const { return m_history; }
    // The editor does not own the source; nullptr switches completion off.
    void setCompletionSource(const CompletionSource *source);
    // The editor does not own the source; nullptr switches schema diagnostics off.
    void setDiagnosticSource(const DiagnosticSource *source);
    // What the diagnostic source found in the current text (only ever for a valid command).
    const QList<SchemaDiagnostic> &diagnostics() const { return m_diagnostics; }
    // The diagnostic whose span holds position (a character index), or nullptr.
    const SchemaDiagnostic *diagnosticAt(int position) const;

public Q_SLOTS:
    // Interprets and diagnoses the text again, e.g. when the schema behind the sources changed.
    void revalidate();
    // Closes the completion popup, e.g. when the command is sent by other means than Ctrl+Enter.
    void hideCompletion();

public:
    // What the completion popup offers now: each word with its detail ("str, required").
    QCompleter *completer() const { return m_completer; }
    // Positions of the bracket pair around the cursor, or -1 when there is none. For tests.
    QPair<int, int> matchingBrackets() const { return m_brackets; }

Q_SIGNALS:
    void resultChanged(const CommandText::Result &result);
    void sendRequested();
    void historySearchRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateExtraSelections();
    void updateBracketMatch();
    void showHistoryEntry(int index);
    void updateCompletion();
    void insertCompletion(const QString &word);
    bool handleCompleterKey(QKeyEvent *event);

    CommandText::Mode m_mode = CommandText::Mode::Qmp;
    CommandText::Result m_result;
    JsonHighlighter *m_highlighter = nullptr;
    QStringList m_history;
    int m_historyIndex = 0; // == m_history.size(): the draft being typed
    QString m_draft;
    bool m_showingHistory = false;
    const CompletionSource *m_completionSource = nullptr;
    const DiagnosticSource *m_diagnosticSource = nullptr;
    QList<SchemaDiagnostic> m_diagnostics;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completionModel = nullptr;
    int m_completionStart = -1;
    QPair<int, int> m_brackets{-1, -1};
    QHash<int, int> m_bracketPairs; // both directions, rebuilt lazily after an edit
    bool m_bracketPairsValid = false;
};
