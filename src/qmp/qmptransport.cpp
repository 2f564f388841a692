// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmptransport.h"
#include "qmpfdpassing.h"
#include "qmpframer.h"
#include "qmpunixconnector.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>

#include <cerrno>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
// A relative path is taken from the current directory, as a shell user means it: Qt alone would
// look for it in the temporary folder (and report "Invalid name" when it is not there).
QString socketPath(const QmpAddress &address)
{
    const QString path = address.path();
    return QDir::isAbsolutePath(path) ? path : QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// Empty when the path fits a UNIX socket address; Qt reports a longer one as "Invalid name" too.
QString socketPathProblem(const QString &path)
{
    // sun_path holds the path and its NUL; Qt keeps one more byte for the abstract namespace.
    constexpr qsizetype limit = qsizetype(sizeof(sockaddr_un::sun_path)) - 2;
    const qsizetype bytes = QFile::encodeName(path).size();
    if (bytes <= limit)
        return {};
    return QmpTransport::tr("the socket path %1 is %2 bytes long, more than the %3 a UNIX socket address holds")
        .arg(path)
        .arg(bytes)
        .arg(limit);
}

// Bounds what Qt buffers ahead of the framer, so a flood cannot grow memory without limit.
constexpr qint64 ReadBufferSize = 4 * 1024 * 1024;
constexpr int FlushTimeoutMs = 5000;
}

QmpTransport::QmpTransport(QObject *parent) : QObject(parent) {}

QmpTransport::~QmpTransport()
{
    abort();
}

void QmpTransport::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(QmpError(QmpError::Connect, message));
}

void QmpTransport::becomeReady()
{
    if (m_done || m_ready)
        return;
    m_ready = true;
    emit ready();
    // Bytes that came with the connection (an early greeting) must not wait for the next read.
    if (m_io && m_io->bytesAvailable() > 0)
        emit readyRead();
}

void QmpTransport::onDisconnected()
{
    if (m_done)
        return;
    if (!m_ready) {
        fail(m_sslErrors.isEmpty() ? tr("the server closed the connection during set-up")
                                   : tr("TLS handshake failed: %1").arg(m_sslErrors.join(QLatin1String("; "))));
        return;
    }
    m_done = true;
    emit closed();
}

void QmpTransport::adoptLocal(QLocalSocket *socket)
{
    m_local = socket;
    m_io = socket;
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    connect(socket, &QLocalSocket::readyRead, this, &QmpTransport::readyRead);
    connect(socket, &QLocalSocket::disconnected, this, &QmpTransport::onDisconnected);
    connect(socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError e) {
        if (m_ready) {
            if (e == QLocalSocket::PeerClosedError && m_local->state() == QLocalSocket::UnconnectedState)
                onDisconnected();
            return;
        }
        // Connecting is QmpUnixConnector's; this is a socket that broke before it was handed on.
        fail(tr("cannot connect to %1: %2").arg(m_address.toString(), m_local->errorString()));
    });
}

void QmpTransport::adoptTcp(QTcpSocket *socket)
{
    m_tcp = socket;
    m_io = socket;
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    connect(socket, &QTcpSocket::readyRead, this, &QmpTransport::readyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QmpTransport::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_ready)
            return; // disconnected() follows
        QString why = m_tcp->errorString();
        if (!m_sslErrors.isEmpty())
            why = tr("TLS handshake failed: %1").arg(m_sslErrors.join(QLatin1String("; ")));
        fail(tr("cannot connect to %1: %2").arg(m_address.toString(), why));
    });
}

static QSslKey loadKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm);
        if (!key.isNull())
            return key;
    }
    return {};
}

void QmpTransport::connectToServer(const QmpAddress &address, const QmpTlsOptions &tls)
{
    m_address = address;
    if (address.isUnix()) {
        if (tls.isEnabled()) {
            fail(tr("TLS is for TCP addresses; %1 is a UNIX socket").arg(address.toString()));
            return;
        }
        const QString path = socketPath(address);
        if (const QString problem = socketPathProblem(path); !problem.isEmpty()) {
            fail(tr("cannot connect to %1: %2").arg(address.toString(), problem));
            return;
        }
        auto *socket = new QLocalSocket(this);
        adoptLocal(socket);
        m_connector = new QmpUnixConnector(this);
        connect(m_connector, &QmpUnixConnector::connected, this, [this](int fd) {
            m_connector->deleteLater();
            m_connector = nullptr;
            if (!m_local->setSocketDescriptor(fd, QLocalSocket::ConnectedState, QIODevice::ReadWrite)) {
                ::close(fd);
                fail(tr("cannot connect to %1: %2").arg(m_address.toString(), m_local->errorString()));
                return;
            }
            becomeReady();
        });
        connect(m_connector, &QmpUnixConnector::failed, this, [this](const QString &why) {
            m_connector->deleteLater();
            m_connector = nullptr;
            fail(tr("cannot connect to %1: %2").arg(m_address.toString(), why));
        });
        m_connector->connectTo(path);
        return;
    }
    if (!address.isTcp()) {
        fail(tr("invalid address"));
        return;
    }
    if (!tls.isEnabled() && !tls.validate().isEmpty()) {
        // A certificate, key or peer name without a CA: the caller wants TLS but has not said whom
        // to trust. Connecting in the clear instead would be a silent downgrade.
        fail(tls.validate());
        return;
    }
    if (!tls.isEnabled()) {
        auto *socket = new QTcpSocket(this);
        adoptTcp(socket);
        connect(socket, &QTcpSocket::connected, this, [this] {
            m_tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            becomeReady();
        });
        socket->connectToHost(address.host(), address.port());
        return;
    }

    if (const QString problem = tls.validate(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        fail(tr("TLS is not available: no TLS backend for Qt"));
        return;
    }
    auto *socket = new QSslSocket(this);
    m_ssl = socket;
    adoptTcp(socket);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // The given CA is the only one trusted: a certificate from any public CA must not pass.
    config.setCaCertificates(QSslCertificate::fromPath(tls.caFile, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!tls.certFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(tls.certFile, QSsl::Pem);
        QFile keyFile(tls.keyFile);
        keyFile.open(QIODevice::ReadOnly);
        const QSslKey key = loadKey(keyFile.readAll());
        if (chain.isEmpty() || key.isNull()) {
            fail(tr("cannot load the client certificate '%1' or key '%2'").arg(tls.certFile, tls.keyFile));
            return;
        }
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
    }
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        becomeReady();
    });
    const QString peer = tls.peerName.isEmpty() ? address.host() : tls.peerName;
    socket->connectToHostEncrypted(address.host(), address.port(), peer);
}

bool QmpTransport::listen(const QmpAddress &address, QmpError *error)
{
    m_address = address;
    if (address.isUnix()) {
        const QString where = socketPath(address);
        if (const QString problem = socketPathProblem(where); !problem.isEmpty()) {
            *error = QmpError(QmpError::Connect, tr("cannot listen on %1: %2").arg(address.toString(), problem));
            return false;
        }
        const QByteArray path = QFile::encodeName(where);
        struct stat st;
        // A stale socket from an earlier run would make listen() fail; anything else stays.
        if (::lstat(path.constData(), &st) == 0 && S_ISSOCK(st.st_mode))
            QLocalServer::removeServer(where);
        auto *server = new QLocalServer(this);
        // The socket must never exist with wider permissions, not even for a moment.
        const mode_t old = ::umask(0177);
        const bool ok = server->listen(where);
        ::umask(old);
        if (!ok) {
            *error = QmpError(QmpError::Connect, tr("cannot listen on %1: %2").arg(address.toString(), server->errorString()));
            delete server;
            return false;
        }
        ::chmod(path.constData(), 0600);
        m_localServer = server;
        m_listenAddress = QmpAddress::unixSocket(where);
        connect(server, &QLocalServer::newConnection, this, [this] {
            QLocalSocket *socket = m_localServer->nextPendingConnection();
            if (!socket || m_io)
                return;
            m_localServer->close();
            adoptLocal(socket);
            becomeReady();
        });
        return true;
    }
    if (!address.isTcp()) {
        *error = QmpError(QmpError::Connect, tr("invalid address"));
        return false;
    }
    auto *server = new QTcpServer(this);
    QHostAddress host;
    if (address.host() == QLatin1String("localhost"))
        host = QHostAddress::LocalHost;
    else if (!host.setAddress(address.host()))
        host = QHostAddress::Any;
    if (!server->listen(host, address.port())) {
        *error = QmpError(QmpError::Connect, tr("cannot listen on %1: %2").arg(address.toString(), server->errorString()));
        delete server;
        return false;
    }
    m_tcpServer = server;
    m_listenAddress = QmpAddress::tcp(address.host(), server->serverPort());
    connect(server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_tcpServer->nextPendingConnection();
        if (!socket || m_io)
            return;
        m_tcpServer->close();
        adoptTcp(socket);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        becomeReady();
    });
    return true;
}

void QmpTransport::pullPending()
{
    // QSslSocket::flush() runs its transmit step, which also decrypts what the TCP socket holds.
    if (m_ssl && m_ready && !m_done)
        m_ssl->flush();
}

qint64 QmpTransport::readInto(QmpFramer &framer, qint64 maxBytes)
{
    if (!m_io)
        return 0;
    const qint64 available = qMin(m_io->bytesAvailable(), maxBytes);
    if (available <= 0)
        return 0;
    char *p = framer.reserve(available);
    const qint64 got = m_io->read(p, available);
    framer.commit(qMax<qint64>(got, 0));
    m_received += qMax<qint64>(got, 0);
    return qMax<qint64>(got, 0);
}

bool QmpTransport::flush()
{
    if (m_local)
        return m_local->flush();
    if (m_ssl)
        return m_ssl->flush();
    if (m_tcp)
        return m_tcp->flush();
    return false;
}

qint64 QmpTransport::sendDirect(const QByteArray &bytes)
{
    // Only in the clear, and only with nothing queued ahead in Qt's buffer, so bytes keep their order.
    if (m_ssl || m_io->bytesToWrite() > 0)
        return 0;
    const qintptr fd = m_local ? m_local->socketDescriptor() : m_tcp ? m_tcp->socketDescriptor() : -1;
    if (fd < 0)
        return 0;
    qint64 sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(int(fd), bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else
            break; // full (EAGAIN) or an error: Qt's path queues the rest, or reports the error itself
    }
    return sent;
}

bool QmpTransport::write(const QByteArray &bytes)
{
    if (!m_io || !m_ready || m_done)
        return false;
    // Straight to the kernel when possible: through Qt's buffer each write would switch the
    // socket's write notifier on and off again, and with the GLib event loop each switch wakes
    // the loop once more (two extra wake-ups and a poll per command).
    const qint64 sent = sendDirect(bytes);
    if (sent == bytes.size())
        return true;
    const qint64 rest = bytes.size() - sent;
    if (m_io->write(bytes.constData() + sent, rest) != rest)
        return false;
    flush();
    if (m_ssl) {
        // QEMU 7.2 (at least) leaves the last TLS record it received in GnuTLS's buffer until another
        // record arrives, so a command would wait for the next one to be sent. A record holding
        // only a newline (whitespace between JSON messages) pushes each command through and is
        // itself harmless where it gets stuck.
        m_ssl->write("\n", 1);
        flush();
    }
    return true;
}

bool QmpTransport::writeWithFds(const QByteArray &bytes, const QList<int> &fds, QString *error)
{
    if (!m_local) {
        *error = tr("file descriptors can only be passed over a UNIX socket");
        return false;
    }
    if (!m_ready || m_done) {
        *error = tr("not connected");
        return false;
    }
    const int socket = int(m_local->socketDescriptor());
    // Whatever Qt still holds must reach the kernel before these bytes, or they would overtake it.
    while (m_local->bytesToWrite() > 0) {
        m_local->flush();
        if (m_local->bytesToWrite() > 0 && !QmpFdPassing::waitWritable(socket, FlushTimeoutMs)) {
            *error = tr("the server does not read: cannot pass file descriptors");
            return false;
        }
    }
    const qint64 sent = QmpFdPassing::send(socket, bytes, fds, FlushTimeoutMs, error);
    if (sent < 0)
        return false;
    if (sent < bytes.size()) {
        m_local->write(bytes.constData() + sent, bytes.size() - sent);
        m_local->flush();
    }
    return true;
}

void QmpTransport::abort()
{
    m_done = true;
    delete m_connector; // a connect still retrying against a busy socket
    m_connector = nullptr;
    if (m_io)
        flush();
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
        m_local->deleteLater();
        m_local = nullptr;
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
        m_ssl = nullptr;
    }
    m_io = nullptr;
    if (m_localServer) {
        m_localServer->close();
        m_localServer->deleteLater();
        m_localServer = nullptr;
    }
    if (m_tcpServer) {
        m_tcpServer->close();
        m_tcpServer->deleteLater();
        m_tcpServer = nullptr;
    }
}
