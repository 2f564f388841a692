// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlineoptions.h"

#include "qmpaddress.h"

#include <QtCore/QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

CommandLineOptionsParser::Result CommandLineOptionsParser::parse(const QStringList &arguments)
{
    m_options = {};
    m_error.clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for the QEMU Monitor Protocol"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption connectOption(u"connect"_s,
        tr("Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable."),
        tr("ADDRESS"));
    const QCommandLineOption qgaOption(u"qga"_s, tr("The --connect addresses are QEMU guest agents."));
    const QCommandLineOption eventLogOption(u"event-log"_s,
        tr("Append every event of every connection to FILE as JSON Lines."), tr("FILE"));
    const QCommandLineOption sandboxOption(u"sandbox"_s, tr("Start a local sandbox VM and connect to it."));
    parser.addOptions({connectOption, qgaOption, eventLogOption, sandboxOption});
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(helpOption))
        return Result::HelpRequested;
    if (parser.isSet(versionOption))
        return Result::VersionRequested;
    if (!parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }

    for (const QString &text : parser.values(connectOption)) {
        QString why;
        if (!QmpAddress::parse(text, &why).isValid()) {
            m_error = tr("Invalid address '%1': %2").arg(text, why);
            return Result::Error;
        }
        m_options.connectAddresses.append(text);
    }
    m_options.guestAgent = parser.isSet(qgaOption);
    if (m_options.guestAgent && m_options.connectAddresses.isEmpty()) {
        m_error = tr("--qga needs at least one --connect ADDRESS");
        return Result::Error;
    }
    const QStringList logs = parser.values(eventLogOption);
    if (logs.size() > 1) {
        m_error = tr("--event-log may be given only once");
        return Result::Error;
    }
    if (!logs.isEmpty()) {
        if (logs.constFirst().isEmpty()) {
            m_error = tr("--event-log needs a file name");
            return Result::Error;
        }
        m_options.eventLogFile = logs.constFirst();
    }
    m_options.sandbox = parser.isSet(sandboxOption);
    return Result::Ok;
}

QString CommandLineOptionsParser::versionText()
{
    return u"qmp-console "_s + QLatin1String(QMP_CONSOLE_VERSION);
}
