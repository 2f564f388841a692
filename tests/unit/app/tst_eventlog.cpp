// SPDX-License-Identifier: GPL-2.0-or-later
// Event logs: the live writer, "Save events", "Open log", session transcripts and redaction.
#include "eventlinescanner.h"
#include "eventlogreader.h"
#include "eventlogsaver.h"
#include "eventlogwriter.h"
#include "eventtimelinemodel.h"
#include "qmpclient.h"
#include "timelinefilterproxy.h"
#include "transcriptrecorder.h"
#include "transcriptredactor.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// Declared before any raw string literal: moc's lexer does not follow those.
class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void writerAppends();
    void writerFlushesWithinASecond();
    void writerUnwritable_data();
    void writerUnwritable();
    void writerFolderRemoved();
    void writerRepairsCutLine();
    void writerKilledMidFlood();

    void saveOpenRoundTrip();
    void saveShownOnly();
    void saveFails();
    void openBadLines();
    void openLargeLog();
    void openGarbage_data();
    void openGarbage();

    void redaction_data();
    void redaction();
    void transcriptRoundTrip();
    void transcriptFromClient();
    void transcriptBounded();
    void openedConnections_data();
    void openedConnections();
};

namespace {

QByteArray eventLine(const QByteArray &name, const QByteArray &data, qint64 seconds = 1700000000, qint64 micros = 5)
{
    return R"({"event": ")" + name + R"(", "data": )" + data + R"(, "timestamp": {"seconds": )"
        + QByteArray::number(seconds) + R"(, "microseconds": )" + QByteArray::number(micros) + "}}";
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

mode_t modeOf(const QString &fileName)
{
    struct stat st{};
    if (::stat(QFile::encodeName(fileName).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Every line that ends in '\n' is a whole event; returns how many, or -1.
qsizetype countWholeEvents(const QByteArray &content)
{
    EventLineScanner scanner;
    qsizetype n = 0;
    qsizetype start = 0;
    for (qsizetype nl = content.indexOf('\n'); nl >= 0; nl = content.indexOf('\n', start)) {
        const QByteArrayView line = QByteArrayView(content).sliced(start, nl - start);
        if (!scanner.scan(line) || !scanner.isEvent())
            return -1;
        ++n;
        start = nl + 1;
    }
    return n;
}

// The child side of writerKilledMidFlood: writes events as fast as it can until killed.
int floodMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    EventLogWriter writer;
    writer.setFlushInterval(2);
    if (!writer.open(QString::fromLocal8Bit(argv[2])))
        return 2;
    qint64 i = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (int k = 0; k < 200; ++k, ++i) {
            // Lines of very different sizes, some spanning many pages.
            const qsizetype pad = (i % 97 == 0) ? 40000 : (i % 7) * 50;
            writer.append(eventLine("FLOOD", R"({"i": )" + QByteArray::number(i) + R"(, "pad": ")" + QByteArray(pad, 'x') + R"("})"));
        }
    });
    tick.start(0);
    return app.exec();
}

// A QMP server inside the test that greets, accepts capabilities, answers one command with a
// secret in it and sends one event.
class TinyQmpServer : public QObject
{
public:
    explicit TinyQmpServer(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            m_socket->write(R"({"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}})" "\r\n");
            connect(m_socket, &QLocalSocket::readyRead, this, [this] {
                // Whole JSON objects by brace depth, strings skipped.
                for (char c : m_socket->readAll()) {
                    m_buffer += c;
                    if (m_escape) {
                        m_escape = false;
                    } else if (m_inString) {
                        m_escape = c == '\\';
                        m_inString = c != '"';
                    } else if (c == '"') {
                        m_inString = true;
                    } else if (c == '{') {
                        ++m_depth;
                    } else if (c == '}' && --m_depth == 0) {
                        answer(m_buffer.trimmed());
                        m_buffer.clear();
                    }
                }
            });
        });
    }

private:
    void answer(const QByteArray &msg)
    {
        EventLineScanner scanner;
        const EventLineScanner::Member *id = scanner.scan(msg) ? scanner.member("id") : nullptr;
        const QByteArray idJson = id ? QByteArray(msg.constData() + id->offset, id->length) : QByteArray("null");
        m_socket->write(R"({"return": {}, "id": )" + idJson + "}\r\n");
        if (msg.contains("set_password"))
            m_socket->write(eventLine("VNC_CONNECTED", R"({"server": {"auth": "vnc"}})") + "\r\n");
    }

    QLocalServer m_server;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_buffer;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace

void TestEventLog::writerAppends()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"events.jsonl"_s);
    const QByteArray a = eventLine("STOP", "{}");
    const QByteArray b = eventLine("BIG", R"({"n": 18446744073709551615, "s": "caf\u00e9 \u00e9"})");
    {
        EventLogWriter w;
        QVERIFY(w.open(file));
        QVERIFY(w.isOpen());
        w.append(a);
        w.append(b);
        QCOMPARE(w.linesPending(), 2);
        QVERIFY(w.flush());
        QCOMPARE(w.linesWritten(), 2);
        QCOMPARE(readAll(file), a + '\n' + b + '\n');
        QCOMPARE(modeOf(file), mode_t(0600));
        w.append("{\"event\": \"X\",\n\"data\": {}}");
    } // the destructor writes what is pending
    QCOMPARE(readAll(file), a + '\n' + b + '\n' + "{\"event\": \"X\", \"data\": {}}\n");
    // A second run appends.
    EventLogWriter w;
    QVERIFY(w.open(file));
    w.append(a);
    w.close();
    QVERIFY(readAll(file).endsWith(QByteArray(b + '\n' + "{\"event\": \"X\", \"data\": {}}\n" + a + '\n')));
    QVERIFY(!w.hasError());
}

void TestEventLog::writerFlushesWithinASecond()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"live.jsonl"_s);
    EventLogWriter w;
    QVERIFY(w.flushInterval() <= 1000);
    QVERIFY(w.open(file));
    const QByteArray a = eventLine("RESUME", "{}");
    w.append(a);
    // Without anyone calling flush(): the event loop writes it out.
    QTRY_COMPARE_WITH_TIMEOUT(readAll(file), a + '\n', 2000);
}

void TestEventLog::writerUnwritable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("opens");
    QTest::newRow("missing folder") << u"/nonexistent-qmp-console/x/events.jsonl"_s << false;
    QTest::newRow("a folder") << u"/tmp"_s << false;
    if (QFileInfo::exists(u"/dev/full"_s))
        QTest::newRow("full disk") << u"/dev/full"_s << true;
}

void TestEventLog::writerUnwritable()
{
    QFETCH(QString, file);
    QFETCH(bool, opens);
    EventLogWriter w;
    QSignalSpy errors(&w, &EventLogWriter::errorOccurred);
    QCOMPARE(w.open(file), opens);
    if (!opens) {
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(file));
    }
    w.append(eventLine("STOP", "{}"));
    w.append(eventLine("STOP", "{}"));
    QVERIFY(!w.flush());
    QVERIFY(w.hasError());
    QVERIFY(!w.errorString().isEmpty());
    // Reported once, however often it is retried; the lines wait in memory.
    QTRY_VERIFY(!errors.isEmpty());
    w.flush();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(w.linesPending(), 2);
    QCOMPARE(w.linesWritten(), 0);
    // A bounded backlog: the oldest lines go first.
    w.setMaxBacklogBytes(1000);
    for (int i = 0; i < 100; ++i)
        w.append(eventLine("STOP", "{}"));
    QVERIFY(w.linesPending() < 20);
    QVERIFY(w.linesLost() > 80);
}

void TestEventLog::writerFolderRemoved()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"logs"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/events.jsonl"_s;
    EventLogWriter w;
    w.setFlushInterval(20);
    QSignalSpy errors(&w, &EventLogWriter::errorOccurred);
    QSignalSpy recovered(&w, &EventLogWriter::recovered);
    QVERIFY(w.open(file));
    const QByteArray a = eventLine("A", "1");
    w.append(a);
    QVERIFY(w.flush());
    QVERIFY(QDir(folder).removeRecursively());
    const QByteArray b = eventLine("B", "2");
    w.append(b);
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(w.errorString().contains(file));
    QCOMPARE(w.linesPending(), 1);
    // Once the folder is back, writing resumes by itself with what was kept.
    QVERIFY(QDir().mkpath(folder));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 5000);
    QCOMPARE(readAll(file), b + '\n');
    QVERIFY(!w.hasError());
}

void TestEventLog::writerRepairsCutLine()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cut.jsonl"_s);
    const QByteArray a = eventLine("A", "1");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(a + '\n' + a.left(10));
    }
    EventLogWriter w;
    QVERIFY(w.open(file));
    w.append(a);
    w.close();
    QCOMPARE(readAll(file), a + '\n' + a + '\n');

    // A file of one cut line only, and a cut line longer than the repair reads at once.
    for (const QByteArray &content : {a.left(10), QByteArray(a + '\n' + QByteArray(200000, 'x'))}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QVERIFY(w.open(file));
        w.append(a);
        w.close();
        QCOMPARE(countWholeEvents(readAll(file)), content.startsWith(a) ? 2 : 1);
        QVERIFY(readAll(file).endsWith(QByteArray(a + '\n')));
    }
}

void TestEventLog::writerKilledMidFlood()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"flood.jsonl"_s);
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({u"--flood"_s, file});
    child.start();
    QVERIFY(child.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 4 * 1024 * 1024, 30000);
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QByteArray content = readAll(file);
    const qsizetype lines = countWholeEvents(content);
    QVERIFY2(lines > 1000, "a line ending in a line break is not a whole event");
    const qsizetype tail = content.size() - (content.lastIndexOf('\n') + 1);
    qInfo("killed after %lld whole lines; %lld bytes after the last line break", qlonglong(lines), qlonglong(tail));
    // The kernel may stop a write at a page when the process dies: a cut last line is then
    // possible, and opening the log again removes it before anything is appended.
    EventLogWriter w;
    QVERIFY(w.open(file));
    w.append(eventLine("AFTER", "{}"));
    w.close();
    const QByteArray repaired = readAll(file);
    QCOMPARE(countWholeEvents(repaired), lines + 1);
    QVERIFY(repaired.endsWith('\n'));
}

void TestEventLog::saveOpenRoundTrip()
{
    QTemporaryDir dir;
    EventTimelineModel model;
    const quint16 c = model.connectionId(u"vm"_s);
    const QByteArray lines[] = {
        eventLine("DEVICE_DELETED", R"({"device": "usb0", "path": "/machine/peripheral/usb0"})"),
        R"({"timestamp":{"seconds":-1,"microseconds":-1},"event":"RTC_CHANGE","data":{"offset":-9223372036854775808}})",
        eventLine("BLOCK_JOB_COMPLETED", R"({"len": 18446744073709551615, "x": 1.50, "s": "\u00e9\ud83d\ude00 caf\u00e9"})"),
        R"({"event":"STOP"})",
        "{\"event\":\"GUEST\",\"data\":{\"msg\":\"\xc3\xa9t\xc3\xa9 \\\" \\n\"}}",
    };
    for (const QByteArray &l : lines)
        QVERIFY(model.appendLine(l, 42, c));
    const QString file = dir.filePath(u"saved.jsonl"_s);
    QString error;
    QVERIFY2(EventLogSaver::saveEvents(file, &model, &error), qPrintable(error));
    QByteArray expected;
    for (const QByteArray &l : lines)
        expected += l + '\n';
    QCOMPARE(readAll(file), expected);
    QCOMPARE(modeOf(file), mode_t(0600));

    // Open it again: the same bytes, as a connection named after the file.
    EventTimelineModel reopened;
    const EventLogReader::Result r = EventLogReader::read(file, &reopened);
    QVERIFY(r.ok);
    QCOMPARE(r.events, 5);
    QCOMPARE(r.badLines, 0);
    QVERIFY(!r.transcript);
    QCOMPARE(r.connectionName, u"saved.jsonl"_s);
    QCOMPARE(reopened.rowCount(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(reopened.rawJson(i), lines[i]);
        QCOMPARE(reopened.index(i, EventTimelineModel::ConnectionColumn).data().toString(), u"saved.jsonl"_s);
        QCOMPARE(reopened.index(i, 0).data(EventTimelineModel::ReceivedTimeRole).toLongLong(), -1);
    }
    QCOMPARE(reopened.index(2, 0).data(EventTimelineModel::QemuTimestampRole).toLongLong(), 1700000000000005);
    QCOMPARE(reopened.event(2).data().value(u"len").toUInt(), std::numeric_limits<quint64>::max());
    // And saved once more: byte for byte the same file.
    const QString again = dir.filePath(u"again.jsonl"_s);
    QVERIFY(EventLogSaver::saveEvents(again, &reopened));
    QCOMPARE(readAll(again), expected);
    // Saving over an existing file replaces it whole and keeps it private.
    QVERIFY(EventLogSaver::save(again, 1, [&](qsizetype) { return QByteArrayView(lines[3]); }));
    QCOMPARE(readAll(again), lines[3] + '\n');
    QCOMPARE(modeOf(again), mode_t(0600));
}

void TestEventLog::saveShownOnly()
{
    QTemporaryDir dir;
    EventTimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    const quint16 c = model.connectionId(u"vm"_s);
    for (int i = 0; i < 10; ++i)
        model.appendRaw(eventLine(i % 2 ? "ODD" : "EVEN", QByteArray::number(i)), i % 2 ? "ODD" : "EVEN", 1, 1, c);
    model.flush();
    proxy.setHiddenNames({u"EVEN"_s});
    const QString file = dir.filePath(u"odd.jsonl"_s);
    QVERIFY(EventLogSaver::saveShownEvents(file, &proxy));
    QByteArray expected;
    for (int i = 1; i < 10; i += 2)
        expected += eventLine("ODD", QByteArray::number(i)) + '\n';
    QCOMPARE(readAll(file), expected);
    // Nothing shown: an empty file, not an error.
    proxy.setText(u"nothing matches this"_s);
    QVERIFY(EventLogSaver::saveShownEvents(file, &proxy));
    QCOMPARE(readAll(file), QByteArray());
}

void TestEventLog::saveFails()
{
    EventTimelineModel model;
    model.appendRaw(eventLine("A", "1"), "A", 1, 1, model.connectionId(u"c"_s));
    QString error;
    QVERIFY(!EventLogSaver::saveEvents(u"/nonexistent-qmp-console/x.jsonl"_s, &model, &error));
    QVERIFY(error.contains(u"/nonexistent-qmp-console/x.jsonl"_s));
    QTemporaryDir dir;
    QVERIFY(!EventLogSaver::saveEvents(dir.path(), &model, &error)); // a folder
    QVERIFY(!error.isEmpty());
}

void TestEventLog::openBadLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"mixed.jsonl"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xef\xbb\xbf" + eventLine("A", "1") + "\r\n"); // 1, with a byte order mark
        f.write("\n");                                        // 2, blank: skipped quietly
        f.write("{\"event\": \"B\", \"data\": [1, 2}\n");      // 3, broken JSON
        f.write("[\"not an object\"]\n");                      // 4
        f.write("{\"return\": {}}\n");                         // 5, neither event nor transcript
        f.write(eventLine("C", "3") + "\n");                  // 6
        f.write("{\"dir\": \"sideways\", \"msg\": {}}\n");     // 7
        f.write(eventLine("D", "4").left(20));                // 8, cut short, no line break
    }
    EventTimelineModel model;
    const EventLogReader::Result r = EventLogReader::read(file, &model);
    QVERIFY(r.ok);
    QCOMPARE(r.events, 2);
    QCOMPARE(r.badLines, 5);
    QList<qint64> lines;
    for (const EventLogReader::Problem &p : r.problems) {
        lines.append(p.line);
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(lines, QList<qint64>({3, 4, 5, 7, 8}));
    QVERIFY(r.summary().contains(u"line 3"_s));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rawJson(0), eventLine("A", "1"));
    QCOMPARE(model.rawJson(1), eventLine("C", "3"));

    EventTimelineModel none;
    const EventLogReader::Result missing = EventLogReader::read(dir.filePath(u"missing.jsonl"_s), &none);
    QVERIFY(!missing.ok);
    QVERIFY(missing.summary().contains(u"missing.jsonl"_s));
}

void TestEventLog::openLargeLog()
{
    // Functional: every line of a large log arrives, in order. The rate is printed.
    constexpr int N = 200000;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"large.jsonl"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray out;
        for (int i = 0; i < N; ++i)
            out += eventLine(i % 3 ? "DEVICE_DELETED" : "BLOCK_JOB_READY", R"({"device": "d)" + QByteArray::number(i) + R"("})", 1700000000, i % 1000000) + '\n';
        f.write(out);
    }
    EventTimelineModel model;
    QElapsedTimer timer;
    timer.start();
    const EventLogReader::Result r = EventLogReader::read(file, &model);
    const qint64 ns = timer.nsecsElapsed();
    QVERIFY(r.ok);
    QCOMPARE(r.events, N);
    QCOMPARE(r.badLines, 0);
    QCOMPARE(model.rowCount(), N);
    QCOMPARE(model.index(N - 1, EventTimelineModel::SummaryColumn).data().toString(), uR"({"device":"d199999"})"_s);
    qInfo("open log: %d lines in %.0f ms (%.0f lines/s)", N, ns / 1e6, N / (ns / 1e9));
}

void TestEventLog::openGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("bad");
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("only blanks") << QByteArray("\n\n  \r\n") << qint64(0);
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\n\x7f{{{{\n", 11) << qint64(2);
    QTest::newRow("deep") << QByteArray("{\"event\":\"A\",\"data\":" + QByteArray(100000, '[') + "\n") << qint64(1);
    QTest::newRow("no line breaks") << QByteArray(3 << 20, 'z') << qint64(1);
    QTest::newRow("many bad") << QByteArray(1000, '\n').replace("\n", "x\n") << qint64(1000);
}

void TestEventLog::openGarbage()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, bad);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"garbage.jsonl"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    EventTimelineModel model;
    const EventLogReader::Result r = EventLogReader::read(file, &model);
    QVERIFY(r.ok);
    QCOMPARE(r.events, 0);
    QCOMPARE(r.badLines, bad);
    QVERIFY(r.problems.size() <= EventLogReader::MaxProblems);
    QCOMPARE(model.rowCount(), 0);
}

void TestEventLog::redaction_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected"); // null: unchanged

    QTest::newRow("no secret") << QByteArray(R"({"execute": "query-status",  "id": 1})") << QByteArray();
    QTest::newRow("word in a value only") << QByteArray(R"({"execute": "device_del", "arguments": {"id": "password-dev"}})")
                                          << QByteArray();
    QTest::newRow("set_password") << QByteArray(R"({"execute": "set_password", "arguments": {"protocol": "vnc", "password": "hunter2"}, "id": 7})")
                                  << QByteArray(R"({"execute":"set_password","arguments":{"protocol":"vnc","password":"<redacted>"},"id":7})");
    QTest::newRow("change-vnc-password") << QByteArray(R"({"execute": "change-vnc-password", "arguments": {"password": "x"}})")
                                         << QByteArray(R"({"execute":"change-vnc-password","arguments":{"password":"<redacted>"}})");
    QTest::newRow("secret object") << QByteArray(R"({"execute": "object-add", "arguments": {"qom-type": "secret", "id": "sec0", "data": "letmein", "format": "raw"}})")
                                   << QByteArray(R"({"execute":"object-add","arguments":{"qom-type":"secret","id":"sec0","data":"<redacted>","format":"raw"}})");
    QTest::newRow("key-secret nested") << QByteArray(R"({"execute": "blockdev-add", "arguments": {"driver": "luks", "node-name": "n", "key-secret": "sec0", "file": {"opts": [{"Passphrase": 1}]}}})")
                                       << QByteArray(R"({"execute":"blockdev-add","arguments":{"driver":"luks","node-name":"n","key-secret":"<redacted>","file":{"opts":[{"Passphrase":"<redacted>"}]}}})");
    QTest::newRow("hmp set_password") << QByteArray(R"({"execute": "human-monitor-command", "arguments": {"command-line": "set_password vnc hunter2"}})")
                                      << QByteArray(R"({"execute":"human-monitor-command","arguments":{"command-line":"set_password <redacted>"}})");
    QTest::newRow("hmp object_add secret") << QByteArray(R"({"execute": "human-monitor-command", "arguments": {"command-line": "object_add secret,id=s,data=pw"}})")
                                           << QByteArray(R"({"execute":"human-monitor-command","arguments":{"command-line":"object_add <redacted>"}})");
    QTest::newRow("big integer kept") << QByteArray(R"({"execute": "x", "arguments": {"n": 18446744073709551615, "password": ""}})")
                                      << QByteArray(R"({"execute":"x","arguments":{"n":18446744073709551615,"password":"<redacted>"}})");
    QTest::newRow("unparsable") << QByteArray(R"({"password": )") << QByteArray(R"("<redacted>")");
}

void TestEventLog::redaction()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QByteArray out;
    const bool redacted = TranscriptRedactor::redact(message, &out);
    QCOMPARE(redacted, !expected.isNull());
    if (redacted)
        QCOMPARE(out, expected);
    const QByteArray line = TranscriptRecorder::formatLine(TranscriptRecorder::Direction::Out, QByteArray(message + "\r\n"), u"vm"_s, 12);
    QVERIFY(!line.contains("hunter2"));
    QVERIFY(!line.contains("letmein"));
    QCOMPARE(line.endsWith(",\"redacted\":true}"), redacted);
    if (!redacted)
        QCOMPARE(line, R"({"dir":"out","time":12,"conn":"vm","msg":)" + message + "}");
}

void TestEventLog::transcriptRoundTrip()
{
    QTemporaryDir dir;
    TranscriptRecorder rec;
    using D = TranscriptRecorder::Direction;
    const QByteArray event = eventLine("SHUTDOWN", R"({"guest": false, "reason": "host-qmp-quit"})");
    rec.record(D::In, R"({"QMP": {"version": {}, "capabilities": ["oob"]}})" "\r\n", u"vm \"one\""_s, 1);
    rec.record(D::Out, R"({"execute": "quit", "id": 1})", u"vm \"one\""_s, 2);
    rec.record(D::In, QByteArray(event + "\r\n"), u"vm \"one\""_s, 1700000000999999);
    rec.record(D::In, R"({"return": {}, "id": 1})", u"vm \"one\""_s, 4);
    rec.record(D::Out, R"({"execute": "set_password", "arguments": {"protocol": "vnc", "password": "hunter2"}})", u"other"_s, 5);
    QCOMPARE(rec.size(), 5);
    QCOMPARE(rec.line(2).toByteArray(), QByteArray(R"({"dir":"in","time":1700000000999999,"conn":"vm \"one\"","msg":)" + event + "}"));
    const QString file = dir.filePath(u"session.jsonl"_s);
    QString error;
    QVERIFY2(rec.save(file, &error), qPrintable(error));
    QCOMPARE(modeOf(file), mode_t(0600));
    const QByteArray content = readAll(file);
    QVERIFY(!content.contains("hunter2"));
    QCOMPARE(content.count('\n'), 5);

    EventTimelineModel model;
    const EventLogReader::Result r = EventLogReader::read(file, &model);
    QVERIFY(r.ok);
    QVERIFY(r.transcript);
    QCOMPARE(r.badLines, 0);
    QCOMPARE(r.events, 1);
    QCOMPARE(r.otherMessages, 4);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rawJson(0), event);
    QCOMPARE(model.index(0, 0).data(EventTimelineModel::ReceivedTimeRole).toLongLong(), 1700000000999999);
    QCOMPARE(model.index(0, EventTimelineModel::ConnectionColumn).data().toString(), u"session.jsonl: vm \"one\""_s);
    // The connection filter offers the connections the events came from, nothing else.
    QCOMPARE(model.connectionNames(), QStringList{u"session.jsonl: vm \"one\""_s});
}

void TestEventLog::openedConnections_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("connections");
    const QByteArray stop = R"({"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 0}})";
    const QByteArray resume = R"({"event": "RESUME", "timestamp": {"seconds": 2, "microseconds": 0}})";
    const QByteArray a = R"({"dir":"in","time":5,"conn":"Sandbox VM","msg":)" + stop + "}";
    const QByteArray b = R"({"dir":"in","time":6,"conn":"other","msg":)" + resume + "}";
    const QByteArray noConn = R"({"dir":"in","time":7,"msg":)" + resume + "}";
    const QByteArray command = R"({"dir":"out","time":4,"conn":"Sandbox VM","msg":{"execute":"stop","id":1}})";
    QTest::newRow("event log") << QByteArray(stop + '\n' + resume + '\n') << QStringList{u"f.jsonl"_s};
    QTest::newRow("transcript, one connection")
        << QByteArray(command + '\n' + a + '\n') << QStringList{u"f.jsonl: Sandbox VM"_s};
    QTest::newRow("transcript, two connections")
        << QByteArray(a + '\n' + b + '\n') << QStringList{u"f.jsonl: Sandbox VM"_s, u"f.jsonl: other"_s};
    QTest::newRow("transcript, an event without its connection")
        << QByteArray(a + '\n' + noConn + '\n') << QStringList{u"f.jsonl: Sandbox VM"_s, u"f.jsonl"_s};
    QTest::newRow("transcript without events") << QByteArray(command + '\n') << QStringList{};
    QTest::newRow("nothing but bad lines") << QByteArray("nope\n{\"return\": {}}\n") << QStringList{};
}

void TestEventLog::openedConnections()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, connections);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"f.jsonl"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    EventTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EventLogReader::Result r = EventLogReader::read(file, &model);
    QVERIFY(r.ok);
    QCOMPARE(r.connectionName, u"f.jsonl"_s); // what the status line names
    QCOMPARE(model.connectionNames(), connections);
}

void TestEventLog::transcriptFromClient()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"qmp.sock"_s);
    TinyQmpServer server(path);
    QmpClient client;
    TranscriptRecorder rec;
    rec.addClient(&client, u"tiny"_s);
    client.connectToServer(QmpAddress::unixSocket(path));
    QVERIFY(client.waitForConnected(10000));
    QSignalSpy events(&client, &QmpClient::eventReceived);
    QmpReply *reply = client.execute(u"set_password"_s, QmpValue::object({{u"protocol"_s, u"vnc"_s}, {u"password"_s, u"hunter2"_s}}));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QTRY_COMPARE(events.size(), 1);
    // greeting, qmp_capabilities and its reply, the command and its reply, the event.
    QTRY_COMPARE(rec.size(), 6);
    QString all;
    for (qsizetype i = 0; i < rec.size(); ++i) {
        EventLineScanner s;
        QVERIFY(s.scan(rec.line(i)));
        QCOMPARE(QByteArray::fromStdString(s.member("conn")->text), QByteArray("tiny"));
        all += QString::fromUtf8(rec.line(i)) + u'\n';
    }
    QVERIFY(!all.contains(u"hunter2"_s));
    QVERIFY(all.contains(u"\"dir\":\"out\""_s));
    QVERIFY(all.contains(u"VNC_CONNECTED"_s));
    rec.removeClient(&client);
    client.execute(u"query-status"_s)->deleteLater();
    QTest::qWait(50);
    QCOMPARE(rec.size(), 6);
}

void TestEventLog::transcriptBounded()
{
    TranscriptRecorder rec;
    rec.setMaxBytes(1000);
    for (int i = 0; i < 100; ++i)
        rec.record(TranscriptRecorder::Direction::In, eventLine("E", QByteArray::number(i)), u"c"_s, i);
    QVERIFY(rec.size() < 20);
    QCOMPARE(rec.droppedCount() + rec.size(), 100);
    QVERIFY(rec.line(rec.size() - 1).contains("\"data\": 99,"));
    rec.clear();
    QCOMPARE(rec.size(), 0);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--flood") == 0)
        return floodMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestEventLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventlog.moc"
