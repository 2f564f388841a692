// SPDX-License-Identifier: GPL-2.0-or-later
// qmpctl: send QMP commands from a shell, a script or a prompt. See DESIGN.md, "qmpctl".
#include "qmpctloptions.h"
#include "qmpctlconsole.h"
#include "qmpctlrunner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

#include <csignal>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // A closed stdout (qmpctl ... | head -1) shows up as a failed write that ends qmpctl
    // cleanly, with its --save file flushed, instead of killing it.
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qmp-console"));
    QCoreApplication::setApplicationName(QStringLiteral("qmpctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QMP_CONSOLE_VERSION));

    // Unbuffered, so a pipe reader sees each reply and event as soon as its line is complete.
    QFile out;
    QFile err;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QmpCtlConsole console(&out, &err);

    const bool stdinIsTerminal = ::isatty(STDIN_FILENO) == 1;
    const QmpCtlCommandLine::Result parsed = QmpCtlCommandLine::parse(QCoreApplication::arguments(), stdinIsTerminal);
    if (!parsed.ok()) {
        console.error(parsed.message);
        return int(parsed.exit);
    }
    if (parsed.options.mode == QmpCtlOptions::Mode::Help || parsed.options.mode == QmpCtlOptions::Mode::Version) {
        console.write(parsed.message.toUtf8() + (parsed.message.endsWith(u'\n') ? "" : "\n"));
        return 0;
    }

    QFile in;
    in.open(STDIN_FILENO, QIODevice::ReadOnly);
    QmpCtlRunner runner(parsed.options, &console);
    runner.setInput(&in);
    return int(runner.run());
}
