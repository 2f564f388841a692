// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlsession.h"

#include "qmpctlcompleter.h"
#include "qmpctlconsole.h"

#include "qmpschemaloader.h"
#include "qmpschemavalidator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

#include <memory>

namespace {

// Leaves a second so the client's own, more precise timeout message wins the race.
constexpr int timeoutGraceMs = 1000;
constexpr int stillWaitingMs = 3000;

} // namespace

QmpCtlSession::QmpCtlSession(const QmpCtlOptions &options, QmpCtlConsole *console, QObject *parent)
    : QObject(parent), m_options(options), m_console(console)
{
    m_client.setMode(options.guestAgent ? QmpClient::Mode::GuestAgent : QmpClient::Mode::Qmp);
    if (options.tls.isEnabled())
        m_client.setTlsOptions(options.tls);
    m_client.setNegotiate(options.negotiate);
    m_client.setConnectTimeout(options.timeoutMs);
    m_client.setCommandTimeout(options.timeoutMs);
    m_client.setAutoDeleteReplies(false);
}

QmpCtlSession::~QmpCtlSession()
{
    close();
}

QmpCtlExit QmpCtlSession::exitFor(const QmpError &error)
{
    switch (error.kind()) {
    case QmpError::NoError: return QmpCtlExit::Success;
    case QmpError::Execute: return QmpCtlExit::ServerError;
    case QmpError::Validation:
    case QmpError::Unsupported: return QmpCtlExit::Usage;
    default: return QmpCtlExit::Connection;
    }
}

QmpCtlExit QmpCtlSession::open()
{
    const QString address = m_options.address.toString();
    if (m_options.warnInsecure) {
        m_console->error(tr("warning: %1 is TCP without TLS to a host that is not loopback; QMP has no "
                            "authentication, so anyone who can reach this port controls the VM")
                             .arg(address));
    }
    if (m_options.listen) {
        if (!m_client.listen(m_options.address)) {
            m_console->error(tr("cannot listen on %1: %2").arg(address, m_client.lastError().message()));
            return QmpCtlExit::Connection;
        }
        m_console->error(tr("listening on %1; waiting for QEMU to connect").arg(m_client.listenAddress().toString()));
    } else {
        m_client.connectToServer(m_options.address);
    }
    // QEMU greets at once; a long silence almost always means another client holds the socket.
    // Say so while waiting, rather than only when the timeout ends.
    QTimer stillWaiting;
    stillWaiting.setSingleShot(true);
    connect(&stillWaiting, &QTimer::timeout, this, [this] {
        if (m_client.state() == QmpClient::State::Connecting)
            m_console->error(tr("still waiting for the server's greeting after %1 s; another client may be "
                                "attached (QEMU serves one client per QMP socket at a time); giving up after %2 s")
                                 .arg(stillWaitingMs / 1000)
                                 .arg(m_options.timeoutMs / 1000.0));
    });
    if (!m_options.listen && !m_options.guestAgent && m_options.timeoutMs > 2 * stillWaitingMs)
        stillWaiting.start(stillWaitingMs);
    if (m_client.waitForConnected(m_options.timeoutMs + timeoutGraceMs))
        return QmpCtlExit::Success;
    QString message = m_client.lastError().message();
    if (m_client.state() != QmpClient::State::Idle || message.isEmpty()) {
        message = m_options.listen ? tr("QEMU did not connect within %1 s").arg(m_options.timeoutMs / 1000.0)
                                   : tr("no connection within %1 s").arg(m_options.timeoutMs / 1000.0);
    }
    m_client.disconnectFromServer();
    m_console->error(tr("%1: %2").arg(address, message));
    return QmpCtlExit::Connection;
}

void QmpCtlSession::abortCurrent()
{
    if (m_current && !m_current->isFinished())
        m_current->abort();
}

void QmpCtlSession::close()
{
    if (m_client.state() != QmpClient::State::Idle)
        m_client.disconnectFromServer();
}

void QmpCtlSession::printValue(const QmpValue &value)
{
    m_console->writeLine(value.toJson(m_options.pretty ? QmpValue::Format::Indented : QmpValue::Format::Compact));
}

void QmpCtlSession::noteFailure(const QString &errorClass, const QString &description)
{
    if (m_failure.isUndefined())
        m_failure = QmpValue::object({{QStringLiteral("class"), errorClass}, {QStringLiteral("desc"), description}});
}

void QmpCtlSession::report(const QString &where, const QString &message)
{
    noteFailure(QStringLiteral("ClientError"), message);
    if (where.isEmpty())
        m_console->error(message);
    else
        m_console->plainError(where + QStringLiteral(": ") + message);
}

QmpCtlExit QmpCtlSession::finish(QmpReply *replyPtr, const QString &what, const QString &where, bool hmp)
{
    const std::unique_ptr<QmpReply> reply(replyPtr);
    m_current = replyPtr;
    reply->waitForFinished();
    m_current = nullptr;
    if (!reply->isFinished())
        reply->abort(); // waitForFinished(-1) only returns early if the client breaks its promise
    const QmpError error = reply->error();
    if (!error) {
        if (hmp) {
            m_console->write(reply->result().toString().toUtf8());
        } else {
            printValue(reply->result());
        }
        return QmpCtlExit::Success;
    }
    if (error.kind() == QmpError::Execute) {
        // The interface promises "CLASS: desc" on stderr for server errors.
        noteFailure(error.errorClass(), error.description());
        const QString text = error.errorClass() + QStringLiteral(": ") + error.description();
        if (where.isEmpty())
            m_console->plainError(text);
        else
            m_console->plainError(where + QStringLiteral(": ") + text);
    } else {
        report(where, tr("%1: %2").arg(what, error.message()));
    }
    return exitFor(error);
}

QmpSchema QmpCtlSession::schema()
{
    if (m_schemaLoaded)
        return m_schema;
    m_schemaLoaded = true;
    // The guest agent has no query-qmp-schema, and without negotiation QEMU refuses every command.
    if (m_options.guestAgent || !m_options.negotiate || !m_client.isRunning())
        return m_schema;
    QmpSchemaLoader loader(&m_client);
    QEventLoop loop;
    connect(&loader, &QmpSchemaLoader::ready, &loop, &QEventLoop::quit);
    connect(&loader, &QmpSchemaLoader::failed, &loop, &QEventLoop::quit);
    // Each of the loader's commands has the command timeout; this only guards against a loader
    // that never finishes at all.
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(2 * m_options.timeoutMs + timeoutGraceMs);
    loader.load();
    if (loader.isLoading())
        loop.exec();
    m_schema = loader.schema();
    if (m_schema.isEmpty())
        m_schemaError = loader.isLoading() ? tr("query-qmp-schema took too long") : loader.errorString();
    return m_schema;
}

bool QmpCtlSession::validate(const QmpShortForm &command, const QString &where)
{
    const QmpSchema live = schema();
    if (live.isEmpty()) {
        if (!m_schemaError.isEmpty() && !m_schemaWarned) {
            m_schemaWarned = true;
            m_console->error(tr("warning: arguments are not checked before sending: %1").arg(m_schemaError));
        }
        return true;
    }
    const bool outOfBand = command.isWholeMessage() ? command.isOutOfBand() : m_options.outOfBand;
    const QList<QmpSchemaProblem> problems =
        QmpSchemaValidator(live).validate(command.command(), command.arguments(), outOfBand);
    for (const QmpSchemaProblem &p : problems) {
        // "unknown command 'x'" says it all; elsewhere the command names what the path is in.
        if (p.kind == QmpSchemaProblem::UnknownCommand) {
            QmpCtlCompleter names;
            names.setSchema(live);
            const QStringList close = names.suggestions(command.command());
            report(where, close.isEmpty() ? p.message : tr("%1; did you mean %2?").arg(p.message, close.join(tr(", "))));
        } else
            report(where, tr("%1: %2").arg(command.command(), p.toString()));
    }
    return problems.isEmpty();
}

QmpCtlExit QmpCtlSession::execute(const QmpShortForm &command, const QList<int> &fds, const QString &where)
{
    if (!validate(command, where))
        return QmpCtlExit::Usage;
    QmpExecuteOptions options;
    options.outOfBand = command.isWholeMessage() ? command.isOutOfBand() : m_options.outOfBand;
    options.id = command.id();
    options.fds = fds;
    return finish(m_client.execute(command.command(), command.arguments(), options), command.command(), where, false);
}

QmpCtlExit QmpCtlSession::executeHmp(const QString &line, const QList<int> &fds, const QString &where)
{
    QmpExecuteOptions options;
    options.fds = fds;
    return finish(m_client.executeHmp(line, options), tr("HMP '%1'").arg(line), where, true);
}

QmpCtlExit QmpCtlSession::sendRaw(const QmpValue &message, const QList<int> &fds)
{
    QmpExecuteOptions options;
    options.fds = fds;
    const std::unique_ptr<QmpReply> reply(m_client.sendRaw(message, options));
    reply->waitForFinished();
    if (!reply->isFinished())
        reply->abort();
    const QmpError error = reply->error();
    if (!reply->response().isUndefined()) {
        if (m_options.pretty)
            printValue(reply->response());
        else
            m_console->writeLine(reply->rawResponse().trimmed());
    }
    if (error.kind() == QmpError::Execute)
        m_console->plainError(error.errorClass() + QStringLiteral(": ") + error.description());
    else if (error)
        m_console->error(tr("--raw: %1").arg(error.message()));
    return exitFor(error);
}

QmpCtlExit QmpCtlSession::executeLine(const QString &line, const QString &where)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.startsWith(u'#'))
        return QmpCtlExit::Success;
    if (m_options.hmp)
        return executeHmp(text, {}, where);
    QmpShortFormError error;
    const QmpShortForm command = QmpShortForm::parse(line, &error);
    if (!command.isValid()) {
        report(where, error.toString());
        return QmpCtlExit::Usage;
    }
    return execute(command, {}, where);
}
