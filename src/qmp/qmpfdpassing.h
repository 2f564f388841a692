// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to QmpQt: file descriptors over a UNIX socket (SCM_RIGHTS). Qt's sockets have no
// ancillary-data API, so this talks to the native descriptor directly.

#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QString>

namespace QmpFdPassing {
// Sends as much of bytes as the kernel takes in one sendmsg() with fds attached (waiting up to
// timeoutMs for room). Returns the number of bytes sent, or -1 with *error set.
qint64 send(int socket, QByteArrayView bytes, const QList<int> &fds, int timeoutMs, QString *error);
// Waits until the socket can take more bytes; false on timeout or error.
bool waitWritable(int socket, int timeoutMs);
}
