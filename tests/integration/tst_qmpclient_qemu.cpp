// SPDX-License-Identifier: GPL-2.0-or-later
// QmpClient against a real QEMU: commands, errors, events, HMP, oob, fd passing, a busy socket,
// server mode, TCP, kill -9 with commands in flight, and reconnection.
#include "qemuprocess.h"
#include "qmpclient.h"
#include "qmpeventlistener.h"

#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_QmpClientQemu : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void greetingAndCommands();
    void idsEchoed_data();
    void idsEchoed();
    void errorReplies_data();
    void errorReplies();
    void stopContEvents();
    void hmp();
    void nestingLimitMatchesQemu();
    void outOfBand();
    void fdPassingGetfd();
    void fdPassingAddFd();
    void rawSend();
    void secondClientIsBusy();
    void serverMode();
    void tcp();
    void tcpIpv6();
    void serverModeTcp();
    void killWithCommandsInFlight_data();
    void killWithCommandsInFlight();
    void reconnectsWhenQemuReturns();

private:
    bool connectClient(QmpClient &client, const QmpAddress &address);
    std::unique_ptr<QemuProcess> m_qemu;
};

void tst_QmpClientQemu::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void tst_QmpClientQemu::init()
{
    m_qemu = std::make_unique<QemuProcess>();
}

void tst_QmpClientQemu::cleanup()
{
    m_qemu.reset();
}

bool tst_QmpClientQemu::connectClient(QmpClient &client, const QmpAddress &address)
{
    client.connectToServer(address);
    if (!client.waitForConnected(10000)) {
        qWarning() << "connect failed:" << client.lastError().message();
        return false;
    }
    return true;
}

void tst_QmpClientQemu::greetingAndCommands()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QSignalSpy states(&client, &QmpClient::stateChanged);
    QSignalSpy greetings(&client, &QmpClient::greetingReceived);
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QCOMPARE(greetings.count(), 1);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).value<QmpClient::State>(), QmpClient::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<QmpClient::State>(), QmpClient::State::Running);
    QVERIFY(client.greeting().isValid());
    QVERIFY(client.greeting().major() >= 7);
    QVERIFY(client.greeting().hasCapability(u"oob"_s));
    QVERIFY(client.isOobEnabled());

    std::unique_ptr<QmpReply> status(client.execute(u"query-status"_s));
    QVERIFY(status->waitForFinished());
    QVERIFY2(status->isSuccess(), qPrintable(status->errorString()));
    QCOMPARE(status->result().value(u"status").toString(), u"prelaunch"_s);
    QCOMPARE(status->result().value(u"running").toBool(true), false);
    QVERIFY(status->roundTripNsecs() > 0);
    QVERIFY(!status->rawResponse().isEmpty());

    std::unique_ptr<QmpReply> version(client.execute(u"query-version"_s));
    QVERIFY(version->waitForFinished());
    QCOMPARE(version->result().value(u"qemu").value(u"major").toInt(), qint64(client.greeting().major()));

    QSignalSpy disconnected(&client, &QmpClient::disconnected);
    client.disconnectFromServer();
    QCOMPARE(client.state(), QmpClient::State::Idle);
    QCOMPARE(disconnected.count(), 1);
    QVERIFY(!client.lastError().isError());
}

void tst_QmpClientQemu::idsEchoed_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("echoed"); // as QEMU writes it back, re-serialised here
    QTest::newRow("string") << QByteArray(R"("abc")") << QByteArray(R"("abc")");
    QTest::newRow("non-ASCII string") << QByteArray("\"\xc3\xa9\"") << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("object") << QByteArray(R"({"n":[1,2,{"x":null}]})") << QByteArray(R"({"n":[1,2,{"x":null}]})");
    QTest::newRow("u64 max") << QByteArray("18446744073709551615") << QByteArray("18446744073709551615");
    QTest::newRow("negative") << QByteArray("-9223372036854775808") << QByteArray("-9223372036854775808");
    QTest::newRow("float") << QByteArray("1.5") << QByteArray("1.5");
    // QEMU re-serialises ids: these come back spelled differently and must still match.
    QTest::newRow("integral float") << QByteArray("1.0") << QByteArray("1");
    QTest::newRow("exponent") << QByteArray("1e2") << QByteArray("100");
    QTest::newRow("negative zero") << QByteArray("-0.0") << QByteArray("0");
    QTest::newRow("object, several keys")
        << QByteArray(R"({"b":1,"a":2,"c":[3],"zz":{"y":1,"x":2}})") << QByteArray();
}

void tst_QmpClientQemu::idsEchoed()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, echoed);
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QmpExecuteOptions options;
    options.id = QmpValue::fromJson(id);
    QVERIFY(!options.id.isUndefined());
    std::unique_ptr<QmpReply> reply(client.execute(u"query-status"_s, {}, options));
    QVERIFY(reply->waitForFinished());
    QVERIFY2(reply->isSuccess(), qPrintable(reply->errorString()));
    if (!echoed.isEmpty()) // QEMU orders object members by its hash table: no fixed spelling
        QCOMPARE(reply->response().value(u"id").toJson(), echoed);
    QCOMPARE(reply->id(), options.id);
}

void tst_QmpClientQemu::errorReplies_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("unknown command") << u"no-such-command"_s << QByteArray() << u"CommandNotFound"_s;
    QTest::newRow("missing argument") << u"getfd"_s << QByteArray("{}") << u"GenericError"_s;
    QTest::newRow("unknown device") << u"device_add"_s << QByteArray(R"({"driver":"no-such-device"})") << u"GenericError"_s;
    QTest::newRow("no fd supplied") << u"getfd"_s << QByteArray(R"({"fdname":"x"})") << u"GenericError"_s;
}

void tst_QmpClientQemu::errorReplies()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, arguments);
    QFETCH(QString, errorClass);
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    std::unique_ptr<QmpReply> reply(client.execute(command, arguments.isEmpty() ? QmpValue() : QmpValue::fromJson(arguments)));
    QSignalSpy errors(reply.get(), &QmpReply::errorOccurred);
    QVERIFY(reply->waitForFinished());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(reply->error().kind(), QmpError::Execute);
    QCOMPARE(reply->error().errorClass(), errorClass);
    QVERIFY(!reply->error().description().isEmpty());
    QCOMPARE(reply->errorString(), errorClass + u": "_s + reply->error().description());
    QVERIFY(client.isRunning()); // an error reply is not a connection problem
}

void tst_QmpClientQemu::stopContEvents()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QmpEventListener runState(&client, {u"STOP"_s, u"RESUME"_s});
    QmpEventListener resumeOnly(&client, {}, [](const QmpEvent &e) { return e.name() == u"RESUME"_s; });
    QmpEventListener lastOnly(&client, {u"STOP"_s, u"RESUME"_s});
    lastOnly.setHistoryLimit(1);
    QSignalSpy events(&client, &QmpClient::eventReceived);

    std::unique_ptr<QmpReply> cont(client.execute(u"cont"_s));
    QVERIFY(cont->waitForFinished());
    QVERIFY2(cont->isSuccess(), qPrintable(cont->errorString()));
    QVERIFY(runState.waitForEvent(5000));
    const QmpEvent resumed = runState.take();
    QCOMPARE(resumed.name(), u"RESUME"_s);
    QVERIFY(resumed.hasTimestamp());
    QVERIFY(resumed.raw().startsWith('{'));

    std::unique_ptr<QmpReply> stop(client.execute(u"stop"_s));
    QVERIFY(stop->waitForFinished());
    QVERIFY(runState.waitForEvent(5000));
    QCOMPARE(runState.take().name(), u"STOP"_s);

    QCOMPARE(resumeOnly.history().size(), 1);
    QCOMPARE(runState.history().size(), 2);
    // Several listeners at once, each with its own queue and history.
    QCOMPARE(lastOnly.history().size(), 1);
    QCOMPARE(lastOnly.history().first().name(), u"STOP"_s);
    QCOMPARE(lastOnly.pendingCount(), 2);
    QCOMPARE(lastOnly.take().name(), u"RESUME"_s);
    QCOMPARE(resumeOnly.pendingCount(), 1);
    QVERIFY(events.count() >= 2);
    QVERIFY(client.eventHistory().size() >= 2);
}

void tst_QmpClientQemu::nestingLimitMatchesQemu()
{
    // The deepest message the client lets through is one QEMU still parses (and answers with an
    // id); one level more is refused by the client before QEMU could answer without an id.
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QSignalSpy errors(&client, &QmpClient::errorOccurred);
    for (int depth : {1022, 1023}) {
        QmpValue deep = QmpValue::array();
        for (int i = 1; i < depth; ++i)
            deep = QmpValue::array({deep});
        QmpExecuteOptions o;
        o.timeoutMs = 5000;
        std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s, QmpValue::object({{u"x"_s, deep}}), o));
        QVERIFY(r->waitForFinished());
        if (depth == 1022) {
            QCOMPARE(r->error().kind(), QmpError::Execute); // parsed: "Parameter 'x' is unexpected"
            QCOMPARE(r->error().errorClass(), u"GenericError"_s);
        } else {
            QCOMPARE(r->error().kind(), QmpError::Validation);
        }
    }
    QCOMPARE(errors.count(), 0);
    std::unique_ptr<QmpReply> after(client.execute(u"query-status"_s));
    QVERIFY(after->waitForFinished());
    QVERIFY(after->isSuccess());
}

void tst_QmpClientQemu::hmp()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    std::unique_ptr<QmpReply> reply(client.executeHmp(u"info status"_s));
    QVERIFY(reply->waitForFinished());
    QVERIFY2(reply->isSuccess(), qPrintable(reply->errorString()));
    QVERIFY(reply->result().isString());
    QVERIFY2(reply->result().toString().contains(u"VM status"_s), qPrintable(reply->result().toString()));
}

void tst_QmpClientQemu::outOfBand()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QVERIFY(client.isOobEnabled());

    // query-yank is marked allow-oob in the schema of every QEMU since 6.0.
    QmpExecuteOptions oob;
    oob.outOfBand = true;
    std::unique_ptr<QmpReply> yank(client.execute(u"query-yank"_s, {}, oob));
    QVERIFY(yank->isOutOfBand());
    QCOMPARE(yank->request().value(u"exec-oob").toString(), u"query-yank"_s);
    QVERIFY(yank->waitForFinished());
    QVERIFY2(yank->isSuccess(), qPrintable(yank->errorString()));
    QVERIFY(yank->result().isArray());

    // A command without allow-oob is refused by QEMU, not by the client.
    std::unique_ptr<QmpReply> status(client.execute(u"query-status"_s, {}, oob));
    QVERIFY(status->waitForFinished());
    QCOMPARE(status->error().kind(), QmpError::Execute);

    // Without negotiated oob the client refuses before sending. QEMU serves one client per
    // socket, so the first one leaves first.
    client.disconnectFromServer();
    QTRY_COMPARE(client.state(), QmpClient::State::Idle);
    QmpClient plain;
    plain.setNegotiate(false);
    QVERIFY(connectClient(plain, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QVERIFY(!plain.isOobEnabled());
    std::unique_ptr<QmpReply> refused(plain.execute(u"query-yank"_s, {}, oob));
    QVERIFY(refused->waitForFinished(1000));
    QCOMPARE(refused->error().kind(), QmpError::Unsupported);
    QVERIFY(plain.isRunning());
}

void tst_QmpClientQemu::fdPassingGetfd()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QmpExecuteOptions options;
    options.fds = {fds[0]};
    std::unique_ptr<QmpReply> getfd(client.execute(u"getfd"_s, QmpValue::object({{u"fdname"_s, u"fd0"_s}}), options));
    QVERIFY(getfd->waitForFinished());
    QVERIFY2(getfd->isSuccess(), qPrintable(getfd->errorString()));
    std::unique_ptr<QmpReply> closefd(client.execute(u"closefd"_s, QmpValue::object({{u"fdname"_s, u"fd0"_s}})));
    QVERIFY(closefd->waitForFinished());
    QVERIFY2(closefd->isSuccess(), qPrintable(closefd->errorString()));
    // A second closefd proves the first one found the descriptor the first time.
    std::unique_ptr<QmpReply> again(client.execute(u"closefd"_s, QmpValue::object({{u"fdname"_s, u"fd0"_s}})));
    QVERIFY(again->waitForFinished());
    QCOMPARE(again->error().kind(), QmpError::Execute);
    ::close(fds[0]);
    ::close(fds[1]);
}

void tst_QmpClientQemu::fdPassingAddFd()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    // Commands queued right before the fd must not be overtaken by it.
    QList<QmpReply *> before;
    for (int i = 0; i < 50; ++i)
        before.append(client.execute(u"query-status"_s));
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QmpExecuteOptions options;
    options.fds = {fds[1]};
    std::unique_ptr<QmpReply> add(client.execute(u"add-fd"_s, QmpValue::object({{u"opaque"_s, u"test-fd"_s}}), options));
    QVERIFY(add->waitForFinished());
    QVERIFY2(add->isSuccess(), qPrintable(add->errorString()));
    const qint64 fdset = add->result().value(u"fdset-id").toInt(-1);
    QVERIFY(fdset >= 0);
    std::unique_ptr<QmpReply> query(client.execute(u"query-fdsets"_s));
    QVERIFY(query->waitForFinished());
    bool found = false;
    for (const QmpValue &set : query->result().elements()) {
        if (set.value(u"fdset-id").toInt() != fdset)
            continue;
        for (const QmpValue &fd : set.value(u"fds").elements())
            found = found || fd.value(u"opaque").toString() == u"test-fd"_s;
    }
    QVERIFY2(found, query->rawResponse().constData());
    for (QmpReply *r : std::as_const(before)) {
        QVERIFY(r->isSuccess());
        delete r;
    }
    ::close(fds[0]);
    ::close(fds[1]);
}

void tst_QmpClientQemu::rawSend()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    std::unique_ptr<QmpReply> noId(client.sendRaw(QmpValue::fromJson(R"({"execute":"query-status"})")));
    std::unique_ptr<QmpReply> withId(client.sendRaw(QmpValue::fromJson(R"({"execute":"query-name","id":"mine"})")));
    std::unique_ptr<QmpReply> bad(client.sendRaw(QmpValue::fromJson(R"({"bogus":1})")));
    QVERIFY(noId->waitForFinished());
    QVERIFY(withId->waitForFinished());
    QVERIFY(bad->waitForFinished());
    QVERIFY(noId->isSuccess());
    QCOMPARE(noId->result().value(u"status").toString(), u"prelaunch"_s);
    QCOMPARE(withId->response().value(u"id").toString(), u"mine"_s);
    QCOMPARE(bad->error().kind(), QmpError::Execute); // QEMU answers it without id, in order
}

void tst_QmpClientQemu::secondClientIsBusy()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient first;
    QVERIFY(connectClient(first, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QmpClient second;
    second.setConnectTimeout(700);
    QSignalSpy errors(&second, &QmpClient::errorOccurred);
    second.connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY(!second.waitForConnected(5000));
    QCOMPARE(second.state(), QmpClient::State::Idle);
    QCOMPARE(second.lastError().kind(), QmpError::Greeting);
    QVERIFY2(second.lastError().message().contains(u"another client"_s), qPrintable(second.lastError().message()));
    QCOMPARE(errors.count(), 1);
    // The first client is untouched.
    std::unique_ptr<QmpReply> r(first.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY(r->isSuccess());
}

void tst_QmpClientQemu::serverMode()
{
    QmpClient client;
    const QString path = m_qemu->path(u"listen.sock"_s);
    QVERIFY2(client.listen(QmpAddress::unixSocket(path)), qPrintable(client.lastError().message()));
    QCOMPARE(client.state(), QmpClient::State::Connecting);
    QCOMPARE(client.listenAddress().path(), path);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-qmp"_s, u"unix:%1"_s.arg(path)},
                                   {}),
             qPrintable(m_qemu->errorString()));
    QVERIFY(client.waitForConnected(10000));
    QVERIFY(client.greeting().isValid());
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
}

void tst_QmpClientQemu::tcp()
{
    const quint16 port = QemuProcess::freeTcpPort();
    QVERIFY(port);
    // The UNIX monitor comes last: once its socket exists, the TCP one listens too.
    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-qmp"_s, u"tcp:127.0.0.1:%1,server=on,wait=off"_s.arg(port),
                                    u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())},
                                   m_qemu->qmpSocket()),
             qPrintable(m_qemu->errorString()));
    QmpClient client;
    // A blocking call from a slot while the client handles input still gets its answer.
    bool nestedOk = false;
    QObject context;
    connect(&client, &QmpClient::connected, &context, [&] {
        std::unique_ptr<QmpReply> v(client.execute(u"query-version"_s));
        nestedOk = v->waitForFinished(5000) && v->isSuccess();
    });
    QVERIFY(connectClient(client, QmpAddress::parse(u"127.0.0.1:%1"_s.arg(port))));
    QVERIFY(nestedOk);
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));

    QmpExecuteOptions withFd;
    withFd.fds = {0};
    std::unique_ptr<QmpReply> refused(client.execute(u"getfd"_s, QmpValue::object({{u"fdname"_s, u"x"_s}}), withFd));
    QVERIFY(refused->isFinished());
    QCOMPARE(refused->error().kind(), QmpError::Unsupported);
    QVERIFY(client.isRunning());
}

void tst_QmpClientQemu::tcpIpv6()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback on this machine");
    const quint16 port = probe.serverPort();
    probe.close();
    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-chardev"_s, u"socket,id=mon6,host=::1,port=%1,server=on,wait=off,ipv6=on"_s.arg(port),
                                    u"-mon"_s, u"chardev=mon6,mode=control"_s,
                                    u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())},
                                   m_qemu->qmpSocket()),
             qPrintable(m_qemu->errorString()));
    QString error;
    const QmpAddress address = QmpAddress::parse(u"[::1]:%1"_s.arg(port), &error);
    QVERIFY2(address.isTcp(), qPrintable(error));
    QVERIFY(address.isLocal());
    QmpClient client;
    QVERIFY(connectClient(client, address));
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
}

void tst_QmpClientQemu::serverModeTcp()
{
    // Listen on port 0 and hand QEMU the port the system chose.
    QmpClient client;
    QVERIFY2(client.listen(QmpAddress::tcp(u"127.0.0.1"_s, 0)), qPrintable(client.lastError().message()));
    const quint16 port = client.listenAddress().port();
    QVERIFY(port != 0);
    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-qmp"_s, u"tcp:127.0.0.1:%1"_s.arg(port)},
                                   {}),
             qPrintable(m_qemu->errorString()));
    QVERIFY(client.waitForConnected(10000));
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
    // QEMU going away in server mode ends the connection like any other.
    QSignalSpy disconnected(&client, &QmpClient::disconnected);
    m_qemu->kill();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(client.lastError().kind(), QmpError::Interrupted);
}

void tst_QmpClientQemu::killWithCommandsInFlight_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1") << 1;
    QTest::newRow("8") << 8;
    QTest::newRow("1000") << 1000;
}

void tst_QmpClientQemu::killWithCommandsInFlight()
{
    QFETCH(int, count);
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    // A stopped QEMU cannot answer: every command is surely still in flight at the kill.
    m_qemu->pause();
    QList<QmpReply *> replies;
    for (int i = 0; i < count; ++i)
        replies.append(client.execute(u"query-status"_s));
    QCOMPARE(client.pendingCount(), qsizetype(count));

    int finishedAtDisconnect = -1;
    connect(&client, &QmpClient::disconnected, this, [&] {
        finishedAtDisconnect = int(std::count_if(replies.cbegin(), replies.cend(), [](QmpReply *r) { return r->isFinished(); }));
    });
    QSignalSpy disconnected(&client, &QmpClient::disconnected);
    m_qemu->kill();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(finishedAtDisconnect, count); // all at once, not one timeout after another
    for (QmpReply *r : std::as_const(replies))
        QCOMPARE(r->error().kind(), QmpError::Interrupted);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(client.state(), QmpClient::State::Idle);
    QCOMPARE(client.lastError().kind(), QmpError::Interrupted);
    qDeleteAll(replies);
}

void tst_QmpClientQemu::reconnectsWhenQemuReturns()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QmpClient client;
    client.setAutoReconnect(true, 50, 400);
    client.setConnectTimeout(2000);
    QVERIFY(connectClient(client, QmpAddress::unixSocket(m_qemu->qmpSocket())));
    QSignalSpy scheduled(&client, &QmpClient::reconnectScheduled);
    QSignalSpy connectedAgain(&client, &QmpClient::connected);
    m_qemu->kill();
    QVERIFY(scheduled.wait(5000));
    QCOMPARE(scheduled.first().first().toInt(), 50);
    // Attempts against the missing socket fail and back off.
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 3, 5000);
    QVERIFY(scheduled.at(1).first().toInt() > 50);
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connectedAgain.count(), 1, 10000);
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY(r->isSuccess());

    // A disconnect the caller asked for is final.
    scheduled.clear();
    client.disconnectFromServer();
    QVERIFY(!scheduled.wait(300));
    QCOMPARE(client.state(), QmpClient::State::Idle);
}

QTEST_GUILESS_MAIN(tst_QmpClientQemu)
#include "tst_qmpclient_qemu.moc"
