// SPDX-License-Identifier: GPL-2.0-or-later
// QmpClient against a scripted server that misbehaves in every way QEMU would not on demand:
// garbage, wrong types, unknown ids, broken greetings, cut connections, silence. Each row checks
// the error kind, the state afterwards, and that nothing waits longer than its timeout.
#include "fakeqmpserver.h"
#include "qmpclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Generous for a loaded machine; only failures wait this long.
constexpr int Patience = 10000;

QmpError::Kind errorKindAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<QmpError>().kind();
}

QByteArray nested(int depth)
{
    return QByteArray("{\"event\": \"DEEP\", \"data\": ") + QByteArray(depth, '[') + QByteArray(depth, ']') + "}\r\n";
}
} // namespace

class tst_QmpClientFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runningFaults_data();
    void runningFaults();
    void malformedReplies_data();
    void malformedReplies();
    void idsEchoedDifferently_data();
    void idsEchoedDifferently();
    void oversizeReply_data();
    void oversizeReply();
    void connectFailures_data();
    void connectFailures();
    void randomStreams_data();
    void randomStreams();
    void refusedBeforeSending();
    void reconnectBacksOff();
    void reconnectWithoutGrowth();
    void reconnectFromDisconnectedSlot();
    void serverModeListensAgainOnTheSamePort();
    void serverModeSocketIsPrivate();
    void greetingNotWaitedFor();
    void busySocketWaitsQuietly();
    void nestingLimitBeforeSending_data();
    void nestingLimitBeforeSending();
    void eventBetweenCommandAndReply();
    void repliesOutOfOrder();
    void handshakeFaults_data();
    void handshakeFaults();
    void handshakeVariants_data();
    void handshakeVariants();
    void bytewiseSession();
    void eofMidMessage_data();
    void eofMidMessage();
    void writesAfterThePeerLeft();
    void largeCommandsKeepTheirOrder();
    void commandTimeout();
    void abortReply();
    void deleteReplyInFlight();
    void waitFromSlots_data();
    void waitFromSlots();
    void disconnectFromSlots_data();
    void disconnectFromSlots();
    void guestSyncHandshake_data();
    void guestSyncHandshake();
    void guestSyncNeverAnswered();
    void guestResyncAfterTimeout();
    void guestShutdownDoesNotBlock_data();
    void guestShutdownDoesNotBlock();
    void cleanupTestCase();

private:
    // Connects m_client to the fake server and completes the handshake; the client is Running.
    bool connectRunning(bool oob = true);
    // A full round trip proves the client is Running and the stream still in step.
    bool roundTrip(const QString &command = u"query-status"_s);
    // Guest agent: connects and answers the first sync round; returns the sync id used.
    bool connectGuest();
    bool answerSync(const QByteArray &noise = {});

    std::unique_ptr<FakeQmpServer> m_server;
    std::unique_ptr<QmpClient> m_client;
    int m_inputs = 0; // messages and byte strings the fake server fed to clients
    int m_faults = 0; // rows that injected a fault
};

void tst_QmpClientFaults::initTestCase()
{
    qRegisterMetaType<QmpError>();
}

void tst_QmpClientFaults::init()
{
    m_server = std::make_unique<FakeQmpServer>();
    QVERIFY(m_server->isListening());
    m_client = std::make_unique<QmpClient>();
    m_client->setConnectTimeout(Patience);
}

void tst_QmpClientFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_QmpClientFaults::cleanupTestCase()
{
    qInfo("fault injection: %d inputs fed, %d fault rows", m_inputs, m_faults);
}

bool tst_QmpClientFaults::connectRunning(bool oob)
{
    m_client->connectToServer(m_server->address());
    if (!m_server->handshake(oob))
        return false;
    return m_client->waitForConnected(Patience);
}

bool tst_QmpClientFaults::roundTrip(const QString &command)
{
    std::unique_ptr<QmpReply> r(m_client->execute(command));
    const QmpValue sent = m_server->nextMessage();
    if (sent.value(u"execute").toString() != command) {
        qWarning() << "the server got" << sent.toJson() << "instead of" << command;
        return false;
    }
    m_server->reply(sent, QmpValue::object({{u"status"_s, u"running"_s}}));
    if (!r->waitForFinished(Patience) || !r->isSuccess()) {
        qWarning() << "round trip failed:" << r->errorString();
        return false;
    }
    return m_client->isRunning();
}

// ---------------------------------------------------------------------------------------------
// Faults while Running: the client reports them and stays usable.

void tst_QmpClientFaults::runningFaults_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("errorKind"); // QmpError::NoError: no errorOccurred at all
    QTest::addColumn<bool>("warns");
    QTest::addColumn<int>("events");
    QTest::addColumn<qsizetype>("maxSize"); // 0: the default

    const int none = QmpError::NoError;
    QTest::newRow("garbage line") << QByteArray("this is not JSON\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("binary junk") << QByteArray("\x01\x02\x03\xfe\x80 junk\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("bad literal") << QByteArray("{\"return\": tru}\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("trailing comma") << QByteArray("{\"event\": \"X\",}\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("single quotes") << QByteArray("{'event': 'X'}\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("invalid UTF-8") << QByteArray("{\"event\": \"X\xc3\x28\"}\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("NUL byte") << QByteArray("{\"event\": \"A\0B\"}\r\n", 18) << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("unbalanced close") << QByteArray("}\r\n") << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("array") << QByteArray("[1, 2, 3]\r\n") << int(QmpError::UnexpectedType) << true << 0 << qsizetype(0);
    QTest::newRow("number") << QByteArray("42\r\n") << int(QmpError::UnexpectedType) << true << 0 << qsizetype(0);
    QTest::newRow("string") << QByteArray("\"hello\"\r\n") << int(QmpError::UnexpectedType) << true << 0 << qsizetype(0);
    QTest::newRow("null") << QByteArray("null\r\n") << int(QmpError::UnexpectedType) << true << 0 << qsizetype(0);
    QTest::newRow("empty object") << QByteArray("{}\r\n") << int(QmpError::BadReply) << true << 0 << qsizetype(0);
    QTest::newRow("neither reply nor event") << QByteArray("{\"foo\": 1}\r\n") << int(QmpError::BadReply) << true << 0 << qsizetype(0);
    QTest::newRow("event name not a string") << QByteArray("{\"event\": 5}\r\n") << int(QmpError::BadReply) << true << 0 << qsizetype(0);
    QTest::newRow("unknown numeric id") << QByteArray("{\"return\": {}, \"id\": 987654}\r\n") << none << true << 0 << qsizetype(0);
    QTest::newRow("unknown string id") << QByteArray("{\"return\": {}, \"id\": \"nobody\"}\r\n") << none << true << 0 << qsizetype(0);
    QTest::newRow("unknown object id") << QByteArray("{\"error\": {\"class\": \"GenericError\", \"desc\": \"x\"}, \"id\": {\"a\": [1]}}\r\n") << none << true << 0 << qsizetype(0);
    QTest::newRow("unknown u64 id") << QByteArray("{\"return\": 1, \"id\": 18446744073709551615}\r\n") << none << true << 0 << qsizetype(0);
    QTest::newRow("error without id") << QByteArray("{\"error\": {\"class\": \"GenericError\", \"desc\": \"JSON parse error, expecting value\"}}\r\n")
                                      << int(QmpError::ServerParse) << true << 0 << qsizetype(0);
    QTest::newRow("return without id") << QByteArray("{\"return\": {}}\r\n") << int(QmpError::BadReply) << true << 0 << qsizetype(0);
    QTest::newRow("second greeting") << FakeQmpServer::greeting() << none << true << 0 << qsizetype(0);
    QTest::newRow("nesting 1024") << nested(1023) << none << false << 1 << qsizetype(0);
    QTest::newRow("nesting 1025") << nested(1025) << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("nesting 100000") << nested(100000) << int(QmpError::Deserialization) << true << 0 << qsizetype(0);
    QTest::newRow("oversize event") << FakeQmpServer::event(u"BIG"_s, QmpValue::object({{u"s"_s, QString(10000, u'x')}}))
                                    << int(QmpError::Oversize) << true << 0 << qsizetype(4096);
    QTest::newRow("oversize then event") << QByteArray(FakeQmpServer::event(u"BIG"_s, QmpValue::object({{u"s"_s, QString(10000, u'}')}}))
                                                       + FakeQmpServer::event(u"SMALL"_s))
                                         << int(QmpError::Oversize) << true << 1 << qsizetype(4096);
    QTest::newRow("oversize scalar line") << QByteArray(QByteArray(10000, 'z') + "\r\n") << int(QmpError::Oversize) << true << 0 << qsizetype(4096);
    // Control rows: valid traffic in awkward shapes.
    QTest::newRow("one event") << FakeQmpServer::event(u"STOP"_s) << none << false << 1 << qsizetype(0);
    QTest::newRow("events back to back, no newline") << QByteArray("{\"event\":\"A\"}{\"event\":\"B\"}[]\r\n")
                                                     << int(QmpError::UnexpectedType) << true << 2 << qsizetype(0);
    QTest::newRow("empty lines") << QByteArray("\r\n\r\n   \r\n\t\n") << none << false << 0 << qsizetype(0);
    QByteArray blast;
    for (int i = 0; i < 500; ++i)
        blast += FakeQmpServer::event(u"BLAST"_s, QmpValue::object({{u"i"_s, i}}));
    QTest::newRow("500 events in one write") << blast << none << false << 500 << qsizetype(0);
    QTest::newRow("event with -1 timestamp")
        << QByteArray("{\"event\": \"X\", \"timestamp\": {\"seconds\": -1, \"microseconds\": -1}}\r\n") << none << false << 1 << qsizetype(0);
}

void tst_QmpClientFaults::runningFaults()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, errorKind);
    QFETCH(bool, warns);
    QFETCH(int, events);
    QFETCH(qsizetype, maxSize);
    if (maxSize > 0)
        m_client->setMaxMessageSize(maxSize);
    QVERIFY(connectRunning());
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    QSignalSpy received(m_client.get(), &QmpClient::eventReceived);
    QSignalSpy disconnected(m_client.get(), &QmpClient::disconnected);

    ++m_inputs;
    if (errorKind != QmpError::NoError || warns)
        ++m_faults;
    m_server->send(bytes);
    // The round trip after the bytes proves they were all handled and the stream is in step.
    QVERIFY(roundTrip());
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(m_client->state(), QmpClient::State::Running);
    QCOMPARE(received.count(), events);
    if (errorKind == QmpError::NoError) {
        QCOMPARE(errors.count(), 0);
    } else {
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errorKindAt(errors, 0), QmpError::Kind(errorKind));
        QVERIFY(!errors.at(0).at(0).value<QmpError>().message().isEmpty());
    }
    QCOMPARE(warnings.count() > 0, warns);
}

void tst_QmpClientFaults::malformedReplies_data()
{
    // %1 is replaced by the id of the command in flight.
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("errorKind"); // of the reply; NoError: success
    QTest::newRow("id only") << QByteArray("{\"id\": %1}") << int(QmpError::BadReply);
    QTest::newRow("id and junk") << QByteArray("{\"id\": %1, \"junk\": [1]}") << int(QmpError::BadReply);
    QTest::newRow("error is a string") << QByteArray("{\"error\": \"oops\", \"id\": %1}") << int(QmpError::BadReply);
    QTest::newRow("error without desc") << QByteArray("{\"error\": {\"class\": \"GenericError\"}, \"id\": %1}") << int(QmpError::BadReply);
    QTest::newRow("error class not a string") << QByteArray("{\"error\": {\"class\": 1, \"desc\": \"d\"}, \"id\": %1}") << int(QmpError::BadReply);
    QTest::newRow("id before error") << QByteArray("{\"id\": %1, \"error\": {\"class\": \"GenericError\", \"desc\": \"QMP input lacks member 'execute'\"}}")
                                     << int(QmpError::Execute);
    QTest::newRow("error with extra members") << QByteArray("{\"error\": {\"class\": \"DeviceNotFound\", \"desc\": \"d\", \"x\": 1}, \"id\": %1}")
                                              << int(QmpError::Execute);
    QTest::newRow("return is a string") << QByteArray("{\"return\": \"text\", \"id\": %1}") << int(QmpError::NoError);
    QTest::newRow("return is null") << QByteArray("{\"return\": null, \"id\": %1}") << int(QmpError::NoError);
    QTest::newRow("return is a huge integer") << QByteArray("{\"return\": 18446744073709551615, \"id\": %1}") << int(QmpError::NoError);
}

void tst_QmpClientFaults::malformedReplies()
{
    // A broken answer to a command in flight ends that command at once, never at its timeout.
    QFETCH(QByteArray, answer);
    QFETCH(int, errorKind);
    ++m_inputs;
    if (errorKind == QmpError::BadReply)
        ++m_faults;
    m_client->setCommandTimeout(60000);
    QVERIFY(connectRunning());
    std::unique_ptr<QmpReply> r(m_client->execute(u"cmd"_s));
    const QmpValue cmd = m_server->nextMessage();
    QElapsedTimer elapsed;
    elapsed.start();
    m_server->send(answer.replace("%1", cmd.value(u"id").toJson()) + "\r\n");
    QVERIFY(r->waitForFinished(Patience));
    QVERIFY(elapsed.elapsed() < Patience);
    QCOMPARE(r->error().kind(), QmpError::Kind(errorKind));
    QVERIFY(r->response().isObject());
    QVERIFY(!r->rawResponse().isEmpty());
    if (errorKind == QmpError::Execute)
        QVERIFY(!r->error().errorClass().isEmpty());
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::idsEchoedDifferently_data()
{
    // What the client sends as id, and how the server echoes it (QEMU's own re-serialisation).
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("echoed");
    QTest::newRow("1.0 as 1") << QByteArray("1.0") << QByteArray("1");
    QTest::newRow("1e2 as 100") << QByteArray("1e2") << QByteArray("100");
    QTest::newRow("-0.0 as -0") << QByteArray("-0.0") << QByteArray("-0");
    QTest::newRow("0.1 with 17 digits") << QByteArray("0.1") << QByteArray("0.10000000000000001");
    QTest::newRow("keys reordered") << QByteArray(R"({"b":1,"a":2,"c":[3],"zz":{"y":1,"x":2}})")
                                    << QByteArray(R"({"a": 2, "zz": {"x": 2, "y": 1}, "b": 1, "c": [3]})");
    QTest::newRow("unicode escaped") << QByteArray("\"\xc3\xa9\"") << QByteArray("\"\\u00E9\"");
    QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << QByteArray("18446744073709551615");
}

void tst_QmpClientFaults::idsEchoedDifferently()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, echoed);
    ++m_inputs;
    QVERIFY(connectRunning());
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    QmpExecuteOptions o;
    o.id = QmpValue::fromJson(sent);
    QVERIFY(!o.id.isUndefined());
    std::unique_ptr<QmpReply> r(m_client->execute(u"query-status"_s, {}, o));
    QVERIFY(m_server->nextMessage().isObject());
    m_server->send("{\"return\": {}, \"id\": " + echoed + "}\r\n");
    QVERIFY2(r->waitForFinished(3000), "the echoed id was not recognised");
    QVERIFY(r->isSuccess());
    QCOMPARE(warnings.count(), 0);
}

void tst_QmpClientFaults::oversizeReply_data()
{
    // %1: the id of the command in flight. failsAtOnce: the command ends with Oversize at once
    // (its id is found at the end of the dropped reply), else it ends at its timeout.
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("failsAtOnce");
    const QByteArray big = "\"" + QByteArray(8000, 'b') + "\"";
    QTest::newRow("id last, as QEMU writes it") << QByteArray("{\"return\": " + big + ", \"id\": %1}") << true;
    QTest::newRow("id last, no blanks") << QByteArray("{\"return\":" + big + ",\"id\":%1}") << true;
    QTest::newRow("error reply") << QByteArray("{\"error\": {\"class\": \"GenericError\", \"desc\": " + big + "}, \"id\": %1}") << true;
    QTest::newRow("id first") << QByteArray("{\"id\": %1, \"return\": " + big + "}") << false;
    QTest::newRow("id nested at the end") << QByteArray("{\"return\": {\"s\": " + big + ", \"id\": %1}}") << false;
    QTest::newRow("id inside a string at the end") << QByteArray("{\"return\": \"" + QByteArray(8000, 'b') + "\\\"id\\\": %1\"}") << false;
}

void tst_QmpClientFaults::oversizeReply()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, failsAtOnce);
    ++m_faults;
    m_client->setMaxMessageSize(4096);
    QVERIFY(connectRunning());
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QmpExecuteOptions o;
    o.timeoutMs = failsAtOnce ? 60000 : 500;
    std::unique_ptr<QmpReply> r(m_client->execute(u"big"_s, {}, o));
    const QmpValue cmd = m_server->nextMessage();
    m_server->send(answer.replace("%1", cmd.value(u"id").toJson()) + "\r\n");
    QVERIFY(r->waitForFinished(Patience));
    if (failsAtOnce) {
        QCOMPARE(r->error().kind(), QmpError::Oversize);
        QVERIFY(r->errorString().contains(u"4096"_s));
        QCOMPARE(errors.count(), 0); // the command's error, not the connection's
    } else {
        QCOMPARE(r->error().kind(), QmpError::Timeout);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errorKindAt(errors, 0), QmpError::Oversize);
    }
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::connectFailures_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("errorKind");
    QTest::newRow("no such socket") << u"/nonexistent/dir/qmp.sock"_s << int(QmpError::Connect);
    QTest::newRow("not a socket") << u"/etc/hostname"_s << int(QmpError::Connect);
    QTest::newRow("refused port") << u"127.0.0.1:1"_s << int(QmpError::Connect);
    QTest::newRow("invalid address") << u"tcp:"_s << int(QmpError::Connect);
}

void tst_QmpClientFaults::connectFailures()
{
    QFETCH(QString, address);
    QFETCH(int, errorKind);
    ++m_faults;
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    m_client->connectToServer(QmpAddress::parse(address));
    QVERIFY(!m_client->waitForConnected(Patience));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Patience);
    QCOMPARE(errorKindAt(errors, 0), QmpError::Kind(errorKind));
    QCOMPARE(m_client->lastError().kind(), QmpError::Kind(errorKind));
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    std::unique_ptr<QmpReply> r(m_client->execute(u"query-status"_s));
    QVERIFY(r->isFinished());
    QCOMPARE(r->error().kind(), QmpError::State);
}

void tst_QmpClientFaults::randomStreams_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void tst_QmpClientFaults::randomStreams()
{
    // Valid replies and events, mutated copies, random bytes and cut messages, in random chunks:
    // whatever happens, no crash, every command finishes, and the client ends Idle when the
    // server hangs up, ready for the next connection.
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    m_client->setMaxMessageSize(2048);
    m_client->setCommandTimeout(60000);
    QVERIFY(connectRunning());
    QList<QmpReply *> replies;
    QList<QmpValue> ids;
    for (int i = 0; i < 6; ++i) {
        replies.append(m_client->execute(u"c%1"_s.arg(i)));
        ids.append(m_server->nextMessage().value(u"id"));
    }
    QByteArray stream;
    for (int i = 0; i < 60; ++i) {
        QByteArray piece;
        switch (rng.bounded(6)) {
        case 0:
            piece = FakeQmpServer::event(u"E%1"_s.arg(i), QmpValue::object({{u"n"_s, qint64(rng.generate64())}}));
            break;
        case 1:
            piece = QmpValue::object({{u"return"_s, QmpValue::object()}, {u"id"_s, ids.at(rng.bounded(int(ids.size())))}}).toJson()
                    + "\r\n";
            break;
        case 2: { // a valid message with a few bytes changed
            piece = FakeQmpServer::event(u"M%1"_s.arg(i), QmpValue::object({{u"s"_s, u"abc"_s}}));
            for (int k = 0; k < 3; ++k)
                piece[rng.bounded(int(piece.size()))] = char(rng.bounded(256));
            break;
        }
        case 3: // random bytes
            piece.resize(rng.bounded(1, 64));
            for (char &c : piece)
                c = char(rng.bounded(256));
            break;
        case 4: // a message cut short
            piece = FakeQmpServer::event(u"CUT"_s);
            piece.truncate(rng.bounded(1, int(piece.size())));
            break;
        case 5: // something too large
            piece = FakeQmpServer::event(u"BIG"_s, QmpValue::object({{u"s"_s, QString(3000, u'x')}}));
            break;
        }
        stream += piece;
    }
    m_inputs += 60;
    ++m_faults;
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype n = qMin<qsizetype>(rng.bounded(1, 300), stream.size() - at);
        m_server->send(stream.mid(at, n));
        at += n;
        QCoreApplication::processEvents();
    }
    QSignalSpy disconnected(m_client.get(), &QmpClient::disconnected);
    m_server->closePeer();
    QVERIFY(disconnected.wait(Patience));
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    for (QmpReply *r : std::as_const(replies)) {
        QVERIFY(r->isFinished());
        QVERIFY(r->isSuccess() || r->error().kind() == QmpError::Interrupted);
    }
    QCOMPARE(m_client->pendingCount(), 0);
    qDeleteAll(replies);
    QVERIFY(connectRunning());
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::refusedBeforeSending()
{
    // What the client can tell is wrong is refused with a clear error and nothing is sent.
    m_faults += 5;
    QmpTlsOptions tls;
    tls.caFile = u"/nonexistent/ca.pem"_s;
    m_client->setTlsOptions(tls);
    QVERIFY(!m_client->listen(QmpAddress::unixSocket(m_server->path() + u".listen"_s)));
    QCOMPARE(m_client->lastError().kind(), QmpError::Unsupported);
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    m_client->setTlsOptions({});
    // Listening on a path that is a regular file neither succeeds nor deletes the file.
    const QString file = m_server->path() + u".file"_s;
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QVERIFY(!m_client->listen(QmpAddress::unixSocket(file)));
    QCOMPARE(m_client->lastError().kind(), QmpError::Connect);
    QVERIFY(QFile::exists(file));

    QVERIFY(connectRunning());
    const int before = m_server->received();
    std::unique_ptr<QmpReply> notObject(m_client->execute(u"x"_s, QmpValue::array({1})));
    std::unique_ptr<QmpReply> rawNotObject(m_client->sendRaw(QmpValue(u"text"_s)));
    QmpExecuteOptions oob;
    oob.outOfBand = true;
    oob.id = u"dup"_s;
    std::unique_ptr<QmpReply> first(m_client->execute(u"slow"_s, {}, oob));
    std::unique_ptr<QmpReply> duplicate(m_client->execute(u"other"_s, {}, oob));
    QList<QmpReply *> refused{notObject.get(), rawNotObject.get(), duplicate.get()};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (QmpReply *r : refused) {
        QVERIFY(r->isFinished()); // at once; the signals follow on the next turn of the loop
        QCOMPARE(r->error().kind(), QmpError::Validation);
        spies.push_back(std::make_unique<QSignalSpy>(r, &QmpReply::finished));
    }
    for (const auto &spy : spies)
        QTRY_COMPARE_WITH_TIMEOUT(spy->count(), 1, Patience);
    QVERIFY(m_server->nextMessage().value(u"exec-oob").toString() == u"slow"_s);
    QCOMPARE(m_server->received(), before + 1);
    m_server->reply(QmpValue::object({{u"id"_s, u"dup"_s}}));
    QVERIFY(first->waitForFinished(Patience));
    QVERIFY(first->isSuccess());
}

void tst_QmpClientFaults::reconnectBacksOff()
{
    // The server comes back but hangs up at once, again and again: the delays grow to the cap
    // instead of hammering it, and a good server is then reached.
    ++m_faults;
    m_client->setAutoReconnect(true, 20, 160);
    m_client->setConnectTimeout(2000);
    QVERIFY(connectRunning());
    QSignalSpy scheduled(m_client.get(), &QmpClient::reconnectScheduled);
    QSignalSpy connected(m_client.get(), &QmpClient::connected);
    int hangUps = 0;
    QObject guard;
    // Every new connection is dropped at once for the first six attempts.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &guard, [&] {
        if (m_server->peer() && hangUps < 6) {
            m_server->closePeer();
            ++hangUps;
        }
    });
    poll.start(1);
    m_server->closePeer(); // the loss that starts it all
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 6, Patience);
    QList<int> delays;
    for (const auto &args : std::as_const(scheduled))
        delays.append(args.at(0).toInt());
    QCOMPARE(delays.first(), 20);
    for (int i = 1; i < delays.size(); ++i)
        QVERIFY2(delays.at(i) >= delays.at(i - 1) && delays.at(i) <= 160, qPrintable(QString::number(delays.at(i))));
    QVERIFY(delays.contains(160));
    QTRY_VERIFY_WITH_TIMEOUT(hangUps == 6 && m_server->peer(), Patience);
    poll.stop();
    QVERIFY(m_server->handshake());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, Patience);
    QVERIFY(roundTrip());
    // Back, but dropped again at once: a flapping server is not hammered at the first delay.
    scheduled.clear();
    m_server->closePeer();
    QVERIFY(scheduled.wait(Patience));
    QCOMPARE(scheduled.first().first().toInt(), 160);
    m_client->disconnectFromServer();
    // An explicit connect starts afresh.
    m_server->closePeer();
    QVERIFY(connectRunning());
    scheduled.clear();
    m_server->closePeer();
    QVERIFY(scheduled.wait(Patience));
    QCOMPARE(scheduled.first().first().toInt(), 20);
    m_client->disconnectFromServer();
}

void tst_QmpClientFaults::reconnectWithoutGrowth()
{
    // Initial delay equal to the cap: attempts continue at that pace instead of stopping after
    // the first failed one.
    ++m_faults;
    m_client->setAutoReconnect(true, 30, 30);
    m_client->setConnectTimeout(2000);
    QVERIFY(connectRunning());
    QSignalSpy scheduled(m_client.get(), &QmpClient::reconnectScheduled);
    m_server.reset(); // gone: every attempt is refused
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 4, Patience);
    for (const auto &args : std::as_const(scheduled))
        QCOMPARE(args.at(0).toInt(), 30);
    m_client->disconnectFromServer();
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
}

void tst_QmpClientFaults::serverModeSocketIsPrivate()
{
    // Whoever can connect to the socket first owns what QEMU does: mode 0600 even under a
    // permissive umask, and a stale world-writable socket left by an earlier run is replaced.
    const QString path = m_server->path() + u".private"_s;
    const QByteArray native = QFile::encodeName(path);
    const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(stale >= 0);
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    QVERIFY(size_t(native.size()) < sizeof(sa.sun_path));
    std::memcpy(sa.sun_path, native.constData(), size_t(native.size()));
    QCOMPARE(::bind(stale, reinterpret_cast<sockaddr *>(&sa), sizeof(sa)), 0);
    ::close(stale); // the file stays, as after a crash
    QCOMPARE(::chmod(native.constData(), 0777), 0);

    const mode_t oldMask = ::umask(0);
    const bool listening = m_client->listen(QmpAddress::unixSocket(path));
    ::umask(oldMask);
    QVERIFY2(listening, qPrintable(m_client->lastError().message()));
    struct stat st;
    QCOMPARE(::stat(native.constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    m_client->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QmpClient::State::Idle, Patience);
}

void tst_QmpClientFaults::serverModeListensAgainOnTheSamePort()
{
    // Server mode on TCP port 0 with auto-reconnect: after QEMU goes away the client listens
    // again on the port QEMU was given, not on a fresh random one.
    m_client->setAutoReconnect(true, 20, 100);
    QVERIFY2(m_client->listen(QmpAddress::tcp(u"127.0.0.1"_s, 0)), qPrintable(m_client->lastError().message()));
    const quint16 port = m_client->listenAddress().port();
    QVERIFY(port != 0);
    for (int round = 0; round < 2; ++round) {
        // Plays QEMU started with `-qmp tcp:127.0.0.1:PORT` (it connects in, then greets).
        QTcpSocket qemu;
        QmpFramer framer;
        qemu.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY2(qemu.waitForConnected(Patience), qPrintable(qemu.errorString()));
        qemu.write(FakeQmpServer::greeting());
        QmpValue caps;
        QVERIFY(QTest::qWaitFor([&] {
            framer.append(qemu.readAll());
            QmpFramer::Frame f;
            if (framer.next(&f))
                caps = QmpValue::fromJson(f.bytes);
            return caps.isObject();
        }, Patience));
        QCOMPARE(caps.value(u"execute").toString(), u"qmp_capabilities"_s);
        qemu.write("{\"return\": {}, \"id\": " + caps.value(u"id").toJson() + "}\r\n");
        QVERIFY(m_client->waitForConnected(Patience));
        QSignalSpy scheduled(m_client.get(), &QmpClient::reconnectScheduled);
        qemu.disconnectFromHost();
        QVERIFY(scheduled.wait(Patience));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QmpClient::State::Connecting, Patience);
        QCOMPARE(m_client->listenAddress().port(), port);
    }
    m_client->disconnectFromServer();
}

void tst_QmpClientFaults::reconnectFromDisconnectedSlot()
{
    // Code that reconnects from disconnected() (rather than with auto-reconnect) gets a new
    // connection, not an error about the old one.
    QVERIFY(connectRunning());
    bool once = false;
    QObject context; // the connection ends with this test function
    connect(m_client.get(), &QmpClient::disconnected, &context, [&] {
        if (!once) {
            once = true;
            m_client->connectToServer(m_server->address());
        }
    });
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    m_server->closePeer();
    QTRY_VERIFY_WITH_TIMEOUT(once, Patience);
    QVERIFY(m_server->handshake());
    QVERIFY(m_client->waitForConnected(Patience));
    QVERIFY(roundTrip());
    for (int i = 0; i < errors.count(); ++i)
        QCOMPARE(errorKindAt(errors, i), QmpError::Interrupted); // only the loss itself
}

void tst_QmpClientFaults::nestingLimitBeforeSending_data()
{
    // Depth of the arguments value; the message adds two levels (itself and "arguments").
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("sent");
    QTest::newRow("1022: the message is 1024 deep") << 1022 << true;
    QTest::newRow("1023: one too deep for QEMU") << 1023 << false;
    QTest::newRow("5000") << 5000 << false;
}

void tst_QmpClientFaults::nestingLimitBeforeSending()
{
    // QEMU answers a too-deep message with id-less errors, which would leave the command waiting
    // for its timeout: the client refuses it before sending.
    QFETCH(int, depth);
    QFETCH(bool, sent);
    QVERIFY(connectRunning());
    QmpValue deep = QmpValue::array();
    for (int i = 1; i < depth; ++i)
        deep = QmpValue::array({deep});
    const int before = m_server->received();
    std::unique_ptr<QmpReply> r(m_client->execute(u"query-status"_s, QmpValue::object({{u"x"_s, deep}})));
    if (sent) {
        const QmpValue cmd = m_server->nextMessage();
        QVERIFY(cmd.isObject());
        m_server->reply(cmd);
        QVERIFY(r->waitForFinished(Patience));
        QVERIFY(r->isSuccess());
    } else {
        ++m_faults;
        QVERIFY(r->isFinished());
        QCOMPARE(r->error().kind(), QmpError::Validation);
        QVERIFY2(r->errorString().contains(u"1024"_s), qPrintable(r->errorString()));
        QVERIFY(roundTrip());
        QCOMPARE(m_server->received(), before + 1); // only the round trip went out
    }
}

void tst_QmpClientFaults::greetingNotWaitedFor()
{
    // setExpectGreeting(false): negotiate at once; the greeting QEMU sends anyway is kept quietly.
    m_client->setExpectGreeting(false);
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    QSignalSpy greetings(m_client.get(), &QmpClient::greetingReceived);
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    const QmpValue caps = m_server->nextMessage();
    QCOMPARE(caps.value(u"execute").toString(), u"qmp_capabilities"_s);
    m_server->send(FakeQmpServer::greeting());
    m_server->reply(caps);
    QVERIFY(m_client->waitForConnected(Patience));
    QVERIFY(roundTrip());
    QCOMPARE(greetings.count(), 1);
    QVERIFY(m_client->greeting().isValid());
    QCOMPARE(warnings.count(), 0);
    m_server->send(FakeQmpServer::greeting()); // a second one is odd, and said to be
    QVERIFY(roundTrip());
    QCOMPARE(warnings.count(), 1);
}

// A QEMU monitor accepts one client; others queue in the listen backlog and, once it is full,
// connect() fails with EAGAIN. Waiting for such a socket must sleep, not spin, and end at the
// connect timeout with a message.
void tst_QmpClientFaults::busySocketWaitsQuietly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray path = QFile::encodeName(dir.filePath(u"busy.sock"_s));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    QCOMPARE(::listen(listener, 0), 0);
    // Fill the backlog with connections nobody accepts, as a busy monitor's queue is.
    QList<int> queued;
    for (int i = 0; i < 8; ++i) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0) {
            queued.append(fd);
            continue;
        }
        QCOMPARE(errno, EAGAIN);
        ::close(fd);
        break;
    }
    QVERIFY(!queued.isEmpty());

    m_client->setConnectTimeout(1500);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    const std::clock_t cpuBefore = std::clock();
    QElapsedTimer wall;
    wall.start();
    m_client->connectToServer(QmpAddress::unixSocket(QString::fromLocal8Bit(path)));
    QVERIFY(!m_client->waitForConnected(5000));
    const double cpuMs = double(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
    QVERIFY2(wall.elapsed() >= 1400 && wall.elapsed() < 4000, qPrintable(QString::number(wall.elapsed())));
    QVERIFY2(cpuMs < 300, qPrintable(u"%1 ms of CPU while waiting"_s.arg(cpuMs)));
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    QVERIFY(!errors.isEmpty());
    for (int fd : std::as_const(queued))
        ::close(fd);
    ::close(listener);
}

void tst_QmpClientFaults::eventBetweenCommandAndReply()
{
    QVERIFY(connectRunning());
    QSignalSpy events(m_client.get(), &QmpClient::eventReceived);
    std::unique_ptr<QmpReply> r(m_client->execute(u"stop"_s));
    // The event is delivered before the reply finishes, in the order the server sent them.
    int eventsWhenFinished = -1;
    connect(r.get(), &QmpReply::finished, this, [&] { eventsWhenFinished = int(events.count()); });
    const QmpValue cmd = m_server->nextMessage();
    m_server->send(FakeQmpServer::event(u"STOP"_s));
    m_server->send(FakeQmpServer::event(u"OTHER"_s));
    m_server->reply(cmd);
    QVERIFY(r->waitForFinished(Patience));
    QVERIFY(r->isSuccess());
    QCOMPARE(eventsWhenFinished, 2);
    QCOMPARE(events.at(0).at(0).value<QmpEvent>().name(), u"STOP"_s);
    m_inputs += 3;
}

void tst_QmpClientFaults::repliesOutOfOrder()
{
    QVERIFY(connectRunning());
    QList<QmpReply *> replies;
    QList<QmpValue> sent;
    for (int i = 0; i < 8; ++i) {
        QmpExecuteOptions o;
        if (i % 2)
            o.id = QmpValue::object({{u"n"_s, i}, {u"s"_s, u"x"_s}});
        replies.append(m_client->execute(u"cmd%1"_s.arg(i), {}, o));
        sent.append(m_server->nextMessage());
    }
    // Answered backwards, each with its own command name as the result.
    for (int i = 7; i >= 0; --i)
        m_server->reply(sent.at(i), sent.at(i).value(u"execute"));
    for (int i = 0; i < 8; ++i) {
        QVERIFY(replies.at(i)->waitForFinished(Patience));
        QVERIFY(replies.at(i)->isSuccess());
        QCOMPARE(replies.at(i)->result().toString(), u"cmd%1"_s.arg(i));
    }
    qDeleteAll(replies);
    m_inputs += 8;
}

// ---------------------------------------------------------------------------------------------
// Faults before Running: the attempt fails with a clear error and the client is Idle.

void tst_QmpClientFaults::handshakeFaults_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("negotiation"); // 0: never answered, 1: error, 2: connection closed, 3: garbage
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<qsizetype>("maxSize");

    const QByteArray good = FakeQmpServer::greeting();
    const int greetingError = QmpError::Greeting;
    QTest::newRow("garbage") << QByteArray("garbage\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13) << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("array") << QByteArray("[1]\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("number") << QByteArray("7\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("invalid JSON") << QByteArray("{\"QMP\": nope}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("missing QMP key") << QByteArray("{\"QEMU\": {\"version\": {}}}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("QMP not an object") << QByteArray("{\"QMP\": []}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("no version") << QByteArray("{\"QMP\": {\"capabilities\": []}}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("version not integers")
        << QByteArray("{\"QMP\": {\"version\": {\"qemu\": {\"major\": \"7\", \"minor\": 2, \"micro\": 0}}, \"capabilities\": []}}\r\n")
        << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("capabilities not an array")
        << QByteArray("{\"QMP\": {\"version\": {\"qemu\": {\"major\": 7, \"minor\": 2, \"micro\": 0}}, \"capabilities\": \"oob\"}}\r\n")
        << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("a reply instead") << QByteArray("{\"return\": {}}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("error without id instead") << QByteArray("{\"error\": {\"class\": \"GenericError\", \"desc\": \"x\"}}\r\n") << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("truncated, then EOF") << QByteArray("{\"QMP\": {\"version\": ") << true << 0 << greetingError << qsizetype(0);
    QTest::newRow("EOF without a byte") << QByteArray() << true << 0 << greetingError << qsizetype(0);
    QTest::newRow("never comes") << QByteArray() << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("never comes, only events") << FakeQmpServer::event(u"X"_s) << false << 0 << greetingError << qsizetype(0);
    QTest::newRow("oversize") << QByteArray("{\"QMP\": {\"pad\": \"" + QByteArray(5000, 'p') + "\"}}\r\n") << false << 0 << greetingError << qsizetype(1024);
    QTest::newRow("negotiation refused") << good << false << 1 << int(QmpError::Negotiation) << qsizetype(0);
    QTest::newRow("negotiation never answered") << good << false << 0 << int(QmpError::Timeout) << qsizetype(0);
    QTest::newRow("EOF during negotiation") << good << false << 2 << int(QmpError::Negotiation) << qsizetype(0);
    QTest::newRow("garbage during negotiation") << good << false << 3 << int(QmpError::Timeout) << qsizetype(0);
}

void tst_QmpClientFaults::handshakeFaults()
{
    QFETCH(QByteArray, greeting);
    QFETCH(bool, closeAfter);
    QFETCH(int, negotiation);
    QFETCH(int, errorKind);
    QFETCH(qsizetype, maxSize);
    ++m_faults;
    ++m_inputs;

    const int timeout = 800;
    m_client->setConnectTimeout(timeout);
    if (maxSize > 0)
        m_client->setMaxMessageSize(maxSize);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QSignalSpy disconnected(m_client.get(), &QmpClient::disconnected);
    QSignalSpy connected(m_client.get(), &QmpClient::connected);
    QElapsedTimer elapsed;
    elapsed.start();
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    m_server->send(greeting);
    if (closeAfter)
        m_server->closePeer();
    if (greeting == FakeQmpServer::greeting()) {
        const QmpValue caps = m_server->nextMessage();
        QCOMPARE(caps.value(u"execute").toString(), u"qmp_capabilities"_s);
        if (negotiation == 1)
            m_server->replyError(caps, u"GenericError"_s, u"Capability 'oob' not available"_s);
        else if (negotiation == 2)
            m_server->closePeer();
        else if (negotiation == 3)
            m_server->send("~~~ garbage ~~~\r\n[\"also\", \"not\", \"it\"]\r\n");
    }

    QVERIFY(!m_client->waitForConnected(Patience));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, Patience);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    QCOMPARE(m_client->lastError().kind(), QmpError::Kind(errorKind));
    QVERIFY(!m_client->lastError().message().isEmpty());
    QVERIFY(errors.count() >= 1);
    QCOMPARE(errorKindAt(errors, int(errors.count()) - 1), QmpError::Kind(errorKind));
    // Failures that need no timeout do not wait for one; the others wait for it, not longer.
    QVERIFY2(elapsed.elapsed() < timeout + 5000, qPrintable(QString::number(elapsed.elapsed())));
    // The client is reusable at once.
    m_server->closePeer();
    QVERIFY(connectRunning());
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::handshakeVariants_data()
{
    QTest::addColumn<QByteArray>("before");   // sent first, all at once
    QTest::addColumn<QByteArray>("greeting"); // then the greeting
    QTest::addColumn<bool>("bytewise");
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("oob");
    QTest::newRow("plain") << QByteArray() << FakeQmpServer::greeting() << false << 0 << true;
    QTest::newRow("event before the greeting") << FakeQmpServer::event(u"EARLY"_s) << FakeQmpServer::greeting() << false << 1 << true;
    QTest::newRow("greeting byte by byte") << QByteArray() << FakeQmpServer::greeting() << true << 0 << true;
    QTest::newRow("event and greeting byte by byte") << FakeQmpServer::event(u"EARLY"_s) << FakeQmpServer::greeting() << true << 1 << true;
    QTest::newRow("no CRLF") << QByteArray() << FakeQmpServer::greeting().trimmed() << false << 0 << true;
    QTest::newRow("leading blank lines") << QByteArray("\r\n\r\n") << FakeQmpServer::greeting() << false << 0 << true;
    QTest::newRow("no oob offered") << QByteArray() << FakeQmpServer::greeting(false) << false << 0 << false;
    QTest::newRow("unknown capability")
        << QByteArray()
        << QByteArray(R"({"QMP": {"version": {"qemu": {"micro": 0, "minor": 0, "major": 99}, "package": ""}, "capabilities": ["future-cap", "oob"]}})"
                      "\r\n")
        << false << 0 << true;
    QTest::newRow("no package, extra members")
        << QByteArray()
        << QByteArray(R"({"QMP": {"version": {"qemu": {"micro": 1, "minor": 2, "major": 3}, "extra": 1}, "capabilities": [], "x": null}})"
                      "\r\n")
        << false << 0 << false;
}

void tst_QmpClientFaults::handshakeVariants()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, greeting);
    QFETCH(bool, bytewise);
    QFETCH(int, events);
    QFETCH(bool, oob);
    ++m_inputs;
    QSignalSpy received(m_client.get(), &QmpClient::eventReceived);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    if (bytewise)
        m_server->sendBytewise(before + greeting);
    else
        m_server->send(before + greeting);
    const QmpValue caps = m_server->nextMessage();
    QCOMPARE(caps.value(u"execute").toString(), u"qmp_capabilities"_s);
    // Only offered capabilities the client knows are enabled.
    const QmpValue enable = caps.value(u"arguments").value(u"enable");
    if (oob)
        QCOMPARE(enable.toJson(), QByteArray("[\"oob\"]"));
    else
        QVERIFY(enable.isUndefined() || enable.isEmpty());
    // An event during negotiation is fine too.
    m_server->send(FakeQmpServer::event(u"DURING"_s));
    m_server->reply(caps);
    QVERIFY(m_client->waitForConnected(Patience));
    QCOMPARE(m_client->isOobEnabled(), oob);
    QVERIFY(m_client->greeting().isValid());
    QVERIFY(roundTrip());
    QCOMPARE(received.count(), events + 1);
    QCOMPARE(errors.count(), 0);
}

void tst_QmpClientFaults::bytewiseSession()
{
    // Greeting, negotiation answer, events and a reply, all one byte per read.
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    QSignalSpy received(m_client.get(), &QmpClient::eventReceived);
    m_server->sendBytewise(FakeQmpServer::event(u"E0"_s) + FakeQmpServer::greeting());
    const QmpValue caps = m_server->nextMessage();
    QVERIFY(caps.isObject());
    m_server->sendBytewise(FakeQmpServer::event(u"E1"_s) + "{\"return\": {}, \"id\": " + caps.value(u"id").toJson() + "}\r\n");
    QVERIFY(m_client->waitForConnected(Patience));
    std::unique_ptr<QmpReply> r(m_client->execute(u"query-status"_s));
    const QmpValue cmd = m_server->nextMessage();
    const QByteArray answer = R"({"return": {"status": "paused", "s": "}{\"\\", "n": 18446744073709551615}, "id": )" + cmd.value(u"id").toJson()
                              + "}\r\n";
    m_server->sendBytewise(FakeQmpServer::event(u"E2"_s) + answer + FakeQmpServer::event(u"E3"_s));
    QVERIFY(r->waitForFinished(Patience));
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
    QCOMPARE(r->result().value(u"s").toString(), u"}{\"\\"_s);
    QCOMPARE(r->result().value(u"n").toUInt(), std::numeric_limits<quint64>::max());
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 4, Patience);
    QStringList names;
    for (const auto &args : std::as_const(received))
        names.append(args.at(0).value<QmpEvent>().name());
    QCOMPARE(names, (QStringList{u"E0"_s, u"E1"_s, u"E2"_s, u"E3"_s}));
    m_inputs += 7;
}

// ---------------------------------------------------------------------------------------------
// The connection ends with commands in flight: they fail at once, not one timeout later.

void tst_QmpClientFaults::eofMidMessage_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<bool>("cutMessage");
    QTest::newRow("between messages") << QByteArray() << false;
    QTest::newRow("after a complete event") << FakeQmpServer::event(u"X"_s) << false;
    QTest::newRow("inside a reply") << QByteArray("{\"return\": {\"status\": \"runn") << true;
    QTest::newRow("inside a string escape") << QByteArray("{\"event\": \"A\\") << true;
    QTest::newRow("one brace") << QByteArray("{") << true;
    QTest::newRow("deep") << QByteArray(5000, '[') << true;
    QTest::newRow("scalar without newline") << QByteArray("12345") << true;
}

void tst_QmpClientFaults::eofMidMessage()
{
    QFETCH(QByteArray, partial);
    QFETCH(bool, cutMessage);
    ++m_faults;
    ++m_inputs;
    m_client->setCommandTimeout(60000); // a reply that waited for this would fail the test
    QVERIFY(connectRunning());
    QList<QmpReply *> replies;
    for (int i = 0; i < 3; ++i) {
        replies.append(m_client->execute(u"query-status"_s));
        QVERIFY(m_server->nextMessage().isObject());
    }
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QSignalSpy disconnected(m_client.get(), &QmpClient::disconnected);
    int finishedAtDisconnect = -1;
    connect(m_client.get(), &QmpClient::disconnected, this, [&] {
        finishedAtDisconnect = int(std::count_if(replies.cbegin(), replies.cend(), [](QmpReply *r) { return r->isFinished(); }));
    });
    QElapsedTimer elapsed;
    elapsed.start();
    m_server->send(partial);
    m_server->closePeer();
    QVERIFY(disconnected.wait(Patience));
    QVERIFY(elapsed.elapsed() < Patience);
    QCOMPARE(finishedAtDisconnect, 3);
    for (QmpReply *r : std::as_const(replies)) {
        QCOMPARE(r->error().kind(), QmpError::Interrupted);
        QVERIFY(!r->errorString().isEmpty());
    }
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(m_client->lastError().kind(), QmpError::Interrupted);
    bool sawCut = false;
    for (int i = 0; i < errors.count(); ++i)
        sawCut = sawCut || errorKindAt(errors, i) == QmpError::Deserialization;
    QCOMPARE(sawCut, cutMessage);
    qDeleteAll(replies);
}

// ---------------------------------------------------------------------------------------------
// Silence and impatience.

void tst_QmpClientFaults::largeCommandsKeepTheirOrder()
{
    // A command larger than the socket buffer goes to the kernel in part at once and in part
    // through Qt's buffer as the server reads; what follows it must queue behind, not overtake.
    QVERIFY(connectRunning());
    const QString big(4 * 1024 * 1024, u'x');
    std::unique_ptr<QmpReply> first(m_client->execute(u"first"_s, QmpValue::object({{u"pad"_s, big}})));
    std::unique_ptr<QmpReply> second(m_client->execute(u"second"_s));
    const QmpValue a = m_server->nextMessage(Patience);
    const QmpValue b = m_server->nextMessage(Patience);
    QCOMPARE(a.value(u"execute").toString(), u"first"_s);
    QCOMPARE(a.value(u"arguments").value(u"pad").toString(), big);
    QCOMPARE(b.value(u"execute").toString(), u"second"_s);
    m_server->reply(a);
    m_server->reply(b);
    QVERIFY(first->waitForFinished(Patience));
    QVERIFY(first->isSuccess());
    QVERIFY(second->waitForFinished(Patience));
    QVERIFY(second->isSuccess());
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::writesAfterThePeerLeft()
{
    // The server is gone but the client has not noticed yet: writing into the dead socket must
    // neither raise SIGPIPE nor lose a reply; every command ends, the client goes Idle.
    ++m_faults;
    QVERIFY(connectRunning());
    QLocalSocket *peer = m_server->peer();
    QVERIFY(peer);
    peer->abort(); // closes at once, without the event loop
    QList<QmpReply *> replies;
    int signalled = 0;
    for (int i = 0; i < 100; ++i) {
        replies.append(m_client->execute(u"into-the-void"_s, QmpValue::object({{u"pad"_s, QString(1000, u'x')}})));
        // Connected after execute() returned, as every caller does: the write that found the
        // socket dead (and ended the connection) must not have spent the signal already.
        connect(replies.last(), &QmpReply::finished, this, [&signalled] { ++signalled; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QmpClient::State::Idle, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(signalled, 100, Patience);
    for (QmpReply *r : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), Patience);
        QVERIFY(r->error().kind() == QmpError::Interrupted || r->error().kind() == QmpError::State);
    }
    qDeleteAll(replies);
    m_server->closePeer();
    QVERIFY(connectRunning());
    QVERIFY(roundTrip());
}

void tst_QmpClientFaults::commandTimeout()
{
    ++m_faults;
    QVERIFY(connectRunning());
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QmpExecuteOptions o;
    o.timeoutMs = 300;
    std::unique_ptr<QmpReply> r(m_client->execute(u"never-answered"_s, {}, o));
    const QmpValue cmd = m_server->nextMessage();
    QSignalSpy finished(r.get(), &QmpReply::finished);
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(r->error().kind(), QmpError::Timeout);
    QVERIFY(r->errorString().contains(u"never-answered"_s));
    QVERIFY(m_client->isRunning());
    QCOMPARE(m_client->pendingCount(), 0);
    // The late answer is dropped quietly: the client asked for it, it is not the server's fault.
    m_server->reply(cmd);
    QVERIFY(roundTrip());
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(finished.count(), 1);
    // waitForFinished() with no argument is bounded by the reply's own timeout.
    std::unique_ptr<QmpReply> r2(m_client->execute(u"never-answered-2"_s, {}, o));
    QVERIFY(r2->waitForFinished());
    QCOMPARE(r2->error().kind(), QmpError::Timeout);
}

void tst_QmpClientFaults::abortReply()
{
    ++m_faults;
    QVERIFY(connectRunning());
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    std::unique_ptr<QmpReply> r(m_client->execute(u"slow"_s));
    QSignalSpy finished(r.get(), &QmpReply::finished);
    QSignalSpy replyErrors(r.get(), &QmpReply::errorOccurred);
    const QmpValue cmd = m_server->nextMessage();
    r->abort();
    QVERIFY(r->isFinished());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(replyErrors.count(), 1);
    QCOMPARE(r->error().kind(), QmpError::Aborted);
    r->abort(); // twice is harmless
    QCOMPARE(finished.count(), 1);
    m_server->reply(cmd);
    QVERIFY(roundTrip());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(m_client->pendingCount(), 0);
    // Abort before the client is even connected, and after it went away.
    m_client->disconnectFromServer();
    std::unique_ptr<QmpReply> idle(m_client->execute(u"x"_s));
    idle->abort();
    QVERIFY(idle->isFinished());
    QVERIFY(idle->error().isError());
}

void tst_QmpClientFaults::deleteReplyInFlight()
{
    QVERIFY(connectRunning());
    QSignalSpy warnings(m_client.get(), &QmpClient::warning);
    QmpReply *r = m_client->execute(u"slow"_s);
    const QmpValue cmd = m_server->nextMessage();
    delete r;
    QCOMPARE(m_client->pendingCount(), 0);
    m_server->reply(cmd);
    QVERIFY(roundTrip());
    QCOMPARE(warnings.count(), 0);
    // And deleting a reply from its own finished() through deleteLater is the normal case.
    QmpReply *r2 = m_client->execute(u"normal"_s);
    connect(r2, &QmpReply::finished, r2, &QObject::deleteLater);
    QPointer<QmpReply> guard(r2);
    m_server->reply(m_server->nextMessage());
    QTRY_VERIFY_WITH_TIMEOUT(!guard, Patience);
}

void tst_QmpClientFaults::waitFromSlots_data()
{
    QTest::addColumn<int>("where"); // 0: a reply's finished(), 1: eventReceived()
    QTest::newRow("from a reply's finished()") << 0;
    QTest::newRow("from eventReceived()") << 1;
}

void tst_QmpClientFaults::waitFromSlots()
{
    // A script-style blocking call made while the client is handling input (the classic Qt
    // trap: a socket does not emit readyRead() again inside its own readyRead()) must still get
    // its answer, not sit out its timeout.
    QFETCH(int, where);
    QVERIFY(connectRunning());
    m_server->setAutoReply(true);
    bool nestedOk = false;
    qint64 nestedMs = -1;
    QObject context;
    auto nested = [&] {
        if (nestedMs >= 0)
            return;
        QElapsedTimer t;
        t.start();
        std::unique_ptr<QmpReply> inner(m_client->execute(u"inner"_s));
        nestedOk = inner->waitForFinished(5000) && inner->isSuccess();
        nestedMs = t.elapsed();
    };
    std::unique_ptr<QmpReply> outer(m_client->execute(u"outer"_s));
    if (where == 0) {
        connect(outer.get(), &QmpReply::finished, &context, nested);
    } else {
        connect(m_client.get(), &QmpClient::eventReceived, &context, nested);
        m_server->send(FakeQmpServer::event(u"TRIGGER"_s));
    }
    QVERIFY(outer->waitForFinished(Patience));
    QTRY_VERIFY_WITH_TIMEOUT(nestedMs >= 0, Patience);
    QVERIFY2(nestedOk, qPrintable(u"the nested wait took %1 ms"_s.arg(nestedMs)));
    QVERIFY2(nestedMs < 4000, qPrintable(QString::number(nestedMs)));
    QVERIFY(m_client->isRunning());
}

void tst_QmpClientFaults::disconnectFromSlots_data()
{
    QTest::addColumn<int>("where"); // 0: reply finished, 1: event, 2: client errorOccurred, 3: warning
    QTest::newRow("from a reply's finished()") << 0;
    QTest::newRow("from eventReceived()") << 1;
    QTest::newRow("from errorOccurred()") << 2;
    QTest::newRow("from warning()") << 3;
}

void tst_QmpClientFaults::disconnectFromSlots()
{
    // Code reacting to a message may end the connection while the client is still handling the
    // bytes that carried it: the rest of them must be dropped, not handled on a dead connection.
    QFETCH(int, where);
    QVERIFY(connectRunning());
    QList<QmpReply *> replies;
    for (int i = 0; i < 3; ++i)
        replies.append(m_client->execute(u"c%1"_s.arg(i)));
    QList<QmpValue> cmds;
    for (int i = 0; i < 3; ++i)
        cmds.append(m_server->nextMessage());
    auto hangUp = [this] { m_client->disconnectFromServer(); };
    if (where == 0)
        connect(replies.at(0), &QmpReply::finished, this, hangUp);
    else if (where == 1)
        connect(m_client.get(), &QmpClient::eventReceived, this, hangUp);
    else if (where == 2)
        connect(m_client.get(), &QmpClient::errorOccurred, this, hangUp);
    else
        connect(m_client.get(), &QmpClient::warning, this, hangUp);
    QSignalSpy disconnected(m_client.get(), &QmpClient::disconnected);
    QByteArray burst;
    if (where == 1)
        burst += FakeQmpServer::event(u"X"_s);
    if (where == 2)
        burst += "[1]\r\n";
    if (where == 3)
        burst += "{\"return\": {}, \"id\": \"unknown\"}\r\n";
    for (const QmpValue &c : cmds)
        burst += QmpValue::object({{u"return"_s, QmpValue::object()}, {u"id"_s, c.value(u"id")}}).toJson() + "\r\n";
    burst += FakeQmpServer::event(u"AFTER"_s);
    m_server->send(burst);
    QVERIFY(disconnected.wait(Patience));
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    for (QmpReply *r : std::as_const(replies))
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), Patience);
    if (where == 0)
        QVERIFY(replies.at(0)->isSuccess());
    else
        QCOMPARE(replies.at(0)->error().kind(), QmpError::Interrupted);
    QCOMPARE(replies.at(2)->error().kind(), QmpError::Interrupted);
    qDeleteAll(replies);
    m_inputs += 5;
}

// ---------------------------------------------------------------------------------------------
// Guest agent mode: no greeting; 0xFF and guest-sync-delimited on connect and after a timeout.

bool tst_QmpClientFaults::answerSync(const QByteArray &noise)
{
    const int delimitersBefore = m_server->delimiters();
    const QmpValue sync = m_server->nextMessage();
    if (sync.value(u"execute").toString() != QLatin1String("guest-sync-delimited")) {
        qWarning() << "expected guest-sync-delimited, got" << sync.toJson();
        return false;
    }
    if (m_server->delimiters() <= delimitersBefore - 1 || m_server->delimiters() == 0) {
        qWarning() << "guest-sync-delimited came without a 0xFF before it";
        return false;
    }
    const QmpValue id = sync.value(u"arguments").value(u"id");
    if (!id.isInteger())
        return false;
    m_server->send(noise);
    m_server->send("\xff{\"return\": " + id.toJson() + "}\n");
    return true;
}

bool tst_QmpClientFaults::connectGuest()
{
    m_client->setMode(QmpClient::Mode::GuestAgent);
    m_client->connectToServer(m_server->address());
    if (!m_server->waitForPeer() || !answerSync())
        return false;
    return m_client->waitForConnected(Patience);
}

void tst_QmpClientFaults::guestSyncHandshake_data()
{
    QTest::addColumn<QByteArray>("noise");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("stale reply") << QByteArray("{\"return\": {}, \"id\": 3}\n");
    QTest::newRow("stale sync answer") << QByteArray("\xff{\"return\": 12345}\n");
    QTest::newRow("junk text") << QByteArray("garbage here\n");
    QTest::newRow("unfinished message") << QByteArray("{\"return\": {\"a\": [1, 2");
    QTest::newRow("unfinished string") << QByteArray("{\"return\": \"abc");
    QTest::newRow("array") << QByteArray("[1, 2, 3]\n");
    QTest::newRow("error without id") << QByteArray("{\"error\": {\"class\": \"GenericError\", \"desc\": \"parse\"}}\n");
    QTest::newRow("100 KB of junk") << QByteArray(100000, '#');
    QTest::newRow("NUL bytes") << QByteArray(64, '\0');
    // Random bytes (0xFF included) and unclosed brackets: the 0xFF before the answer resets all.
    for (quint32 seed = 1; seed <= 30; ++seed) {
        QRandomGenerator rng(seed);
        QByteArray noise(rng.bounded(1, 400), '\0');
        for (char &c : noise)
            c = "{[\"\\]} \nab1\xff\x80"[rng.bounded(14)];
        QTest::newRow(qPrintable(u"random %1"_s.arg(seed))) << noise;
    }
}

void tst_QmpClientFaults::guestSyncHandshake()
{
    QFETCH(QByteArray, noise);
    if (!noise.isEmpty())
        ++m_faults;
    ++m_inputs;
    m_client->setMode(QmpClient::Mode::GuestAgent);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QSignalSpy greetings(m_client.get(), &QmpClient::greetingReceived);
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    QVERIFY(answerSync(noise));
    QVERIFY(m_client->waitForConnected(Patience));
    QCOMPARE(greetings.count(), 0);
    QVERIFY(!m_client->greeting().isValid());
    QVERIFY(roundTrip(u"guest-ping"_s));
    QCOMPARE(errors.count(), 0); // what came before the sync answer is an earlier conversation's
    QCOMPARE(m_client->state(), QmpClient::State::Running);
    // Guest agents have no out-of-band execution.
    QmpExecuteOptions oob;
    oob.outOfBand = true;
    std::unique_ptr<QmpReply> r(m_client->execute(u"guest-ping"_s, {}, oob));
    QVERIFY(r->waitForFinished(Patience));
    QCOMPARE(r->error().kind(), QmpError::Unsupported);
    // Nor file descriptors: refused, not silently dropped.
    QmpExecuteOptions withFd;
    withFd.fds = {0};
    std::unique_ptr<QmpReply> fd(m_client->execute(u"guest-ping"_s, {}, withFd));
    QVERIFY(fd->waitForFinished(Patience));
    QCOMPARE(fd->error().kind(), QmpError::Unsupported);
    QVERIFY(roundTrip(u"guest-ping"_s)); // and nothing of either went out
}

void tst_QmpClientFaults::guestSyncNeverAnswered()
{
    ++m_faults;
    m_client->setMode(QmpClient::Mode::GuestAgent);
    m_client->setConnectTimeout(600);
    m_client->connectToServer(m_server->address());
    QVERIFY(m_server->waitForPeer());
    QVERIFY(m_server->nextMessage().isObject());
    m_server->send("{\"return\": 1}\n"); // the wrong id
    QVERIFY(!m_client->waitForConnected(Patience));
    QCOMPARE(m_client->state(), QmpClient::State::Idle);
    QCOMPARE(m_client->lastError().kind(), QmpError::Timeout);
    QVERIFY(m_client->lastError().message().contains(u"guest-sync-delimited"_s));
}

void tst_QmpClientFaults::guestResyncAfterTimeout()
{
    ++m_faults;
    QVERIFY(connectGuest());
    QCOMPARE(m_server->delimiters(), 1);
    QSignalSpy errors(m_client.get(), &QmpClient::errorOccurred);
    QmpExecuteOptions quick;
    quick.timeoutMs = 300;
    std::unique_ptr<QmpReply> slow(m_client->execute(u"guest-info"_s, {}, quick));
    const QmpValue slowCmd = m_server->nextMessage();
    QCOMPARE(slowCmd.value(u"execute").toString(), u"guest-info"_s);
    QVERIFY(slow->waitForFinished(Patience));
    QCOMPARE(slow->error().kind(), QmpError::Timeout);

    // A command issued now waits for the new round, then goes out.
    std::unique_ptr<QmpReply> ping(m_client->execute(u"guest-ping"_s));
    const QmpValue sync = m_server->nextMessage();
    QCOMPARE(sync.value(u"execute").toString(), u"guest-sync-delimited"_s);
    QCOMPARE(m_server->delimiters(), 2);
    QCOMPARE(m_server->queued(), 0); // guest-ping is held back until the agent is in step
    // The agent answers the old command late, then the sync.
    m_server->reply(slowCmd, QmpValue::object({{u"version"_s, u"late"_s}}));
    m_server->send("\xff{\"return\": " + sync.value(u"arguments").value(u"id").toJson() + "}\n");
    const QmpValue pingCmd = m_server->nextMessage();
    QCOMPARE(pingCmd.value(u"execute").toString(), u"guest-ping"_s);
    m_server->reply(pingCmd);
    QVERIFY(ping->waitForFinished(Patience));
    QVERIFY2(ping->isSuccess(), qPrintable(ping->errorString()));
    QCOMPARE(slow->error().kind(), QmpError::Timeout); // the late answer changed nothing
    QCOMPARE(errors.count(), 0);
    QVERIFY(m_client->isRunning());
    m_inputs += 4;
}

void tst_QmpClientFaults::guestShutdownDoesNotBlock_data()
{
    QTest::addColumn<int>("agentThen"); // 0: stays silent, 1: closes the connection
    QTest::newRow("silent") << 0;
    QTest::newRow("agent goes away") << 1;
}

void tst_QmpClientFaults::guestShutdownDoesNotBlock()
{
    QFETCH(int, agentThen);
    ++m_faults;
    QVERIFY(connectGuest());
    std::unique_ptr<QmpReply> shutdown(m_client->execute(u"guest-shutdown"_s, QmpValue::object({{u"mode"_s, u"powerdown"_s}})));
    const QmpValue cmd = m_server->nextMessage();
    QCOMPARE(cmd.value(u"execute").toString(), u"guest-shutdown"_s);
    // The next command is neither held back nor delayed by the unanswered one.
    std::unique_ptr<QmpReply> ping(m_client->execute(u"guest-ping"_s));
    const QmpValue pingCmd = m_server->nextMessage();
    QCOMPARE(pingCmd.value(u"execute").toString(), u"guest-ping"_s);
    m_server->reply(pingCmd);
    QVERIFY(ping->waitForFinished(Patience));
    QVERIFY(ping->isSuccess());

    if (agentThen == 1)
        m_server->closePeer();
    QVERIFY(shutdown->waitForFinished(Patience));
    // No answer is what success looks like.
    QVERIFY2(shutdown->isSuccess(), qPrintable(shutdown->errorString()));
    if (agentThen != 1)
        QVERIFY(roundTrip(u"guest-ping"_s));
    m_inputs += 3;
}

QTEST_GUILESS_MAIN(tst_QmpClientFaults)
#include "tst_qmpclient_faults.moc"
