// SPDX-License-Identifier: GPL-2.0-or-later
// QmpEventListener against a scripted server: name sets and predicates, the listener's own
// queue and bounded history, several listeners on one client, and listeners that outlive (or
// die before) their client. The same against a real QEMU lives in tst_qmpclient_qemu.
#include "fakeqmpserver.h"
#include "qmpclient.h"
#include "qmpeventlistener.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Patience = 10000;

QStringList namesOf(const QList<QmpEvent> &events)
{
    QStringList names;
    for (const QmpEvent &e : events)
        names.append(e.name());
    return names;
}
} // namespace

class tst_QmpEventListener : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void queueIsFifo();
    void historyIsBounded_data();
    void historyIsBounded();
    void severalListeners();
    void listenerDeletedFromItsOwnSlot();
    void listenerCreatedFromASlot();
    void clientDeletedFirst();
    void waitForEvent();
    void waitForEventEndsWithTheConnection();
    void keepsListeningAcrossReconnect();
    void clientHistoryIsBounded();
    void eventFields_data();
    void eventFields();
    void messageSignalsConnectedLate();

private:
    bool connectRunning();
    // Sends the events and returns once the client has handled all of them.
    bool deliver(const QList<QByteArray> &events);

    std::unique_ptr<FakeQmpServer> m_server;
    std::unique_ptr<QmpClient> m_client;
};

void tst_QmpEventListener::init()
{
    m_server = std::make_unique<FakeQmpServer>();
    m_client = std::make_unique<QmpClient>();
    m_client->setConnectTimeout(Patience);
}

void tst_QmpEventListener::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool tst_QmpEventListener::connectRunning()
{
    m_client->connectToServer(m_server->address());
    return m_server->handshake() && m_client->waitForConnected(Patience);
}

bool tst_QmpEventListener::deliver(const QList<QByteArray> &events)
{
    // A reply after the events: when it has arrived, so have they (one stream, in order).
    std::unique_ptr<QmpReply> marker(m_client->execute(u"marker"_s));
    const QmpValue cmd = m_server->nextMessage();
    for (const QByteArray &e : events)
        m_server->send(e);
    m_server->reply(cmd);
    return marker->waitForFinished(Patience) && marker->isSuccess();
}

void tst_QmpEventListener::filters_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("predicate"); // 0: none, 1: data.device == "d1", 2: has a timestamp
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"STOP"_s, u"RESUME"_s, u"DEVICE_DELETED"_s, u"DEVICE_DELETED"_s, u"SHUTDOWN"_s, u"NO_TIME"_s};
    QTest::newRow("everything") << QStringList() << 0 << all;
    QTest::newRow("one name") << QStringList{u"STOP"_s} << 0 << QStringList{u"STOP"_s};
    QTest::newRow("two names") << QStringList{u"STOP"_s, u"RESUME"_s} << 0 << QStringList{u"STOP"_s, u"RESUME"_s};
    QTest::newRow("a name never sent") << QStringList{u"BLOCK_JOB_READY"_s} << 0 << QStringList();
    QTest::newRow("names are case-sensitive") << QStringList{u"stop"_s} << 0 << QStringList();
    QTest::newRow("predicate only") << QStringList() << 1 << QStringList{u"DEVICE_DELETED"_s};
    QTest::newRow("name and predicate") << QStringList{u"DEVICE_DELETED"_s} << 1 << QStringList{u"DEVICE_DELETED"_s};
    QTest::newRow("name and predicate exclude each other") << QStringList{u"STOP"_s} << 1 << QStringList();
    QTest::newRow("timestamp predicate") << QStringList() << 2
                                         << QStringList{u"STOP"_s, u"RESUME"_s, u"DEVICE_DELETED"_s, u"DEVICE_DELETED"_s, u"SHUTDOWN"_s};
}

void tst_QmpEventListener::filters()
{
    QFETCH(QStringList, names);
    QFETCH(int, predicate);
    QFETCH(QStringList, expected);
    QVERIFY(connectRunning());
    QmpEventListener::Predicate p;
    if (predicate == 1)
        p = [](const QmpEvent &e) { return e.data().value(u"device").toString() == u"d1"_s; };
    else if (predicate == 2)
        p = [](const QmpEvent &e) { return e.hasTimestamp(); };
    QmpEventListener listener(m_client.get(), names, p);
    QCOMPARE(listener.names(), names);
    QSignalSpy signalled(&listener, &QmpEventListener::eventReceived);
    QVERIFY(deliver({FakeQmpServer::event(u"STOP"_s), FakeQmpServer::event(u"RESUME"_s),
                     FakeQmpServer::event(u"DEVICE_DELETED"_s, QmpValue::object({{u"device"_s, u"d1"_s}})),
                     FakeQmpServer::event(u"DEVICE_DELETED"_s, QmpValue::object({{u"device"_s, u"d2"_s}, {u"path"_s, u"/x"_s}})),
                     FakeQmpServer::event(u"SHUTDOWN"_s, QmpValue::object({{u"guest"_s, false}})),
                     QByteArray("{\"event\": \"NO_TIME\", \"timestamp\": {\"seconds\": -1, \"microseconds\": -1}}\r\n")}));
    // The device predicate passes d1 only, not d2.
    if (predicate == 1 && !expected.isEmpty())
        expected = QStringList{u"DEVICE_DELETED"_s};
    QCOMPARE(namesOf(listener.history()), expected);
    QCOMPARE(signalled.count(), expected.size());
    QCOMPARE(listener.pendingCount(), expected.size());
    QCOMPARE(namesOf(listener.takeAll()), expected);
    QVERIFY(!listener.hasPending());
    QCOMPARE(namesOf(listener.history()), expected); // taking leaves the history alone
    for (const QmpEvent &e : listener.history())
        QVERIFY(listener.accepts(e));
}

void tst_QmpEventListener::queueIsFifo()
{
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get());
    QVERIFY(!listener.take().isValid()); // empty queue: an invalid event, not a crash
    QList<QByteArray> events;
    for (int i = 0; i < 20; ++i)
        events.append(FakeQmpServer::event(u"E%1"_s.arg(i), QmpValue::object({{u"i"_s, i}})));
    QVERIFY(deliver(events));
    QCOMPARE(listener.pendingCount(), 20);
    for (int i = 0; i < 5; ++i) {
        const QmpEvent e = listener.take();
        QVERIFY(e.isValid());
        QCOMPARE(e.name(), u"E%1"_s.arg(i));
        QCOMPARE(e.data().value(u"i").toInt(), qint64(i));
        QCOMPARE(e.seconds(), qint64(1700000000));
        QVERIFY(e.receivedUsecs() > 0);
    }
    QCOMPARE(listener.pendingCount(), 15);
    QCOMPARE(listener.takeAll().first().name(), u"E5"_s);
    QCOMPARE(listener.pendingCount(), 0);
    QCOMPARE(listener.history().size(), 20);
    listener.clear();
    QCOMPARE(listener.history().size(), 0);
    QVERIFY(!listener.hasPending());
}

void tst_QmpEventListener::historyIsBounded_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("sent");
    QTest::newRow("under the limit") << 10 << 3;
    QTest::newRow("at the limit") << 10 << 10;
    QTest::newRow("over the limit") << 3 << 10;
    QTest::newRow("limit 1") << 1 << 50;
    QTest::newRow("limit 0 means 1") << 0 << 5;
}

void tst_QmpEventListener::historyIsBounded()
{
    QFETCH(int, limit);
    QFETCH(int, sent);
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get());
    listener.setHistoryLimit(limit);
    const int effective = qMax(1, limit);
    QCOMPARE(listener.historyLimit(), effective);
    QList<QByteArray> events;
    for (int i = 0; i < sent; ++i)
        events.append(FakeQmpServer::event(u"E%1"_s.arg(i)));
    QVERIFY(deliver(events));
    const QList<QmpEvent> history = listener.history();
    QCOMPARE(history.size(), qMin(sent, effective));
    QCOMPARE(history.last().name(), u"E%1"_s.arg(sent - 1)); // the newest are kept
    QCOMPARE(history.first().name(), u"E%1"_s.arg(sent - history.size()));
    QCOMPARE(listener.pendingCount(), sent); // the queue is the caller's to drain
}

void tst_QmpEventListener::severalListeners()
{
    QVERIFY(connectRunning());
    QmpEventListener all(m_client.get());
    QmpEventListener runState(m_client.get(), {u"STOP"_s, u"RESUME"_s});
    QmpEventListener devices(m_client.get(), {}, [](const QmpEvent &e) { return e.name().startsWith(u"DEVICE_"_s); });
    auto late = std::make_unique<QmpEventListener>(m_client.get(), QStringList{u"STOP"_s});
    QVERIFY(deliver({FakeQmpServer::event(u"STOP"_s), FakeQmpServer::event(u"DEVICE_DELETED"_s)}));
    late.reset(); // a listener may go away while others stay
    QVERIFY(deliver({FakeQmpServer::event(u"RESUME"_s), FakeQmpServer::event(u"DEVICE_TRAY_MOVED"_s)}));
    QmpEventListener afterwards(m_client.get()); // sees nothing from before it existed
    QCOMPARE(namesOf(all.history()), (QStringList{u"STOP"_s, u"DEVICE_DELETED"_s, u"RESUME"_s, u"DEVICE_TRAY_MOVED"_s}));
    QCOMPARE(namesOf(runState.history()), (QStringList{u"STOP"_s, u"RESUME"_s}));
    QCOMPARE(namesOf(devices.history()), (QStringList{u"DEVICE_DELETED"_s, u"DEVICE_TRAY_MOVED"_s}));
    QCOMPARE(afterwards.history().size(), 0);
    // Each has its own queue.
    QCOMPARE(runState.take().name(), u"STOP"_s);
    QCOMPARE(all.pendingCount(), 4);
    QCOMPARE(all.take().name(), u"STOP"_s);
    QCOMPARE(runState.take().name(), u"RESUME"_s);
    QCOMPARE(m_client->eventHistory().size(), 4);
}

void tst_QmpEventListener::listenerDeletedFromItsOwnSlot()
{
    QVERIFY(connectRunning());
    auto *first = new QmpEventListener(m_client.get());
    auto *second = new QmpEventListener(m_client.get());
    QmpEventListener third(m_client.get());
    // The first deletes itself and the second on the first event; the third must still get all.
    connect(first, &QmpEventListener::eventReceived, this, [first, second] {
        delete second;
        delete first;
    });
    QVERIFY(deliver({FakeQmpServer::event(u"A"_s), FakeQmpServer::event(u"B"_s)}));
    QCOMPARE(namesOf(third.history()), (QStringList{u"A"_s, u"B"_s}));
}

void tst_QmpEventListener::listenerCreatedFromASlot()
{
    // A listener made while an event is being delivered starts with the next event.
    QVERIFY(connectRunning());
    QmpEventListener first(m_client.get());
    std::unique_ptr<QmpEventListener> made;
    connect(&first, &QmpEventListener::eventReceived, this, [&] {
        if (!made)
            made = std::make_unique<QmpEventListener>(m_client.get());
    });
    QVERIFY(deliver({FakeQmpServer::event(u"A"_s), FakeQmpServer::event(u"B"_s)}));
    QVERIFY(made);
    QCOMPARE(namesOf(made->history()), QStringList{u"B"_s});
    QCOMPARE(namesOf(first.history()), (QStringList{u"A"_s, u"B"_s}));
}

void tst_QmpEventListener::clientDeletedFirst()
{
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get(), {u"X"_s});
    QVERIFY(deliver({FakeQmpServer::event(u"X"_s)}));
    m_client.reset();
    QCOMPARE(listener.history().size(), 1); // what it got stays
    QCOMPARE(listener.take().name(), u"X"_s);
    QElapsedTimer t;
    t.start();
    QVERIFY(!listener.waitForEvent(Patience)); // no client: no event can come, so no wait
    QVERIFY2(t.elapsed() < Patience / 2, qPrintable(QString::number(t.elapsed())));
}

void tst_QmpEventListener::waitForEvent()
{
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get(), {u"WANTED"_s});
    QVERIFY(!listener.waitForEvent(100)); // nothing came: false after the wait
    std::unique_ptr<QmpReply> r(m_client->execute(u"cont"_s));
    const QmpValue cmd = m_server->nextMessage();
    m_server->send(FakeQmpServer::event(u"UNWANTED"_s));
    m_server->reply(cmd);
    m_server->send(FakeQmpServer::event(u"WANTED"_s));
    QVERIFY(listener.waitForEvent(Patience));
    QCOMPARE(listener.take().name(), u"WANTED"_s);
    // Already queued: true at once.
    QVERIFY(deliver({FakeQmpServer::event(u"WANTED"_s)}));
    QVERIFY(listener.waitForEvent(0));
}

void tst_QmpEventListener::waitForEventEndsWithTheConnection()
{
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get());
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(0, this, [this] { m_server->closePeer(); });
    QVERIFY(!listener.waitForEvent(Patience));
    QVERIFY(t.elapsed() < Patience);
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    // And a client that is not connected at all cannot deliver: no wait either.
    t.restart();
    QVERIFY(!listener.waitForEvent(Patience));
    QVERIFY2(t.elapsed() < Patience / 2, qPrintable(QString::number(t.elapsed())));
}

void tst_QmpEventListener::keepsListeningAcrossReconnect()
{
    QVERIFY(connectRunning());
    QmpEventListener listener(m_client.get(), {u"E"_s});
    QVERIFY(deliver({FakeQmpServer::event(u"E"_s)}));
    m_client->disconnectFromServer();
    m_server->closePeer();
    QVERIFY(connectRunning());
    QVERIFY(deliver({FakeQmpServer::event(u"E"_s)}));
    QCOMPARE(listener.history().size(), 2);
}

void tst_QmpEventListener::clientHistoryIsBounded()
{
    m_client->setEventHistoryLimit(5);
    QVERIFY(connectRunning());
    QList<QByteArray> events;
    for (int i = 0; i < 12; ++i)
        events.append(FakeQmpServer::event(u"E%1"_s.arg(i)));
    QVERIFY(deliver(events));
    QCOMPARE(namesOf(m_client->eventHistory()), (QStringList{u"E7"_s, u"E8"_s, u"E9"_s, u"E10"_s, u"E11"_s}));
    m_client->clearEventHistory();
    QCOMPARE(m_client->eventHistory().size(), 0);
}

void tst_QmpEventListener::eventFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("as QEMU sends it")
        << QByteArray(R"({"timestamp": {"seconds": 1700000000, "microseconds": 12}, "event": "STOP"})") << u"STOP"_s
        << qint64(1700000000) << qint64(12);
    QTest::newRow("name first, data between")
        << QByteArray(R"({"event": "RESUME", "data": {"x": 1}, "timestamp": {"microseconds": 5, "seconds": 7}})")
        << u"RESUME"_s << qint64(7) << qint64(5);
    QTest::newRow("host clock failed")
        << QByteArray(R"({"event": "E", "timestamp": {"seconds": -1, "microseconds": -1}})") << u"E"_s << qint64(-1) << qint64(-1);
    QTest::newRow("no timestamp") << QByteArray(R"({"event": "E"})") << u"E"_s << qint64(-1) << qint64(-1);
    QTest::newRow("timestamp not an object") << QByteArray(R"({"event": "E", "timestamp": 5})") << u"E"_s << qint64(-1) << qint64(-1);
    QTest::newRow("seconds not an integer")
        << QByteArray(R"({"event": "E", "timestamp": {"seconds": "1", "microseconds": 2.5}})") << u"E"_s << qint64(-1) << qint64(-1);
    QTest::newRow("name not a string") << QByteArray(R"({"event": 3})") << QString() << qint64(-1) << qint64(-1);
    QTest::newRow("repeated keys: the first counts")
        << QByteArray(R"({"event": "A", "timestamp": {"seconds": 1, "seconds": 2, "microseconds": 3}, "event": "B", "timestamp": {"seconds": 9}})")
        << u"A"_s << qint64(1) << qint64(3);
    QTest::newRow("a key that only starts like one")
        << QByteArray(R"({"events": "X", "event": "E", "timestamps": {"seconds": 4}})") << u"E"_s << qint64(-1) << qint64(-1);
}

void tst_QmpEventListener::eventFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(qint64, seconds);
    QFETCH(qint64, micros);
    QmpJsonError err;
    const QmpValue message = QmpValue::fromJson(json, &err);
    QVERIFY2(err.ok(), qPrintable(err.message));
    const QmpEvent e = QmpEvent::fromMessage(message, json, 42);
    QCOMPARE(e.name(), name);
    QCOMPARE(e.seconds(), seconds);
    QCOMPARE(e.microseconds(), micros);
    QCOMPARE(e.receivedUsecs(), qint64(42));
    QCOMPARE(e.raw(), json);
    QCOMPARE(e.message(), message);
}

void tst_QmpEventListener::messageSignalsConnectedLate()
{
    // Connected only once the client runs: the messages after that must all be reported.
    QVERIFY(connectRunning());
    QSignalSpy received(m_client.get(), &QmpClient::messageReceived);
    QSignalSpy sent(m_client.get(), &QmpClient::messageSent);
    QVERIFY(deliver({FakeQmpServer::event(u"STOP"_s)}));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(received.size(), 2); // the event and the reply
    QCOMPARE(received.at(0).at(1).value<QmpValue>().value(u"event").toString(), u"STOP"_s);
}

QTEST_GUILESS_MAIN(tst_QmpEventListener)
#include "tst_qmpeventlistener.moc"
