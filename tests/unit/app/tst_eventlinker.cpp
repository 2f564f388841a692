// SPDX-License-Identifier: GPL-2.0-or-later
// EventLinker: which events link to which commands, both ways, from recorded messages.
#include "eventlinker.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QmpValue parse(const QString &text)
{
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text.toUtf8(), &error);
    if (!error.ok())
        qFatal("bad test JSON: %s", qPrintable(text));
    return v;
}

QmpEvent makeEvent(const QString &name, const QString &data, qint64 receivedUsecs)
{
    return QmpEvent::fromMessage(QmpValue::object({{u"event"_s, name},
                                                   {u"data"_s, parse(data)},
                                                   {u"timestamp"_s, parse(uR"({"seconds": 1, "microseconds": 0})"_s)}}),
                                 {}, receivedUsecs);
}

} // namespace

class tst_EventLinker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys_data();
    void keys();
    void links_data();
    void links();
    void mostRecentCommandWins();
    void notBeforeItWasSent();
    void clear();
    void bounded();
    void findAgain();
};

void tst_EventLinker::keys_data()
{
    QTest::addColumn<bool>("isEvent");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("device_del id") << false << u"device_del"_s << uR"({"id": "kbd0"})"_s
                                   << QStringList{u"device:/machine/peripheral/kbd0"_s};
    QTest::newRow("device_del path") << false << u"device_del"_s << uR"({"id": "/machine/peripheral-anon/device[0]"})"_s
                                     << QStringList{u"device:/machine/peripheral-anon/device[0]"_s};
    QTest::newRow("device_add without id") << false << u"device_add"_s << uR"({"driver": "usb-kbd"})"_s << QStringList();
    QTest::newRow("job-cancel") << false << u"job-cancel"_s << uR"({"id": "j1"})"_s << QStringList{u"job:j1"_s};
    QTest::newRow("block-job-cancel") << false << u"block-job-cancel"_s << uR"({"device": "j1"})"_s << QStringList{u"job:j1"_s};
    QTest::newRow("blockdev-backup job-id") << false << u"blockdev-backup"_s
                                            << uR"({"job-id": "b0", "device": "n0", "target": "n1", "sync": "full"})"_s
                                            << QStringList{u"job:b0"_s, u"drive:n0"_s};
    QTest::newRow("block-stream without job-id") << false << u"block-stream"_s << uR"({"device": "d0"})"_s
                                                 << QStringList{u"job:d0"_s, u"drive:d0"_s};
    QTest::newRow("blockdev-add") << false << u"blockdev-add"_s << uR"({"driver": "null-co", "node-name": "n0"})"_s
                                  << QStringList{u"node:n0"_s};
    QTest::newRow("eject") << false << u"eject"_s << uR"({"id": "cd0"})"_s << QStringList{u"device:/machine/peripheral/cd0"_s};
    QTest::newRow("query-status") << false << u"query-status"_s << u"{}"_s << QStringList();
    QTest::newRow("no arguments") << false << u"device_del"_s << QString() << QStringList();

    QTest::newRow("DEVICE_DELETED") << true << u"DEVICE_DELETED"_s << uR"({"device": "kbd0", "path": "/machine/peripheral/kbd0"})"_s
                                    << QStringList{u"device:/machine/peripheral/kbd0"_s};
    QTest::newRow("DEVICE_DELETED anonymous") << true << u"DEVICE_DELETED"_s << uR"({"path": "/machine/peripheral-anon/device[0]"})"_s
                                              << QStringList{u"device:/machine/peripheral-anon/device[0]"_s};
    QTest::newRow("DEVICE_UNPLUG_GUEST_ERROR") << true << u"DEVICE_UNPLUG_GUEST_ERROR"_s
                                               << uR"({"device": "nic0", "path": "/machine/peripheral/nic0"})"_s
                                               << QStringList{u"device:/machine/peripheral/nic0"_s};
    QTest::newRow("JOB_STATUS_CHANGE") << true << u"JOB_STATUS_CHANGE"_s << uR"({"id": "b0", "status": "running"})"_s
                                       << QStringList{u"job:b0"_s};
    QTest::newRow("BLOCK_JOB_COMPLETED") << true << u"BLOCK_JOB_COMPLETED"_s
                                         << uR"({"type": "backup", "device": "b0", "len": 1, "offset": 1, "speed": 0})"_s
                                         << QStringList{u"job:b0"_s};
    QTest::newRow("DEVICE_TRAY_MOVED") << true << u"DEVICE_TRAY_MOVED"_s
                                       << uR"({"device": "", "id": "/machine/peripheral/cd0", "tray-open": true})"_s
                                       << QStringList{u"device:/machine/peripheral/cd0"_s};
    QTest::newRow("BLOCK_IO_ERROR") << true << u"BLOCK_IO_ERROR"_s
                                    << uR"({"device": "d0", "node-name": "n0", "operation": "read", "action": "stop"})"_s
                                    << QStringList{u"node:n0"_s, u"drive:d0"_s};
    QTest::newRow("NIC_RX_FILTER_CHANGED") << true << u"NIC_RX_FILTER_CHANGED"_s
                                           << uR"({"name": "nic0", "path": "/machine/peripheral/nic0/virtio-backend"})"_s
                                           << QStringList{u"device:/machine/peripheral/nic0/virtio-backend"_s};
    QTest::newRow("STOP") << true << u"STOP"_s << QString() << QStringList();
}

void tst_EventLinker::keys()
{
    QFETCH(bool, isEvent);
    QFETCH(QString, name);
    QFETCH(QString, data);
    QFETCH(QStringList, keys);
    const QmpValue v = data.isEmpty() ? QmpValue() : parse(data);
    QCOMPARE(isEvent ? EventLinker::eventKeys(name, v) : EventLinker::commandKeys(name, v), keys);
}

void tst_EventLinker::links_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("eventData");
    QTest::addColumn<bool>("linked");

    QTest::newRow("device_del -> DEVICE_DELETED by id") << uR"({"execute": "device_del", "arguments": {"id": "kbd0"}, "id": 1})"_s
                                                        << u"DEVICE_DELETED"_s << uR"({"device": "kbd0", "path": "/machine/peripheral/kbd0"})"_s
                                                        << true;
    QTest::newRow("device_del by path -> DEVICE_DELETED") << uR"({"execute": "device_del", "arguments": {"id": "/machine/peripheral-anon/device[2]"}})"_s
                                                          << u"DEVICE_DELETED"_s << uR"({"path": "/machine/peripheral-anon/device[2]"})"_s
                                                          << true;
    QTest::newRow("another device") << uR"({"execute": "device_del", "arguments": {"id": "kbd0"}})"_s << u"DEVICE_DELETED"_s
                                    << uR"({"device": "kbd1", "path": "/machine/peripheral/kbd1"})"_s << false;
    QTest::newRow("job") << uR"({"execute": "blockdev-backup", "arguments": {"job-id": "b0", "device": "n0", "target": "n1", "sync": "full"}})"_s
                         << u"JOB_STATUS_CHANGE"_s << uR"({"id": "b0", "status": "created"})"_s << true;
    QTest::newRow("other job") << uR"({"execute": "job-cancel", "arguments": {"id": "b1"}})"_s << u"JOB_STATUS_CHANGE"_s
                               << uR"({"id": "b0", "status": "aborting"})"_s << false;
    QTest::newRow("unrelated") << uR"({"execute": "stop"})"_s << u"STOP"_s << QString() << false;
}

void tst_EventLinker::links()
{
    QFETCH(QString, command);
    QFETCH(QString, event);
    QFETCH(QString, eventData);
    QFETCH(bool, linked);
    EventLinker linker;
    QSignalSpy spy(&linker, &EventLinker::linked);
    const int c = linker.addCommand(parse(command), 1000);
    const int e = linker.addEvent(makeEvent(event, eventData.isEmpty() ? u"{}"_s : eventData, 2000));
    QCOMPARE(linker.eventsOf(c), linked ? QList<int>{e} : QList<int>());
    QCOMPARE(linker.commandsOf(e), linked ? QList<int>{c} : QList<int>());
    QCOMPARE(spy.count(), linked ? 1 : 0);
    QCOMPARE(linker.commandCount(), 1);
    QCOMPARE(linker.eventCount(), 1);
}

void tst_EventLinker::mostRecentCommandWins()
{
    EventLinker linker;
    const int add = linker.addCommand(parse(uR"({"execute": "device_add", "arguments": {"driver": "usb-kbd", "id": "k"}})"_s), 100);
    const int del = linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "k"}})"_s), 200);
    const int e = linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"device": "k", "path": "/machine/peripheral/k"})"_s, 300));
    QCOMPARE(linker.commandsOf(e), QList<int>{del});
    QVERIFY(linker.eventsOf(add).isEmpty());
    QCOMPARE(linker.command(del).name, u"device_del"_s);
    QCOMPARE(linker.event(e).name(), u"DEVICE_DELETED"_s);
}

void tst_EventLinker::notBeforeItWasSent()
{
    EventLinker linker;
    const int e = linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"device": "k", "path": "/machine/peripheral/k"})"_s, 100));
    const int c = linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "k"}})"_s), 200);
    QVERIFY(linker.commandsOf(e).isEmpty());
    QVERIFY(linker.eventsOf(c).isEmpty());
}

void tst_EventLinker::clear()
{
    EventLinker linker;
    linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "k"}})"_s), 1);
    linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"path": "/machine/peripheral/k"})"_s, 2));
    linker.clear();
    QCOMPARE(linker.commandCount(), 0);
    QCOMPARE(linker.eventCount(), 0);
    QVERIFY(linker.eventsOf(0).isEmpty());
    QVERIFY(linker.command(5).name.isEmpty()); // out of range: empty, no crash
    QVERIFY(linker.event(5).name().isEmpty());
}

void tst_EventLinker::bounded()
{
    EventLinker linker;
    QCOMPARE(linker.limit(), 200000);
    linker.setLimit(3);
    linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "a"}})"_s), 1);
    linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "b"}})"_s), 2);
    linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"path": "/machine/peripheral/a"})"_s, 3));
    QCOMPARE(linker.commandCount() + linker.eventCount(), 3);
    // The fourth entry starts afresh: the old commands are gone, so nothing links.
    const int e = linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"path": "/machine/peripheral/b"})"_s, 4));
    QCOMPARE(e, 0);
    QCOMPARE(linker.commandCount(), 0);
    QCOMPARE(linker.eventCount(), 1);
    QVERIFY(linker.commandsOf(e).isEmpty());
    linker.setLimit(0); // at least one
    QCOMPARE(linker.limit(), 1);
}

void tst_EventLinker::findAgain()
{
    EventLinker linker;
    const int a = linker.addCommand(parse(uR"({"execute": "device_del", "arguments": {"id": "k"}, "id": 7})"_s), 1);
    const int b = linker.addCommand(parse(uR"({"execute": "stop"})"_s), 2);
    QCOMPARE(linker.commandFor(parse(uR"({"execute": "device_del", "arguments": {"id": "k"}, "id": 7})"_s)), a);
    QCOMPARE(linker.commandFor(parse(uR"({"id": 7})"_s)), a); // the id is what tells commands apart
    QCOMPARE(linker.commandFor(parse(uR"({"execute": "stop"})"_s)), b);
    QCOMPARE(linker.commandFor(parse(uR"({"execute": "cont"})"_s)), -1);
    QCOMPARE(linker.commandFor(parse(uR"({"execute": "device_del", "id": 8})"_s)), -1);

    const int e1 = linker.addEvent(makeEvent(u"STOP"_s, u"{}"_s, 100));
    const int e2 = linker.addEvent(makeEvent(u"DEVICE_DELETED"_s, uR"({"path": "/machine/peripheral/k"})"_s, 100));
    const int e3 = linker.addEvent(makeEvent(u"RESUME"_s, u"{}"_s, 200));
    QCOMPARE(linker.eventFor(100, u"STOP"_s), e1);
    QCOMPARE(linker.eventFor(100, u"DEVICE_DELETED"_s), e2);
    QCOMPARE(linker.eventFor(200, u"RESUME"_s), e3);
    QCOMPARE(linker.eventFor(150, u"RESUME"_s), -1);
    QCOMPARE(linker.eventFor(100, u"SHUTDOWN"_s), -1); // a name never received
    QCOMPARE(linker.event(e2).receivedUsecs(), 100);
    QCOMPARE(linker.commandsOf(e2), QList<int>{a});
}

QTEST_GUILESS_MAIN(tst_EventLinker)
#include "tst_eventlinker.moc"
