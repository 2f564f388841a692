// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpaddress.h"
#include "qmperror.h"
#include "qmpevent.h"
#include "qmpgreeting.h"
#include "qmpreply.h"
#include "qmpvalue.h"

#include <QtCore/QObject>

class QmpEventListener;

// How one command is sent.
struct QmpExecuteOptions
{
    bool outOfBand = false;  // "exec-oob"; needs the oob capability, which the client enables when offered
    int timeoutMs = -1;      // -1: the client's default command timeout; 0: none (abort() still works)
    QList<int> fds;          // passed with SCM_RIGHTS just before the command (UNIX sockets only)
    QmpValue id;             // Undefined: the client picks a unique id. Any JSON value; the server's
                             // echo is matched in canonical form (QEMU prints 1.0 as 1, reorders keys)
};

// A QMP client as a QObject: connect (UNIX, TCP, TLS, or listen for QEMU to connect in), execute
// commands that return QmpReply objects matched by id, receive events. Also speaks to qemu-ga.
// Nothing here blocks, except the waitFor* helpers meant for scripts and tests (they also work
// from slots connected to the client's own signals). What the client can tell is wrong before
// sending (not an object, an id in use, nesting deeper than QEMU's 1024 levels, fds without a
// UNIX socket) finishes the reply with an error and sends nothing. As with Qt's sockets, delete a
// client from a slot connected to its own signals with deleteLater() only.
class QmpClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Running, Disconnecting };
    Q_ENUM(State)
    enum class Mode { Qmp, GuestAgent };
    Q_ENUM(Mode)

    explicit QmpClient(QObject *parent = nullptr);
    ~QmpClient() override;

    // --- configuration (takes effect at the next connect) ---
    void setMode(Mode mode);
    Mode mode() const;
    void setTlsOptions(const QmpTlsOptions &tls);
    QmpTlsOptions tlsOptions() const;
    void setExpectGreeting(bool on); // default true (QMP); guest agent mode never waits for one
    bool expectGreeting() const;
    void setNegotiate(bool on);      // default true: send qmp_capabilities before Running
    bool negotiate() const;
    void setConnectTimeout(int ms);  // default 5000: connect, TLS handshake, greeting and negotiation
    int connectTimeout() const;
    void setCommandTimeout(int ms);  // default 30000; per-command override in QmpExecuteOptions
    int commandTimeout() const;
    // Reconnect with exponential backoff after an unexpected disconnect (not after disconnectFromServer()).
    void setAutoReconnect(bool on, int initialDelayMs = 500, int maxDelayMs = 30000);
    bool autoReconnect() const;
    void setMaxMessageSize(qsizetype bytes); // default 64 MiB
    void setEventHistoryLimit(int events);   // default 10000; the client's own bounded history
    void setAutoDeleteReplies(bool on);      // default false: replies delete themselves after finished()

    // --- connection ---
    void connectToServer(const QmpAddress &address);
    // Server mode: listen on address (UNIX sockets are created mode 0600) and accept one
    // connection, as QEMU's `-qmp unix:PATH` without server=on expects. False with lastError() set
    // when the address cannot be listened on.
    bool listen(const QmpAddress &address);
    QmpAddress listenAddress() const; // the bound address (the real port when listening on port 0)
    void disconnectFromServer();      // graceful; in-flight replies fail with Interrupted
    State state() const;
    bool isRunning() const { return state() == State::Running; }
    QmpAddress address() const;
    QmpGreeting greeting() const;
    bool isOobEnabled() const;
    QmpError lastError() const;
    // Blocks with a local event loop until Running (true) or Idle after a failure (false).
    bool waitForConnected(int msecs = -1);

    // --- commands ---
    QmpReply *execute(const QString &command, const QmpValue &arguments = {}, const QmpExecuteOptions &options = {});
    // An HMP line through human-monitor-command; the result is the HMP output string.
    QmpReply *executeHmp(const QString &commandLine, const QmpExecuteOptions &options = {});
    // Sends the message exactly as given (after re-serialising it). When it has an "id", the
    // reply is matched to it; without an id the reply is matched by order of id-less sends.
    QmpReply *sendRaw(const QmpValue &message, const QmpExecuteOptions &options = {});
    qsizetype pendingCount() const;

    // --- events ---
    QList<QmpEvent> eventHistory() const;
    void clearEventHistory();

Q_SIGNALS:
    void stateChanged(QmpClient::State state);
    void connected();   // Running: greeting read and capabilities negotiated
    void disconnected(); // back to Idle from any other state
    void greetingReceived(const QmpGreeting &greeting);
    void eventReceived(const QmpEvent &event);
    // Every message in either direction, for transcripts and the console; raw bytes as on the wire.
    void messageReceived(const QByteArray &raw, const QmpValue &message);
    void messageSent(const QByteArray &raw, const QmpValue &message);
    void errorOccurred(const QmpError &error); // connection-level errors (not per-command ones)
    void warning(const QString &message);      // dropped messages, unknown ids, and the like
    void reconnectScheduled(int delayMs);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class QmpEventListener;
    friend class QmpReply;
    class Private;
    Private *d;
};
