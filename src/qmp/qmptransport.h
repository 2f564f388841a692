// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to QmpQt: one byte stream to a QMP server, whatever carries it (UNIX socket, TCP, TLS,
// or a connection accepted in server mode). The client sees bytes in and bytes out, nothing more.

#include "qmpaddress.h"
#include "qmperror.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QmpFramer;
class QmpUnixConnector;
class QIODevice;
class QLocalServer;
class QLocalSocket;
class QSslSocket;
class QTcpServer;
class QTcpSocket;

class QmpTransport : public QObject
{
    Q_OBJECT
public:
    explicit QmpTransport(QObject *parent = nullptr);
    ~QmpTransport() override;

    void connectToServer(const QmpAddress &address, const QmpTlsOptions &tls);
    // Server mode: waits for one connection, then emits ready(). UNIX sockets are mode 0600.
    bool listen(const QmpAddress &address, QmpError *error);
    QmpAddress listenAddress() const { return m_listenAddress; }
    bool isReady() const { return m_ready; }
    bool isUnix() const { return m_local != nullptr; }
    // True when a TLS session ended before a single byte of data came through. With TLS 1.3 the
    // client's handshake is over before the server has checked the client certificate, so this
    // is how a refused (or missing) client certificate shows: QEMU simply hangs up.
    bool endedRightAfterTlsHandshake() const { return m_ssl && m_ready && m_received == 0; }

    // Inside the socket's own readyRead() Qt buffers new bytes without signalling them, and a TLS
    // socket does not even decrypt them: this makes them readable. For nested waits only.
    void pullPending();
    // Moves what has arrived straight into the framer, at most maxBytes. Returns bytes moved.
    qint64 readInto(QmpFramer &framer, qint64 maxBytes);
    // Queues and pushes the bytes to the kernel at once, without waiting for the event loop.
    bool write(const QByteArray &bytes);
    // Sends bytes with fds attached (SCM_RIGHTS); UNIX sockets only. Qt's write buffer is
    // emptied first, so the bytes stay in order with what was written before.
    bool writeWithFds(const QByteArray &bytes, const QList<int> &fds, QString *error);
    void abort(); // drops the connection (after pushing out what is queued) and any listener

Q_SIGNALS:
    void ready();     // connected, TLS handshake done, or a connection accepted
    void readyRead();
    void closed();    // a ready connection ended
    void failed(const QmpError &error); // never became ready

private:
    void adoptLocal(QLocalSocket *socket);
    void adoptTcp(QTcpSocket *socket);
    void becomeReady();
    void fail(const QString &message);
    void onDisconnected();
    bool flush();
    // Writes what the kernel takes at once, bypassing Qt's buffer; returns the bytes written.
    qint64 sendDirect(const QByteArray &bytes);

    QLocalSocket *m_local = nullptr;
    QmpUnixConnector *m_connector = nullptr; // until a UNIX connect succeeds or fails
    QTcpSocket *m_tcp = nullptr;
    QSslSocket *m_ssl = nullptr; // m_tcp when TLS is on
    QIODevice *m_io = nullptr;
    QLocalServer *m_localServer = nullptr;
    QTcpServer *m_tcpServer = nullptr;
    QmpAddress m_address;
    QmpAddress m_listenAddress;
    QStringList m_sslErrors;
    qint64 m_received = 0;
    bool m_ready = false;
    bool m_done = false;
};
