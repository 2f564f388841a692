// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpaddress.h"
#include "qmpshortform.h"
#include "qmpvalue.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// qmpctl's exit status, as DESIGN.md fixes it for scripts.
enum class QmpCtlExit : int {
    Success = 0,
    ServerError = 1, // the server answered with an error
    Usage = 2,       // usage or client-side validation error; nothing was sent
    Connection = 3,  // connection, protocol or timeout error
};

// What qmpctl was asked to do, as plain data.
struct QmpCtlOptions
{
    enum class Mode {
        OneShot,     // COMMAND on the command line
        Raw,         // --raw JSON
        Script,      // commands from stdin, one per line
        Interactive, // a prompt on a terminal
        Events,      // --events without COMMAND
        Describe,    // --describe COMMAND
        Help,
        Version,
    };

    Mode mode = Mode::Interactive;
    QString addressText;
    QmpAddress address;
    QmpTlsOptions tls;
    bool listen = false;
    bool guestAgent = false;
    bool negotiate = true;
    int timeoutMs = 30000;
    bool pretty = false;
    bool hmp = false;
    bool outOfBand = false;
    QList<int> passFds;

    QmpShortForm command;  // OneShot without --hmp
    QString hmpLine;       // OneShot with --hmp
    QmpValue rawMessage;   // Raw
    QString describeCommand;

    bool events = false;   // print events (after COMMAND in OneShot)
    qint64 count = 0;      // 0: no limit
    int durationMs = 0;    // 0: no limit
    QString saveFile;

    bool warnInsecure = false; // TCP without TLS to a host that is not loopback
};

// Parses qmpctl's command line into QmpCtlOptions. Everything that can be checked without
// talking to the server is checked here, so a bad invocation sends nothing.
class QmpCtlCommandLine
{
public:
    struct Result
    {
        QmpCtlOptions options;
        QmpCtlExit exit = QmpCtlExit::Success; // Usage when the command line is wrong
        QString message; // the error (what and where), or the help / version text
        bool ok() const { return exit == QmpCtlExit::Success; }
    };

    // arguments includes the program name, as QCoreApplication::arguments() gives it.
    // stdinIsTerminal decides between script and interactive mode when no COMMAND is given.
    static Result parse(const QStringList &arguments, bool stdinIsTerminal);
    static QString versionText();
};
