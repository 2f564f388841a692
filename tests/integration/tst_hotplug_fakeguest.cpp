// SPDX-License-Identifier: GPL-2.0-or-later
// UnplugTracker for what QEMU does only with a cooperating guest, from a fake QMP server inside
// the test: the guest refuses (DEVICE_UNPLUG_GUEST_ERROR), the event overtakes the reply, and
// DEVICE_DELETED arrives after the timeout; a second connection selected meanwhile.
#include "eventlinker.h"
#include "fakeqmpserver.h"
#include "qmpclient.h"
#include "unplugtracker.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// Greets, and answers every command with {} except what the test scripts per device id.
void playGuest(FakeQmpServer &server)
{
    server.setGreetOnConnect(true);
    server.setResponder([&server](const QmpValue &command) {
        const QString device = command.value(u"arguments").value(u"id").toString();
        if (device == "early"_L1) {
            server.send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, device)); // the event overtakes the reply
            server.reply(command);
        } else if (device == "refuse"_L1) {
            server.reply(command);
            server.send(FakeQmpServer::deviceEvent(u"DEVICE_UNPLUG_GUEST_ERROR"_s, device));
        } else {
            server.reply(command);
        }
    });
}

} // namespace

class tst_HotplugFakeGuest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void guestRefuses();
    void eventBeforeReply();
    void completedAfterTimeout();
    void otherDevicesIgnored();
    void unplugByAnotherClient();
    void replyShowsBeforeTheEnd();
    void unplugKeepsListeningToItsConnection();
    void lateCompletionOnAnotherConnection();
    void deletedClientEndsItsUnplugs();

private:
    QmpReply *unplug(const QString &device);
    std::unique_ptr<FakeQmpServer> m_qemu;
    std::unique_ptr<QmpClient> m_client;
    std::unique_ptr<UnplugTracker> m_tracker;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EventLinker> m_linker;
};

void tst_HotplugFakeGuest::init()
{
    m_qemu = std::make_unique<FakeQmpServer>();
    playGuest(*m_qemu);
    m_client = std::make_unique<QmpClient>();
    m_client->setAutoDeleteReplies(true);
    m_tracker = std::make_unique<UnplugTracker>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_tracker.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tracker->setClient(m_client.get());
    m_linker = std::make_unique<EventLinker>();
    m_linker->setClient(m_client.get());
    m_client->connectToServer(m_qemu->address());
    QVERIFY2(m_client->waitForConnected(waitMs), qPrintable(m_client->lastError().message()));
}

void tst_HotplugFakeGuest::cleanup()
{
    m_linker.reset();
    m_tester.reset();
    m_tracker.reset();
    m_client.reset();
    m_qemu.reset();
}

QmpReply *tst_HotplugFakeGuest::unplug(const QString &device)
{
    return m_client->execute(u"device_del"_s, QmpValue::object({{u"id"_s, device}}));
}

void tst_HotplugFakeGuest::guestRefuses()
{
    unplug(u"refuse"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Failed, waitMs);
    const UnplugTracker::Unplug u = m_tracker->unplug(0);
    QCOMPARE(u.events.size(), 1);
    QCOMPARE(u.events.first().name(), u"DEVICE_UNPLUG_GUEST_ERROR"_s);
    QVERIFY(!u.detail.isEmpty());
    const int del = m_linker->commandCount() - 1; // after qmp_capabilities
    QCOMPARE(m_linker->command(del).name, u"device_del"_s);
    QCOMPARE(m_linker->eventsOf(del).size(), 1);
    // QEMU keeps the device; trying again is a new unplug, tracked on its own.
    unplug(u"refuse"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->count(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(1), UnplugTracker::State::Failed, waitMs);
    QCOMPARE(m_tracker->unplug(0).events.size(), 1);
}

void tst_HotplugFakeGuest::eventBeforeReply()
{
    unplug(u"early"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    // The reply that follows does not turn a completed unplug into anything else.
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(0).reply.isUndefined(), waitMs);
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Completed);
    QVERIFY(m_tracker->unplug(0).detail.isEmpty());
}

void tst_HotplugFakeGuest::completedAfterTimeout()
{
    m_tracker->setTimeout(300);
    unplug(u"slow"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::TimedOut, waitMs);
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"slow"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    QVERIFY2(m_tracker->unplug(0).detail.contains(u"past the timeout"_s), qPrintable(m_tracker->unplug(0).detail));
    QCOMPARE(m_tracker->unplug(0).events.size(), 1);
}

void tst_HotplugFakeGuest::otherDevicesIgnored()
{
    m_tracker->setTimeout(0);
    unplug(u"mine"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(0).reply.isUndefined(), waitMs);
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"other"_s));
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_UNPLUG_GUEST_ERROR"_s, u"other"_s));
    QSignalSpy events(m_client.get(), &QmpClient::eventReceived);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, waitMs);
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);
    QVERIFY(m_tracker->unplug(0).events.isEmpty());
    QCOMPARE(m_tracker->pendingCount(), 1);
    // The other device's removal is listed on its own row; its guest error is not.
    QCOMPARE(m_tracker->count(), 2);
    QCOMPARE(m_tracker->state(1), UnplugTracker::State::CompletedElsewhere);
}

void tst_HotplugFakeGuest::unplugByAnotherClient()
{
    QSignalSpy changed(m_tracker.get(), &UnplugTracker::stateChanged);
    QSignalSpy started(m_tracker.get(), &UnplugTracker::unplugStarted);
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"theirs"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->count(), 1, waitMs);
    const UnplugTracker::Unplug u = m_tracker->unplug(0);
    QCOMPARE(u.state, UnplugTracker::State::CompletedElsewhere);
    QCOMPARE(u.device, u"theirs"_s);
    QCOMPARE(u.qomPath, u"/machine/peripheral/theirs"_s);
    QCOMPARE(u.events.size(), 1);
    QVERIFY(u.command.isUndefined());
    QVERIFY(!u.detail.isEmpty());
    QCOMPARE(m_tracker->elapsedMs(0), -1);
    QVERIFY(m_tracker->index(0, UnplugTracker::ElapsedColumn).data().toString().isEmpty());
    QCOMPARE(m_tracker->index(0, UnplugTracker::StateColumn).data().toString(), u"completed by other"_s);
    QCOMPARE(m_tracker->pendingCount(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(started.count(), 0); // nothing of ours started

    // Our own unplug of a device with a part QEMU reports first: one row, ours, completed.
    m_tracker->setTimeout(0);
    unplug(u"nic"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(1).reply.isUndefined(), waitMs);
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"nic/virtio-backend"_s));
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"nic"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(1), UnplugTracker::State::Completed, waitMs);
    QCOMPARE(m_tracker->count(), 2);

    m_tracker->removeFinished();
    QCOMPARE(m_tracker->count(), 0);
}

void tst_HotplugFakeGuest::replyShowsBeforeTheEnd()
{
    m_tracker->setTimeout(0);
    QSignalSpy changed(m_tracker.get(), &QAbstractItemModel::dataChanged);
    unplug(u"waits"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(0).reply.isUndefined(), waitMs);
    // Still pending, yet views hear of the reply now, not at the next change of state.
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);
    const auto replyAnnounced = [&] {
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex topLeft = args.at(0).toModelIndex();
            const QList<int> roles = args.at(2).value<QList<int>>();
            if (topLeft.row() == 0 && (roles.isEmpty() || roles.contains(UnplugTracker::ReplyRole)))
                return true;
        }
        return false;
    };
    QVERIFY(replyAnnounced());
    const QmpValue reply = m_tracker->index(0, 0).data(UnplugTracker::ReplyRole).value<QmpValue>();
    QVERIFY(reply.contains(u"return"));
}

void tst_HotplugFakeGuest::unplugKeepsListeningToItsConnection()
{
    FakeQmpServer otherQemu;
    playGuest(otherQemu);
    QmpClient other;
    other.setAutoDeleteReplies(true);
    other.connectToServer(otherQemu.address());
    QVERIFY2(other.waitForConnected(waitMs), qPrintable(other.lastError().message()));

    m_tracker->setClient(m_client.get(), u"vm-a"_s);
    m_tracker->setTimeout(0);
    unplug(u"usb1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->count(), 1, waitMs);
    // Another VM is selected before the reply is even read: the reply still finds its row.
    m_tracker->setClient(&other, u"vm-b"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(0).reply.isUndefined(), waitMs);
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);
    QCOMPARE(m_tracker->index(0, UnplugTracker::ConnectionColumn).data().toString(), u"vm-a"_s);
    QCOMPARE(m_tracker->headerData(UnplugTracker::ConnectionColumn, Qt::Horizontal).toString(), u"Connection"_s);

    // The same id on the other VM is an unplug of its own, and the tree marks look only there.
    other.execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"usb1"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->count(), 2, waitMs);
    QCOMPARE(m_tracker->index(1, UnplugTracker::ConnectionColumn).data().toString(), u"vm-b"_s);
    QCOMPARE(m_tracker->rowForDevice(u"usb1"_s), 1);

    // DEVICE_DELETED arrives on the first VM while the second is selected.
    QSignalSpy otherEvents(&other, &QmpClient::eventReceived);
    QSignalSpy events(m_client.get(), &QmpClient::eventReceived);
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"elsewhere"_s)); // not ours, and its VM is not selected
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"usb1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    QCOMPARE(events.count(), 2);
    QCOMPARE(m_tracker->unplug(0).events.size(), 1);
    QCOMPARE(m_tracker->state(1), UnplugTracker::State::Pending); // the other VM's own unplug
    QVERIFY(m_tracker->unplug(1).events.isEmpty());
    QCOMPARE(m_tracker->count(), 2);
    QCOMPARE(m_tracker->unplug(0).client.data(), m_client.get());
    QCOMPARE(m_tracker->unplug(1).client.data(), &other);

    // Back on the first VM, the tree marks follow it.
    m_tracker->setClient(m_client.get(), u"vm-a"_s);
    QCOMPARE(m_tracker->rowForDevice(u"usb1"_s), 0);
    m_tracker->setClient(nullptr);
    QCOMPARE(otherEvents.count(), 0);
}

void tst_HotplugFakeGuest::lateCompletionOnAnotherConnection()
{
    FakeQmpServer otherQemu;
    playGuest(otherQemu);
    QmpClient other;
    other.connectToServer(otherQemu.address());
    QVERIFY2(other.waitForConnected(waitMs), qPrintable(other.lastError().message()));

    m_tracker->setTimeout(300);
    unplug(u"slow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->unplug(0).reply.isUndefined(), waitMs);
    m_tracker->setClient(&other, u"vm-b"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::TimedOut, waitMs);
    // A timed-out unplug may still complete: its connection is still heard.
    m_qemu->send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, u"slow"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(0), UnplugTracker::State::Completed, waitMs);
    QVERIFY2(m_tracker->unplug(0).detail.contains(u"past the timeout"_s), qPrintable(m_tracker->unplug(0).detail));

    // A connection that closes ends what was still pending on it, even when not selected.
    m_tracker->setTimeout(0);
    m_tracker->setClient(m_client.get());
    unplug(u"cut"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->count() == 2 && !m_tracker->unplug(1).reply.isUndefined(), waitMs);
    m_tracker->setClient(&other, u"vm-b"_s);
    m_qemu.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(1), UnplugTracker::State::Failed, waitMs);
}

void tst_HotplugFakeGuest::deletedClientEndsItsUnplugs()
{
    // A connection deleted while not current, with an unplug still pending on it.
    FakeQmpServer otherQemu;
    playGuest(otherQemu);
    auto other = std::make_unique<QmpClient>();
    other->connectToServer(otherQemu.address());
    QVERIFY2(other->waitForConnected(waitMs), qPrintable(other->lastError().message()));
    m_tracker->setTimeout(0);
    m_tracker->setClient(other.get(), u"vm-b"_s);
    other->execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"usb1"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->count() == 1 && !m_tracker->unplug(0).reply.isUndefined(), waitMs);
    m_tracker->setClient(m_client.get(), u"vm-a"_s);
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Pending);

    other.reset();
    QCOMPARE(m_tracker->state(0), UnplugTracker::State::Failed);
    QVERIFY(!m_tracker->unplug(0).client);
    // The current connection is still followed.
    unplug(u"early"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->count(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(1), UnplugTracker::State::Completed, waitMs);
    m_tracker->removeFinished();
    QCOMPARE(m_tracker->count(), 0);
}

QTEST_GUILESS_MAIN(tst_HotplugFakeGuest)
#include "tst_hotplug_fakeguest.moc"
