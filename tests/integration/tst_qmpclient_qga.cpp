// SPDX-License-Identifier: GPL-2.0-or-later
// QmpClient in guest-agent mode against a real qemu-ga on a UNIX socket: the 0xFF +
// guest-sync-delimited handshake, read-only commands, errors, and resynchronisation after a
// reconnect and after a timeout. qemu-ga runs as root here and acts on this very machine, so
// only commands that change nothing are sent; guest-shutdown and friends are tested against the
// scripted server in tst_qmpclient_faults.
#include "qemuprocess.h"
#include "qmpclient.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Patience = 10000;
}

class tst_QmpClientQga : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void handshakeAndReadOnlyCommands();
    void errors_data();
    void errors();
    void reconnectResyncs();
    void resyncAfterTimeout();
    void qmpModeOnAnAgentFailsCleanly();
    void secondClientIsTold();

private:
    bool connectAgent(QmpClient &client);
    std::unique_ptr<QemuProcess> m_qga;
};

void tst_QmpClientQga::initTestCase()
{
    if (QemuProcess::guestAgentBinary().isEmpty())
        QSKIP("qemu-ga is not installed");
}

void tst_QmpClientQga::init()
{
    m_qga = std::make_unique<QemuProcess>();
    QVERIFY2(m_qga->startGuestAgent(), qPrintable(m_qga->errorString()));
}

void tst_QmpClientQga::cleanup()
{
    m_qga.reset();
}

bool tst_QmpClientQga::connectAgent(QmpClient &client)
{
    client.setMode(QmpClient::Mode::GuestAgent);
    client.setConnectTimeout(Patience);
    client.connectToServer(QmpAddress::unixSocket(m_qga->guestAgentSocket()));
    if (!client.waitForConnected(Patience)) {
        qWarning() << "connect failed:" << client.lastError().message();
        return false;
    }
    return true;
}

void tst_QmpClientQga::handshakeAndReadOnlyCommands()
{
    QmpClient client;
    QSignalSpy sent(&client, &QmpClient::messageSent);
    QSignalSpy errors(&client, &QmpClient::errorOccurred);
    QVERIFY(connectAgent(client));
    QVERIFY(!client.greeting().isValid()); // an agent sends none
    QVERIFY(!client.isOobEnabled());
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).value<QmpValue>().value(u"execute").toString(), u"guest-sync-delimited"_s);

    std::unique_ptr<QmpReply> ping(client.execute(u"guest-ping"_s));
    QVERIFY(ping->waitForFinished());
    QVERIFY2(ping->isSuccess(), qPrintable(ping->errorString()));
    QVERIFY(ping->result().isObject());
    QCOMPARE(ping->response().value(u"id"), ping->id()); // qemu-ga echoes ids too

    std::unique_ptr<QmpReply> info(client.execute(u"guest-info"_s));
    QVERIFY(info->waitForFinished());
    QVERIFY2(info->isSuccess(), qPrintable(info->errorString()));
    QVERIFY(!info->result().value(u"version").toString().isEmpty());
    // The agent itself says which commands answer only on failure: the client must agree.
    for (const QmpValue &c : info->result().value(u"supported_commands").elements()) {
        const QString name = c.value(u"name").toString();
        if (c.value(u"success-response").toBool(true) == false)
            QVERIFY2(name == u"guest-shutdown"_s || name.startsWith(u"guest-suspend-"_s), qPrintable(name));
    }

    std::unique_ptr<QmpReply> time(client.execute(u"guest-get-time"_s));
    QVERIFY(time->waitForFinished());
    QVERIFY2(time->isSuccess(), qPrintable(time->errorString()));
    QVERIFY(time->result().isInteger());
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QVERIFY(qAbs(time->result().toInt() - nowNs) < qint64(60) * 1000000000); // the same clock

    QCOMPARE(errors.count(), 0); // qemu-ga's complaint about the 0xFF byte belongs to the sync
    client.disconnectFromServer();
    QCOMPARE(client.state(), QmpClient::State::Idle);
}

void tst_QmpClientQga::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("unknown command") << u"guest-no-such-command"_s << QByteArray() << u"CommandNotFound"_s;
    QTest::newRow("unexpected argument") << u"guest-ping"_s << QByteArray(R"({"bogus": 1})") << u"GenericError"_s;
    QTest::newRow("wrong argument type") << u"guest-sync"_s << QByteArray(R"({"id": "not a number"})") << u"GenericError"_s;
    QTest::newRow("missing argument") << u"guest-sync"_s << QByteArray("{}") << u"GenericError"_s;
}

void tst_QmpClientQga::errors()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, arguments);
    QFETCH(QString, errorClass);
    QmpClient client;
    QVERIFY(connectAgent(client));
    std::unique_ptr<QmpReply> r(client.execute(command, arguments.isEmpty() ? QmpValue() : QmpValue::fromJson(arguments)));
    QVERIFY(r->waitForFinished());
    QCOMPARE(r->error().kind(), QmpError::Execute);
    QCOMPARE(r->error().errorClass(), errorClass);
    QVERIFY(!r->error().description().isEmpty());
    QVERIFY(client.isRunning());
    std::unique_ptr<QmpReply> ping(client.execute(u"guest-ping"_s));
    QVERIFY(ping->waitForFinished());
    QVERIFY(ping->isSuccess());
}

void tst_QmpClientQga::reconnectResyncs()
{
    QmpClient client;
    QSignalSpy sent(&client, &QmpClient::messageSent);
    for (int round = 0; round < 3; ++round) {
        QVERIFY(connectAgent(client));
        std::unique_ptr<QmpReply> ping(client.execute(u"guest-ping"_s));
        QVERIFY(ping->waitForFinished());
        QVERIFY2(ping->isSuccess(), qPrintable(ping->errorString()));
        client.disconnectFromServer();
        QCOMPARE(client.state(), QmpClient::State::Idle);
    }
    int syncs = 0;
    QSet<qint64> ids;
    for (const auto &args : std::as_const(sent)) {
        const QmpValue m = args.at(1).value<QmpValue>();
        if (m.value(u"execute").toString() == u"guest-sync-delimited"_s) {
            ++syncs;
            ids.insert(m.value(u"arguments").value(u"id").toInt());
        }
    }
    QCOMPARE(syncs, 3);
    QCOMPARE(ids.size(), 3); // a fresh id each time, so a late answer cannot pass for a new one

    // The agent restarts (as after a guest reboot): the client connects to the new one.
    QVERIFY2(m_qga->startGuestAgent(), qPrintable(m_qga->errorString()));
    QVERIFY(connectAgent(client));
    std::unique_ptr<QmpReply> info(client.execute(u"guest-info"_s));
    QVERIFY(info->waitForFinished());
    QVERIFY(info->isSuccess());
}

void tst_QmpClientQga::resyncAfterTimeout()
{
    QmpClient client;
    QVERIFY(connectAgent(client));
    QSignalSpy sent(&client, &QmpClient::messageSent);
    QSignalSpy errors(&client, &QmpClient::errorOccurred);
    // A stopped agent reads nothing and answers nothing: the command times out.
    m_qga->pause();
    QmpExecuteOptions quick;
    quick.timeoutMs = 300;
    std::unique_ptr<QmpReply> slow(client.execute(u"guest-info"_s, {}, quick));
    QVERIFY(slow->waitForFinished());
    QCOMPARE(slow->error().kind(), QmpError::Timeout);
    QVERIFY(client.isRunning());
    // Issued while the client resynchronises: held back until the agent is in step again.
    std::unique_ptr<QmpReply> ping(client.execute(u"guest-ping"_s));
    m_qga->resume();
    QVERIFY(ping->waitForFinished(Patience));
    QVERIFY2(ping->isSuccess(), qPrintable(ping->errorString()));
    QCOMPARE(slow->error().kind(), QmpError::Timeout); // its late answer was dropped
    bool resynced = false;
    for (const auto &args : std::as_const(sent))
        resynced = resynced || args.at(1).value<QmpValue>().value(u"execute").toString() == u"guest-sync-delimited"_s;
    QVERIFY(resynced);
    QCOMPARE(errors.count(), 0);
    std::unique_ptr<QmpReply> again(client.execute(u"guest-get-time"_s));
    QVERIFY(again->waitForFinished());
    QVERIFY(again->isSuccess());
}

void tst_QmpClientQga::qmpModeOnAnAgentFailsCleanly()
{
    // A QMP client pointed at an agent waits for a greeting that never comes: bounded, and clear.
    QmpClient client;
    client.setConnectTimeout(700);
    client.connectToServer(QmpAddress::unixSocket(m_qga->guestAgentSocket()));
    QVERIFY(!client.waitForConnected(Patience));
    QCOMPARE(client.state(), QmpClient::State::Idle);
    QCOMPARE(client.lastError().kind(), QmpError::Greeting);
    // And the agent is fine for the next client.
    QmpClient agent;
    QVERIFY(connectAgent(agent));
}

void tst_QmpClientQga::secondClientIsTold()
{
    // qemu-ga accepts a second connection but reads it only once the first has gone.
    QmpClient first;
    QVERIFY(connectAgent(first));
    QmpClient second;
    second.setMode(QmpClient::Mode::GuestAgent);
    second.setConnectTimeout(700);
    second.connectToServer(QmpAddress::unixSocket(m_qga->guestAgentSocket()));
    QVERIFY(!second.waitForConnected(Patience));
    QCOMPARE(second.state(), QmpClient::State::Idle);
    QCOMPARE(second.lastError().kind(), QmpError::Timeout);
    QVERIFY2(second.lastError().message().contains(u"another client"_s), qPrintable(second.lastError().message()));
    // The first is untouched, and once it leaves the next client gets through.
    std::unique_ptr<QmpReply> ping(first.execute(u"guest-ping"_s));
    QVERIFY(ping->waitForFinished());
    QVERIFY(ping->isSuccess());
    first.disconnectFromServer();
    QVERIFY(connectAgent(second));
}

QTEST_GUILESS_MAIN(tst_QmpClientQga)
#include "tst_qmpclient_qga.moc"
