// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

// What qmp-console was asked to do at start-up, as a plain value.
struct CommandLineOptions
{
    QStringList connectAddresses; // --connect ADDRESS, repeatable, in the order given
    bool guestAgent = false;      // --qga: the --connect addresses are guest agents
    QString eventLogFile;         // --event-log FILE: append every event as JSON Lines
    bool sandbox = false;         // --sandbox: start the sandbox VM and connect to it
};

// Turns qmp-console's arguments into CommandLineOptions. Kept apart from main() so tests can feed
// it argument lists; --help and --version are reported, not acted on.
class CommandLineOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptionsParser)
public:
    enum class Result { Ok, Error, HelpRequested, VersionRequested };

    // arguments includes the program name first, as QCoreApplication::arguments() gives it.
    Result parse(const QStringList &arguments);

    const CommandLineOptions &options() const { return m_options; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }
    static QString versionText();

private:
    CommandLineOptions m_options;
    QString m_error;
    QString m_help;
};
