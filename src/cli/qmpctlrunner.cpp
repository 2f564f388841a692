// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlrunner.h"

#include "qmpctlconsole.h"
#include "qmpctleventsink.h"
#include "qmpctlsession.h"
#include "qmpctlshell.h"
#include "qmpctlsignalwatcher.h"

#include "qmpschemadescriber.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QIODevice>
#include <QtCore/QTimer>

namespace {

QmpCtlExit worst(QmpCtlExit a, QmpCtlExit b)
{
    return int(a) >= int(b) ? a : b;
}

} // namespace

QmpCtlRunner::QmpCtlRunner(const QmpCtlOptions &options, QmpCtlConsole *console, QObject *parent)
    : QObject(parent), m_options(options), m_console(console)
{
}

QmpCtlRunner::~QmpCtlRunner() = default;

QmpCtlExit QmpCtlRunner::run()
{
    QmpCtlSession session(m_options, m_console);
    using Mode = QmpCtlOptions::Mode;
    switch (m_options.mode) {
    case Mode::Help:
    case Mode::Version:
        return QmpCtlExit::Success;
    case Mode::OneShot:
        if (m_options.events)
            return runWithEvents(session, [&] { return runOneShot(session); });
        if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
            return e;
        return runOneShot(session);
    case Mode::Events:
        return runWithEvents(session, {});
    case Mode::Raw:
        if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
            return e;
        return session.sendRaw(m_options.rawMessage, m_options.passFds);
    case Mode::Script:
        if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
            return e;
        return runScript(session);
    case Mode::Describe:
        if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
            return e;
        return runDescribe(session);
    case Mode::Interactive: {
        if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
            return e;
        QmpCtlShell shell(&session, m_console);
        return shell.run();
    }
    }
    return QmpCtlExit::Usage;
}

QmpCtlExit QmpCtlRunner::runOneShot(QmpCtlSession &session)
{
    if (m_options.hmp)
        return session.executeHmp(m_options.hmpLine, m_options.passFds);
    return session.execute(m_options.command, m_options.passFds);
}

QmpCtlExit QmpCtlRunner::runScript(QmpCtlSession &session)
{
    if (!m_input) {
        m_console->error(tr("no input to read commands from"));
        return QmpCtlExit::Usage;
    }
    QmpCtlExit result = QmpCtlExit::Success;
    int lineNumber = 0;
    // A blocking read is fine here: replies are awaited one by one, and events are not printed.
    // readLine() returns nothing only at the end of the input; every other line has a '\n'.
    while (true) {
        const QByteArray bytes = m_input->readLine();
        if (bytes.isEmpty())
            break;
        ++lineNumber;
        const QString line = QString::fromUtf8(bytes);
        session.clearFailure();
        const QmpCtlExit e = session.executeLine(line, tr("line %1").arg(lineNumber));
        result = worst(result, e);
        if (const QmpValue failure = session.failure(); e != QmpCtlExit::Success && !failure.isUndefined())
            m_console->writeLine(QmpValue::object({{QStringLiteral("error"), failure}}).toJson());
        if (e == QmpCtlExit::Connection && !session.client()->isRunning())
            break; // the connection is gone: every further line would fail the same way
        if (m_console->outputFailed())
            break;
    }
    return result;
}

QmpCtlExit QmpCtlRunner::runDescribe(QmpCtlSession &session)
{
    const QmpSchema schema = session.schema();
    if (schema.isEmpty()) {
        const QString why = session.schemaError().isEmpty() ? tr("the server offers no schema") : session.schemaError();
        m_console->error(tr("--describe: %1").arg(why));
        return QmpCtlExit::Connection;
    }
    const QmpSchemaDescriber describer(schema);
    QString text = describer.describeCommand(m_options.describeCommand);
    if (text.isEmpty())
        text = describer.describeEvent(m_options.describeCommand);
    if (text.isEmpty()) {
        m_console->error(tr("--describe: this QEMU has no command or event '%1'").arg(m_options.describeCommand));
        return QmpCtlExit::Usage;
    }
    if (!text.endsWith(u'\n'))
        text += u'\n';
    m_console->write(text.toUtf8());
    return QmpCtlExit::Success;
}

QmpCtlExit QmpCtlRunner::runWithEvents(QmpCtlSession &session, const std::function<QmpCtlExit()> &command)
{
    QmpCtlEventSink sink(m_console);
    if (!m_options.saveFile.isEmpty()) {
        QString error;
        if (!sink.openSaveFile(m_options.saveFile, &error)) {
            m_console->error(error);
            return QmpCtlExit::Usage;
        }
    }
    sink.setLimit(m_options.count);
    sink.setHeld(true);
    // Watching from the start: a SIGTERM that comes while connecting still ends the run cleanly.
    QEventLoop loop;
    bool interrupted = false;
    QmpCtlSignalWatcher interrupts;
    connect(&interrupts, &QmpCtlSignalWatcher::interrupted, this, [&] {
        interrupted = true;
        loop.exit(int(QmpCtlExit::Success));
    });
    QmpClient *client = session.client();
    connect(client, &QmpClient::eventReceived, &sink, &QmpCtlEventSink::addEvent);

    if (const QmpCtlExit e = session.open(); e != QmpCtlExit::Success)
        return e;
    if (command) {
        if (const QmpCtlExit e = command(); e != QmpCtlExit::Success)
            return e;
    }
    QmpCtlExit result = QmpCtlExit::Success;
    connect(&sink, &QmpCtlEventSink::saveFailed, this, [&](const QString &message) {
        m_console->error(message);
        result = QmpCtlExit::Connection;
    });
    sink.setHeld(false);
    if (sink.isDone() || interrupted) {
        sink.flush();
        return result;
    }
    if (!client->isRunning()) {
        m_console->error(tr("%1: the connection closed").arg(m_options.address.toString()));
        return QmpCtlExit::Connection;
    }

    connect(&sink, &QmpCtlEventSink::done, &loop, [&] { loop.exit(int(QmpCtlExit::Success)); });
    connect(client, &QmpClient::disconnected, &loop, [&] {
        QString message = client->lastError().message();
        if (message.isEmpty())
            message = tr("the connection closed");
        m_console->error(tr("%1: %2").arg(m_options.address.toString(), message));
        loop.exit(int(QmpCtlExit::Connection));
    });
    QTimer duration;
    if (m_options.durationMs > 0) {
        duration.setSingleShot(true);
        connect(&duration, &QTimer::timeout, &loop, [&] { loop.exit(int(QmpCtlExit::Success)); });
        duration.start(m_options.durationMs);
    }
    const auto loopResult = QmpCtlExit(loop.exec());
    sink.flush();
    return worst(result, loopResult);
}
