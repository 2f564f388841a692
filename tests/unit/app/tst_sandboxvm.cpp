// SPDX-License-Identifier: GPL-2.0-or-later
// SandboxVm: a missing QEMU says so; a real one serves both QMP sockets, has the devices the
// design promises, and is gone after stop().
#include "qmpclient.h"
#include "sandboxvm.h"

#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

class TestSandboxVm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingQemu_data();
    void missingQemu();
    void startsWithTwoSockets();
};

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

QTEST_GUILESS_MAIN(TestSandboxVm)
#include "tst_sandboxvm.moc"
