// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpunixconnector.h"

#include <QtCore/QFile>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
constexpr int FirstRetryMs = 10;
constexpr int LastRetryMs = 200;
}

QmpUnixConnector::QmpUnixConnector(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &QmpUnixConnector::attempt);
}

QmpUnixConnector::~QmpUnixConnector() = default;

void QmpUnixConnector::connectTo(const QString &path)
{
    m_path = path;
    m_retryMs = FirstRetryMs;
    attempt();
}

int qmpConnectUnixOnce(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(encoded.size()) >= sizeof(address.sun_path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int result;
    do {
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    } while (result < 0 && errno == EINTR);
    if (result == 0)
        return fd;
    const int error = errno;
    ::close(fd);
    errno = error;
    return -1;
}

void QmpUnixConnector::attempt()
{
    const int fd = qmpConnectUnixOnce(m_path);
    // A UNIX stream connect completes at once or fails at once; EINPROGRESS does not happen here.
    if (fd >= 0) {
        emit connected(fd);
        return;
    }
    const int error = errno;
    switch (error) {
    case ENAMETOOLONG:
        emit failed(tr("the socket path %1 is too long for a UNIX socket address").arg(m_path));
        return;
    case EAGAIN:
        // The listener's backlog is full: it is busy with another client. Keep trying until the
        // caller's own connect timeout gives up.
        m_retry.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, LastRetryMs);
        return;
    case ENOENT:
        emit failed(tr("no socket at %1").arg(m_path));
        return;
    case ECONNREFUSED:
        emit failed(tr("nothing listens on %1 (QEMU may have exited and left the socket file behind)").arg(m_path));
        return;
    case EACCES:
        emit failed(tr("permission denied for %1").arg(m_path));
        return;
    case ENOTSOCK:
        emit failed(tr("%1 is not a socket").arg(m_path));
        return;
    default:
        emit failed(QString::fromLocal8Bit(std::strerror(error)));
    }
}
