// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpctlcompleter.h"
#include "qmpctloptions.h"
#include "qmpevent.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QStringList>

class QmpCtlConsole;
class QmpCtlSession;

// qmpctl's interactive mode on a terminal: a prompt with line editing (libedit), history kept
// across runs in a file mode 0600 (secrets redacted), Tab completion of command names, argument
// keys and enum values from the live schema. The prompt runs inside the Qt event loop (libedit's
// callback interface), so events print as they arrive and Ctrl-C clears the line instead of
// killing the program. Ends at end of input (Ctrl-D), on SIGTERM/SIGHUP, or when the
// connection is lost.
class QmpCtlShell : public QObject
{
    Q_OBJECT
public:
    QmpCtlShell(QmpCtlSession *session, QmpCtlConsole *console, QObject *parent = nullptr);
    ~QmpCtlShell() override;

    // Default QmpCtlHistory::defaultFile(); empty: no history is kept on disk.
    void setHistoryFile(const QString &fileName) { m_historyFile = fileName; }
    QString historyFile() const { return m_historyFile; }
    // At most this many entries are kept (in memory and on disk).
    static constexpr int historyLimit = 1000;

    QmpCtlExit run();

    // The history file's entries, oldest first (at most historyLimit). Empty when unreadable.
    static QStringList readHistory(const QString &fileName);
    // Appends line, creating the file (mode 0600) and its folder when needed; rewrites the file
    // with only the newest historyLimit entries once it has grown to twice that. False on error.
    static bool appendHistory(const QString &fileName, const QString &line, QString *error = nullptr);

private:
    void setUpCompletion();
    void printHeldEvents();
    void printEventAtPrompt(const QmpEvent &event);
    void onInput();
    void onLine(char *line); // from libedit; nullptr at end of input
    void onSignal(int signal);
    void showPrompt();
    void finish(QmpCtlExit result);
    QString prompt() const;

    static void lineHandler(char *line);

    QmpCtlSession *m_session;
    QmpCtlConsole *m_console;
    QString m_historyFile;
    QmpCtlCompleter m_completer;
    QList<QmpEvent> m_events;
    QByteArray m_prompt;
    QString m_lastEntry;
    class QSocketNotifier *m_input = nullptr;
    class QEventLoop *m_loop = nullptr;
    bool m_atPrompt = false;
    bool m_historyWarned = false;
};
