// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A real QEMU (or qemu-ga) for a test: started in a private temporary folder that holds its
// sockets, killed and cleaned up by the destructor, so a failing test leaves nothing behind.
// Shared by the integration tests; nothing here sleeps for a fixed time.

#include <QtCore/QProcess>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

class QemuProcess
{
public:
    QemuProcess();
    ~QemuProcess();
    QemuProcess(const QemuProcess &) = delete;
    QemuProcess &operator=(const QemuProcess &) = delete;

    // qemu-system-x86_64 (or $QMP_TEST_QEMU) and qemu-ga (or $QMP_TEST_QGA), empty when absent.
    static QString qemuBinary();
    static QString guestAgentBinary();
    // A TCP port on 127.0.0.1 that was free a moment ago.
    static quint16 freeTcpPort();
    // True once a UNIX socket at socketPath accepts connections (listen() done, not just bind()).
    static bool isListening(const QString &socketPath);

    QString dir() const { return m_dir.path(); } // the private folder, stable for the object's life
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString qmpSocket() const { return path(QStringLiteral("qmp.sock")); }
    QString guestAgentSocket() const { return path(QStringLiteral("qga.sock")); }

    // `-M none -S -nodefaults -display none -qmp unix:qmpSocket(),server=on,wait=off` plus
    // extraArgs; returns once the socket exists. Calling it again after kill() restarts QEMU on
    // the same socket path.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 10000);
    // Any QEMU command line; returns once readyPath exists (at once when readyPath is empty).
    // QEMU creates its monitors in order, so a UNIX monitor given last marks all of them ready.
    bool startWithArgs(const QStringList &args, const QString &readyPath, int timeoutMs = 10000);
    // `qemu-ga -m unix-listen -p guestAgentSocket()`, state and pid file in dir().
    bool startGuestAgent(int timeoutMs = 10000);

    bool isRunning() const;
    qint64 pid() const;
    void kill();      // SIGKILL, then waits for the process to be gone
    // Waits for the process to end by itself (after `quit`) without running the event loop, so
    // what it sent before it went stays unread in the sockets. False on timeout.
    bool waitForExit(int timeoutMs);
    void terminate(); // SIGTERM, then SIGKILL if it does not go within two seconds
    void pause();     // SIGSTOP: the process stops reading and answering
    void resume();    // SIGCONT
    QString errorString() const { return m_error; } // why a start failed, with the process's stderr

private:
    bool launch(const QString &program, const QStringList &args, const QString &readyPath, int timeoutMs);

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};
