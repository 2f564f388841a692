// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

// One non-blocking connect() to the UNIX stream socket at path: a connected descriptor (the
// caller owns it), or -1 with errno set (ENAMETOOLONG when the path does not fit a socket address,
// rather than a shortened path that names another socket).
int qmpConnectUnixOnce(const QString &path);

// Connects a UNIX stream socket without blocking and without spinning. A QEMU monitor serves one
// client at a time, so its listen backlog fills up as soon as a second client waits; connect()
// then fails with EAGAIN. QLocalSocket retries that from a write notifier that fires at once,
// which burns a core for as long as the wait lasts. This retries from a timer instead.
class QmpUnixConnector : public QObject
{
    Q_OBJECT
public:
    explicit QmpUnixConnector(QObject *parent = nullptr);
    ~QmpUnixConnector() override;

    void connectTo(const QString &path); // a path too long for a sockaddr_un fails

signals:
    void connected(int fd);            // a connected, non-blocking descriptor; the receiver owns it
    void failed(const QString &why);   // a reason a person can act on, without the path's address form

private:
    void attempt();

    QString m_path;
    QTimer m_retry;
    int m_retryMs = 0;
};
