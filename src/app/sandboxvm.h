// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpaddress.h"

#include <QtCore/QObject>
#include <QtCore/QProcess>
#include <QtCore/QStringList>

#include <memory>

class QTemporaryDir;
class QTimer;

// A throw-away local VM to try QMP on: a real QEMU (q35, no disk, a qemu-xhci USB controller
// "xhci" and two pcie-root-ports "rp0", "rp1"), running (its firmware finds nothing to boot),
// with two QMP sockets in a private temporary folder: one for the app, one for outside tools.
//
// It never outlives the app: the destructor kills it; on Linux QEMU also gets SIGKILL from the
// kernel when the app dies in any way (crash, kill -9), because it is started with
// PR_SET_PDEATHSIG. Elsewhere only a normal exit cleans up. The folder of an app that was killed
// stays behind; the next start removes such folders (see removeStaleFolders()).
class SandboxVm : public QObject
{
    Q_OBJECT
public:
    enum class State { NotRunning, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit SandboxVm(QObject *parent = nullptr);
    ~SandboxVm() override; // kills QEMU and waits for it

    // The QEMU binary: a name looked up in PATH or a path. Default "qemu-system-x86_64".
    void setProgram(const QString &program);
    QString program() const { return m_program; }
    void setExtraArguments(const QStringList &arguments); // appended to the built-in ones
    void setStartTimeout(int ms);                          // default 10000: until the QMP socket exists

    // Starts QEMU; started() once its QMP socket is ready, or failed(message). Returns false
    // (after emitting failed) when it cannot even be launched, e.g. QEMU is not installed.
    bool start();
    // SIGTERM, then SIGKILL after a grace period; stopped() when the process is gone.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QmpAddress qmpAddress() const;   // valid once started
    QString socketPath() const;      // the app's QMP socket
    QString toolsSocketPath() const; // a second QMP socket for qmpctl and the like
    qint64 processId() const;        // 0 when not running
    QStringList arguments() const;   // of the current or last run
    QString errorString() const { return m_errorString; }
    QString standardError() const { return QString::fromLocal8Bit(m_stderr); } // last run's, capped

    // Removes the sandbox folders in parent (by default the temporary folder) that a killed app
    // left: this user's, whose owner process is gone and whose QMP socket nobody listens on.
    // A folder it cannot be sure of is kept. Returns the folders removed. start() calls it.
    static QStringList removeStaleFolders(const QString &parent = {});

Q_SIGNALS:
    void stateChanged(SandboxVm::State state);
    void started();
    void failed(const QString &message); // could not start, or exited on its own
    void stopped();                      // after stop(), or after failed() once the process is gone

private:
    void setState(State state);
    void fail(const QString &message);
    void checkSocket();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    QString describeExit(int exitCode, QProcess::ExitStatus status) const;
    static bool isStaleFolder(const QString &path);
    void killNow();

    QString m_program;
    QStringList m_extraArguments;
    QStringList m_arguments;
    int m_startTimeoutMs = 10000;
    State m_state = State::NotRunning;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer *m_poll = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_stderr;
    QString m_errorString;
};
