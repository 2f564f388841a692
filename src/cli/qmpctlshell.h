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
// keys and enum values from the live schema. Events that arrived while a person typed print
// before the next prompt, as qmp-shell does. Ends at end of input (Ctrl-D) or when the
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
    QString prompt() const;

    QmpCtlSession *m_session;
    QmpCtlConsole *m_console;
    QString m_historyFile;
    QmpCtlCompleter m_completer;
    QList<QmpEvent> m_events;
    bool m_historyWarned = false;
};
