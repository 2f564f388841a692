// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpfdpassing.h"

#include <QtCore/QCoreApplication>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>

namespace QmpFdPassing {

bool waitWritable(int socket, int timeoutMs)
{
    pollfd p{socket, POLLOUT, 0};
    int r;
    do {
        r = ::poll(&p, 1, timeoutMs);
    } while (r < 0 && errno == EINTR);
    return r > 0 && (p.revents & POLLOUT);
}

qint64 send(int socket, QByteArrayView bytes, const QList<int> &fds, int timeoutMs, QString *error)
{
    if (fds.isEmpty() || bytes.isEmpty() || fds.size() > 253) {
        *error = QCoreApplication::translate("QmpFdPassing", "between 1 and 253 descriptors must travel with a message");
        return -1;
    }
    const size_t fdBytes = sizeof(int) * size_t(fds.size());
    QByteArray control(qsizetype(CMSG_SPACE(fdBytes)), '\0');

    iovec iov{const_cast<char *>(bytes.data()), size_t(bytes.size())};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.data();
    msg.msg_controllen = size_t(control.size());
    cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(fdBytes);
    std::memcpy(CMSG_DATA(cmsg), fds.constData(), fdBytes);

    for (;;) {
        const ssize_t n = ::sendmsg(socket, &msg, MSG_NOSIGNAL);
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitWritable(socket, timeoutMs))
            continue;
        *error = QCoreApplication::translate("QmpFdPassing", "could not pass file descriptors: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
}

} // namespace QmpFdPassing
