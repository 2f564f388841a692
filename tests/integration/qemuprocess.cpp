// SPDX-License-Identifier: GPL-2.0-or-later
#include "qemuprocess.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QTcpServer>

#include <signal.h>
#include <sys/prctl.h>

QemuProcess::QemuProcess() : m_dir(QStringLiteral("/tmp/qmpt-XXXXXX"))
{
    // Short paths: a UNIX socket path must fit in 108 bytes.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // A test killed by its CTest timeout or a crash runs no destructor: the kernel then ends
    // QEMU with it, so no orphan keeps sockets, ports and CPU after the run.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

QemuProcess::~QemuProcess()
{
    kill();
}

QString QemuProcess::qemuBinary()
{
    const QString env = qEnvironmentVariable("QMP_TEST_QEMU");
    return env.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")) : env;
}

QString QemuProcess::guestAgentBinary()
{
    const QString env = qEnvironmentVariable("QMP_TEST_QGA");
    if (!env.isEmpty())
        return env;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("qemu-ga"));
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("qemu-ga"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                           : found;
}

quint16 QemuProcess::freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool QemuProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    QStringList args{QStringLiteral("-M"), QStringLiteral("none"), QStringLiteral("-S"), QStringLiteral("-nodefaults"),
                     QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-qmp"),
                     QStringLiteral("unix:%1,server=on,wait=off").arg(qmpSocket())};
    args += extraArgs;
    return startWithArgs(args, qmpSocket(), timeoutMs);
}

bool QemuProcess::startWithArgs(const QStringList &args, const QString &readyPath, int timeoutMs)
{
    const QString qemu = qemuBinary();
    if (qemu.isEmpty()) {
        m_error = QStringLiteral("qemu-system-x86_64 not found");
        return false;
    }
    return launch(qemu, args, readyPath, timeoutMs);
}

bool QemuProcess::startGuestAgent(int timeoutMs)
{
    const QString qga = guestAgentBinary();
    if (qga.isEmpty()) {
        m_error = QStringLiteral("qemu-ga not found");
        return false;
    }
    return launch(qga,
                  {QStringLiteral("-m"), QStringLiteral("unix-listen"), QStringLiteral("-p"), guestAgentSocket(),
                   QStringLiteral("-t"), dir(), QStringLiteral("-f"), path(QStringLiteral("qga.pid"))},
                  guestAgentSocket(), timeoutMs);
}

bool QemuProcess::launch(const QString &program, const QStringList &args, const QString &readyPath, int timeoutMs)
{
    kill();
    m_error.clear();
    if (!readyPath.isEmpty())
        QFile::remove(readyPath);
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    // A UNIX socket file appears at bind(), a moment before listen(): a connect in between is
    // refused. So wait until the kernel lists it as listening, not merely until it exists.
    while (!readyPath.isEmpty() && !isListening(readyPath)) {
        // Doubles as the poll interval and notices a process that died on start.
        if (m_process.waitForFinished(10) || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("%1 exited: %2").arg(program, QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("%1 did not create %2 in time").arg(program, readyPath);
            kill();
            return false;
        }
    }
    return true;
}

bool QemuProcess::isListening(const QString &socketPath)
{
    if (!QFile::exists(socketPath))
        return false;
    QFile table(QStringLiteral("/proc/net/unix"));
    if (!table.open(QIODevice::ReadOnly))
        return true; // cannot tell: the file's existence must do
    // "Num RefCount Protocol Flags Type St Inode Path": Flags 00010000 is __SO_ACCEPTCON.
    // A /proc file has no size, so read it whole rather than asking atEnd().
    const QByteArray path = QFile::encodeName(socketPath);
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 8 && fields.at(7) == path && fields.at(3) == "00010000")
            return true;
    }
    return false;
}

bool QemuProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 QemuProcess::pid() const
{
    return m_process.processId();
}

void QemuProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGKILL ends a stopped process too; a SIGCONT first would let it answer what is queued.
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool QemuProcess::waitForExit(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

void QemuProcess::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(2000))
        kill();
}

void QemuProcess::pause()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void QemuProcess::resume()
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), SIGCONT);
}
