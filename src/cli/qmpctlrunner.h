// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpctloptions.h"

#include <QtCore/QObject>

#include <functional>

class QIODevice;
class QmpCtlConsole;
class QmpCtlSession;

// Runs qmpctl in the mode its options chose: one command, a raw message, a script from stdin,
// events, --describe, or the interactive shell. Returns the exit status; never waits forever
// except for a person at the prompt or for events nobody limited.
class QmpCtlRunner : public QObject
{
    Q_OBJECT
public:
    QmpCtlRunner(const QmpCtlOptions &options, QmpCtlConsole *console, QObject *parent = nullptr);
    ~QmpCtlRunner() override;

    void setInput(QIODevice *input) { m_input = input; } // script mode reads lines from it
    QmpCtlExit run();

private:
    QmpCtlExit runOneShot(QmpCtlSession &session);
    QmpCtlExit runScript(QmpCtlSession &session);
    QmpCtlExit runDescribe(QmpCtlSession &session);
    // Connects, runs command (if any) while holding events back, then prints events until the
    // count, the duration, an interrupt or the end of the connection.
    QmpCtlExit runWithEvents(QmpCtlSession &session, const std::function<QmpCtlExit()> &command);

    QmpCtlOptions m_options;
    QmpCtlConsole *m_console;
    QIODevice *m_input = nullptr;
};
