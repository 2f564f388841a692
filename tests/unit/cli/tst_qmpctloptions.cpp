// SPDX-License-Identifier: GPL-2.0-or-later
// qmpctl's command line: every form DESIGN.md promises, and every bad invocation refused with
// exit status 2 and a message that says what is wrong, before anything is sent.
#include "qmpctloptions.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QLocalServer>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using Mode = QmpCtlOptions::Mode;

class TestQmpCtlOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void good_data();
    void good();
    void bad_data();
    void bad();
    void helpAndVersion_data();
    void helpAndVersion();
    void insecureWarning_data();
    void insecureWarning();
    void defaultTimeoutExists();
    void passFds();

private:
    // SOCK: a listening UNIX socket; DIR: a folder; FILE: a regular file; FD: an open descriptor.
    QStringList expand(const QString &line) const;

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QString m_file;
    int m_fd = -1;
};

void TestQmpCtlOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.listen(m_dir.filePath(u"qmp.sock"_s)), qPrintable(m_server.errorString()));
    m_file = m_dir.filePath(u"plain.txt"_s);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x\n");
    f.close();
    m_fd = ::open(QFile::encodeName(m_file).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(m_fd >= 0);
}

void TestQmpCtlOptions::cleanupTestCase()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList TestQmpCtlOptions::expand(const QString &line) const
{
    QStringList args{u"qmpctl"_s};
    // '|' separates arguments, so an argument may hold spaces.
    if (line.isEmpty())
        return args;
    for (QString a : line.split(u'|')) {
        a.replace(u"SOCK"_s, m_server.fullServerName());
        a.replace(u"DIR"_s, m_dir.path());
        a.replace(u"FILE"_s, m_file);
        a.replace(u"FD"_s, QString::number(m_fd));
        args.append(a);
    }
    return args;
}

void TestQmpCtlOptions::good_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("arguments"); // compact JSON; empty: none

    QTest::newRow("one-shot") << u"SOCK|query-status"_s << false << Mode::OneShot << u"query-status"_s << QByteArray();
    QTest::newRow("unix: prefix") << u"unix:SOCK|query-status"_s << false << Mode::OneShot << u"query-status"_s << QByteArray();
    QTest::newRow("short form") << u"SOCK|device_add|driver=usb-kbd|id=k0"_s << false << Mode::OneShot << u"device_add"_s
                                << QByteArray(R"({"driver":"usb-kbd","id":"k0"})");
    QTest::newRow("short form nests") << u"SOCK|blockdev-add|driver=qcow2|file.driver=file|file.filename=/tmp/a b.img"_s << false
                                      << Mode::OneShot << u"blockdev-add"_s
                                      << QByteArray(R"({"driver":"qcow2","file":{"driver":"file","filename":"/tmp/a b.img"}})");
    QTest::newRow("values are JSON where they parse") << u"SOCK|c|n=42|b=true|s=0x10|a=[1,2]|o={\"k\":null}"_s << false
                                                      << Mode::OneShot << u"c"_s
                                                      << QByteArray(R"({"n":42,"b":true,"s":"0x10","a":[1,2],"o":{"k":null}})");
    QTest::newRow("u64 max survives") << u"SOCK|c|n=18446744073709551615"_s << false << Mode::OneShot << u"c"_s
                                      << QByteArray(R"({"n":18446744073709551615})");
    QTest::newRow("JSON form") << u"SOCK|qom-get|{\"path\": \"/machine\", \"property\": \"type\"}"_s << false << Mode::OneShot
                               << u"qom-get"_s << QByteArray(R"({"path":"/machine","property":"type"})");
    QTest::newRow("whole message") << u"SOCK|{\"execute\": \"query-status\"}"_s << false << Mode::OneShot << u"query-status"_s
                                   << QByteArray();
    QTest::newRow("options after address") << u"SOCK|--pretty|--timeout|2.5|query-status"_s << false << Mode::OneShot
                                           << u"query-status"_s << QByteArray();
    QTest::newRow("tcp") << u"tcp:127.0.0.1:4444|query-status"_s << false << Mode::OneShot << u"query-status"_s << QByteArray();
    QTest::newRow("host:port") << u"localhost:4444|query-status"_s << false << Mode::OneShot << u"query-status"_s << QByteArray();
    QTest::newRow("v6") << u"[::1]:4444|query-status"_s << false << Mode::OneShot << u"query-status"_s << QByteArray();
    QTest::newRow("script") << u"SOCK"_s << false << Mode::Script << QString() << QByteArray();
    QTest::newRow("interactive") << u"SOCK"_s << true << Mode::Interactive << QString() << QByteArray();
    QTest::newRow("events") << u"--events|--count|2|--duration|1.5|--save|DIR/ev.jsonl|SOCK"_s << false << Mode::Events
                            << QString() << QByteArray();
    QTest::newRow("events after command") << u"--events|SOCK|stop"_s << false << Mode::OneShot << u"stop"_s << QByteArray();
    QTest::newRow("raw") << u"--raw|{\"execute\":\"query-status\",\"id\":[1]}|SOCK"_s << false << Mode::Raw << QString()
                         << QByteArray();
    QTest::newRow("hmp") << u"--hmp|SOCK|info|status"_s << false << Mode::OneShot << QString() << QByteArray();
    QTest::newRow("hmp script") << u"--hmp|SOCK"_s << false << Mode::Script << QString() << QByteArray();
    QTest::newRow("describe") << u"--describe|device_add|SOCK"_s << false << Mode::Describe << QString() << QByteArray();
    QTest::newRow("listen, socket not there yet") << u"--listen|DIR/new.sock|query-status"_s << false << Mode::OneShot
                                                  << u"query-status"_s << QByteArray();
    QTest::newRow("qga") << u"--qga|SOCK|guest-ping"_s << false << Mode::OneShot << u"guest-ping"_s << QByteArray();
    QTest::newRow("oob") << u"--oob|SOCK|migrate-pause"_s << false << Mode::OneShot << u"migrate-pause"_s << QByteArray();
    QTest::newRow("pass-fd") << u"--pass-fd|FD|SOCK|getfd|fdname=f"_s << false << Mode::OneShot << u"getfd"_s
                             << QByteArray(R"({"fdname":"f"})");
}

void TestQmpCtlOptions::good()
{
    QFETCH(QString, line);
    QFETCH(bool, terminal);
    QFETCH(Mode, mode);
    QFETCH(QString, command);
    QFETCH(QByteArray, arguments);

    const auto r = QmpCtlCommandLine::parse(expand(line), terminal);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.options.mode, mode);
    if (!command.isEmpty())
        QCOMPARE(r.options.command.command(), command);
    if (!arguments.isEmpty())
        QCOMPARE(r.options.command.arguments().toJson(), arguments);
    else if (mode == Mode::OneShot && !r.options.hmp)
        QVERIFY(r.options.command.arguments().isUndefined() || r.options.command.isWholeMessage());
}

void TestQmpCtlOptions::bad_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message"); // a part of the message that says what is wrong

    QTest::newRow("nothing") << QString() << u"missing ADDRESS"_s;
    QTest::newRow("unknown option") << u"--bogus|SOCK"_s << u"bogus"_s;
    QTest::newRow("option without value") << u"SOCK|--timeout"_s << u"timeout"_s;
    QTest::newRow("empty address") << u"|query-status"_s << u"address ''"_s;
    QTest::newRow("tcp without port") << u"tcp:localhost|query-status"_s << u"address 'tcp:localhost'"_s;
    QTest::newRow("port too big") << u"localhost:99999|query-status"_s << u"99999"_s;
    QTest::newRow("port zero") << u"localhost:0|query-status"_s << u"localhost:0"_s;
    QTest::newRow("port not a number") << u"localhost:qmp|query-status"_s << u"localhost:qmp"_s;
    QTest::newRow("unclosed v6") << u"[::1:4444|query-status"_s << u"[::1:4444"_s;
    QTest::newRow("missing socket") << u"DIR/none.sock|query-status"_s << u"does not exist"_s;
    QTest::newRow("not a socket") << u"FILE|query-status"_s << u"is not a socket"_s;
    QTest::newRow("listen folder missing") << u"--listen|DIR/no/such/q.sock"_s << u"does not exist"_s;
    QTest::newRow("timeout zero") << u"--timeout|0|SOCK|query-status"_s << u"--timeout '0'"_s;
    QTest::newRow("timeout negative") << u"--timeout|-1|SOCK|query-status"_s << u"--timeout '-1'"_s;
    QTest::newRow("timeout text") << u"--timeout|soon|SOCK|query-status"_s << u"--timeout 'soon'"_s;
    QTest::newRow("timeout inf") << u"--timeout|inf|SOCK|query-status"_s << u"--timeout 'inf'"_s;
    QTest::newRow("timeout nan") << u"--timeout|nan|SOCK|query-status"_s << u"--timeout 'nan'"_s;
    QTest::newRow("duration text") << u"--events|--duration|x|SOCK"_s << u"--duration 'x'"_s;
    QTest::newRow("count zero") << u"--events|--count|0|SOCK"_s << u"--count '0'"_s;
    QTest::newRow("count text") << u"--events|--count|two|SOCK"_s << u"--count 'two'"_s;
    QTest::newRow("count negative") << u"--events|--count|-3|SOCK"_s << u"--count '-3'"_s;
    QTest::newRow("count without events") << u"--count|2|SOCK|stop"_s << u"--count needs --events"_s;
    QTest::newRow("duration without events") << u"--duration|2|SOCK|stop"_s << u"--duration needs --events"_s;
    QTest::newRow("save without events") << u"--save|DIR/e.jsonl|SOCK|stop"_s << u"--save needs --events"_s;
    QTest::newRow("save folder missing") << u"--events|--save|DIR/no/e.jsonl|SOCK"_s << u"does not exist"_s;
    QTest::newRow("save is a folder") << u"--events|--save|DIR|SOCK"_s << u"is a folder"_s;
    QTest::newRow("pass-fd text") << u"--pass-fd|x|SOCK|getfd|fdname=f"_s << u"--pass-fd 'x'"_s;
    QTest::newRow("pass-fd negative") << u"--pass-fd|-1|SOCK|getfd|fdname=f"_s << u"--pass-fd '-1'"_s;
    QTest::newRow("pass-fd not open") << u"--pass-fd|987|SOCK|getfd|fdname=f"_s << u"not open"_s;
    QTest::newRow("pass-fd without command") << u"--pass-fd|FD|SOCK"_s << u"needs a COMMAND"_s;
    QTest::newRow("pass-fd on tcp") << u"--pass-fd|FD|127.0.0.1:4444|getfd|fdname=f"_s << u"UNIX sockets only"_s;
    QTest::newRow("tls ca missing file") << u"--tls-ca|DIR/none.pem|127.0.0.1:4444|query-status"_s << u"none.pem"_s;
    QTest::newRow("tls ca not a certificate") << u"--tls-ca|FILE|127.0.0.1:4444|query-status"_s << u"TLS:"_s;
    QTest::newRow("tls ca empty") << u"--tls-ca=|127.0.0.1:4444|query-status"_s << u"--tls-ca: empty"_s;
    QTest::newRow("tls on unix") << u"--tls-ca|FILE|SOCK|query-status"_s << u"need a TCP address"_s;
    QTest::newRow("tls cert without ca") << u"--tls-cert|FILE|127.0.0.1:4444|query-status"_s << u"need --tls-ca"_s;
    QTest::newRow("tls name without ca") << u"--tls-name|qemu|127.0.0.1:4444|query-status"_s << u"need --tls-ca"_s;
    QTest::newRow("describe and command") << u"--describe|stop|SOCK|cont"_s << u"one argument too many"_s;
    QTest::newRow("describe not a name") << u"--describe|stop now=1|SOCK"_s << u"not a command name"_s;
    QTest::newRow("describe JSON") << u"--describe|{\"execute\":\"stop\"}|SOCK"_s << u"not a command name"_s;
    QTest::newRow("raw and command") << u"--raw|{}|SOCK|stop"_s << u"one argument too many"_s;
    QTest::newRow("raw bad JSON") << u"--raw|{\"execute\":|SOCK"_s << u"--raw: invalid JSON at column"_s;
    QTest::newRow("raw array") << u"--raw|[1]|SOCK"_s << u"a QMP message is a JSON object"_s;
    QTest::newRow("key without =") << u"SOCK|device_add|driver"_s << u"command 'device_add driver'"_s;
    QTest::newRow("empty key") << u"SOCK|c|=1"_s << u"command 'c =1'"_s;
    QTest::newRow("bad JSON arguments") << u"SOCK|c|{\"a\":}"_s << u"command 'c {\"a\":}'"_s;
    QTest::newRow("JSON arguments not an object") << u"SOCK|c|[1]"_s << u"command 'c [1]'"_s;
    QTest::newRow("qga hmp") << u"--qga|--hmp|SOCK|info"_s << u"--hmp does not work with --qga"_s;
    QTest::newRow("qga oob") << u"--qga|--oob|SOCK|guest-ping"_s << u"--oob does not work with --qga"_s;
    QTest::newRow("qga no-negotiate") << u"--qga|--no-negotiate|SOCK|guest-ping"_s << u"--no-negotiate does not apply"_s;
    QTest::newRow("qga events") << u"--qga|--events|SOCK"_s << u"--events does not work with --qga"_s;
    QTest::newRow("qga describe") << u"--qga|--describe|guest-ping|SOCK"_s << u"--describe does not work with --qga"_s;
    QTest::newRow("describe no-negotiate") << u"--no-negotiate|--describe|stop|SOCK"_s << u"--describe does not work with --no-negotiate"_s;
    QTest::newRow("hmp oob") << u"--hmp|--oob|SOCK|info|status"_s << u"--oob does not work with --hmp"_s;
    QTest::newRow("hmp raw") << u"--hmp|--raw|{}|SOCK"_s << u"--hmp cannot be combined"_s;
    QTest::newRow("hmp describe") << u"--hmp|--describe|stop|SOCK"_s << u"--hmp cannot be combined"_s;
    QTest::newRow("oob raw") << u"--oob|--raw|{}|SOCK"_s << u"--oob with --raw"_s;
    QTest::newRow("oob whole message") << u"--oob|SOCK|{\"execute\":\"stop\"}"_s << u"--oob with a whole message"_s;
    QTest::newRow("events raw") << u"--events|--raw|{}|SOCK"_s << u"--events works alone"_s;
    QTest::newRow("events describe") << u"--events|--describe|stop|SOCK"_s << u"--events works alone"_s;
}

void TestQmpCtlOptions::bad()
{
    QFETCH(QString, line);
    QFETCH(QString, message);

    const auto r = QmpCtlCommandLine::parse(expand(line), false);
    QCOMPARE(int(r.exit), int(QmpCtlExit::Usage));
    QVERIFY2(r.message.contains(message), qPrintable(u"message: "_s + r.message));
    // The same on a terminal: the mode never rescues a bad command line.
    QCOMPARE(int(QmpCtlCommandLine::parse(expand(line), true).exit), int(QmpCtlExit::Usage));
}

void TestQmpCtlOptions::helpAndVersion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("--help") << u"--help"_s << Mode::Help << u"--pass-fd"_s;
    QTest::newRow("-h") << u"-h"_s << Mode::Help << u"Exit status"_s;
    QTest::newRow("--help wins over a bad address") << u"--help|tcp:nope"_s << Mode::Help << u"ADDRESS"_s;
    QTest::newRow("--version") << u"--version"_s << Mode::Version << u"qmpctl " QMP_CONSOLE_VERSION ""_s;
}

void TestQmpCtlOptions::helpAndVersion()
{
    QFETCH(QString, line);
    QFETCH(Mode, mode);
    QFETCH(QString, message);
    const auto r = QmpCtlCommandLine::parse(expand(line), false);
    QVERIFY(r.ok());
    QCOMPARE(r.options.mode, mode);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
}

void TestQmpCtlOptions::insecureWarning_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("warn");
    QTest::newRow("unix") << u"SOCK"_s << false;
    QTest::newRow("loopback v4") << u"127.0.0.1:4444"_s << false;
    QTest::newRow("loopback 127/8") << u"127.1.2.3:4444"_s << false;
    QTest::newRow("localhost") << u"localhost:4444"_s << false;
    QTest::newRow("loopback v6") << u"[::1]:4444"_s << false;
    QTest::newRow("lan") << u"192.168.1.20:4444"_s << true;
    QTest::newRow("name") << u"tcp:vmhost.example:4444"_s << true;
    QTest::newRow("v6") << u"[2001:db8::1]:4444"_s << true;
}

void TestQmpCtlOptions::insecureWarning()
{
    QFETCH(QString, address);
    QFETCH(bool, warn);
    const auto r = QmpCtlCommandLine::parse(expand(address + u"|query-status"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.options.warnInsecure, warn);
}

void TestQmpCtlOptions::defaultTimeoutExists()
{
    const auto r = QmpCtlCommandLine::parse(expand(u"SOCK|query-status"_s), false);
    QVERIFY(r.ok());
    QVERIFY(r.options.timeoutMs > 0);
    const auto half = QmpCtlCommandLine::parse(expand(u"--timeout|0.5|SOCK|query-status"_s), false);
    QCOMPARE(half.options.timeoutMs, 500);
}

void TestQmpCtlOptions::passFds()
{
    const auto r = QmpCtlCommandLine::parse(expand(u"--pass-fd|FD|--pass-fd|0|SOCK|getfd|fdname=f"_s), false);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.options.passFds, (QList<int>{m_fd, 0}));
}

QTEST_GUILESS_MAIN(TestQmpCtlOptions)
#include "tst_qmpctloptions.moc"
