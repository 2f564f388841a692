// SPDX-License-Identifier: GPL-2.0-or-later
#include "sandboxvm.h"
#include "qmpunixconnector.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype kStderrCap = 64 * 1024;
constexpr int kPollMs = 20;
constexpr int kStopGraceMs = 3000;
// In each sandbox folder: "PID STARTTIME" of the app that made it, so that a later start can
// tell a folder left by a killed app from one in use.
constexpr auto kOwnerFile = "owner"_L1;
constexpr auto kFolderPrefix = "qmp-console-sandbox-"_L1;
// A folder without a socket yet may belong to a start in progress whose owner this process cannot
// see (another pid namespace sharing the temporary folder): only one this old is judged.
constexpr qint64 kNoSocketGraceSecs = 60;

// When a process started, in clock ticks since boot; -1 when unknown. With its pid it names one
// process: the pid alone may have gone to another since.
qint64 processStartTime(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype nameEnd = text.lastIndexOf(')'); // the name may hold blanks and brackets
    if (nameEnd < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(nameEnd + 2).split(' ');
    bool ok = false;
    const qint64 ticks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : -1; // field 22
    return ok ? ticks : -1;
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

bool processAlive(qint64 pid, qint64 startTime)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    const qint64 now = processStartTime(pid);
    return startTime < 0 || now < 0 || now == startTime;
}

enum class SocketState { Listening, Refused, Missing, Unknown };

SocketState probeSocket(const QString &path)
{
    // Non-blocking: a busy listener's full backlog must not hang the start.
    const int fd = qmpConnectUnixOnce(path);
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (fd >= 0 || error == EAGAIN || error == EINPROGRESS)
        return SocketState::Listening;
    if (error == ECONNREFUSED)
        return SocketState::Refused;
    if (error == ENOENT)
        return SocketState::Missing;
    return SocketState::Unknown;
}
} // namespace

SandboxVm::SandboxVm(QObject *parent)
    : QObject(parent)
    , m_program(u"qemu-system-x86_64"_s)
    , m_poll(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SandboxVm::checkSocket);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting) {
            fail(tr("QEMU did not open its QMP socket within %1 s").arg(m_startTimeoutMs / 1000.0));
            setState(State::Stopping); // what follows is the clean-up, not a second failure
            killNow();
        } else if (m_state == State::Stopping) {
            killNow();
        }
    });
}

SandboxVm::~SandboxVm()
{
    if (m_process) {
        m_process->disconnect(this);
        killNow();
    }
}

void SandboxVm::setProgram(const QString &program)
{
    m_program = program;
}

void SandboxVm::setExtraArguments(const QStringList &arguments)
{
    m_extraArguments = arguments;
}

void SandboxVm::setStartTimeout(int ms)
{
    m_startTimeoutMs = ms;
}

QString SandboxVm::socketPath() const
{
    return m_dir ? m_dir->filePath(u"qmp.sock"_s) : QString();
}

QString SandboxVm::toolsSocketPath() const
{
    return m_dir ? m_dir->filePath(u"tools.sock"_s) : QString();
}

QmpAddress SandboxVm::qmpAddress() const
{
    return m_state == State::Running ? QmpAddress::unixSocket(socketPath()) : QmpAddress();
}

qint64 SandboxVm::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList SandboxVm::arguments() const
{
    return m_arguments;
}

void SandboxVm::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SandboxVm::fail(const QString &message)
{
    m_errorString = message;
    m_poll->stop();
    Q_EMIT failed(message);
}

bool SandboxVm::start()
{
    if (m_state != State::NotRunning)
        return m_state != State::Stopping;
    m_errorString.clear();
    m_stderr.clear();

    const QString executable = QFileInfo(m_program).isAbsolute() || m_program.contains(u'/')
        ? (QFileInfo(m_program).isExecutable() ? m_program : QString())
        : QStandardPaths::findExecutable(m_program);
    if (executable.isEmpty()) {
        fail(tr("%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM").arg(m_program));
        return false;
    }
    removeStaleFolders();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + kFolderPrefix + u"XXXXXX"_s);
    if (!m_dir->isValid()) {
        fail(tr("cannot create a folder for the sandbox's QMP socket: %1").arg(m_dir->errorString()));
        m_dir.reset();
        return false;
    }
    {
        const qint64 pid = QCoreApplication::applicationPid();
        QFile owner(m_dir->filePath(kOwnerFile));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(pid) + ' ' + QByteArray::number(processStartTime(pid)) + '\n');
    }

    m_arguments = QStringList{
        u"-name"_s, u"qmp-console-sandbox"_s,
        u"-machine"_s, u"q35"_s,
        u"-accel"_s, u"kvm"_s, u"-accel"_s, u"tcg"_s, // KVM where the user may open /dev/kvm
        u"-m"_s, u"128"_s,
        u"-nodefaults"_s,
        u"-display"_s, u"none"_s,
        u"-device"_s, u"qemu-xhci,id=xhci"_s,
        u"-device"_s, u"pcie-root-port,id=rp0,chassis=1"_s,
        u"-device"_s, u"pcie-root-port,id=rp1,chassis=2"_s,
        // QEMU serves one client per QMP socket: the app holds the first, outside tools
        // (qmpctl, qmp-shell) get their own. QEMU creates monitors in order, so the app's
        // socket, given last, appearing means both are ready.
        u"-qmp"_s, u"unix:"_s + toolsSocketPath() + u",server=on,wait=off"_s,
        u"-qmp"_s, u"unix:"_s + socketPath() + u",server=on,wait=off"_s,
    } + m_extraArguments;

    m_process = new QProcess(this);
    m_process->setProgram(executable);
    m_process->setArguments(m_arguments);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: only async-signal-safe calls. The parent-death
    // signal is what kills QEMU when the app crashes or is killed, which no destructor can do.
    const pid_t parentPid = ::getpid();
    m_process->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parentPid)
            ::_exit(127); // the app died before prctl took effect
    });
#endif
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kStderrCap)
            m_stderr.remove(0, m_stderr.size() - kStderrCap);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("cannot run %1: %2").arg(m_program, m_process->errorString()));
            m_process->deleteLater();
            m_process = nullptr;
            m_dir.reset();
            setState(State::NotRunning);
        }
    });
    connect(m_process, &QProcess::finished, this, &SandboxVm::onFinished);

    setState(State::Starting);
    m_process->start();
    if (!m_process)
        return false; // FailedToStart was reported synchronously
    m_poll->start();
    m_deadline->start(m_startTimeoutMs);
    return true;
}

void SandboxVm::checkSocket()
{
    if (m_state != State::Starting || !QFileInfo::exists(socketPath()))
        return;
    m_poll->stop();
    m_deadline->stop();
    setState(State::Running);
    Q_EMIT started();
}

void SandboxVm::stop()
{
    if (!m_process || m_state == State::Stopping || m_state == State::NotRunning)
        return;
    m_poll->stop();
    setState(State::Stopping);
    m_process->terminate();
    m_deadline->start(kStopGraceMs);
}

void SandboxVm::killNow()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString SandboxVm::describeExit(int exitCode, QProcess::ExitStatus status) const
{
    if (status == QProcess::CrashExit) {
        // QProcess gives the signal as the exit code. What QEMU last printed has nothing to do
        // with a signal from outside (kill -9, the OOM killer): it is mostly start-up warnings
        // about CPU features TCG lacks, which would pass for the reason.
        if (exitCode <= 0)
            return tr("QEMU was killed or crashed");
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
        if (const char *name = ::sigabbrev_np(exitCode))
            return tr("QEMU was killed by signal %1 (%2)").arg(exitCode).arg(u"SIG"_s + QString::fromLatin1(name));
#endif
        return tr("QEMU was killed by signal %1").arg(exitCode);
    }
    QString why = tr("QEMU exited with status %1").arg(exitCode);
    const QString err = standardError().trimmed();
    if (!err.isEmpty())
        why += u": "_s + err.section(u'\n', -3); // the last lines say why
    return why;
}

bool SandboxVm::isStaleFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink() || info.ownerId() != uint(::getuid()))
        return false;
    // The owner first: a live instance's socket is not even knocked on.
    QFile owner(QDir(path).filePath(kOwnerFile));
    const bool hasOwner = owner.open(QIODevice::ReadOnly);
    if (hasOwner) {
        const QList<QByteArray> fields = owner.read(64).trimmed().split(' ');
        bool ok = false;
        const qint64 pid = fields.value(0).toLongLong(&ok);
        if (!ok)
            return false;
        bool knownStart = false;
        const qint64 started = fields.value(1).toLongLong(&knownStart);
        if (processAlive(pid, knownStart ? started : -1))
            return false;
    }
    switch (probeSocket(QDir(path).filePath(u"qmp.sock"_s))) {
    case SocketState::Refused:
        return true; // its QEMU is gone too
    case SocketState::Missing:
        // With no owner file this may be an instance a moment after creating its folder.
        return hasOwner && info.lastModified().secsTo(QDateTime::currentDateTime()) > kNoSocketGraceSecs;
    case SocketState::Listening:
    case SocketState::Unknown:
        break;
    }
    return false;
}

QStringList SandboxVm::removeStaleFolders(const QString &parent)
{
    const QDir dir(parent.isEmpty() ? QDir::tempPath() : parent);
    QStringList removed;
    const QFileInfoList entries = dir.entryInfoList({QString(kFolderPrefix) + u"*"_s}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const QString path = entry.absoluteFilePath();
        if (isStaleFolder(path) && QDir(path).removeRecursively())
            removed.append(path);
    }
    return removed;
}

void SandboxVm::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stderr += m_process->readAllStandardError();
    m_poll->stop();
    m_deadline->stop();
    const State was = m_state;
    m_process->deleteLater();
    m_process = nullptr;
    m_dir.reset();
    if (was == State::Starting || was == State::Running)
        fail(describeExit(exitCode, status));
    setState(State::NotRunning);
    Q_EMIT stopped();
}
