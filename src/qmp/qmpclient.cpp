// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpclient.h"
#include "qmpclient_p.h"
#include "qmpeventlistener.h"
#include "qmpreply_p.h"
#include "qmptransport.h"

#include <QtCore/QEventLoop>
#include <QtCore/QMetaMethod>
#include <QtCore/QMetaObject>
#include <QtCore/QScopeGuard>

#include <algorithm>
#include <cmath>

namespace {
// Bytes moved from the socket before the messages in them are handled: large enough that a flood
// costs few reads, small enough that replies are not held back behind it.
constexpr qint64 ReadChunk = 256 * 1024;
// guest-shutdown and guest-suspend-* answer only when they fail, and they fail at once.
constexpr int GuestNoReplyGraceMs = 1000;
constexpr qsizetype AbandonedLimit = 4096;
// A connection that lasted this long was a real one: the next loss starts the back-off afresh.
constexpr qint64 StableConnectionMs = 10000;

// QEMU's JSON parser refuses a message nested deeper than this, and answers with errors that
// carry no id: the command would wait for its timeout. Refused before sending instead.
constexpr int MaxNesting = 1024;

// Stops at limit, so the recursion stays shallow however deep the value is.
bool nestedDeeperThan(const QmpValue &v, int limit)
{
    if (!v.isArray() && !v.isObject())
        return false;
    if (limit <= 0)
        return true;
    if (v.isArray()) {
        for (const QmpValue &e : v.elements())
            if (nestedDeeperThan(e, limit - 1))
                return true;
        return false;
    }
    for (const QmpMember &m : v.members())
        if (nestedDeeperThan(m.value, limit - 1))
            return true;
    return false;
}

bool neverRepliesOnSuccess(const QString &command)
{
    return command == QLatin1String("guest-shutdown") || command.startsWith(QLatin1String("guest-suspend-"));
}

// Looked up once: isSignalConnected() with these is a bit test, so unconnected signals cost nothing.
const QMetaMethod &messageSentSignal()
{
    static const QMetaMethod m = QMetaMethod::fromSignal(&QmpClient::messageSent);
    return m;
}

const QMetaMethod &messageReceivedSignal()
{
    static const QMetaMethod m = QMetaMethod::fromSignal(&QmpClient::messageReceived);
    return m;
}

const QMetaMethod &eventReceivedSignal()
{
    static const QMetaMethod m = QMetaMethod::fromSignal(&QmpClient::eventReceived);
    return m;
}

// The server echoes an id as it re-serialises it, not as it was sent: QEMU turns 1.0 and 1e2
// into 1 and 100, -0.0 into -0, and prints object members in its own hash order. So ids are
// matched by a canonical form: integral numbers as integers, object members sorted by key.
QmpValue canonicalId(const QmpValue &id)
{
    switch (id.type()) {
    case QmpValue::Double: {
        const double d = id.toDouble();
        if (d == 0)
            return qint64(0);
        if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return qint64(d);
        if (std::trunc(d) == d && d >= 0 && d < 18446744073709551616.0)
            return quint64(d);
        return id;
    }
    case QmpValue::Array: {
        QList<QmpValue> elements;
        elements.reserve(id.size());
        for (const QmpValue &e : id.elements())
            elements.append(canonicalId(e));
        return QmpValue::array(std::move(elements));
    }
    case QmpValue::Object: {
        QList<QmpMember> members;
        members.reserve(id.size());
        for (const QmpMember &m : id.members())
            members.append({m.key, canonicalId(m.value)});
        std::stable_sort(members.begin(), members.end(),
                         [](const QmpMember &a, const QmpMember &b) { return a.key < b.key; });
        return QmpValue::object(std::move(members));
    }
    default: return id;
    }
}

// QEMU writes a reply's id last, {"return": ..., "id": ID}: finds ID in the last bytes of a
// message too large to keep. Undefined unless the text ends with a top-level "id" member.
QmpValue trailingId(const QByteArray &tail)
{
    if (!tail.endsWith('}'))
        return {};
    for (qsizetype at = tail.lastIndexOf("\"id\""); at >= 0; at = at > 0 ? tail.lastIndexOf("\"id\"", at - 1) : -1) {
        if (at > 0 && tail.at(at - 1) == '\\')
            continue; // inside a string
        qsizetype p = at + 4;
        while (p < tail.size() && (tail.at(p) == ' ' || tail.at(p) == '\t' || tail.at(p) == '\r' || tail.at(p) == '\n'))
            ++p;
        if (p >= tail.size() || tail.at(p) != ':')
            continue; // "id" as a value, not as a key
        // Everything between the colon and the closing brace must be one JSON value: a member
        // nested deeper would leave another brace in it.
        QmpJsonError error;
        const QmpValue id = QmpValue::fromJson(QByteArrayView(tail).sliced(p + 1, tail.size() - p - 2), &error);
        return error.ok() ? id : QmpValue();
    }
    return {};
}

QByteArray idKey(const QmpValue &id)
{
    if (id.type() == QmpValue::Int)
        return QByteArray::number(id.toInt());
    if (id.type() == QmpValue::String)
        return id.toJson();
    return canonicalId(id).toJson();
}
} // namespace

QmpClient::Private::Private(QmpClient *q) : q(q)
{
    clock.start();
    connectTimer.setSingleShot(true);
    reconnectTimer.setSingleShot(true);
    deadlineTimer.setSingleShot(true);
    guestSyncTimer.setSingleShot(true);
    QObject::connect(&connectTimer, &QTimer::timeout, q, [this] { onConnectTimeout(); });
    QObject::connect(&reconnectTimer, &QTimer::timeout, q, [this] { reconnect(); });
    QObject::connect(&deadlineTimer, &QTimer::timeout, q, [this] { onDeadline(); });
    QObject::connect(&guestSyncTimer, &QTimer::timeout, q, [this] {
        // The agent did not answer the last round (it may have been busy): try again.
        if (state == State::Running && guestSync.isActive())
            startGuestSync();
    });
}

// ---------------------------------------------------------------------------------------------
// Replies

void QmpClient::Private::finishDetached(QmpReply *reply, const QmpError &error)
{
    if (reply->d->finished)
        return;
    reply->d->finished = true;
    reply->d->error = error;
    emit reply->errorOccurred(error);
    emit reply->finished();
}

void QmpClient::Private::untrack(QmpReply *reply)
{
    QmpReply::Private *rd = reply->d;
    if (rd->hasDeadline) {
        deadlines.erase(rd->deadline);
        rd->hasDeadline = false;
    }
    if (!rd->tracked)
        return;
    rd->tracked = false;
    if (rd->key.isEmpty())
        idless.removeOne(reply);
    else
        pending.remove(rd->key);
}

void QmpClient::Private::forget(QmpReply *reply)
{
    untrack(reply);
    if (!reply->d->key.isEmpty())
        abandoned.insert(reply->d->key);
    if (negotiation == reply)
        negotiation = nullptr;
}

void QmpClient::Private::finish(QmpReply *reply, const QmpError &error, const QmpValue &response, const QByteArray &raw)
{
    QmpReply::Private *rd = reply->d;
    if (rd->finished)
        return;
    untrack(reply);
    rd->response = response;
    rd->raw = raw;
    if (!response.isUndefined())
        rd->roundTripNsecs = rd->sentTimer.nsecsElapsed();
    if (rd->sending) {
        // The write itself found the socket dead and tore the connection down: a signal now would
        // reach nobody.
        finishLater(reply, error);
        return;
    }
    rd->finished = true;
    rd->error = error;
    QPointer<QmpReply> guard(reply);
    if (error.isError())
        emit reply->errorOccurred(error);
    if (guard)
        emit reply->finished();
    if (guard && autoDeleteReplies && !rd->internal)
        reply->deleteLater();
}

void QmpClient::Private::finishLater(QmpReply *reply, const QmpError &error)
{
    // The caller has not connected to the reply yet: report on the next turn of the event loop,
    // but let isFinished() and error() tell the truth at once.
    reply->d->finished = true;
    reply->d->error = error;
    QPointer<QmpReply> guard(reply);
    const bool autoDelete = autoDeleteReplies && !reply->d->internal;
    QMetaObject::invokeMethod(
        reply,
        [guard, error, autoDelete] {
            if (guard && error.isError())
                emit guard->errorOccurred(error);
            if (guard)
                emit guard->finished();
            if (guard && autoDelete)
                guard->deleteLater();
        },
        Qt::QueuedConnection);
}

void QmpClient::Private::abandon(QmpReply *reply, const QmpError &error)
{
    if (!reply->d->key.isEmpty() && reply->d->tracked) {
        if (abandoned.size() >= AbandonedLimit)
            abandoned.clear();
        abandoned.insert(reply->d->key);
    }
    finish(reply, error);
}

void QmpClient::Private::failAllPending(const QmpError &error)
{
    QList<QPointer<QmpReply>> all;
    all.reserve(pending.size() + idless.size() + held.size());
    for (QmpReply *r : std::as_const(pending))
        all.append(r);
    for (QmpReply *r : std::as_const(idless))
        all.append(r);
    for (const auto &h : std::as_const(held))
        all.append(h.first);
    pending.clear();
    idless.clear();
    held.clear();
    deadlines.clear();
    deadlineTimer.stop();
    deadlineArmedAt = -1;
    for (const QPointer<QmpReply> &r : std::as_const(all)) {
        if (!r)
            continue;
        r->d->tracked = false;
        r->d->hasDeadline = false;
        // A command that answers only on failure has succeeded if the agent simply went away.
        if (mode == Mode::GuestAgent && neverRepliesOnSuccess(r->d->command) && !r->d->internal)
            finish(r, {});
        else
            finish(r, error);
    }
}

void QmpClient::Private::armDeadline(QmpReply *reply)
{
    QmpReply::Private *rd = reply->d;
    if (rd->timeoutMs <= 0)
        return;
    const qint64 at = clock.elapsed() + rd->timeoutMs;
    rd->deadline = deadlines.emplace(at, reply);
    rd->hasDeadline = true;
    // With one default timeout, each new deadline is the latest: the timer rarely needs moving.
    if (deadlineArmedAt < 0 || at < deadlineArmedAt) {
        deadlineArmedAt = at;
        deadlineTimer.start(int(qMax<qint64>(0, at - clock.elapsed())));
    }
}

void QmpClient::Private::onDeadline()
{
    deadlineArmedAt = -1;
    const qint64 now = clock.elapsed();
    QList<QPointer<QmpReply>> expired;
    while (!deadlines.empty() && deadlines.begin()->first <= now) {
        QmpReply *r = deadlines.begin()->second;
        r->d->hasDeadline = false;
        deadlines.erase(deadlines.begin());
        expired.append(r);
    }
    const quint64 gen = generation;
    bool resync = false;
    for (const QPointer<QmpReply> &r : std::as_const(expired)) {
        if (!r || r->d->finished)
            continue;
        const QString what = r->d->command.isEmpty() ? tr("the message") : r->d->command;
        abandon(r, QmpError(QmpError::Timeout, tr("no reply to %1 within %2 ms").arg(what).arg(r->d->timeoutMs)));
        resync = true;
    }
    if (gen != generation)
        return;
    // The agent may have half-read something or may answer late: start a clean conversation.
    if (resync && mode == Mode::GuestAgent && state == State::Running && !guestSync.isActive())
        startGuestSync();
    if (!deadlines.empty()) {
        deadlineArmedAt = deadlines.begin()->first;
        deadlineTimer.start(int(qMax<qint64>(0, deadlineArmedAt - clock.elapsed())));
    }
}

bool QmpClient::Private::writeBytes(const QByteArray &bytes, const QList<int> &fds, QString *error)
{
    if (!transport) {
        *error = tr("not connected");
        return false;
    }
    if (fds.isEmpty()) {
        if (transport->write(bytes))
            return true;
        *error = tr("cannot write to the server");
        return false;
    }
    return transport->writeWithFds(bytes, fds, error);
}

QmpReply *QmpClient::Private::send(QmpValue message, const QString &command, const QmpExecuteOptions &options,
                                   bool raw, bool internal)
{
    auto *reply = new QmpReply(q);
    QmpReply::Private *rd = reply->d;
    rd->client = q;
    rd->command = command;
    rd->outOfBand = options.outOfBand;
    rd->internal = internal;
    rd->timeoutMs = options.timeoutMs < 0 ? commandTimeout : options.timeoutMs;

    if (!message.isObject()) {
        rd->request = message;
        finishLater(reply, QmpError(QmpError::Validation, tr("a QMP message must be a JSON object, not %1").arg(message.typeName())));
        return reply;
    }
    if (raw) {
        rd->id = message.value(u"id");
    } else {
        rd->id = options.id.isUndefined() ? QmpValue(nextId++) : options.id;
        message.insert(QStringLiteral("id"), rd->id);
    }
    rd->request = message;
    if (!rd->id.isUndefined())
        rd->key = idKey(rd->id);

    if (state != State::Running && !internal) {
        finishLater(reply, QmpError(QmpError::State, state == State::Idle ? tr("not connected")
                                                                          : tr("the connection is not ready yet")));
        return reply;
    }
    if (options.outOfBand && !oobEnabled) {
        finishLater(reply, QmpError(QmpError::Unsupported,
                                    mode == Mode::GuestAgent ? tr("the guest agent has no out-of-band execution")
                                                             : tr("out-of-band execution was not negotiated (the server does not offer \"oob\")")));
        return reply;
    }
    if (!options.fds.isEmpty() && mode == Mode::GuestAgent) {
        finishLater(reply, QmpError(QmpError::Unsupported, tr("the guest agent takes no file descriptors")));
        return reply;
    }
    if (!options.fds.isEmpty() && !(transport && transport->isUnix())) {
        finishLater(reply, QmpError(QmpError::Unsupported, tr("file descriptors can only be passed over a UNIX socket")));
        return reply;
    }
    if (!rd->key.isEmpty() && pending.contains(rd->key)) {
        finishLater(reply, QmpError(QmpError::Validation, tr("the id %1 is already in use by a command in flight")
                                                              .arg(QString::fromUtf8(rd->key))));
        return reply;
    }

    if (nestedDeeperThan(message, MaxNesting)) {
        finishLater(reply, QmpError(QmpError::Validation, tr("the message is nested deeper than the %1 levels a QMP "
                                                             "server accepts")
                                                              .arg(MaxNesting)));
        return reply;
    }

    QByteArray bytes;
    bytes.reserve(128);
    message.appendJson(bytes);
    bytes += '\n';

    rd->tracked = true;
    if (rd->key.isEmpty())
        idless.append(reply);
    else
        pending.insert(rd->key, reply);
    abandoned.remove(rd->key);
    rd->sentUsecs = QmpEvent::nowUsecs();
    rd->sentTimer.start();
    armDeadline(reply);

    if (mode == Mode::GuestAgent && guestSync.isActive() && !internal) {
        held.append({reply, bytes});
        return reply;
    }

    QString writeError;
    rd->sending = true;
    const bool written = writeBytes(bytes, options.fds, &writeError);
    rd->sending = false;
    if (rd->finished)
        return reply;
    if (!written) {
        finishLater(reply, QmpError(options.fds.isEmpty() ? QmpError::Interrupted : QmpError::Unsupported, writeError));
        untrack(reply);
        return reply;
    }
    if (messageSignalsWanted && q->isSignalConnected(messageSentSignal())) {
        bytes.chop(1);
        emit q->messageSent(bytes, message);
    }
    if (mode == Mode::GuestAgent && neverRepliesOnSuccess(command)) {
        QPointer<QmpReply> guard(reply);
        QTimer::singleShot(GuestNoReplyGraceMs, reply, [this, guard] {
            if (guard && !guard->d->finished)
                finish(guard, {});
        });
    }
    return reply;
}

// ---------------------------------------------------------------------------------------------
// Connection

void QmpClient::Private::setState(State s)
{
    if (state == s)
        return;
    state = s;
    emit q->stateChanged(s);
}

void QmpClient::Private::startConnect()
{
    framer = QmpFramer(maxMessageSize);
    greeting = {};
    oobEnabled = false;
    transport = new QmpTransport(q);
    const quint64 gen = generation;
    QObject::connect(transport, &QmpTransport::ready, q, [this, gen] {
        if (gen == generation)
            onTransportReady();
    });
    QObject::connect(transport, &QmpTransport::readyRead, q, [this, gen] {
        if (gen == generation)
            onReadyRead();
    });
    QObject::connect(transport, &QmpTransport::closed, q, [this, gen] {
        if (gen == generation)
            onTransportClosed();
    });
    QObject::connect(transport, &QmpTransport::failed, q, [this, gen](const QmpError &e) {
        if (gen == generation)
            onTransportFailed(e);
    });
}

void QmpClient::Private::onTransportReady()
{
    if (!connectTimer.isActive())
        connectTimer.start(connectTimeout);
    if (mode == Mode::GuestAgent) {
        phase = Phase::Syncing;
        startGuestSync();
    } else if (expectGreeting) {
        phase = Phase::Greeting;
    } else if (negotiate) {
        negotiateCapabilities();
    } else {
        becomeRunning();
    }
}

void QmpClient::Private::onTransportFailed(const QmpError &error)
{
    teardown(error, true);
}

void QmpClient::Private::onTransportClosed()
{
    // What is still buffered was sent before the end: handle it first.
    const quint64 gen = generation;
    onReadyRead();
    if (gen != generation)
        return;
    if (framer.hasPartialMessage()) {
        const QString cut = tr("the connection closed in the middle of a message (%1 bytes received)")
                                .arg(framer.bufferedBytes());
        if (phase == Phase::Greeting) {
            teardown(QmpError(QmpError::Greeting, tr("truncated greeting: %1").arg(cut)), true);
            return;
        }
        protocolError(QmpError::Deserialization, cut);
        if (gen != generation)
            return;
    }
    if (phase == Phase::Greeting && transport->endedRightAfterTlsHandshake()) {
        const QString why = tls.certFile.isEmpty()
                                ? tr("the server probably requires a client certificate (verify-peer=on)")
                                : tr("the server probably does not trust the client certificate");
        teardown(QmpError(QmpError::Connect, tr("TLS: the server closed the connection right after the handshake: %1")
                                                 .arg(why)),
                 true);
        return;
    }
    switch (phase) {
    case Phase::Greeting:
        teardown(QmpError(QmpError::Greeting, tr("the server closed the connection before its greeting")), true);
        return;
    case Phase::Negotiating:
        teardown(QmpError(QmpError::Negotiation, tr("the server closed the connection during capability negotiation")), true);
        return;
    case Phase::Syncing:
        teardown(QmpError(QmpError::Connect, tr("the guest agent closed the connection before it synchronised")), true);
        return;
    default: break;
    }
    wantReconnect = state == State::Running || wantReconnect;
    teardown(QmpError(QmpError::Interrupted, tr("the server closed the connection")), true);
}

void QmpClient::Private::onConnectTimeout()
{
    switch (phase) {
    case Phase::Greeting:
        teardown(QmpError(QmpError::Greeting,
                          address.isTcp() && !tls.isEnabled()
                              ? tr("connected, but no greeting came within %1 ms: another client is probably attached "
                                   "(QEMU serves one client per QMP socket at a time), or the server expects TLS")
                                    .arg(connectTimeout)
                              : tr("connected, but no greeting came within %1 ms: another client is probably attached "
                                   "(QEMU serves one client per QMP socket at a time)")
                                    .arg(connectTimeout)),
                 true);
        break;
    case Phase::Negotiating:
        teardown(QmpError(QmpError::Timeout, tr("no answer to qmp_capabilities within %1 ms").arg(connectTimeout)), true);
        break;
    case Phase::Syncing:
        teardown(QmpError(QmpError::Timeout, tr("the guest agent did not answer guest-sync-delimited within %1 ms "
                                                "(is qemu-ga running in the guest? is another client attached? "
                                                "an agent serves one client at a time)")
                                                 .arg(connectTimeout)),
                 true);
        break;
    case Phase::Transport:
        teardown(QmpError(QmpError::Timeout, tr("could not connect to %1 within %2 ms").arg(address.toString()).arg(connectTimeout)), true);
        break;
    default: break;
    }
}

void QmpClient::Private::negotiateCapabilities()
{
    phase = Phase::Negotiating;
    QmpValue message = QmpValue::object({{QStringLiteral("execute"), QStringLiteral("qmp_capabilities")}});
    const bool oob = greeting.hasCapability(QStringLiteral("oob"));
    if (oob) {
        message.insert(QStringLiteral("arguments"),
                       QmpValue::object({{QStringLiteral("enable"), QmpValue::array({QStringLiteral("oob")})}}));
    }
    QmpExecuteOptions options;
    options.timeoutMs = 0; // the connect timeout covers it
    negotiation = send(message, QStringLiteral("qmp_capabilities"), options, false, true);
    QObject::connect(negotiation, &QmpReply::finished, q, [this, reply = negotiation, oob] {
        reply->deleteLater();
        if (negotiation != reply)
            return;
        negotiation = nullptr;
        if (reply->error().kind() == QmpError::Interrupted)
            return; // the connection is already going down and says why
        if (reply->error().isError()) {
            teardown(QmpError(QmpError::Negotiation, tr("qmp_capabilities failed: %1").arg(reply->error().message())), true);
            return;
        }
        oobEnabled = oob;
        becomeRunning();
    });
}

void QmpClient::Private::becomeRunning()
{
    connectTimer.stop();
    phase = Phase::None;
    // The back-off is not reset yet: a server that accepts and drops at once would otherwise be
    // hammered at the first delay forever. It is reset once the connection has proved stable.
    runningClock.start();
    reconnecting = false;
    wantReconnect = false;
    lastError = {};
    setState(State::Running);
    emit q->connected();
}

void QmpClient::Private::startGuestSync()
{
    const QByteArray bytes = guestSync.begin();
    QString error;
    if (!writeBytes(bytes, {}, &error)) {
        teardown(QmpError(QmpError::Interrupted, error), true);
        return;
    }
    if (messageSignalsWanted && q->isSignalConnected(messageSentSignal())) {
        const QByteArray json = bytes.mid(1, bytes.size() - 2);
        emit q->messageSent(json, QmpValue::fromJson(json));
    }
    if (state == State::Running)
        guestSyncTimer.start(qMax(1000, commandTimeout));
}

void QmpClient::Private::finishGuestSync()
{
    guestSyncTimer.stop();
    if (phase == Phase::Syncing) {
        becomeRunning();
        return;
    }
    const auto toSend = std::exchange(held, {});
    for (const auto &[reply, bytes] : toSend) {
        if (!reply || reply->d->finished)
            continue;
        QString error;
        if (!writeBytes(bytes, {}, &error)) {
            teardown(QmpError(QmpError::Interrupted, error), true);
            return;
        }
    }
}

void QmpClient::Private::teardown(const QmpError &error, bool reportError)
{
    ++generation;
    const bool wasConnecting = state == State::Connecting;
    if (state == State::Running && runningClock.isValid() && runningClock.elapsed() >= StableConnectionMs)
        reconnectDelayMs = reconnectInitialMs;
    connectTimer.stop();
    guestSyncTimer.stop();
    guestSync.reset();
    phase = Phase::None;
    if (transport) {
        transport->disconnect(q);
        transport->abort();
        transport->deleteLater();
        transport = nullptr;
    }
    framer.clear();
    abandoned.clear();
    oobEnabled = false;
    if (error.isError())
        lastError = error;
    if (state != State::Idle && state != State::Disconnecting)
        setState(State::Disconnecting);
    failAllPending(QmpError(QmpError::Interrupted, error.kind() == QmpError::Interrupted
                                                       ? error.message()
                                                       : tr("the connection ended: %1").arg(error.message())));
    if (reportError && error.isError())
        emit q->errorOccurred(error);
    if (state != State::Idle) {
        setState(State::Idle);
        emit q->disconnected();
    }
    // A failed attempt to come back counts as part of the same loss.
    if (wasConnecting && reconnecting)
        wantReconnect = true;
    if (wantReconnect && autoReconnect)
        scheduleReconnect();
}

void QmpClient::Private::scheduleReconnect()
{
    const int delay = reconnectDelayMs;
    reconnecting = true;
    reconnectDelayMs = qMin(reconnectMaxMs, qMax(1, reconnectDelayMs * 2));
    emit q->reconnectScheduled(delay);
    reconnectTimer.start(delay);
}

void QmpClient::Private::reconnect()
{
    if (state != State::Idle)
        return;
    if (serverMode) {
        QmpError error;
        setState(State::Connecting);
        startConnect();
        phase = Phase::Accepting;
        // Listening again on port 0 would pick a new port, one QEMU does not know: keep the first.
        const QmpAddress where = listenRequested.isTcp() && listenRequested.port() == 0 && listenBound.isValid()
                                     ? listenBound
                                     : listenRequested;
        if (!transport->listen(where, &error)) {
            teardown(error, true);
            return;
        }
        listenBound = transport->listenAddress();
        return;
    }
    setState(State::Connecting);
    phase = Phase::Transport;
    startConnect();
    connectTimer.start(connectTimeout);
    transport->connectToServer(address, tls);
}

// ---------------------------------------------------------------------------------------------
// Input: the hot path. Bytes go from the socket into the framer; each frame is parsed once.

void QmpClient::Private::onReadyRead()
{
    const quint64 gen = generation;
    ++inputDepth;
    const auto leave = qScopeGuard([this] { --inputDepth; });
    QmpFramer::Frame frame;
    while (transport && transport->readInto(framer, ReadChunk) > 0) {
        while (framer.next(&frame)) {
            if (!handleFrame(frame) || gen != generation)
                return;
        }
    }
}

void QmpClient::Private::execWaitLoop(QmpClient *client, QEventLoop &loop)
{
    // Called from a slot while the client handles input (a reply's finished(), an event), the
    // socket is inside its own readyRead() and Qt will not emit it again until that returns:
    // the answer would arrive unseen and the wait sit out its whole time. So pull what Qt
    // buffers meanwhile. Only this nested case polls; an ordinary wait just sleeps.
    QTimer pump;
    if (client && client->d->inputDepth > 0) {
        QPointer<QmpClient> guard(client);
        QObject::connect(&pump, &QTimer::timeout, &loop, [guard] {
            if (!guard || !guard->d->transport)
                return;
            guard->d->transport->pullPending();
            guard->d->onReadyRead();
        });
        pump.start(2);
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void QmpClient::Private::protocolError(QmpError::Kind kind, const QString &message)
{
    if (phase == Phase::Syncing || (mode == Mode::GuestAgent && guestSync.isActive()))
        return; // everything before the sync answer is an earlier conversation's
    if (phase == Phase::Greeting) {
        teardown(QmpError(QmpError::Greeting, tr("bad greeting: %1").arg(message)), true);
        return;
    }
    const QmpError error(kind, message);
    lastError = error;
    emit q->warning(message);
    emit q->errorOccurred(error);
}

bool QmpClient::Private::handleFrame(QmpFramer::Frame &frame)
{
    const quint64 gen = generation;
    switch (frame.kind) {
    case QmpFramer::Kind::Delimiter:
        // The guest agent's mark before a sync answer; meaningless elsewhere, and harmless.
        return true;
    case QmpFramer::Kind::Oversize: {
        // When the dropped message answers a command in flight, that command fails now with this
        // error instead of waiting for its timeout.
        const QmpValue id = trailingId(frame.bytes);
        if (QmpReply *reply = id.isUndefined() ? nullptr : pending.value(idKey(id))) {
            const QString why = tr("the reply of %1 bytes exceeds the limit of %2 bytes and was dropped")
                                    .arg(frame.size)
                                    .arg(framer.maxMessageSize());
            emit q->warning(why);
            if (gen == generation && reply == pending.value(idKey(id)))
                finish(reply, QmpError(QmpError::Oversize, why));
            return gen == generation;
        }
        protocolError(QmpError::Oversize, tr("a message of %1 bytes exceeds the limit of %2 bytes and was dropped")
                                              .arg(frame.size)
                                              .arg(framer.maxMessageSize()));
        return gen == generation;
    }
    case QmpFramer::Kind::Scalar: {
        QmpJsonError jsonError;
        const QmpValue v = QmpValue::fromJson(frame.bytes, &jsonError);
        const QString shown = QString::fromUtf8(frame.bytes.left(80));
        if (jsonError.ok())
            protocolError(QmpError::UnexpectedType, tr("the server sent %1, not a JSON object: %2").arg(v.typeName(), shown));
        else
            protocolError(QmpError::Deserialization, tr("the server sent text that is not JSON: %1").arg(shown));
        return gen == generation;
    }
    case QmpFramer::Kind::Message: break;
    }

    QmpJsonError jsonError;
    QmpValue message = QmpValue::fromJson(frame.bytes, &jsonError);
    if (!jsonError.ok()) {
        protocolError(QmpError::Deserialization, tr("the server sent invalid JSON (byte %1: %2)")
                                                      .arg(jsonError.offset)
                                                      .arg(jsonError.message));
        return gen == generation;
    }
    if (messageSignalsWanted && q->isSignalConnected(messageReceivedSignal()))
        emit q->messageReceived(frame.bytes, message);
    if (gen != generation)
        return false;
    if (!message.isObject()) {
        protocolError(QmpError::UnexpectedType, tr("the server sent a JSON %1, not an object").arg(message.typeName()));
        return gen == generation;
    }
    handleMessage(message, frame.bytes);
    return gen == generation;
}

void QmpClient::Private::handleMessage(QmpValue &message, QByteArray &raw)
{
    if (guestSync.isActive()) {
        if (guestSync.finishesWith(message)) {
            finishGuestSync();
            return;
        }
        // Answers to commands sent before the round began still carry their ids.
        const QmpValue id = message.value(u"id");
        if (!id.isUndefined() && pending.contains(idKey(id)))
            handleReply(message, raw);
        return;
    }
    // Members are few; a linear look-up by key is the fastest way to tell the kinds apart.
    for (const QmpMember &m : message.members()) {
        const QString &k = m.key;
        if (k.size() == 5 && QStringView(k) == QStringView(u"event", 5)) {
            handleEvent(message, raw);
            return;
        }
        if (k == QLatin1String("return") || k == QLatin1String("error")) {
            if (phase == Phase::Greeting)
                break;
            handleReply(message, raw);
            return;
        }
        if (k == QLatin1String("QMP")) {
            if (phase == Phase::Greeting) {
                handleGreeting(message);
            } else if (!greeting.isValid() && !expectGreeting) {
                // Not waited for, but QEMU sends it anyway: keep it, it says which QEMU this is.
                if (const QmpGreeting g = QmpGreeting::fromMessage(message); g.isValid()) {
                    greeting = g;
                    emit q->greetingReceived(g);
                }
            } else {
                emit q->warning(tr("a second greeting was ignored"));
            }
            return;
        }
    }
    if (phase == Phase::Greeting) {
        teardown(QmpError(QmpError::Greeting, tr("expected a greeting, got %1").arg(message.toDisplayString(120))), true);
        return;
    }
    // Neither "return" nor "error", but it names a command in flight: that command has its answer,
    // a broken one, and must not wait for its timeout.
    if (const QmpValue id = message.value(u"id"); !id.isUndefined()) {
        if (QmpReply *reply = pending.value(idKey(id))) {
            finish(reply, QmpError(QmpError::BadReply, tr("a reply with neither \"return\" nor \"error\": %1")
                                                           .arg(message.toDisplayString(120))),
                   message, raw);
            return;
        }
    }
    protocolError(QmpError::BadReply, tr("a message that is neither reply nor event was dropped: %1").arg(message.toDisplayString(120)));
}

void QmpClient::Private::handleEvent(QmpValue &message, QByteArray &raw)
{
    // The key's length given, not counted at run time for every event.
    if (!message.value(QStringView(u"event", 5)).isString()) {
        protocolError(QmpError::BadReply, tr("an event without a name was dropped: %1").arg(message.toDisplayString(120)));
        return;
    }
    // A clock read per event, not one per socket read (cheaper in a flood): EventLinker tells
    // events apart by receive time and name, and two alike from one read would then share one.
    const QmpEvent event = QmpEvent::fromMessage(std::move(message), std::move(raw));
    history.append(event);
    const quint64 gen = generation;
    if (eventSignalWanted)
        emit q->eventReceived(event);
    if (listeners.isEmpty() || gen != generation)
        return;
    // A listener's slot may delete listeners (itself or others) or add new ones. Deleted ones
    // leave a null in their place until the walk is over, so none is skipped; new ones start
    // with the next event.
    ++deliveringEvent;
    const qsizetype count = listeners.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (QmpEventListener *l = listeners.at(i))
            l->deliver(event);
    }
    if (--deliveringEvent == 0 && listenersRemoved) {
        listeners.removeAll(nullptr);
        listenersRemoved = false;
    }
}

void QmpClient::Private::handleReply(const QmpValue &message, const QByteArray &raw)
{
    const QmpValue id = message.value(u"id");
    const QmpValue error = message.value(u"error");
    QmpReply *reply = nullptr;
    if (id.isUndefined()) {
        if (!idless.isEmpty()) {
            reply = idless.first();
        } else if (error.isObject()) {
            protocolError(QmpError::ServerParse, tr("the server could not parse a message: %1")
                                                     .arg(QmpError::execute(error.value(u"class").toString(),
                                                                            error.value(u"desc").toString())
                                                              .message()));
            return;
        } else {
            protocolError(QmpError::BadReply, tr("a reply without id was dropped: %1").arg(message.toDisplayString(120)));
            return;
        }
    } else {
        const QByteArray key = idKey(id);
        reply = pending.value(key);
        if (!reply) {
            if (!abandoned.remove(key))
                emit q->warning(tr("a reply with the unknown id %1 was dropped").arg(QString::fromUtf8(key.left(80))));
            return;
        }
    }

    if (!error.isUndefined()) {
        const QmpValue cls = error.value(u"class");
        const QmpValue desc = error.value(u"desc");
        if (!cls.isString() || !desc.isString()) {
            finish(reply, QmpError(QmpError::BadReply, tr("malformed error reply: %1").arg(message.toDisplayString(120))),
                   message, raw);
            return;
        }
        finish(reply, QmpError::execute(cls.toString(), desc.toString(), message), message, raw);
        return;
    }
    finish(reply, {}, message, raw);
}

void QmpClient::Private::handleGreeting(const QmpValue &message)
{
    QString why;
    const QmpGreeting g = QmpGreeting::fromMessage(message, &why);
    if (!g.isValid()) {
        teardown(QmpError(QmpError::Greeting, tr("bad greeting: %1").arg(why)), true);
        return;
    }
    greeting = g;
    const quint64 gen = generation;
    emit q->greetingReceived(g);
    if (gen != generation)
        return;
    if (negotiate)
        negotiateCapabilities();
    else
        becomeRunning();
}

// ---------------------------------------------------------------------------------------------
// Public API

QmpClient::QmpClient(QObject *parent) : QObject(parent), d(new Private(this)) {}

QmpClient::~QmpClient()
{
    d->autoReconnect = false;
    d->reconnectTimer.stop();
    // Signals still reach connected objects (a waiting script), but nobody may reconnect now.
    if (d->transport || d->state != State::Idle)
        d->teardown(QmpError(QmpError::Interrupted, tr("the client was destroyed")), false);
    delete d;
    d = nullptr;
}

void QmpClient::connectNotify(const QMetaMethod &signal)
{
    if (signal == messageSentSignal() || signal == messageReceivedSignal())
        d->messageSignalsWanted = true;
    else if (signal == eventReceivedSignal())
        d->eventSignalWanted = true;
}

void QmpClient::setMode(Mode mode) { d->mode = mode; }
QmpClient::Mode QmpClient::mode() const { return d->mode; }
void QmpClient::setTlsOptions(const QmpTlsOptions &tls) { d->tls = tls; }
QmpTlsOptions QmpClient::tlsOptions() const { return d->tls; }
void QmpClient::setExpectGreeting(bool on) { d->expectGreeting = on; }
bool QmpClient::expectGreeting() const { return d->expectGreeting; }
void QmpClient::setNegotiate(bool on) { d->negotiate = on; }
bool QmpClient::negotiate() const { return d->negotiate; }
void QmpClient::setConnectTimeout(int ms) { d->connectTimeout = ms > 0 ? ms : 5000; }
int QmpClient::connectTimeout() const { return d->connectTimeout; }
void QmpClient::setCommandTimeout(int ms) { d->commandTimeout = ms > 0 ? ms : 30000; }
int QmpClient::commandTimeout() const { return d->commandTimeout; }

void QmpClient::setAutoReconnect(bool on, int initialDelayMs, int maxDelayMs)
{
    d->autoReconnect = on;
    d->reconnectInitialMs = qMax(1, initialDelayMs);
    d->reconnectMaxMs = qMax(d->reconnectInitialMs, maxDelayMs);
    d->reconnectDelayMs = d->reconnectInitialMs;
    if (!on)
        d->reconnectTimer.stop();
}

bool QmpClient::autoReconnect() const { return d->autoReconnect; }
void QmpClient::setMaxMessageSize(qsizetype bytes) { d->maxMessageSize = bytes > 0 ? bytes : QmpFramer::DefaultMaxMessageSize; }

void QmpClient::setEventHistoryLimit(int events)
{
    d->history.setCapacity(qMax(1, events));
}

void QmpClient::setAutoDeleteReplies(bool on) { d->autoDeleteReplies = on; }

void QmpClient::connectToServer(const QmpAddress &address)
{
    if (d->state != State::Idle) {
        const QmpError error(QmpError::State, tr("already connected or connecting"));
        d->lastError = error;
        emit errorOccurred(error);
        return;
    }
    d->reconnectTimer.stop();
    d->reconnectDelayMs = d->reconnectInitialMs;
    d->wantReconnect = false;
    d->reconnecting = false;
    d->serverMode = false;
    d->address = address;
    d->lastError = {};
    if (!address.isValid()) {
        // Report on the next turn, as any other failure to connect, so callers see one path.
        QMetaObject::invokeMethod(this, [this] {
            if (d->state == State::Idle) {
                d->lastError = QmpError(QmpError::Connect, tr("invalid address"));
                emit errorOccurred(d->lastError);
            }
        }, Qt::QueuedConnection);
        d->lastError = QmpError(QmpError::Connect, tr("invalid address"));
        return;
    }
    d->reconnect();
}

bool QmpClient::listen(const QmpAddress &address)
{
    if (d->state != State::Idle) {
        d->lastError = QmpError(QmpError::State, tr("already connected or connecting"));
        return false;
    }
    if (d->tls.isEnabled()) {
        // Silently listening in the clear would betray a caller who asked for TLS.
        d->lastError = QmpError(QmpError::Unsupported, tr("TLS is not available in server mode"));
        return false;
    }
    d->reconnectTimer.stop();
    d->reconnectDelayMs = d->reconnectInitialMs;
    d->wantReconnect = false;
    d->reconnecting = false;
    d->serverMode = true;
    d->listenRequested = address;
    d->address = address;
    d->lastError = {};
    d->setState(State::Connecting);
    d->startConnect();
    d->phase = Private::Phase::Accepting;
    QmpError error;
    if (!d->transport->listen(address, &error)) {
        d->serverMode = false;
        d->teardown(error, false);
        d->lastError = error;
        return false;
    }
    d->listenBound = d->transport->listenAddress();
    return true;
}

QmpAddress QmpClient::listenAddress() const { return d->listenBound; }

void QmpClient::disconnectFromServer()
{
    d->wantReconnect = false;
    d->reconnecting = false;
    d->reconnectTimer.stop();
    if (d->state == State::Idle && !d->transport)
        return;
    d->setState(State::Disconnecting);
    d->teardown(QmpError(QmpError::Interrupted, tr("disconnected by the client")), false);
    d->lastError = {};
}

QmpClient::State QmpClient::state() const { return d->state; }
QmpAddress QmpClient::address() const { return d->address; }
QmpGreeting QmpClient::greeting() const { return d->greeting; }
bool QmpClient::isOobEnabled() const { return d->oobEnabled; }
QmpError QmpClient::lastError() const { return d->lastError; }

bool QmpClient::waitForConnected(int msecs)
{
    if (d->state == State::Running)
        return true;
    if (d->state == State::Idle)
        return false;
    if (msecs < 0)
        msecs = d->connectTimeout + 1000;
    QPointer<QmpClient> self(this);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QmpClient::connected, &loop, &QEventLoop::quit);
    connect(this, &QmpClient::disconnected, &loop, &QEventLoop::quit);
    timer.start(msecs);
    Private::execWaitLoop(this, loop);
    return self && d->state == State::Running;
}

QmpReply *QmpClient::execute(const QString &command, const QmpValue &arguments, const QmpExecuteOptions &options)
{
    // Room for the arguments and the id as well, so that adding them moves nothing.
    QList<QmpMember> members;
    members.reserve(3);
    members.append({options.outOfBand ? QStringLiteral("exec-oob") : QStringLiteral("execute"), command});
    QmpValue message = QmpValue::object(std::move(members));
    if (!arguments.isUndefined()) {
        if (!arguments.isObject()) {
            QmpReply *reply = new QmpReply(this);
            reply->d->client = this;
            reply->d->command = command;
            d->finishLater(reply, QmpError(QmpError::Validation, tr("the arguments of %1 must be a JSON object, not %2")
                                                                     .arg(command, arguments.typeName())));
            return reply;
        }
        message.insert(QStringLiteral("arguments"), arguments);
    }
    return d->send(std::move(message), command, options, false, false);
}

QmpReply *QmpClient::executeHmp(const QString &commandLine, const QmpExecuteOptions &options)
{
    return execute(QStringLiteral("human-monitor-command"),
                   QmpValue::object({{QStringLiteral("command-line"), commandLine}}), options);
}

QmpReply *QmpClient::sendRaw(const QmpValue &message, const QmpExecuteOptions &options)
{
    QmpExecuteOptions o = options;
    QString command = message.value(u"execute").toString();
    if (command.isEmpty()) {
        command = message.value(u"exec-oob").toString();
        o.outOfBand = !command.isEmpty();
    } else {
        o.outOfBand = false;
    }
    return d->send(message, command, o, true, false);
}

qsizetype QmpClient::pendingCount() const
{
    return d->pending.size() + d->idless.size();
}

QList<QmpEvent> QmpClient::eventHistory() const
{
    QList<QmpEvent> list;
    list.reserve(d->history.size());
    for (qsizetype i = d->history.firstIndex(); i <= d->history.lastIndex(); ++i)
        list.append(d->history.at(i));
    return list;
}

void QmpClient::clearEventHistory() { d->history.clear(); }
