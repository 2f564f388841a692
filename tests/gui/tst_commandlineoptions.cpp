// SPDX-License-Identifier: GPL-2.0-or-later
// qmp-console's command line (DESIGN.md): --connect ADDRESS (repeatable), --qga, --event-log FILE,
// --sandbox; every bad form is refused with a message that names the problem.
#include "commandlineoptions.h"

#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandLineOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void helpAndVersion();
    void binaryWithoutDisplay_data();
    void binaryWithoutDisplay();
    void qtOptionsLeftToQt_data();
    void qtOptionsLeftToQt();

private:
    // Runs the built qmp-console; platform is QT_QPA_PLATFORM, empty for no display at all.
    static void runBinary(const QStringList &arguments, const QString &platform, int exitCode, const QString &output);
};

void TestCommandLineOptions::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("connect");
    QTest::addColumn<bool>("qga");
    QTest::addColumn<QString>("eventLog");
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("nothing") << QStringList{} << QStringList{} << false << QString() << false;
    QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << QStringList{} << false << QString() << true;
    QTest::newRow("one socket") << QStringList{u"--connect"_s, u"/run/vm/qmp.sock"_s}
                                << QStringList{u"/run/vm/qmp.sock"_s} << false << QString() << false;
    QTest::newRow("repeated, in order")
        << QStringList{u"--connect"_s, u"localhost:4444"_s, u"--connect=unix:/tmp/b.sock"_s, u"--connect"_s,
                       u"[::1]:5555"_s}
        << QStringList{u"localhost:4444"_s, u"unix:/tmp/b.sock"_s, u"[::1]:5555"_s} << false << QString() << false;
    QTest::newRow("guest agent") << QStringList{u"--qga"_s, u"--connect"_s, u"/tmp/qga.sock"_s}
                                 << QStringList{u"/tmp/qga.sock"_s} << true << QString() << false;
    QTest::newRow("everything") << QStringList{u"--sandbox"_s, u"--event-log"_s, u"/tmp/ev.jsonl"_s, u"--connect"_s,
                                               u"tcp:127.0.0.1:4444"_s}
                                << QStringList{u"tcp:127.0.0.1:4444"_s} << false << u"/tmp/ev.jsonl"_s << true;
}

void TestCommandLineOptions::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, connect);
    QFETCH(bool, qga);
    QFETCH(QString, eventLog);
    QFETCH(bool, sandbox);
    CommandLineOptionsParser parser;
    QCOMPARE(parser.parse(QStringList{u"qmp-console"_s} + arguments), CommandLineOptionsParser::Result::Ok);
    QCOMPARE(parser.options().connectAddresses, connect);
    QCOMPARE(parser.options().guestAgent, qga);
    QCOMPARE(parser.options().eventLogFile, eventLog);
    QCOMPARE(parser.options().sandbox, sandbox);
    QVERIFY(parser.errorText().isEmpty());
}

void TestCommandLineOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("connect without address") << QStringList{u"--connect"_s} << u"connect"_s;
    QTest::newRow("bad port") << QStringList{u"--connect"_s, u"localhost:99999"_s} << u"99999"_s;
    QTest::newRow("no port") << QStringList{u"--connect"_s, u"tcp:localhost"_s} << u"tcp:localhost"_s;
    QTest::newRow("empty address") << QStringList{u"--connect="_s} << u"Invalid address"_s;
    QTest::newRow("unbracketed v6") << QStringList{u"--connect"_s, u"::1:4444"_s} << u"::1:4444"_s;
    QTest::newRow("qga alone") << QStringList{u"--qga"_s} << u"--qga"_s;
    QTest::newRow("event log twice") << QStringList{u"--event-log"_s, u"a"_s, u"--event-log"_s, u"b"_s}
                                     << u"--event-log"_s;
    QTest::newRow("event log empty") << QStringList{u"--event-log="_s} << u"--event-log"_s;
    QTest::newRow("positional") << QStringList{u"/tmp/qmp.sock"_s} << u"/tmp/qmp.sock"_s;
}

void TestCommandLineOptions::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CommandLineOptionsParser parser;
    QCOMPARE(parser.parse(QStringList{u"qmp-console"_s} + arguments), CommandLineOptionsParser::Result::Error);
    QVERIFY2(parser.errorText().contains(message), qPrintable(parser.errorText()));
}

void TestCommandLineOptions::helpAndVersion()
{
    CommandLineOptionsParser parser;
    QCOMPARE(parser.parse({u"qmp-console"_s, u"--help"_s}), CommandLineOptionsParser::Result::HelpRequested);
    for (const QString &option : {u"--connect"_s, u"--qga"_s, u"--event-log"_s, u"--sandbox"_s})
        QVERIFY2(parser.helpText().contains(option), qPrintable(option));
    QCOMPARE(parser.parse({u"qmp-console"_s, u"--version"_s}), CommandLineOptionsParser::Result::VersionRequested);
    QVERIFY(CommandLineOptionsParser::versionText().startsWith(u"qmp-console "_s));
}

void TestCommandLineOptions::binaryWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"--sandbox"_s;
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"qmp-console "_s;
    QTest::newRow("bad option") << QStringList{u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("no display") << QStringList{u"--sandbox"_s} << 1 << u"no display"_s;
}

// On a terminal without a display the program answers and exits instead of aborting in Qt's
// platform plugin loader.
void TestCommandLineOptions::binaryWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    runBinary(arguments, QString(), exitCode, output);
}

void TestCommandLineOptions::qtOptionsLeftToQt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("style, then version") << QStringList{u"-style"_s, u"fusion"_s, u"--version"_s} << 0 << u"qmp-console "_s;
    QTest::newRow("style, then a bad option") << QStringList{u"-style"_s, u"fusion"_s, u"--bogus"_s} << 2 << u"bogus"_s;
}

// With a display, QApplication takes out its own options (-style, -platform) before the
// command line is judged: "-style" is not refused as the options s, t, y, l and e.
void TestCommandLineOptions::qtOptionsLeftToQt()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    runBinary(arguments, u"offscreen"_s, exitCode, output);
}

void TestCommandLineOptions::runBinary(const QStringList &arguments, const QString &platform, int exitCode, const QString &output)
{
    const QString program = QCoreApplication::applicationDirPath() + u"/../bin/qmp-console"_s;
    if (!QFileInfo::exists(program))
        QSKIP("qmp-console is not built");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    if (!platform.isEmpty())
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString printed = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == exitCode, qPrintable(u"exit code %1: %2"_s.arg(process.exitCode()).arg(printed)));
    QVERIFY2(printed.contains(output), qPrintable(printed));
}

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
