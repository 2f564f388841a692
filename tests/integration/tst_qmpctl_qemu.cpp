// SPDX-License-Identifier: GPL-2.0-or-later
// build/bin/qmpctl run as scripts run it (QProcess), against a real QEMU and a real qemu-ga:
// every mode, every exit status, and proof from QEMU's own trace that a command refused by
// schema validation never reached it.
#include "qemuprocess.h"
#include "qmpclient.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every qmpctl run here has a deadline far beyond what it needs: nothing may hang the suite.
constexpr int runDeadlineMs = 60000;

QString q35Socket(const QemuProcess &vm) { return vm.qmpSocket(); }

QJsonObject jsonObject(const QByteArray &line)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
    return doc.object();
}

} // namespace

class tst_QmpCtlQemu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void oneShotShortForm();
    void oneShotNestedKeys();
    void oneShotJsonForm();
    void pretty();
    void raw();
    void hmp();
    void script();
    void serverError();
    void validationSendsNothing_data();
    void validationSendsNothing();
    void describe_data();
    void describe();
    void eventsAfterCommand();
    void eventsFromSecondMonitor();
    void eventsEndCleanlyOnSigterm();
    void passFd();
    void listen();
    void relativeSocketPath_data();
    void relativeSocketPath();
    void listenOnRelativePath();
    void timeoutOnPausedQemu();
    void commandTimeoutInScript();
    void connectionErrors_data();
    void connectionErrors();
    void guestAgent();
    void interactive();

private:
    Run qmpctl(const QStringList &args, const QByteArray &input = {});
    std::unique_ptr<QProcess> startQmpctl(const QStringList &args);
    QByteArray traceLog() const;
    bool vmStatusIs(const QString &expected);
    // From the test's own monitor: cont or stop, so each call makes QEMU send one event (RESUME
    // or STOP); leavePaused() ends in the paused state the other tests expect.
    void toggleRunState();
    void leavePaused();

    QTemporaryDir m_home;
    QString m_workDir; // qmpctl's working directory when set, else the test's
    QemuProcess m_vm; // the sandbox's q35 shape; qmp.sock for qmpctl, ctl.sock for the test
    QmpClient m_ctl;
    bool m_vmRunning = false;
};

void tst_QmpCtlQemu::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    QVERIFY(QFileInfo(QStringLiteral(QMP_BIN_DIR "/qmpctl")).isExecutable());
    QVERIFY(m_home.isValid());
    // handle_qmp_command traces every request QEMU receives: the proof of what was sent.
    QVERIFY2(m_vm.startWithArgs({u"-M"_s, u"q35"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                 u"-device"_s, u"qemu-xhci,id=xhci"_s,
                                 u"-device"_s, u"pcie-root-port,id=rp0,chassis=1"_s,
                                 u"-device"_s, u"pcie-root-port,id=rp1,chassis=2"_s,
                                 u"-trace"_s, u"handle_qmp_command"_s, u"-D"_s, m_vm.path(u"trace.log"_s),
                                 u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_vm.path(u"ctl.sock"_s)),
                                 u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_vm.qmpSocket())},
                                m_vm.qmpSocket()),
             qPrintable(m_vm.errorString()));
    m_ctl.connectToServer(QmpAddress::unixSocket(m_vm.path(u"ctl.sock"_s)));
    QVERIFY2(m_ctl.waitForConnected(20000), qPrintable(m_ctl.lastError().message()));
}

void tst_QmpCtlQemu::cleanupTestCase()
{
    m_ctl.disconnectFromServer();
}

Run tst_QmpCtlQemu::qmpctl(const QStringList &args, const QByteArray &input)
{
    const std::unique_ptr<QProcess> p = startQmpctl(args);
    Run r;
    if (!p->waitForStarted(runDeadlineMs))
        return r;
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    if (!p->waitForFinished(runDeadlineMs)) {
        p->kill();
        p->waitForFinished();
        qWarning() << "qmpctl did not finish:" << args;
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

std::unique_ptr<QProcess> tst_QmpCtlQemu::startQmpctl(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Schema cache and history in a private home, shared by the runs of this test.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    p->setProcessEnvironment(env);
    if (!m_workDir.isEmpty())
        p->setWorkingDirectory(m_workDir);
    p->start(QStringLiteral(QMP_BIN_DIR "/qmpctl"), args);
    return p;
}

QByteArray tst_QmpCtlQemu::traceLog() const
{
    QFile f(m_vm.path(u"trace.log"_s));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool tst_QmpCtlQemu::vmStatusIs(const QString &expected)
{
    std::unique_ptr<QmpReply> reply(m_ctl.execute(u"query-status"_s));
    return reply->waitForFinished(20000) && reply->result().value(u"status").toString() == expected;
}

void tst_QmpCtlQemu::toggleRunState()
{
    std::unique_ptr<QmpReply> reply(m_ctl.execute(m_vmRunning ? u"stop"_s : u"cont"_s));
    if (reply->waitForFinished(20000) && reply->isSuccess())
        m_vmRunning = !m_vmRunning;
}

void tst_QmpCtlQemu::leavePaused()
{
    if (m_vmRunning)
        toggleRunState();
}

void tst_QmpCtlQemu::oneShotShortForm()
{
    const Run r = qmpctl({q35Socket(m_vm), u"query-status"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Compact JSON, one line.
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(!r.out.contains(": "));
    QCOMPARE(jsonObject(r.out).value(u"status").toString(), u"prelaunch"_s);

    // device_add / device_del of a USB keyboard: unplug is immediate.
    const Run add = qmpctl({q35Socket(m_vm), u"device_add"_s, u"driver=usb-kbd"_s, u"id=kbd0"_s, u"bus=xhci.0"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.out, "{}\n");
    const Run list = qmpctl({q35Socket(m_vm), u"qom-list"_s, u"path=/machine/peripheral"_s});
    QVERIFY2(list.out.contains("\"child<usb-kbd>\""), list.out.constData());
    const Run del = qmpctl({q35Socket(m_vm), u"device_del"_s, u"id=kbd0"_s});
    QCOMPARE(del.exitCode, 0);
}

void tst_QmpCtlQemu::oneShotNestedKeys()
{
    // file.driver and file.size nest into {"file": {"driver": ..., "size": ...}}; a number
    // stays a number because it parses as JSON.
    const Run add = qmpctl({q35Socket(m_vm), u"blockdev-add"_s, u"driver=raw"_s, u"node-name=raw0"_s,
                            u"file.driver=null-co"_s, u"file.node-name=null0"_s, u"file.size=1048576"_s});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.err.isEmpty(), add.err.constData());
    const Run nodes = qmpctl({q35Socket(m_vm), u"query-named-block-nodes"_s, u"flat=true"_s});
    QCOMPARE(nodes.exitCode, 0);
    QVERIFY(nodes.out.contains("\"node-name\":\"raw0\""));
    QVERIFY(nodes.out.contains("\"node-name\":\"null0\""));
    QVERIFY(nodes.out.contains("1048576"));
    QCOMPARE(qmpctl({q35Socket(m_vm), u"blockdev-del"_s, u"node-name=raw0"_s}).exitCode, 0);
    // The file child was defined inside raw0, so it goes with it.
    QVERIFY(!qmpctl({q35Socket(m_vm), u"query-named-block-nodes"_s}).out.contains("null0"));
}

void tst_QmpCtlQemu::oneShotJsonForm()
{
    const Run r = qmpctl({q35Socket(m_vm), u"qom-get"_s, u"{\"path\": \"/machine\", \"property\": \"type\"}"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "\"pc-q35-7.2-machine\"\n");
    // A whole message works too.
    const Run m = qmpctl({q35Socket(m_vm), u"{\"execute\": \"query-name\"}"_s});
    QCOMPARE(m.exitCode, 0);
    QCOMPARE(m.out, "{}\n");
}

void tst_QmpCtlQemu::pretty()
{
    const Run r = qmpctl({u"--pretty"_s, q35Socket(m_vm), u"query-status"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\n    \""), r.out.constData());
    QVERIFY(r.out.contains("\n    \"status\": \"prelaunch\""));
    QVERIFY(r.out.endsWith("}\n"));
}

void tst_QmpCtlQemu::raw()
{
    const Run r = qmpctl({u"--raw"_s, u"{\"execute\":\"query-status\",\"id\":[\"x\",1]}"_s, q35Socket(m_vm)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject reply = jsonObject(r.out);
    QCOMPARE(reply.value(u"return").toObject().value(u"status").toString(), u"prelaunch"_s);
    QCOMPARE(QJsonDocument(reply.value(u"id").toArray()).toJson(QJsonDocument::Compact), "[\"x\",1]");

    // The whole error reply on stdout, "CLASS: desc" on stderr, status 1.
    const Run e = qmpctl({u"--raw"_s, u"{\"execute\":\"no-such-command\",\"id\":7}"_s, q35Socket(m_vm)});
    QCOMPARE(e.exitCode, 1);
    QCOMPARE(jsonObject(e.out).value(u"error").toObject().value(u"class").toString(), u"CommandNotFound"_s);
    QVERIFY2(e.err.startsWith("CommandNotFound: "), e.err.constData());
}

void tst_QmpCtlQemu::hmp()
{
    const Run r = qmpctl({u"--hmp"_s, q35Socket(m_vm), u"info"_s, u"status"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "VM status: paused (prelaunch)\r\n");
}

void tst_QmpCtlQemu::script()
{
    const QByteArray input = "query-status\n"
                             "\n"
                             "# a comment\n"
                             "device_del id=no-such-device\n"
                             "query-no-such-command\n"
                             "qom-get {\"path\": \"/machine\", \"property\": \"type\"}\n"
                             "query-name"; // no newline at the end
    const Run r = qmpctl({q35Socket(m_vm)}, input);
    // The worst status of all lines: 2 for the command refused before sending.
    QCOMPARE(r.exitCode, 2);
    const QList<QByteArray> lines = r.out.split('\n');
    // One line per command, failed ones included, and the empty rest after the last newline.
    QCOMPARE(lines.size(), 6);
    QCOMPARE(jsonObject(lines.at(0)).value(u"status").toString(), u"prelaunch"_s);
    const QJsonObject serverError = jsonObject(lines.at(1)).value(u"error").toObject();
    QCOMPARE(serverError.value(u"class").toString(), u"DeviceNotFound"_s);
    QVERIFY(serverError.value(u"desc").toString().contains(u"no-such-device"_s));
    const QJsonObject clientError = jsonObject(lines.at(2)).value(u"error").toObject();
    QCOMPARE(clientError.value(u"class").toString(), u"ClientError"_s);
    QVERIFY(clientError.value(u"desc").toString().contains(u"query-no-such-command"_s));
    QCOMPARE(lines.at(3), "\"pc-q35-7.2-machine\"");
    QCOMPARE(lines.at(4), "{}");
    QVERIFY2(r.err.contains("line 4: DeviceNotFound: "), r.err.constData());
    QVERIFY2(r.err.contains("line 5: unknown command 'query-no-such-command'"), r.err.constData());

    const Run errorOnly = qmpctl({q35Socket(m_vm)}, "query-status\ndevice_del id=no-such-device\n");
    QCOMPARE(errorOnly.exitCode, 1);
    QCOMPARE(errorOnly.out.count('\n'), 2);
}

void tst_QmpCtlQemu::serverError()
{
    const Run r = qmpctl({q35Socket(m_vm), u"device_del"_s, u"id=no-such-device"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, "DeviceNotFound: Device 'no-such-device' not found\n");
}

void tst_QmpCtlQemu::validationSendsNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("path"); // what the message must name
    QTest::addColumn<QByteArray>("marker"); // never in QEMU's trace of received requests

    QTest::newRow("unknown command") << QStringList{u"query-frobnicate"_s} << u"unknown command"_s << QByteArray("frobnicate");
    QTest::newRow("unknown key") << QStringList{u"cont"_s, u"zzbogus=1"_s} << u"arguments.zzbogus"_s << QByteArray("zzbogus");
    QTest::newRow("missing key") << QStringList{u"device_add"_s, u"id=zzmissing"_s} << u"arguments.driver"_s
                                 << QByteArray("zzmissing");
    QTest::newRow("wrong type") << QStringList{u"set_link"_s, u"name=zzlink"_s, u"up=maybe"_s} << u"arguments.up"_s
                                << QByteArray("zzlink");
    QTest::newRow("bad enum value") << QStringList{u"blockdev-add"_s, u"driver=zzdriver"_s, u"node-name=n1"_s}
                                    << u"arguments.driver"_s << QByteArray("zzdriver");
    QTest::newRow("nested wrong type") << QStringList{u"blockdev-add"_s, u"driver=raw"_s, u"node-name=zznested"_s,
                                                      u"file.driver=null-co"_s, u"file.size=big"_s}
                                       << u"arguments.file.size"_s << QByteArray("zznested");
    QTest::newRow("oob not allowed") << QStringList{u"--oob"_s, u"qom-get"_s, u"path=/zzoob"_s, u"property=type"_s}
                                     << u"exec-oob"_s << QByteArray("zzoob");
}

void tst_QmpCtlQemu::validationSendsNothing()
{
    QFETCH(QStringList, command);
    QFETCH(QString, path);
    QFETCH(QByteArray, marker);

    QStringList args{q35Socket(m_vm)};
    args += command;
    const Run r = qmpctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    // QEMU traced every request it read; a later command makes sure the trace is written out.
    QCOMPARE(qmpctl({q35Socket(m_vm), u"query-name"_s}).exitCode, 0);
    QVERIFY(traceLog().contains("query-name"));
    QVERIFY2(!traceLog().contains(marker), marker.constData());
}

void tst_QmpCtlQemu::describe_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("device_add") << u"device_add"_s << 0
                                << QStringList{u"device_add"_s, u"driver: str (required)"_s, u"id: str (optional)"_s};
    QTest::newRow("query-status") << u"query-status"_s << 0
                                  << QStringList{u"Arguments: none"_s, u"Returns:"_s, u"running: bool"_s, u"prelaunch"_s};
    QTest::newRow("an event") << u"DEVICE_DELETED"_s << 0 << QStringList{u"path"_s};
    QTest::newRow("unknown") << u"query-frobnicate"_s << 2 << QStringList{u"query-frobnicate"_s};
}

void tst_QmpCtlQemu::describe()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const Run r = qmpctl({u"--describe"_s, command, q35Socket(m_vm)});
    QCOMPARE(r.exitCode, exitCode);
    const QString text = QString::fromUtf8(exitCode == 0 ? r.out : r.err);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(text));
}

void tst_QmpCtlQemu::eventsAfterCommand()
{
    // The reply first, then the event it caused, exactly as QEMU sent it.
    const Run cont = qmpctl({u"--events"_s, u"--count"_s, u"1"_s, q35Socket(m_vm), u"cont"_s});
    QCOMPARE(cont.exitCode, 0);
    QList<QByteArray> lines = cont.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), "{}");
    QCOMPARE(jsonObject(lines.at(1)).value(u"event").toString(), u"RESUME"_s);
    QVERIFY(lines.at(1).contains("\"timestamp\": {\"seconds\": ")); // QEMU's own spacing, untouched

    const Run stop = qmpctl({u"--events"_s, u"--count"_s, u"1"_s, q35Socket(m_vm), u"stop"_s});
    QCOMPARE(stop.exitCode, 0);
    lines = stop.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(jsonObject(lines.at(1)).value(u"event").toString(), u"STOP"_s);
    QVERIFY(vmStatusIs(u"paused"_s));
}

void tst_QmpCtlQemu::eventsFromSecondMonitor()
{
    const QString save = m_home.filePath(u"events.jsonl"_s);
    QFile::remove(save);
    const std::unique_ptr<QProcess> p = startQmpctl({u"--events"_s, u"--count"_s, u"2"_s, u"--save"_s, save,
                                                     u"--timeout"_s, u"30"_s, q35Socket(m_vm)});
    QVERIFY(p->waitForStarted(runDeadlineMs));
    // qmpctl says nothing when it is connected, so keep the VM changing state from the second
    // monitor until two events have reached it.
    QTRY_VERIFY_WITH_TIMEOUT((toggleRunState(), p->state() == QProcess::NotRunning), 40000);
    leavePaused();
    QCOMPARE(p->exitCode(), 0);
    const QByteArray out = p->readAllStandardOutput();
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 2; ++i) {
        const QString event = jsonObject(lines.at(i)).value(u"event").toString();
        QVERIFY2(event == u"RESUME"_s || event == u"STOP"_s, lines.at(i).constData());
    }
    // --save holds the same JSON Lines, in a file only its owner can read.
    QFile f(save);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), out);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(save).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void tst_QmpCtlQemu::eventsEndCleanlyOnSigterm()
{
    // No count, no duration: qmpctl runs until stopped, and a stop must not lose what it saved.
    const QString save = m_home.filePath(u"sigterm.jsonl"_s);
    QFile::remove(save);
    const std::unique_ptr<QProcess> p = startQmpctl({u"--events"_s, u"--save"_s, save, q35Socket(m_vm)});
    QVERIFY(p->waitForStarted(runDeadlineMs));
    QTRY_VERIFY_WITH_TIMEOUT((toggleRunState(), p->bytesAvailable() > 0 || p->state() == QProcess::NotRunning), 40000);
    leavePaused();
    p->terminate(); // SIGTERM
    QVERIFY(p->waitForFinished(runDeadlineMs));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    const QByteArray out = p->readAllStandardOutput();
    QVERIFY(out.endsWith('\n'));
    QFile f(save);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), out);
}

void tst_QmpCtlQemu::passFd()
{
    const QString file = m_home.filePath(u"passed.txt"_s);
    QFile(file).open(QIODevice::WriteOnly);
    // Not close-on-exec, so qmpctl inherits it as the same number.
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    const Run r = qmpctl({u"--pass-fd"_s, QString::number(fd), q35Socket(m_vm), u"getfd"_s, u"fdname=passed0"_s});
    ::close(fd);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "{}\n");
    // QEMU holds it now: closefd succeeds once, then the name is gone.
    QCOMPARE(qmpctl({q35Socket(m_vm), u"closefd"_s, u"fdname=passed0"_s}).exitCode, 0);
    const Run again = qmpctl({q35Socket(m_vm), u"closefd"_s, u"fdname=passed0"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.startsWith("GenericError: "), again.err.constData());
}

void tst_QmpCtlQemu::listen()
{
    QemuProcess qemu;
    const QString path = qemu.path(u"listen.sock"_s);
    const std::unique_ptr<QProcess> p = startQmpctl({u"--listen"_s, u"--timeout"_s, u"30"_s, path, u"query-status"_s});
    QVERIFY(p->waitForStarted(runDeadlineMs));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 20000);
    // QEMU as a client of qmpctl: -qmp unix:PATH without server=on.
    QVERIFY2(qemu.startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                 u"-qmp"_s, u"unix:%1"_s.arg(path)},
                                {}),
             qPrintable(qemu.errorString()));
    QVERIFY(p->waitForFinished(runDeadlineMs));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(jsonObject(p->readAllStandardOutput()).value(u"status").toString(), u"prelaunch"_s);
}

void tst_QmpCtlQemu::relativeSocketPath_data()
{
    // Where qmpctl runs, relative to the VM's folder, and the socket as typed there.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("address");
    const QString folder = QFileInfo(m_vm.dir()).fileName();
    QTest::newRow("name") << u"."_s << u"qmp.sock"_s;
    QTest::newRow("dot slash") << u"."_s << u"./qmp.sock"_s;
    QTest::newRow("unix: prefix") << u"."_s << u"unix:qmp.sock"_s;
    QTest::newRow("through the parent") << u"."_s << u"../%1/qmp.sock"_s.arg(folder);
    QTest::newRow("from the parent") << u".."_s << u"%1/qmp.sock"_s.arg(folder);
}

void tst_QmpCtlQemu::relativeSocketPath()
{
    QFETCH(QString, from);
    QFETCH(QString, address);
    m_workDir = QDir::cleanPath(QDir(m_vm.dir()).filePath(from));
    const auto restore = qScopeGuard([this] { m_workDir.clear(); });
    const Run r = qmpctl({address, u"query-status"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!jsonObject(r.out).value(u"status").toString().isEmpty(), r.out.constData());
}

void tst_QmpCtlQemu::listenOnRelativePath()
{
    // The socket is made in qmpctl's working directory, not in the temporary folder.
    QemuProcess qemu;
    const QString path = qemu.path(u"rel.sock"_s);
    m_workDir = qemu.dir();
    const auto restore = qScopeGuard([this] { m_workDir.clear(); });
    const std::unique_ptr<QProcess> p = startQmpctl({u"--listen"_s, u"--timeout"_s, u"30"_s, u"rel.sock"_s,
                                                     u"query-status"_s});
    QVERIFY(p->waitForStarted(runDeadlineMs));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path) || p->state() == QProcess::NotRunning, 20000);
    QVERIFY2(QFileInfo::exists(path), p->readAllStandardError().constData());
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY2(qemu.startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                 u"-qmp"_s, u"unix:%1"_s.arg(path)},
                                {}),
             qPrintable(qemu.errorString()));
    QVERIFY(p->waitForFinished(runDeadlineMs));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(jsonObject(p->readAllStandardOutput()).value(u"status").toString(), u"prelaunch"_s);
}

void tst_QmpCtlQemu::timeoutOnPausedQemu()
{
    QemuProcess qemu;
    QVERIFY2(qemu.start(), qPrintable(qemu.errorString()));
    qemu.pause(); // accepts connections (the kernel does), never greets
    QElapsedTimer timer;
    timer.start();
    const Run r = qmpctl({u"--timeout"_s, u"1"_s, qemu.qmpSocket(), u"query-status"_s});
    qemu.resume();
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("qmpctl: "), r.err.constData());
    QVERIFY2(timer.elapsed() < runDeadlineMs / 2, "the timeout was not applied");
}

void tst_QmpCtlQemu::commandTimeoutInScript()
{
    QemuProcess qemu;
    QVERIFY2(qemu.start(), qPrintable(qemu.errorString()));
    const std::unique_ptr<QProcess> p = startQmpctl({u"--timeout"_s, u"2"_s, qemu.qmpSocket()});
    QVERIFY(p->waitForStarted(runDeadlineMs));
    p->write("query-status\n");
    QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine() || p->state() == QProcess::NotRunning, 30000);
    QVERIFY(p->readLine().contains("prelaunch"));
    // The connection is up and QEMU stops answering: the next command times out.
    qemu.pause();
    p->write("query-status\nquery-name\n");
    p->closeWriteChannel();
    const bool finished = p->waitForFinished(runDeadlineMs);
    qemu.resume();
    QVERIFY(finished);
    QCOMPARE(p->exitCode(), 3);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains("line 2: "), err.constData());
}

void tst_QmpCtlQemu::connectionErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("tcp refused") << u"tcp"_s << QByteArray("refused");
    QTest::newRow("stale unix socket") << u"stale"_s << QByteArray("qmpctl: ");
    QTest::newRow("socket path too long") << u"long"_s << QByteArray("bytes long");
}

void tst_QmpCtlQemu::connectionErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
    QemuProcess qemu;
    QString address;
    if (kind == u"tcp") {
        address = u"127.0.0.1:%1"_s.arg(QemuProcess::freeTcpPort());
    } else if (kind == u"long") {
        // A socket whose full path does not fit a socket address: made from inside its folder.
        QDir deep(qemu.dir());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(deep.mkdir(QString(30, QLatin1Char('a' + i))));
            QVERIFY(deep.cd(QString(30, QLatin1Char('a' + i))));
        }
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(deep.path()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un sa{};
        sa.sun_family = AF_UNIX;
        std::strcpy(sa.sun_path, "q.sock");
        const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof(sa)) == 0;
        if (fd >= 0)
            ::close(fd);
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(bound);
        address = deep.filePath(u"q.sock"_s);
        QVERIFY(QFileInfo::exists(address));
    } else {
        // A QEMU killed with -9 leaves its socket file behind, with nobody listening.
        QVERIFY2(qemu.start(), qPrintable(qemu.errorString()));
        qemu.kill();
        QVERIFY(QFileInfo::exists(qemu.qmpSocket()));
        address = qemu.qmpSocket();
    }
    const Run r = qmpctl({u"--timeout"_s, u"5"_s, address, u"query-status"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void tst_QmpCtlQemu::guestAgent()
{
    if (QemuProcess::guestAgentBinary().isEmpty())
        QSKIP("qemu-ga is not installed");
    // qemu-ga runs on this host, maybe as root: only commands that read (guest-ping, guest-info).
    QemuProcess qga;
    QVERIFY2(qga.startGuestAgent(), qPrintable(qga.errorString()));
    const QString sock = qga.guestAgentSocket();

    const Run ping = qmpctl({u"--qga"_s, sock, u"guest-ping"_s});
    QCOMPARE(ping.exitCode, 0);
    QCOMPARE(ping.out, "{}\n");

    const Run info = qmpctl({u"--qga"_s, sock, u"guest-info"_s});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(jsonObject(info.out).value(u"supported_commands").isArray());
    QVERIFY(!jsonObject(info.out).value(u"version").toString().isEmpty());

    const Run unknown = qmpctl({u"--qga"_s, sock, u"guest-no-such-command"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith("CommandNotFound: "), unknown.err.constData());

    const Run script = qmpctl({u"--qga"_s, sock}, "guest-ping\nguest-info\n");
    QCOMPARE(script.exitCode, 0);
    const QList<QByteArray> lines = script.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), "{}");
    QVERIFY(lines.at(1).contains("\"supported_commands\""));
}

namespace {

// qmpctl at a prompt on a pseudo-terminal, the way a person runs it.
class PtyQmpctl
{
public:
    PtyQmpctl(const QStringList &args, const QStringList &env)
    {
        QList<QByteArray> argv{QByteArray(QMP_BIN_DIR "/qmpctl")};
        for (const QString &a : args)
            argv.append(a.toLocal8Bit());
        QList<QByteArray> envp;
        for (const QString &e : env)
            envp.append(e.toLocal8Bit());
        struct winsize size = {};
        size.ws_row = 40;
        size.ws_col = 200; // wide enough that libedit never wraps a test line
        m_pid = ::forkpty(&m_fd, nullptr, nullptr, &size);
        if (m_pid == 0) {
            std::vector<char *> cargv, cenvp;
            for (QByteArray &a : argv)
                cargv.push_back(a.data());
            cargv.push_back(nullptr);
            for (QByteArray &e : envp)
                cenvp.push_back(e.data());
            cenvp.push_back(nullptr);
            ::execve(cargv[0], cargv.data(), cenvp.data());
            ::_exit(127);
        }
    }
    ~PtyQmpctl()
    {
        if (m_pid > 0 && exitCode(0) == -2) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isValid() const { return m_pid > 0 && m_fd >= 0; }
    void type(const QByteArray &keys) { [[maybe_unused]] auto n = ::write(m_fd, keys.constData(), size_t(keys.size())); }
    // Everything the terminal showed since the last successful wait, up to and including needle.
    bool waitFor(const QByteArray &needle, int msecs = 20000)
    {
        QDeadlineTimer deadline(msecs);
        while (true) {
            const qsizetype at = m_buffer.indexOf(needle);
            if (at >= 0) {
                m_seen = m_buffer.left(at + needle.size());
                m_buffer.remove(0, at + needle.size());
                return true;
            }
            if (deadline.hasExpired())
                return false;
            struct pollfd p = {m_fd, POLLIN, 0};
            if (::poll(&p, 1, int(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
                continue;
            char chunk[4096];
            const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
            if (n <= 0)
                return m_buffer.contains(needle); // the program ended
            m_buffer.append(chunk, n);
        }
    }
    QByteArray seen() const { return m_seen; }
    QByteArray pending() const { return m_buffer; }
    // -2 while running, -1 after a crash, else the exit status. Waits up to msecs.
    int exitCode(int msecs)
    {
        QDeadlineTimer deadline(msecs);
        do {
            int status = 0;
            const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid) {
                m_pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            if (r < 0)
                return -1;
            struct pollfd p = {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0) { // drain, so the program never blocks on a full terminal
                char chunk[4096];
                if (::read(m_fd, chunk, sizeof chunk) > 0)
                    continue;
            }
        } while (!deadline.hasExpired());
        return -2;
    }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    QByteArray m_buffer;
    QByteArray m_seen;
};

} // namespace

void tst_QmpCtlQemu::interactive()
{
    QStringList env{u"HOME="_s + m_home.path(), u"XDG_CACHE_HOME="_s + m_home.filePath(u"cache"_s),
                    u"XDG_DATA_HOME="_s + m_home.filePath(u"pty-data"_s), u"TERM=xterm"_s, u"LANG=C.UTF-8"_s};
    const QString history = m_home.filePath(u"pty-data/qmpctl/history"_s);
    {
        PtyQmpctl shell({q35Socket(m_vm)}, env);
        QVERIFY(shell.isValid());
        QVERIFY2(shell.waitFor("(QEMU) "), shell.pending().constData());
        // Tab completes a command name, a key from the schema and a device type from the server
        // (qom-list-types). libedit redraws with cursor moves, so what proves the completion is
        // that the completed line runs (and is what the history keeps, below).
        shell.type("query-na\t\r");
        QVERIFY2(shell.waitFor("{}"), shell.pending().constData());
        QVERIFY(shell.waitFor("(QEMU) "));
        shell.type("device_add dri\tusb-kb\tid=ptykbd bus=xhci.0\r");
        QVERIFY2(shell.waitFor("{}"), shell.pending().constData());
        QVERIFY(shell.waitFor("(QEMU) "));
        // An event at the prompt prints at once.
        toggleRunState();
        QVERIFY2(shell.waitFor("\"RESUME\""), shell.pending().constData());
        toggleRunState();
        QVERIFY2(shell.waitFor("\"STOP\""), shell.pending().constData());
        // Ctrl-C drops the half-typed line and prompts again; the program goes on.
        shell.type("query-stat");
        QVERIFY(shell.waitFor("query-stat"));
        shell.type("\x03");
        QVERIFY2(shell.waitFor("^C"), shell.pending().constData());
        shell.type("query-status\r");
        QVERIFY2(shell.waitFor("\"status\":\"paused\""), shell.pending().constData());
        QVERIFY(shell.waitFor("(QEMU) "));
        // A bad line is refused before sending; the shell stays.
        shell.type("cont zzbogus=1\r");
        QVERIFY2(shell.waitFor("arguments.zzbogus"), shell.pending().constData());
        // Keys typed before the prompt is back would meet the terminal in cooked mode, where
        // Ctrl-D is no key but end of file; a person sees the prompt first, and so does the test.
        QVERIFY(shell.waitFor("(QEMU) "));
        shell.type("\x04"); // Ctrl-D
        QCOMPARE(shell.exitCode(20000), 0);
    }
    const QStringList lines = [&] {
        QFile f(history);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts) : QStringList();
    }();
    QVERIFY2(lines.contains(u"query-name"_s), qPrintable(lines.join(u'|')));
    QVERIFY(lines.contains(u"device_add driver=usb-kbd id=ptykbd bus=xhci.0"_s));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(history).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    {
        // The next run remembers: Up goes back through "cont zzbogus=1" and "query-status"
        // to the device_add, which QEMU now refuses as a duplicate.
        PtyQmpctl shell({q35Socket(m_vm)}, env);
        QVERIFY(shell.waitFor("(QEMU) "));
        shell.type("\x1b[A");
        QVERIFY2(shell.waitFor("zzbogus"), shell.pending().constData());
        shell.type("\x1b[A\x1b[A");
        QVERIFY2(shell.waitFor("ptykbd"), shell.pending().constData());
        shell.type("\r");
        QVERIFY2(shell.waitFor("Duplicate device ID 'ptykbd'"), shell.pending().constData());
        QVERIFY(shell.waitFor("(QEMU) "));
        shell.type("device_del id=ptykbd\r");
        QVERIFY(shell.waitFor("{}"));
        QVERIFY(shell.waitFor("(QEMU) "));
        shell.type("\x04");
        QCOMPARE(shell.exitCode(20000), 0);
    }
}

QTEST_GUILESS_MAIN(tst_QmpCtlQemu)
#include "tst_qmpctl_qemu.moc"
