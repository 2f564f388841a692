// SPDX-License-Identifier: GPL-2.0-or-later
// SandboxVm: a missing QEMU says so; a real one serves both QMP sockets, has the devices the
// design promises, and is gone after stop(); how an exit is described; stale folders of a
// killed app go at the next start, folders in use never.
#include "qmpclient.h"
#include "sandboxvm.h"

#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QLocalServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// Stands in for QEMU: makes its UNIX sockets appear (as files: the sandbox only waits for them),
// prints the warning TCG prints at start-up, then waits, or fails as told by "-fake-exit N".
// (Plain literals: moc does not read raw strings.)
const char fakeQemu[] =
    "#!/bin/sh\n"
    "code=\n"
    "for a in \"$@\"; do\n"
    "    case \"$a\" in unix:*) p=${a#unix:}; : > \"${p%%,*}\";; esac\n"
    "    [ \"$prev\" = -fake-exit ] && code=$a\n"
    "    prev=$a\n"
    "done\n"
    "echo \"qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.80000001H:ECX.svm [bit 2]\" >&2\n"
    "if [ -n \"$code\" ]; then\n"
    "    echo \"qemu-system-x86_64: -device nope: 'nope' is not a valid device model name\" >&2\n"
    "    exit \"$code\"\n"
    "fi\n"
    "exec sleep 120\n";

// A UNIX socket file nobody listens on, as a QEMU that was killed leaves it.
bool makeDeadSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof address.sun_path)
        return false;
    memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// The pid of a process that has come and gone.
qint64 deadPid()
{
    QProcess p;
    p.start(u"true"_s);
    if (!p.waitForStarted())
        return -1;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace

class TestSandboxVm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void missingQemu_data();
    void missingQemu();
    void startsWithTwoSockets();
    void exitReason_data();
    void exitReason();
    void killedRealQemu();
    void staleFolders_data();
    void staleFolders();
    void startRemovesOnlyStaleFolders();
    void folderOfKilledAppGoes();

private:
    QString writeFakeQemu();
    QTemporaryDir m_tmp; // the sandboxes' temporary folder: other runs' folders are not ours to judge
};

void TestSandboxVm::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_tmp.path()).canonicalPath());
}

QString TestSandboxVm::writeFakeQemu()
{
    const QString path = m_tmp.filePath(u"fake-qemu"_s);
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(fakeQemu);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return path;
}

void TestSandboxVm::missingQemu_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("not in PATH") << u"qemu-system-nonexistent"_s;
    QTest::newRow("no such path") << u"/nonexistent/qemu-system-x86_64"_s;
}

void TestSandboxVm::missingQemu()
{
    QFETCH(QString, program);
    SandboxVm vm;
    vm.setProgram(program);
    QSignalSpy failed(&vm, &SandboxVm::failed);
    QVERIFY(!vm.start());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(program), qPrintable(vm.errorString()));
    QCOMPARE(vm.state(), SandboxVm::State::NotRunning);
}

void TestSandboxVm::startsWithTwoSockets()
{
    if (QStandardPaths::findExecutable(u"qemu-system-x86_64"_s).isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    SandboxVm vm;
    QSignalSpy started(&vm, &SandboxVm::started);
    QVERIFY(vm.start());
    QVERIFY(started.wait(30000));
    QVERIFY(QFileInfo::exists(vm.socketPath()));
    QVERIFY(QFileInfo::exists(vm.toolsSocketPath()));
    QCOMPARE(QFileInfo(vm.socketPath()).absolutePath(), QFileInfo(vm.toolsSocketPath()).absolutePath());

    QmpClient app;
    app.connectToServer(vm.qmpAddress());
    QVERIFY2(app.waitForConnected(15000), qPrintable(app.lastError().message()));
    QmpClient tool;
    tool.connectToServer(QmpAddress::unixSocket(vm.toolsSocketPath()));
    QVERIFY2(tool.waitForConnected(15000), qPrintable(tool.lastError().message()));

    std::unique_ptr<QmpReply> devices(tool.execute(u"qom-list"_s, QmpValue::object({{u"path"_s, u"/machine/peripheral"_s}})));
    QVERIFY(devices->waitForFinished(15000));
    QVERIFY2(devices->isSuccess(), qPrintable(devices->errorString()));
    QStringList names;
    for (const QmpValue &p : devices->result().elements())
        names.append(p.value(u"name").toString());
    for (const QString &id : {u"xhci"_s, u"rp0"_s, u"rp1"_s})
        QVERIFY2(names.contains(id), qPrintable(names.join(u',')));

    std::unique_ptr<QmpReply> status(app.execute(u"query-status"_s));
    QVERIFY(status->waitForFinished(15000));
    QCOMPARE(status->result().value(u"status").toString(), u"running"_s);

    const QString dir = QFileInfo(vm.socketPath()).absolutePath();
    QSignalSpy stopped(&vm, &SandboxVm::stopped);
    vm.stop();
    QVERIFY(stopped.wait(15000));
    QVERIFY(!QFileInfo::exists(dir));
}

void TestSandboxVm::exitReason_data()
{
    QTest::addColumn<int>("signal");   // sent once it runs; 0: none
    QTest::addColumn<int>("exitCode"); // the fake exits with it by itself when no signal is sent
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("withStderr");
    QTest::newRow("kill -9") << int(SIGKILL) << 0 << u"killed by signal 9"_s << false;
    QTest::newRow("kill -15") << int(SIGTERM) << 0 << u"killed by signal 15"_s << false;
    QTest::newRow("exit status 1") << 0 << 1 << u"exited with status 1"_s << true;
}

void TestSandboxVm::exitReason()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QFETCH(bool, withStderr);
    const QString program = writeFakeQemu();
    QVERIFY(!program.isEmpty());
    SandboxVm vm;
    vm.setProgram(program);
    if (exitCode)
        vm.setExtraArguments({u"-fake-exit"_s, QString::number(exitCode)});
    QSignalSpy failed(&vm, &SandboxVm::failed);
    QSignalSpy stopped(&vm, &SandboxVm::stopped);
    QVERIFY(vm.start());
    if (signal) {
        QSignalSpy started(&vm, &SandboxVm::started);
        QVERIFY(vm.isRunning() || started.wait(waitMs));
        // Its start-up warning is read before the signal comes.
        QTRY_VERIFY_WITH_TIMEOUT(vm.standardError().contains(u"CPUID"_s), waitMs);
        QCOMPARE(::kill(pid_t(vm.processId()), signal), 0);
    }
    QVERIFY(stopped.count() || stopped.wait(waitMs));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QCOMPARE(message, vm.errorString());
    // After a signal QEMU's last words are about something else; after a failed start they say why.
    QCOMPARE(message.contains(u"CPUID"_s), withStderr);
    QCOMPARE(message.contains(u"not a valid device model"_s), withStderr);
    QVERIFY(vm.standardError().contains(u"CPUID"_s)); // still there for who wants it
}

void TestSandboxVm::killedRealQemu()
{
    if (QStandardPaths::findExecutable(u"qemu-system-x86_64"_s).isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    SandboxVm vm;
    QSignalSpy started(&vm, &SandboxVm::started);
    QSignalSpy failed(&vm, &SandboxVm::failed);
    QVERIFY(vm.start());
    QVERIFY(started.wait(30000));
    QCOMPARE(::kill(pid_t(vm.processId()), SIGKILL), 0);
    QVERIFY(failed.wait(waitMs));
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(u"QEMU was killed by signal 9"_s), qPrintable(message));
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    QCOMPARE(message, u"QEMU was killed by signal 9 (SIGKILL)"_s);
#endif
    QVERIFY2(!message.contains(u"warning"_s), qPrintable(message));
}

void TestSandboxVm::staleFolders_data()
{
    QTest::addColumn<QString>("owner");  // "dead", "self", "reused" (our pid, another start time), "none"
    QTest::addColumn<QString>("socket"); // "dead", "listening", "none"; ", old": the folder two minutes old
    QTest::addColumn<bool>("removed");
    QTest::newRow("killed app, QEMU gone") << u"dead"_s << u"dead"_s << true;
    QTest::newRow("killed app, QEMU never made its socket") << u"dead"_s << u"none, old"_s << true;
    QTest::newRow("unseen owner, QEMU starting") << u"dead"_s << u"none"_s << false;
    QTest::newRow("killed app, pid taken by another process") << u"reused"_s << u"dead"_s << true;
    QTest::newRow("killed app, QEMU still serving") << u"dead"_s << u"listening"_s << false;
    QTest::newRow("running app, QEMU just ended") << u"self"_s << u"dead"_s << false;
    QTest::newRow("running app, QEMU starting") << u"self"_s << u"none"_s << false;
    QTest::newRow("running app, QEMU running") << u"self"_s << u"listening"_s << false;
    QTest::newRow("no owner file, QEMU gone") << u"none"_s << u"dead"_s << true;
    QTest::newRow("no owner file, no socket yet") << u"none"_s << u"none"_s << false;
    QTest::newRow("no owner file, no socket, old") << u"none"_s << u"none, old"_s << false;
    QTest::newRow("no owner file, QEMU running") << u"none"_s << u"listening"_s << false;
}

void TestSandboxVm::staleFolders()
{
    QFETCH(QString, owner);
    QFETCH(QString, socket);
    QFETCH(bool, removed);
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString folder = parent.filePath(u"qmp-console-sandbox-AbC123"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString unrelated = parent.filePath(u"another-folder"_s);
    QVERIFY(QDir().mkpath(unrelated));
    QVERIFY(makeDeadSocket(unrelated + u"/qmp.sock"_s));

    if (owner != "none"_L1) {
        QByteArray text;
        if (owner == "dead"_L1)
            text = QByteArray::number(deadPid());
        else if (owner == "reused"_L1)
            text = QByteArray::number(QCoreApplication::applicationPid()) + " 1"; // started at boot: not us
        else
            text = QByteArray::number(QCoreApplication::applicationPid());
        QFile file(folder + u"/owner"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text + '\n');
    }
    QLocalServer server;
    if (socket == "dead"_L1)
        QVERIFY(makeDeadSocket(folder + u"/qmp.sock"_s));
    else if (socket == "listening"_L1)
        QVERIFY2(server.listen(folder + u"/qmp.sock"_s), qPrintable(server.errorString()));
    if (socket.endsWith(u", old"_s)) {
        const timeval twoMinutesAgo[2] = {{::time(nullptr) - 120, 0}, {::time(nullptr) - 120, 0}};
        QCOMPARE(::utimes(QFile::encodeName(folder).constData(), twoMinutesAgo), 0);
    }

    const QStringList gone = SandboxVm::removeStaleFolders(parent.path());
    QCOMPARE(!QFileInfo::exists(folder), removed);
    QCOMPARE(gone, removed ? QStringList{QFileInfo(folder).absoluteFilePath()} : QStringList());
    QVERIFY(QFileInfo::exists(unrelated));
}

void TestSandboxVm::startRemovesOnlyStaleFolders()
{
    const QString program = writeFakeQemu();
    QVERIFY(!program.isEmpty());
    // What a SIGKILLed app leaves: its folder, its owner gone, a socket its QEMU no longer serves.
    const QString left = QDir::tempPath() + u"/qmp-console-sandbox-Killed"_s;
    QVERIFY(QDir().mkpath(left));
    QFile owner(left + u"/owner"_s);
    QVERIFY(owner.open(QIODevice::WriteOnly));
    owner.write(QByteArray::number(deadPid()) + '\n');
    owner.close();
    QVERIFY(makeDeadSocket(left + u"/qmp.sock"_s));

    SandboxVm first;
    first.setProgram(program);
    QSignalSpy firstStarted(&first, &SandboxVm::started);
    QVERIFY(first.start());
    QVERIFY(firstStarted.wait(waitMs));
    QVERIFY(!QFileInfo::exists(left));
    const QString firstFolder = QFileInfo(first.socketPath()).absolutePath();
    QFile firstOwner(firstFolder + u"/owner"_s);
    QVERIFY(firstOwner.open(QIODevice::ReadOnly));
    QVERIFY(firstOwner.readAll().startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + ' ')));

    // A second sandbox (another window, another app) leaves the first one's folder alone, though
    // nobody listens on its socket (the fake makes a plain file).
    SandboxVm second;
    second.setProgram(program);
    QSignalSpy secondStarted(&second, &SandboxVm::started);
    QVERIFY(second.start());
    QVERIFY(secondStarted.wait(waitMs));
    QVERIFY(QFileInfo::exists(first.socketPath()));
    QVERIFY(first.isRunning());
    QVERIFY(SandboxVm::removeStaleFolders().isEmpty());
}

void TestSandboxVm::folderOfKilledAppGoes()
{
    // A real QEMU where there is one: it is what must die with the app.
    QString program = QStandardPaths::findExecutable(u"qemu-system-x86_64"_s);
    if (program.isEmpty())
        program = writeFakeQemu();
    QProcess app; // this test binary as a stand-in for qmp-console --sandbox
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QCoreApplication::applicationFilePath(), {u"--sandbox-child"_s, program});
    QVERIFY2(app.waitForStarted(waitMs), qPrintable(app.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine(), waitMs);
    const QString folder = QFileInfo(QString::fromLocal8Bit(app.readLine()).trimmed()).absolutePath();
    QVERIFY(QFileInfo::exists(folder + u"/owner"_s));
    QVERIFY(SandboxVm::removeStaleFolders().isEmpty());

    app.kill();
    QVERIFY(app.waitForFinished(waitMs));
    // Its QEMU follows it (parent-death signal); then the folder is left to nobody.
    QStringList removed;
    const auto sweep = [&removed] { // QTRY evaluates it more than once; the removal happens once
        if (removed.isEmpty())
            removed = SandboxVm::removeStaleFolders();
        return !removed.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(sweep(), waitMs);
    QCOMPARE(removed, QStringList{folder});
    QVERIFY(!QFileInfo::exists(folder));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--sandbox-child") == 0) {
        // The app side of folderOfKilledAppGoes(): starts a sandbox, prints its socket, waits.
        QCoreApplication app(argc, argv);
        SandboxVm vm;
        vm.setProgram(QString::fromLocal8Bit(argv[2]));
        QObject::connect(&vm, &SandboxVm::started, &app, [&vm] {
            const QByteArray line = QFile::encodeName(vm.socketPath()) + '\n';
            ::write(STDOUT_FILENO, line.constData(), size_t(line.size()));
        });
        QObject::connect(&vm, &SandboxVm::failed, &app, [&app](const QString &message) {
            qWarning("%s", qPrintable(message));
            app.exit(1);
        });
        if (!vm.start())
            return 1;
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestSandboxVm test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandboxvm.moc"
