// SPDX-License-Identifier: GPL-2.0-or-later
#include "sandboxvm.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <csignal>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype kStderrCap = 64 * 1024;
constexpr int kPollMs = 20;
constexpr int kStopGraceMs = 3000;
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
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/qmp-console-sandbox-XXXXXX"_s);
    if (!m_dir->isValid()) {
        fail(tr("cannot create a folder for the sandbox's QMP socket: %1").arg(m_dir->errorString()));
        m_dir.reset();
        return false;
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
    QString why = status == QProcess::CrashExit ? tr("QEMU was killed or crashed")
                                                : tr("QEMU exited with status %1").arg(exitCode);
    const QString err = standardError().trimmed();
    if (!err.isEmpty())
        why += u": "_s + err.section(u'\n', -3); // the last lines say why
    return why;
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
