// SPDX-License-Identifier: GPL-2.0-or-later
// The hotplug debugger's core against a real q35 QEMU: the device tree, unplugs that complete
// (USB), stay pending and time out (PCIe with no guest), are rejected or lose their connection,
// event-to-command links, and the query-pci diff of a hotplug.
#include "devicetreemodel.h"
#include "eventlinker.h"
#include "qemuprocess.h"
#include "qmpclient.h"
#include "replydiffmodel.h"
#include "unplugtracker.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000; // generous: two cores shared by many builds and tests

QmpValue run(QmpClient &client, const QString &command, const QmpValue &arguments = {}, QString *error = nullptr)
{
    std::unique_ptr<QmpReply> reply(client.execute(command, arguments));
    if (!reply->waitForFinished(waitMs)) {
        if (error)
            *error = u"no reply"_s;
        return {};
    }
    if (error)
        *error = reply->isSuccess() ? QString() : reply->errorString();
    return reply->isSuccess() ? reply->result() : QmpValue();
}

// The first node (depth first) for which pred holds.
QModelIndex findIndex(const QAbstractItemModel &model, const std::function<bool(const QModelIndex &)> &pred,
                      const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (pred(i))
            return i;
        const QModelIndex inner = findIndex(model, pred, i);
        if (inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class tst_Hotplug : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deviceTree();
    void usbUnplugCompletes();
    void anonymousDeviceByPath();
    void pcieUnplugStaysPendingThenTimesOut_data();
    void pcieUnplugStaysPendingThenTimesOut();
    void unplugRejected_data();
    void unplugRejected();
    void disconnectEndsPendingUnplugs();
    void clientDeleted();
    void scanStartsOnADeadSocket();
    void scanOutlivedByQemu();
    void queryPciDiff();

private:
    bool addDevice(const QmpValue &arguments);
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<QmpClient> m_client;
    std::unique_ptr<DeviceTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<UnplugTracker> m_tracker;
    std::unique_ptr<QAbstractItemModelTester> m_trackerTester;
    std::unique_ptr<EventLinker> m_linker;
};

void tst_Hotplug::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void tst_Hotplug::init()
{
    m_qemu = std::make_unique<QemuProcess>();
    const QStringList args = {u"-M"_s, u"q35"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                              u"-device"_s, u"qemu-xhci,id=xhci"_s,
                              u"-device"_s, u"pcie-root-port,id=rp0,chassis=1,slot=1"_s,
                              u"-device"_s, u"pcie-root-port,id=rp1,chassis=2,slot=2"_s,
                              u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())};
    QVERIFY2(m_qemu->startWithArgs(args, m_qemu->qmpSocket(), waitMs), qPrintable(m_qemu->errorString()));
    m_client = std::make_unique<QmpClient>();
    m_tree = std::make_unique<DeviceTreeModel>();
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tracker = std::make_unique<UnplugTracker>();
    m_trackerTester = std::make_unique<QAbstractItemModelTester>(m_tracker.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_linker = std::make_unique<EventLinker>();
    m_tree->setClient(m_client.get());
    m_tracker->setClient(m_client.get());
    m_linker->setClient(m_client.get());
    QSignalSpy refreshed(m_tree.get(), &DeviceTreeModel::refreshed);
    m_client->connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY2(m_client->waitForConnected(waitMs), qPrintable(m_client->lastError().message()));
    // The model reads the tree by itself once the client is connected.
    QVERIFY(refreshed.count() || refreshed.wait(waitMs));
}

void tst_Hotplug::cleanup()
{
    m_linker.reset();
    m_trackerTester.reset();
    m_tracker.reset();
    m_treeTester.reset();
    m_tree.reset();
    m_client.reset();
    m_qemu.reset();
}

bool tst_Hotplug::addDevice(const QmpValue &arguments)
{
    QSignalSpy refreshed(m_tree.get(), &DeviceTreeModel::refreshed);
    QString error;
    run(*m_client, u"device_add"_s, arguments, &error);
    if (!error.isEmpty()) {
        qWarning("device_add failed: %s", qPrintable(error));
        return false;
    }
    // The tree refreshes by itself after a device_add that succeeded.
    return refreshed.count() || refreshed.wait(waitMs);
}

void tst_Hotplug::deviceTree()
{
    QCOMPARE(m_tree->devicePaths(),
             (QStringList{u"/machine/peripheral/rp0"_s, u"/machine/peripheral/rp1"_s, u"/machine/peripheral/xhci"_s}));
    const QStringList buses = m_tree->busPaths();
    QVERIFY2(buses.contains(u"/machine/q35/pcie.0"_s), qPrintable(buses.join(u' ')));
    QVERIFY(buses.contains(u"/machine/peripheral/xhci/xhci.0"_s));
    QVERIFY(buses.contains(u"/machine/peripheral/rp0/rp0"_s));
    QVERIFY(buses.contains(u"/machine/peripheral/rp1/rp1"_s)); // empty, but where a device could go

    // pcie.0 -> xhci -> xhci.0: devices hang on their parent bus, buses on the device providing them.
    const QModelIndex pcie = m_tree->indexForPath(u"/machine/q35/pcie.0"_s);
    QVERIFY(pcie.isValid());
    QVERIFY(!pcie.parent().isValid());
    QCOMPARE(pcie.data(DeviceTreeModel::KindRole).value<DeviceTreeModel::Kind>(), DeviceTreeModel::Kind::Bus);
    QCOMPARE(pcie.data(DeviceTreeModel::TypeRole).toString(), u"PCIE"_s);
    const QModelIndex xhci = m_tree->indexForPath(u"/machine/peripheral/xhci"_s);
    QCOMPARE(xhci.parent(), pcie);
    QCOMPARE(xhci.data(DeviceTreeModel::KindRole).value<DeviceTreeModel::Kind>(), DeviceTreeModel::Kind::Device);
    QCOMPARE(xhci.data(DeviceTreeModel::DeviceIdRole).toString(), u"xhci"_s);
    QCOMPARE(m_tree->index(xhci.row(), DeviceTreeModel::TypeColumn, xhci.parent()).data().toString(), u"qemu-xhci"_s);
    const QModelIndex usbBus = m_tree->indexForPath(u"/machine/peripheral/xhci/xhci.0"_s);
    QCOMPARE(usbBus.parent(), xhci);
    QCOMPARE(usbBus.data(DeviceTreeModel::TypeRole).toString(), u"usb-bus"_s);
    QCOMPARE(m_tree->rowCount(usbBus), 0);
    QVERIFY(!m_tree->isRefreshing());

    // A refresh asked for during a refresh runs after it, not alongside.
    QSignalSpy refreshed(m_tree.get(), &DeviceTreeModel::refreshed);
    m_tree->refresh();
    m_tree->refresh();
    m_tree->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, waitMs);
    QVERIFY(!m_tree->isRefreshing());
    QCOMPARE(m_tree->devicePaths().size(), 3);
}

void tst_Hotplug::usbUnplugCompletes()
{
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"usb-kbd"_s}, {u"id"_s, u"kbd0"_s}, {u"bus"_s, u"xhci.0"_s}})));
    const QModelIndex kbd = m_tree->indexForPath(u"/machine/peripheral/kbd0"_s);
    QVERIFY(kbd.isValid());
    QCOMPARE(kbd.parent().data(DeviceTreeModel::PathRole).toString(), u"/machine/peripheral/xhci/xhci.0"_s);
    QCOMPARE(kbd.data(DeviceTreeModel::TypeRole).toString(), u"usb-kbd"_s);

    QSignalSpy refreshed(m_tree.get(), &DeviceTreeModel::refreshed);
    QSignalSpy started(m_tracker.get(), &UnplugTracker::unplugStarted);
    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"kbd0"_s}})));
    // Pending from the moment the command leaves.
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_tracker->count(), 1);
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);
    QCOMPARE(m_tracker->pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    const UnplugTracker::Unplug u = m_tracker->unplug(0);
    QCOMPARE(u.device, u"kbd0"_s);
    QCOMPARE(u.qomPath, u"/machine/peripheral/kbd0"_s);
    QCOMPARE(u.events.size(), 1);
    QCOMPARE(u.events.first().name(), u"DEVICE_DELETED"_s);
    QCOMPARE(u.command.value(u"execute").toString(), u"device_del"_s);
    QVERIFY(u.finishedMs >= 0);
    QCOMPARE(m_tracker->elapsedMs(0), u.finishedMs);
    QCOMPARE(m_tracker->rowForDevice(u"/machine/peripheral/kbd0"_s), 0);
    QCOMPARE(m_tracker->pendingCount(), 0);
    QCOMPARE(m_tracker->index(0, UnplugTracker::StateColumn).data().toString(), u"completed"_s);

    // DEVICE_DELETED refreshed the tree: the keyboard is gone, its bus is still there.
    QTRY_VERIFY_WITH_TIMEOUT(!m_tree->indexForPath(u"/machine/peripheral/kbd0"_s).isValid(), waitMs);
    QVERIFY(m_tree->indexForPath(u"/machine/peripheral/xhci/xhci.0"_s).isValid());

    // The device_del and its DEVICE_DELETED link both ways; the device_add does not claim it.
    int del = -1;
    for (int c = 0; c < m_linker->commandCount(); ++c) {
        if (m_linker->command(c).name == "device_del"_L1)
            del = c;
    }
    QVERIFY(del >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_linker->eventsOf(del).size(), 1, waitMs);
    const int ev = m_linker->eventsOf(del).first();
    QCOMPARE(m_linker->event(ev).name(), u"DEVICE_DELETED"_s);
    QCOMPARE(m_linker->commandsOf(ev), QList<int>{del});

    m_tracker->removeFinished();
    QCOMPARE(m_tracker->count(), 0);
}

void tst_Hotplug::anonymousDeviceByPath()
{
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"usb-tablet"_s}, {u"bus"_s, u"xhci.0"_s}})));
    const QModelIndex tablet = findIndex(*m_tree, [](const QModelIndex &i) {
        return i.data(DeviceTreeModel::TypeRole).toString() == "usb-tablet"_L1;
    });
    QVERIFY(tablet.isValid());
    const QString path = tablet.data(DeviceTreeModel::PathRole).toString();
    QVERIFY2(path.startsWith(u"/machine/peripheral-anon/"_s), qPrintable(path));
    QVERIFY(tablet.data(DeviceTreeModel::DeviceIdRole).toString().isEmpty());

    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, path}})));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    QCOMPARE(m_tracker->unplug(0).qomPath, path);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tree->indexForPath(path).isValid(), waitMs);
}

void tst_Hotplug::pcieUnplugStaysPendingThenTimesOut_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<bool>("running");
    // QEMU 7.2 asks the guest to release a PCIe device (attention button) and waits; paused
    // (-S) or running firmware without a hotplug driver, nobody answers.
    QTest::newRow("e1000e, paused") << u"e1000e"_s << false;
    QTest::newRow("virtio-net-pci, running") << u"virtio-net-pci"_s << true;
}

void tst_Hotplug::pcieUnplugStaysPendingThenTimesOut()
{
    QFETCH(QString, driver);
    QFETCH(bool, running);
    if (running) {
        QString error;
        run(*m_client, u"cont"_s, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, driver}, {u"id"_s, u"nic0"_s}, {u"bus"_s, u"rp0"_s}})));
    const QModelIndex nic = m_tree->indexForPath(u"/machine/peripheral/nic0"_s);
    QVERIFY(nic.isValid());
    QCOMPARE(nic.parent().data(DeviceTreeModel::PathRole).toString(), u"/machine/peripheral/rp0/rp0"_s);

    m_tracker->setTimeout(1500);
    QCOMPARE(m_tracker->timeout(), 1500);
    QSignalSpy changed(m_tracker.get(), &UnplugTracker::stateChanged);
    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"nic0"_s}})));
    QVERIFY(reply->waitForFinished(waitMs));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->errorString())); // accepted: the unplug has started
    QCOMPARE(m_tracker->unplug(0).reply.value(u"return"), QmpValue::object());
    // On a loaded machine the reply itself may take longer than the timeout.
    QVERIFY(m_tracker->state(0) == UnplugTracker::State::Pending || m_tracker->state(0) == UnplugTracker::State::TimedOut);

    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::TimedOut, waitMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<UnplugTracker::State>(), UnplugTracker::State::TimedOut);
    QVERIFY(m_tracker->unplug(0).events.isEmpty());
    QVERIFY(m_tracker->elapsedMs(0) >= 1500);
    QVERIFY(!m_tracker->index(0, UnplugTracker::DetailColumn).data().toString().isEmpty());

    // QEMU still holds the device. A second device_del is a new unplug: refused while the first
    // request is visibly outstanding (paused), accepted again otherwise; either way, tracked.
    QVERIFY(m_tree->indexForPath(u"/machine/peripheral/nic0"_s).isValid());
    std::unique_ptr<QmpReply> again(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"nic0"_s}})));
    QVERIFY(again->waitForFinished(waitMs));
    QCOMPARE(m_tracker->count(), 2);
    if (again->isSuccess()) {
        QVERIFY(m_tracker->state(1) == UnplugTracker::State::Pending || m_tracker->state(1) == UnplugTracker::State::TimedOut);
    } else {
        QCOMPARE(m_tracker->state(1), UnplugTracker::State::Rejected);
        QVERIFY2(m_tracker->unplug(1).detail.contains(again->error().description()),
                 qPrintable(m_tracker->unplug(1).detail));
    }
    if (!running)
        QVERIFY2(!again->isSuccess(), "QEMU 7.2 refuses a second unplug of a device still waiting for a paused guest");
    QCOMPARE(m_tracker->rowForDevice(u"nic0"_s), 1);
}

void tst_Hotplug::unplugRejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("no such device") << u"nope"_s << u"DeviceNotFound"_s;
    QTest::newRow("not hot-pluggable") << u"xhci"_s << u"GenericError"_s;
    QTest::newRow("no such path") << u"/machine/nowhere"_s << u"DeviceNotFound"_s;
}

void tst_Hotplug::unplugRejected()
{
    QFETCH(QString, id);
    QFETCH(QString, detailPart);
    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, id}})));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Rejected, waitMs);
    QVERIFY2(m_tracker->unplug(0).detail.contains(detailPart), qPrintable(m_tracker->unplug(0).detail));
    QCOMPARE(m_tracker->pendingCount(), 0);
}

void tst_Hotplug::disconnectEndsPendingUnplugs()
{
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"e1000e"_s}, {u"id"_s, u"nic1"_s}, {u"bus"_s, u"rp1"_s}})));
    m_tracker->setTimeout(0); // never on its own
    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"nic1"_s}})));
    QVERIFY(reply->waitForFinished(waitMs));
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);
    m_qemu->kill();
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Failed, waitMs);
    QVERIFY(!m_tracker->unplug(0).detail.isEmpty());
    // The tree empties with the connection rather than showing a machine that is gone.
    QTRY_COMPARE_WITH_TIMEOUT(m_tree->rowCount(), 0, waitMs);
    QVERIFY(m_tree->devicePaths().isEmpty());
}

void tst_Hotplug::clientDeleted()
{
    QVERIFY(m_tree->rowCount() > 0);
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"e1000e"_s}, {u"id"_s, u"nic2"_s}, {u"bus"_s, u"rp1"_s}})));
    m_tracker->setTimeout(0);
    std::unique_ptr<QmpReply> reply(m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"nic2"_s}})));
    QVERIFY(reply->waitForFinished(waitMs));
    reply.reset();
    // The connection object goes away under the models: they empty, nothing dangles.
    m_client.reset();
    QCOMPARE(m_tree->rowCount(), 0);
    QVERIFY(!m_tree->client());
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Failed);
    m_tree->refresh();
    m_tree->setClient(nullptr);
    m_tracker->setClient(nullptr);
}

void tst_Hotplug::scanStartsOnADeadSocket()
{
    // QEMU is gone but the client has not read the end yet: the first command of a scan finds
    // the socket dead and ends the connection inside execute(), scan and all.
    m_qemu->kill();
    QVERIFY(m_client->isRunning());
    DeviceTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setClient(m_client.get());
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    QVERIFY(!tree.isRefreshing());
    QCOMPARE(tree.rowCount(), 0);
    QCoreApplication::processEvents(); // the failed replies report now: they must find no scan
    QVERIFY(!tree.isRefreshing());
}

void tst_Hotplug::scanOutlivedByQemu()
{
    // QEMU answers the listing of the devices, then quits: the scan's next commands go into a
    // dead socket while the scan is still sending them.
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"usb-kbd"_s}, {u"id"_s, u"kbd1"_s}, {u"bus"_s, u"xhci.0"_s}})));
    QSignalSpy started(m_tree.get(), &DeviceTreeModel::refreshStarted);
    QSignalSpy failed(m_tree.get(), &DeviceTreeModel::refreshFailed);
    m_tree->refresh(); // the bus types are known: the two qom-list are on their way now
    QCOMPARE(started.count(), 1);
    std::unique_ptr<QmpReply> quit(m_client->execute(u"quit"_s));
    QVERIFY(m_qemu->waitForExit(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QmpClient::State::Idle, waitMs);
    QVERIFY(quit->waitForFinished(waitMs));
    QVERIFY(!m_tree->isRefreshing());
    QCOMPARE(m_tree->rowCount(), 0);
    QCOMPARE(started.count(), 1);

    // The same model reads the next QEMU on the same socket.
    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"q35"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-device"_s, u"qemu-xhci,id=xhci"_s,
                                    u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())},
                                   m_qemu->qmpSocket(), waitMs),
             qPrintable(m_qemu->errorString()));
    QSignalSpy refreshed(m_tree.get(), &DeviceTreeModel::refreshed);
    m_client->connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY(m_client->waitForConnected(waitMs));
    QVERIFY(refreshed.count() || refreshed.wait(waitMs));
    QCOMPARE(m_tree->devicePaths(), QStringList{u"/machine/peripheral/xhci"_s});
}

void tst_Hotplug::queryPciDiff()
{
    // query-pci walks the buses the firmware numbered: let it run until the root ports have a
    // secondary bus, or a device behind them would not show at all.
    QString error;
    run(*m_client, u"cont"_s, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto rootPortsNumbered = [this] {
        const QmpValue devices = run(*m_client, u"query-pci"_s).at(0).value(u"devices");
        for (const QmpValue &d : devices.elements()) {
            if (d.value(u"qdev_id").toString() == "rp0"_L1)
                return d.value(u"pci_bridge").value(u"bus").value(u"secondary").toInt() > 0;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rootPortsNumbered(), waitMs);
    const QmpValue before = run(*m_client, u"query-pci"_s);
    QVERIFY(before.isArray());
    QVERIFY(addDevice(QmpValue::object({{u"driver"_s, u"e1000e"_s}, {u"id"_s, u"nic0"_s}, {u"bus"_s, u"rp0"_s}})));
    const QmpValue after = run(*m_client, u"query-pci"_s);

    ReplyDiffModel diff;
    QAbstractItemModelTester tester(&diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
    diff.setValues(before, after);
    QVERIFY(!diff.isIdentical());
    QCOMPARE(diff.count(ReplyDiffModel::Change::Added), 1);
    QCOMPARE(diff.count(ReplyDiffModel::Change::Removed), 0);
    const QModelIndex added = findIndex(diff, [](const QModelIndex &i) {
        return i.data(ReplyDiffModel::ChangeRole).value<ReplyDiffModel::Change>() == ReplyDiffModel::Change::Added
               && i.data(ReplyDiffModel::AfterValueRole).value<QmpValue>().value(u"qdev_id").toString() == "nic0"_L1;
    });
    QVERIFY(added.isValid());
    const QString path = added.data(ReplyDiffModel::PathRole).toString();
    QVERIFY2(path.contains(u"pci_bridge.devices[0]"_s), qPrintable(path));
    // Everything on the way to it is marked changed; nothing else is.
    for (QModelIndex p = added.parent(); p.isValid(); p = p.parent())
        QCOMPARE(p.data(ReplyDiffModel::ChangeRole).value<ReplyDiffModel::Change>(), ReplyDiffModel::Change::Changed);

    // The same diff backwards is one removal.
    diff.setValues(after, before);
    QCOMPARE(diff.count(ReplyDiffModel::Change::Removed), 1);
    QCOMPARE(diff.count(ReplyDiffModel::Change::Added), 0);
}

QTEST_GUILESS_MAIN(tst_Hotplug)
#include "tst_hotplug.moc"
