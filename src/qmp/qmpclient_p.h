// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to QmpQt: the state behind QmpClient, shared with QmpReply and QmpEventListener.

#include "qmpclient.h"
#include "qmpframer.h"
#include "qmpguestsync.h"

#include <QtCore/QContiguousCache>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <map>

class QmpTransport;

class QmpClient::Private
{
public:
    // Where a connection attempt stands while the client is Connecting.
    enum class Phase { None, Accepting, Transport, Greeting, Negotiating, Syncing };

    explicit Private(QmpClient *q);

    // Replies.
    QmpReply *send(QmpValue message, const QString &command, const QmpExecuteOptions &options, bool raw, bool internal);
    void finish(QmpReply *reply, const QmpError &error, const QmpValue &response = {}, const QByteArray &raw = {});
    void finishLater(QmpReply *reply, const QmpError &error); // refused before sending
    static void finishDetached(QmpReply *reply, const QmpError &error);
    void untrack(QmpReply *reply);
    void forget(QmpReply *reply); // the reply is being deleted
    void abandon(QmpReply *reply, const QmpError &error); // abort or timeout: a late answer is dropped quietly
    void failAllPending(const QmpError &error);
    void armDeadline(QmpReply *reply);
    void onDeadline();

    // Connection.
    void setState(State s);
    void startConnect();
    void onTransportReady();
    void onTransportFailed(const QmpError &error);
    void onTransportClosed();
    void onConnectTimeout();
    void negotiateCapabilities();
    void becomeRunning();
    void startGuestSync();
    void finishGuestSync();
    // Ends the connection: every reply in flight fails with Interrupted, the state goes Idle.
    void teardown(const QmpError &error, bool reportError);
    void scheduleReconnect();
    void reconnect();

    // Input.
    void onReadyRead();
    // Runs a waitFor* helper's local event loop; see the comment in the definition.
    static void execWaitLoop(QmpClient *client, QEventLoop &loop);
    bool handleFrame(QmpFramer::Frame &frame); // false: the connection ended while handling it
    // Both may take message and raw over (an event keeps them without a copy).
    void handleMessage(QmpValue &message, QByteArray &raw);
    void handleEvent(QmpValue &message, QByteArray &raw);
    void handleReply(const QmpValue &message, const QByteArray &raw);
    void handleGreeting(const QmpValue &message);
    void protocolError(QmpError::Kind kind, const QString &message);
    bool writeBytes(const QByteArray &bytes, const QList<int> &fds, QString *error);

    QmpClient *q;

    // Configuration.
    Mode mode = Mode::Qmp;
    QmpTlsOptions tls;
    bool expectGreeting = true;
    bool negotiate = true;
    int connectTimeout = 5000;
    int commandTimeout = 30000;
    bool autoReconnect = false;
    int reconnectInitialMs = 500;
    int reconnectMaxMs = 30000;
    qsizetype maxMessageSize = QmpFramer::DefaultMaxMessageSize;
    bool autoDeleteReplies = false;

    // Connection.
    State state = State::Idle;
    Phase phase = Phase::None;
    QmpAddress address;
    bool serverMode = false;
    QmpAddress listenRequested;
    QmpAddress listenBound;
    QmpGreeting greeting;
    bool oobEnabled = false;
    QmpError lastError;
    QmpTransport *transport = nullptr;
    QmpFramer framer;
    quint64 generation = 0; // bumped by every teardown, so handlers notice the connection is gone
    QTimer connectTimer;
    QTimer reconnectTimer;
    int reconnectDelayMs = 500;
    bool reconnecting = false;  // attempts to come back after a loss are under way
    QElapsedTimer runningClock; // since the last time the client became Running
    bool wantReconnect = false; // an unexpected loss: reconnect if asked to
    QmpReply *negotiation = nullptr;

    // Commands.
    qint64 nextId = 1;
    QHash<QByteArray, QmpReply *> pending;
    QList<QmpReply *> idless; // raw sends without id, answered in order
    std::multimap<qint64, QmpReply *> deadlines;
    QTimer deadlineTimer;
    qint64 deadlineArmedAt = -1;
    QElapsedTimer clock;
    QSet<QByteArray> abandoned;

    // Guest agent.
    QmpGuestSync guestSync;
    QTimer guestSyncTimer;
    QList<QPair<QPointer<QmpReply>, QByteArray>> held; // sent once the resynchronisation ends

    // Events.
    QContiguousCache<QmpEvent> history{10000};
    QList<QmpEventListener *> listeners; // null where one went away during a delivery
    int deliveringEvent = 0;
    int inputDepth = 0; // > 0 while onReadyRead() runs (signals emitted from it included)
    // Set once messageSent or messageReceived has had a connection: until then the per-message
    // test whether anyone listens (a signal index look-up) is skipped.
    bool messageSignalsWanted = false;
    // The same for eventReceived: in a flood, an emit that nothing receives still costs a call
    // into QMetaObject::activate per event.
    bool eventSignalWanted = false;
    bool listenersRemoved = false;
};
