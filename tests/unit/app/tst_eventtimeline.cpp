// SPDX-License-Identifier: GPL-2.0-or-later
// The event timeline core: line scanner, store, model with batches and a cap, the filter proxy
// and the name list with counts.
#include "eventlinescanner.h"
#include "eventnamecountmodel.h"
#include "eventtimelinemodel.h"
#include "timelinefilterdebouncer.h"
#include "timelinefilterproxy.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Declared before any raw string literal: moc's lexer does not follow those.
class TestEventTimeline : public QObject
{
    Q_OBJECT
private slots:
    void scanner_data();
    void scanner();
    void scannerBadLines_data();
    void scannerBadLines();
    void findDataMember_data();
    void findDataMember();

    void batching();
    void displayAndRoles();
    void integersExact();
    void appendLineBad_data();
    void appendLineBad();
    void appendLineKeepsBytes();
    void multiLineEventBecomesOneLine();
    void cap();
    void capDropsPendingRows();
    void clearResets();

    void filterNames();
    void filterText_data();
    void filterText();
    void filterTextMatchesNames_data();
    void filterTextMatchesNames();
    void filterTextLearnsNewNames();
    void filterBadRegex();
    void filterConnections();
    void filterTimeRange();
    void filterCombined();
    void filterFollowsNewRows();
    void filterMapping();

    void nameCounts();
    void nameCountsCheckable();
    void nameCountsKnownNames();

    void debouncer();

    void million();
};

namespace {

QByteArray eventLine(const QByteArray &name, const QByteArray &data, qint64 seconds = 1700000000, qint64 micros = 123456)
{
    QByteArray line = R"({"event": ")" + name + '"';
    if (!data.isNull())
        line += R"(, "data": )" + data;
    line += R"(, "timestamp": {"seconds": )" + QByteArray::number(seconds) + R"(, "microseconds": )"
        + QByteArray::number(micros) + "}}";
    return line;
}

// A timeline with a tester on the model and on a proxy over it, as the panel uses them.
struct Fixture
{
    EventTimelineModel model;
    TimelineFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    Fixture()
    {
        proxy.setSourceModel(&model);
        modelTester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, col).data(role).toString());
    return out;
}

} // namespace


void TestEventTimeline::scanner_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("usecs");

    QTest::newRow("plain") << eventLine("STOP", "{}") << u"STOP"_s << QByteArray("{}") << qint64(1700000000123456);
    QTest::newRow("no data") << eventLine("RESUME", QByteArray()) << u"RESUME"_s << QByteArray() << qint64(1700000000123456);
    QTest::newRow("host clock failed") << eventLine("X", "[1, 2]", -1, -1) << u"X"_s << QByteArray("[1, 2]") << qint64(-1);
    QTest::newRow("CRLF and blanks") << QByteArray("  " + eventLine("A", R"({"a": "}\""})") + " \r")
                                     << u"A"_s << QByteArray(R"({"a": "}\""})") << qint64(1700000000123456);
    QTest::newRow("number data") << eventLine("N", "18446744073709551615") << u"N"_s << QByteArray("18446744073709551615")
                                 << qint64(1700000000123456);
    QTest::newRow("string data") << eventLine("S", R"("x\u00e9")") << u"S"_s << QByteArray(R"("x\u00e9")") << qint64(1700000000123456);
    QTest::newRow("data first, no blanks") << QByteArray(R"({"data":{"id":"d0"},"event":"DEVICE_DELETED","timestamp":{"seconds":5,"microseconds":6}})")
                                           << u"DEVICE_DELETED"_s << QByteArray(R"({"id":"d0"})") << qint64(5000006);
    QTest::newRow("utf-8 name") << eventLine("\xc3\xa9v", "null") << u"\u00e9v"_s << QByteArray("null") << qint64(1700000000123456);
    QTest::newRow("absurd seconds") << eventLine("T", "1", 9223372036854775807LL, 0) << u"T"_s << QByteArray("1") << qint64(-1);
}

void TestEventTimeline::scanner()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(qint64, usecs);
    EventLineScanner s;
    QVERIFY2(s.scan(line), qPrintable(s.errorString()));
    QVERIFY(s.isEvent());
    QCOMPARE(QString::fromUtf8(s.eventName()), name);
    QCOMPARE(s.timestampUsecs(), usecs);
    const EventLineScanner::Member *m = s.member("data");
    if (data.isNull()) {
        QVERIFY(!m);
    } else {
        QVERIFY(m);
        QCOMPARE(QByteArrayView(line).sliced(m->offset, m->length).toByteArray(), data);
        qsizetype off = -1, len = -1;
        const QByteArray trimmed = line.trimmed();
        const qsizetype lead = line.indexOf('{');
        QVERIFY(EventLineScanner::findDataMember(trimmed, &off, &len));
        QCOMPARE(trimmed.mid(off, len), data);
        QCOMPARE(off + lead, m->offset);
    }
}

void TestEventTimeline::scannerBadLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("json");

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("blank") << QByteArray("   \r") << false;
    QTest::newRow("array") << QByteArray("[1]") << false;
    QTest::newRow("string") << QByteArray(R"("event")") << false;
    QTest::newRow("cut") << QByteArray(R"({"event": "STOP", "data": {)") << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"event": "STOP"} x)") << false;
    QTest::newRow("two objects") << QByteArray(R"({"event": "STOP"}{"event": "STOP"})") << false;
    QTest::newRow("single quotes") << QByteArray(R"({'event': 'STOP'})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"event": "STOP",})") << false;
    QTest::newRow("NaN") << QByteArray(R"({"event": "STOP", "data": NaN})") << false;
    QTest::newRow("NUL") << QByteArray("{\"event\": \"ST\0P\"}", 17) << false;
    QTest::newRow("bad utf-8") << QByteArray("{\"event\": \"\xff\xfe\"}") << false;
    QTest::newRow("too deep") << QByteArray("{\"data\": " + QByteArray(2000, '[') + QByteArray(2000, ']') + "}") << false;
    QTest::newRow("no event") << QByteArray(R"({"return": {}})") << true;
    QTest::newRow("event not a string") << QByteArray(R"({"event": 7})") << true;
    QTest::newRow("empty name") << QByteArray(R"({"event": ""})") << true;
}

void TestEventTimeline::scannerBadLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, json);
    EventLineScanner s;
    QCOMPARE(s.scan(line), json);
    QVERIFY(!s.isEvent());
    if (!json) {
        QVERIFY(!s.errorString().isEmpty());
        QVERIFY(s.errorOffset() >= 0);
    }
}

void TestEventTimeline::findDataMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("none") << QByteArray(R"({"event":"A"})") << QByteArray();
    QTest::newRow("nested data only") << QByteArray(R"({"event":"A","x":{"data":1}})") << QByteArray();
    QTest::newRow("key in string") << QByteArray(R"({"event":"\"data\":","data":[1,{"b":"]"}]})") << QByteArray(R"([1,{"b":"]"}])");
    QTest::newRow("scalar") << QByteArray(R"({"data" : -12.5e3 , "event":"A"})") << QByteArray("-12.5e3");
    QTest::newRow("not an object") << QByteArray("[]") << QByteArray();
}

void TestEventTimeline::findDataMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, data);
    qsizetype off = -1, len = -1;
    const bool found = EventLineScanner::findDataMember(json, &off, &len);
    QCOMPARE(found, !data.isNull());
    if (found)
        QCOMPARE(json.mid(off, len), data);
}

void TestEventTimeline::batching()
{
    Fixture f;
    f.model.setBatchInterval(20);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    const quint16 c = f.model.connectionId(u"vm1"_s);
    for (int i = 0; i < 100; ++i)
        f.model.appendRaw(eventLine("STOP", "{}"), "STOP", 1, 2, c);
    // Views see nothing until the batch is shown, then all of it in one insertion.
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.pendingCount(), 100);
    QTRY_COMPARE(f.model.rowCount(), 100);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(f.proxy.rowCount(), 100);
    f.model.appendRaw(eventLine("STOP", "{}"), "STOP", 1, 2, c);
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 101);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(f.model.pendingCount(), 0);
}

void TestEventTimeline::displayAndRoles()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"vm1"_s);
    QCOMPARE(f.model.connectionId(u"vm1"_s), c);
    const quint16 c2 = f.model.connectionId(u"vm2"_s);
    QVERIFY(c2 != c);
    QCOMPARE(f.model.connectionNames(), QStringList({u"vm1"_s, u"vm2"_s}));

    const QByteArray line = eventLine("DEVICE_DELETED", R"({ "device": "usb0",  "path": "/machine/peripheral/usb0" })");
    QString error;
    QVERIFY2(f.model.appendLine(line, 1700000001000042, c2, &error), qPrintable(error));
    f.model.appendLine(eventLine("STOP", QByteArray(), -1, -1), -1, c);
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.model.columnCount(), int(EventTimelineModel::ColumnCount));
    for (int col = 0; col < EventTimelineModel::ColumnCount; ++col)
        QVERIFY(!f.model.headerData(col, Qt::Horizontal).toString().isEmpty());

    const QModelIndex name = f.model.index(0, EventTimelineModel::NameColumn);
    QCOMPARE(name.data().toString(), u"DEVICE_DELETED"_s);
    QCOMPARE(f.model.index(0, EventTimelineModel::ConnectionColumn).data().toString(), u"vm2"_s);
    QCOMPARE(f.model.index(0, EventTimelineModel::SummaryColumn).data().toString(),
             uR"({"device":"usb0","path":"/machine/peripheral/usb0"})"_s);
    QCOMPARE(f.model.index(0, EventTimelineModel::QemuTimeColumn).data().toString(),
             EventTimelineModel::formatTime(1700000000123456));
    QVERIFY(f.model.index(0, EventTimelineModel::QemuTimeColumn).data().toString().endsWith(u".123456"_s));
    QVERIFY(f.model.index(0, EventTimelineModel::ReceivedTimeColumn).data().toString().endsWith(u".000042"_s));
    QCOMPARE(name.data(EventTimelineModel::QemuTimestampRole).toLongLong(), 1700000000123456);
    QCOMPARE(name.data(EventTimelineModel::ReceivedTimeRole).toLongLong(), 1700000001000042);
    QCOMPARE(name.data(EventTimelineModel::ConnectionIdRole).toInt(), int(c2));
    QCOMPARE(name.data(EventTimelineModel::ConnectionNameRole).toString(), u"vm2"_s);
    QCOMPARE(name.data(EventTimelineModel::SerialRole).toLongLong(), 0);
    QCOMPARE(name.data(EventTimelineModel::RawJsonRole).toByteArray(), line);
    QCOMPARE(name.data(EventTimelineModel::NameRole).toString(), u"DEVICE_DELETED"_s);
    const QmpEvent e = name.data(EventTimelineModel::EventRole).value<QmpEvent>();
    QVERIFY(e.isValid());
    QCOMPARE(e.data().value(u"device").toString(), u"usb0"_s);

    // Unknown times and no data.
    const QModelIndex stop = f.model.index(1, EventTimelineModel::QemuTimeColumn);
    QCOMPARE(stop.data().toString(), u"\u2014"_s);
    QCOMPARE(f.model.index(1, EventTimelineModel::ReceivedTimeColumn).data().toString(), u"\u2014"_s);
    QCOMPARE(f.model.index(1, EventTimelineModel::SummaryColumn).data().toString(), QString());
    QVERIFY(!f.model.index(1, EventTimelineModel::QemuTimeColumn).data(Qt::ToolTipRole).toString().isEmpty());

    // A long summary is cut with an ellipsis.
    f.model.appendRaw(eventLine("BIG", "\"" + QByteArray(5000, 'x') + "\""), "BIG", 1, 1, c);
    f.model.flush();
    const QString s = f.model.summary(2, 50);
    QCOMPARE(s.size(), 50);
    QVERIFY(s.endsWith(QChar(0x2026)));

    // Out of range rows give nothing, never a crash.
    QCOMPARE(f.model.rawJson(-1), QByteArray());
    QCOMPARE(f.model.rawJson(99), QByteArray());
    QVERIFY(!f.model.event(99).isValid());
    QCOMPARE(f.model.summary(99), QString());
}

void TestEventTimeline::integersExact()
{
    Fixture f;
    const QByteArray data = R"({"max": 18446744073709551615, "min": -9223372036854775808, "big": 9007199254740993})";
    f.model.appendLine(eventLine("BLOCK_JOB_COMPLETED", data), 1, f.model.connectionId(u"c"_s));
    f.model.flush();
    const QModelIndex i = f.model.index(0, EventTimelineModel::SummaryColumn);
    QCOMPARE(i.data().toString(), uR"({"max":18446744073709551615,"min":-9223372036854775808,"big":9007199254740993})"_s);
    QCOMPARE(i.data(EventTimelineModel::DataJsonRole).toByteArray(), data);
    const QmpEvent e = f.model.event(0);
    QCOMPARE(e.data().value(u"max").toUInt(), std::numeric_limits<quint64>::max());
    QCOMPARE(e.data().value(u"min").toInt(), std::numeric_limits<qint64>::min());
    QCOMPARE(e.data().value(u"big").toInt(), 9007199254740993LL);
    // The text filter sees the digits as sent.
    f.proxy.setText(u"18446744073709551615"_s);
    QCOMPARE(f.proxy.rowCount(), 1);
    f.proxy.setText(u"1.8446744073709552e+19"_s);
    QCOMPARE(f.proxy.rowCount(), 0);
}

void TestEventTimeline::appendLineBad_data()
{
    scannerBadLines_data();
}

void TestEventTimeline::appendLineBad()
{
    QFETCH(QByteArray, line);
    Fixture f;
    QString error;
    QVERIFY(!f.model.appendLine(line, 1, f.model.connectionId(u"log"_s), &error));
    QVERIFY(!error.isEmpty());
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 0);
}

void TestEventTimeline::appendLineKeepsBytes()
{
    Fixture f;
    const QByteArray line = R"({"timestamp":{"seconds":1,"microseconds":2},"event":"X","data":{"a" : [1, 2.50, "\u0041"]}})";
    QVERIFY(f.model.appendLine(QByteArray("\t" + line + "\r"), 7, f.model.connectionId(u"log"_s)));
    f.model.flush();
    QCOMPARE(f.model.rawJson(0), line);
    QCOMPARE(f.model.index(0, 0).data(EventTimelineModel::DataJsonRole).toByteArray(), QByteArray(R"({"a" : [1, 2.50, "\u0041"]})"));
    QCOMPARE(f.model.index(0, 0).data(EventTimelineModel::QemuTimestampRole).toLongLong(), 1000002);
}

void TestEventTimeline::multiLineEventBecomesOneLine()
{
    Fixture f;
    const QmpEvent e = QmpEvent::fromJson("{\"event\": \"STOP\",\n \"data\": {\"a\":\r\n1}}", nullptr, 5);
    QVERIFY(e.isValid());
    f.model.appendEvent(e, f.model.connectionId(u"c"_s));
    f.model.flush();
    const QByteArray raw = f.model.rawJson(0);
    QVERIFY(!raw.contains('\n'));
    QVERIFY(!raw.contains('\r'));
    QVERIFY(QmpEvent::fromJson(raw).isValid());
    QCOMPARE(f.model.index(0, EventTimelineModel::SummaryColumn).data().toString(), uR"({"a":1})"_s);
    QCOMPARE(f.model.index(0, 0).data(EventTimelineModel::ReceivedTimeRole).toLongLong(), 5);
}

void TestEventTimeline::cap()
{
    Fixture f;
    f.model.setMaxEvents(160);
    QCOMPARE(f.model.maxEvents(), 160);
    QSignalSpy dropped(&f.model, &EventTimelineModel::eventsDropped);
    const quint16 c = f.model.connectionId(u"c"_s);
    qint64 appended = 0;
    for (int batch = 0; batch < 20; ++batch) {
        for (int i = 0; i < 37; ++i, ++appended)
            f.model.appendRaw(eventLine("E", QByteArray::number(appended)), "E", appended, appended, c);
        f.model.flush();
        QVERIFY(f.model.rowCount() <= 160);
        QCOMPARE(f.proxy.rowCount(), f.model.rowCount());
        QCOMPARE(f.model.droppedCount() + f.model.rowCount(), appended);
        // The newest is always at the bottom; the rows are consecutive serials.
        const int last = f.model.rowCount() - 1;
        QCOMPARE(f.model.index(last, EventTimelineModel::SummaryColumn).data().toString(), QString::number(appended - 1));
        QCOMPARE(f.model.serial(0), f.model.droppedCount());
        QCOMPARE(f.model.index(0, 0).data(EventTimelineModel::QemuTimestampRole).toLongLong(), f.model.droppedCount());
        QCOMPARE(f.proxy.mapToSource(f.proxy.index(0, 0)).row(), 0);
    }
    QVERIFY(!dropped.isEmpty());
    qint64 sum = 0;
    for (const QList<QVariant> &args : std::as_const(dropped))
        sum += args.at(0).toLongLong();
    QCOMPARE(sum, f.model.droppedCount());
    // The store gives its memory back as rows go.
    QCOMPARE(f.model.store().size(), f.model.rowCount());
    QCOMPARE(f.model.store().countOfName(0), f.model.rowCount());

    // Lowering the cap drops at once; 0 lifts it.
    f.model.setMaxEvents(10);
    QVERIFY(f.model.rowCount() <= 10);
    f.model.setMaxEvents(0);
    for (int i = 0; i < 500; ++i)
        f.model.appendRaw(eventLine("E", "1"), "E", 1, 1, c);
    f.model.flush();
    QVERIFY(f.model.rowCount() > 500);
}

void TestEventTimeline::capDropsPendingRows()
{
    Fixture f;
    f.model.setMaxEvents(32);
    const quint16 c = f.model.connectionId(u"c"_s);
    for (int i = 0; i < 10; ++i)
        f.model.appendRaw(eventLine("E", QByteArray::number(i)), "E", i, i, c);
    f.model.flush();
    // More than the cap before a batch is shown: rows views never saw go silently.
    for (int i = 10; i < 200; ++i)
        f.model.appendRaw(eventLine("E", QByteArray::number(i)), "E", i, i, c);
    f.model.flush();
    QVERIFY(f.model.rowCount() <= 32);
    QVERIFY(f.model.rowCount() > 0);
    QCOMPARE(f.model.index(f.model.rowCount() - 1, EventTimelineModel::SummaryColumn).data().toString(), u"199"_s);
    QCOMPARE(f.proxy.rowCount(), f.model.rowCount());
    QCOMPARE(f.model.droppedCount() + f.model.rowCount(), 200);
}

void TestEventTimeline::clearResets()
{
    Fixture f;
    EventNameCountModel names;
    QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
    names.setTimeline(&f.model);
    const quint16 c = f.model.connectionId(u"c"_s);
    f.model.appendRaw(eventLine("A", "1"), "A", 1, 1, c);
    f.model.flush();
    QCOMPARE(names.rowCount(), 1);
    f.proxy.setHiddenNames({u"B"_s});
    f.model.clear();
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.proxy.rowCount(), 0);
    QCOMPARE(names.rowCount(), 0);
    // Connection ids survive a clear; serials keep growing.
    QCOMPARE(f.model.connectionId(u"c"_s), c);
    f.model.appendRaw(eventLine("B", "1"), "B", 1, 1, c);
    f.model.appendRaw(eventLine("A", "1"), "A", 1, 1, c);
    f.model.flush();
    QCOMPARE(f.model.serial(0), 1);
    QCOMPARE(f.proxy.rowCount(), 1);
    QCOMPARE(names.rowCount(), 2);
}

void TestEventTimeline::filterNames()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"c"_s);
    const char *names[] = {"STOP", "RESUME", "STOP", "DEVICE_DELETED", "STOP"};
    for (const char *n : names)
        f.model.appendRaw(eventLine(n, "{}"), n, 1, 1, c);
    f.model.flush();
    QSignalSpy counts(&f.proxy, &TimelineFilterProxy::countsChanged);
    f.proxy.setHiddenNames({u"STOP"_s});
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), QStringList({u"RESUME"_s, u"DEVICE_DELETED"_s}));
    QCOMPARE(f.proxy.countText(), u"2 of 5 events"_s);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).at(0).value<qsizetype>(), 2);
    QCOMPARE(counts.at(0).at(1).value<qsizetype>(), 5);

    TimelineFilter only;
    only.onlyNames = {u"STOP"_s, u"RESUME"_s};
    only.hiddenNames = {u"RESUME"_s};
    f.proxy.setFilter(only);
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), QStringList({u"STOP"_s, u"STOP"_s, u"STOP"_s}));
    QCOMPARE(f.proxy.filter(), only);
    // The same filter again changes nothing.
    counts.clear();
    f.proxy.setFilter(only);
    QCOMPARE(counts.size(), 0);
    f.proxy.setFilter({});
    QCOMPARE(f.proxy.rowCount(), 5);
}

void TestEventTimeline::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QStringList>("expected"); // summaries shown

    QTest::newRow("empty") << QString() << false << false << QStringList({u"\"usb0\""_s, u"\"USB1\""_s, u"\"caf\u00e9\""_s, u"\"CAF\u00c9\""_s, QString()});
    QTest::newRow("folded") << u"usb"_s << false << false << QStringList({u"\"usb0\""_s, u"\"USB1\""_s, QString()});
    QTest::newRow("folded upper needle") << u"USB0"_s << false << false << QStringList({u"\"usb0\""_s});
    QTest::newRow("case sensitive") << u"USB"_s << true << false << QStringList({u"\"USB1\""_s});
    QTest::newRow("non-ascii folded") << u"CAF\u00c9"_s << false << false << QStringList({u"\"caf\u00e9\""_s, u"\"CAF\u00c9\""_s});
    QTest::newRow("non-ascii exact") << u"caf\u00e9"_s << true << false << QStringList({u"\"caf\u00e9\""_s});
    QTest::newRow("quote") << u"\"usb"_s << false << false << QStringList({u"\"usb0\""_s, u"\"USB1\""_s});
    QTest::newRow("no match") << u"zzz"_s << false << false << QStringList();
    QTest::newRow("regex") << u"^\"usb\\d\"$"_s << false << true << QStringList({u"\"usb0\""_s, u"\"USB1\""_s});
    QTest::newRow("regex case") << u"usb\\d"_s << true << true << QStringList({u"\"usb0\""_s});
    QTest::newRow("regex chars literal") << u"usb\\d"_s << false << false << QStringList();
    QTest::newRow("regex unicode") << u"caf."_s << false << true << QStringList({u"\"caf\u00e9\""_s, u"\"CAF\u00c9\""_s});
    QTest::newRow("name, case sensitive") << u"usb"_s << true << false << QStringList({u"\"usb0\""_s, QString()});
    QTest::newRow("name, regex") << u"^usb$"_s << false << true << QStringList({QString()});
}

void TestEventTimeline::filterText()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, regex);
    QFETCH(QStringList, expected);
    Fixture f;
    const quint16 c = f.model.connectionId(u"c"_s);
    const QByteArray data[] = {"\"usb0\"", "\"USB1\"", "\"caf\xc3\xa9\"", "\"CAF\xc3\x89\""};
    for (const QByteArray &d : data)
        f.model.appendRaw(eventLine("E", d), "E", 1, 1, c);
    // No data: only its name can match.
    f.model.appendRaw(eventLine("usb", QByteArray()), "usb", 1, 1, c);
    f.model.flush();
    f.proxy.setText(text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, regex);
    QVERIFY(f.proxy.filterError().isEmpty());
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn), expected);
}

void TestEventTimeline::filterTextMatchesNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QStringList>("expected"); // names shown

    QTest::newRow("name") << u"STOP"_s << false << false << QStringList{u"STOP"_s};
    QTest::newRow("name, folded") << u"stop"_s << false << false << QStringList{u"STOP"_s};
    QTest::newRow("name, case sensitive") << u"stop"_s << true << false << QStringList{};
    QTest::newRow("part of a name") << u"device_"_s << false << false << QStringList{u"DEVICE_DELETED"_s};
    QTest::newRow("data") << u"usb0"_s << false << false << QStringList{u"DEVICE_DELETED"_s};
    QTest::newRow("data of another") << u"quit"_s << false << false << QStringList{u"SHUTDOWN"_s};
    QTest::newRow("names, regex") << u"^(STOP|RESUME)$"_s << false << true << QStringList{u"STOP"_s, u"RESUME"_s};
    QTest::newRow("name or data, regex") << u"deleted|quit"_s << false << true << QStringList{u"DEVICE_DELETED"_s, u"SHUTDOWN"_s};
    QTest::newRow("regex, case sensitive") << u"^stop$"_s << true << true << QStringList{};
}

void TestEventTimeline::filterTextMatchesNames()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, regex);
    QFETCH(QStringList, expected);
    Fixture f;
    const quint16 c = f.model.connectionId(u"vm"_s);
    f.model.appendRaw(R"({"timestamp": {"seconds": 1, "microseconds": 0}, "event": "STOP"})", "STOP", 1, 1, c);
    f.model.appendRaw(R"({"timestamp": {"seconds": 2, "microseconds": 0}, "event": "RESUME"})", "RESUME", 2, 2, c);
    f.model.appendRaw(eventLine("DEVICE_DELETED", R"({"device": "usb0", "path": "/machine/peripheral/usb0"})"), "DEVICE_DELETED", 3, 3, c);
    f.model.appendRaw(eventLine("SHUTDOWN", R"({"guest": false, "reason": "host-qmp-quit"})"), "SHUTDOWN", 4, 4, c);
    f.model.flush();
    f.proxy.setText(text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, regex);
    QVERIFY(f.proxy.filterError().isEmpty());
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), expected);
    QCOMPARE(f.proxy.countText(), u"%1 of 4 events"_s.arg(expected.size()));
    // Names the name list hides stay hidden, whatever the text finds.
    f.proxy.setHiddenNames({u"STOP"_s, u"DEVICE_DELETED"_s});
    expected.removeAll(u"STOP"_s);
    expected.removeAll(u"DEVICE_DELETED"_s);
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), expected);
}

void TestEventTimeline::filterTextLearnsNewNames()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"vm"_s);
    f.model.appendRaw(eventLine("STOP", "{}"), "STOP", 1, 1, c);
    f.model.flush();
    f.proxy.setText(u"block_job"_s);
    QCOMPARE(f.proxy.rowCount(), 0);
    // A name first seen after the filter was set is matched as it arrives.
    f.model.appendRaw(eventLine("BLOCK_JOB_COMPLETED", R"({"device": "j0"})"), "BLOCK_JOB_COMPLETED", 2, 2, c);
    f.model.appendRaw(eventLine("RESUME", "{}"), "RESUME", 3, 3, c);
    f.model.flush();
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), QStringList{u"BLOCK_JOB_COMPLETED"_s});
    QCOMPARE(f.proxy.countText(), u"1 of 3 events"_s);
}

void TestEventTimeline::filterBadRegex()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"c"_s);
    f.model.appendRaw(eventLine("A", "1"), "A", 1, 1, c);
    f.model.appendRaw(eventLine("B", "2"), "B", 1, 1, c);
    f.model.flush();
    QSignalSpy errors(&f.proxy, &TimelineFilterProxy::filterErrorChanged);
    TimelineFilter filter;
    filter.hiddenNames = {u"B"_s};
    filter.text = u"(unclosed"_s;
    filter.regularExpression = true;
    f.proxy.setFilter(filter);
    QVERIFY(!f.proxy.filterError().isEmpty());
    QCOMPARE(errors.size(), 1);
    // The broken text part is ignored; the rest still applies.
    QCOMPARE(column(f.proxy, EventTimelineModel::NameColumn), QStringList({u"A"_s}));
    filter.text = u"(closed)"_s;
    f.proxy.setFilter(filter);
    QVERIFY(f.proxy.filterError().isEmpty());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(f.proxy.rowCount(), 0);
}

void TestEventTimeline::filterConnections()
{
    Fixture f;
    const quint16 a = f.model.connectionId(u"vm-a"_s);
    const quint16 b = f.model.connectionId(u"vm-b"_s);
    for (int i = 0; i < 6; ++i)
        f.model.appendRaw(eventLine("E", QByteArray::number(i)), "E", 1, 1, i % 3 ? a : b);
    f.model.flush();
    f.proxy.setConnections({u"vm-b"_s});
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn), QStringList({u"0"_s, u"3"_s}));
    f.proxy.setConnections({u"vm-a"_s, u"vm-b"_s});
    QCOMPARE(f.proxy.rowCount(), 6);
    f.proxy.setConnections({u"nobody"_s});
    QCOMPARE(f.proxy.rowCount(), 0);
    // A connection that appears later is judged too.
    const quint16 late = f.model.connectionId(u"nobody"_s);
    f.model.appendRaw(eventLine("E", "9"), "E", 1, 1, late);
    f.model.flush();
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn), QStringList({u"9"_s}));
}

void TestEventTimeline::filterTimeRange()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"c"_s);
    for (qint64 t = 0; t < 10; ++t)
        f.model.appendRaw(eventLine("E", QByteArray::number(t)), "E", t * 1000, 100 - t, c);
    f.model.appendRaw(eventLine("E", "unknown"), "E", -1, -1, c);
    f.model.flush();
    f.proxy.setTimeRange(2000, 4000, TimelineFilter::TimeField::Qemu);
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn), QStringList({u"2"_s, u"3"_s, u"4"_s}));
    f.proxy.setTimeRange(95, 96, TimelineFilter::TimeField::Received);
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn), QStringList({u"4"_s, u"5"_s}));
    f.proxy.setTimeRange(5000, std::numeric_limits<qint64>::max(), TimelineFilter::TimeField::Qemu);
    QCOMPARE(f.proxy.rowCount(), 5);
    f.proxy.setTimeRange(10, 0, TimelineFilter::TimeField::Qemu); // empty range
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.clearTimeRange();
    QCOMPARE(f.proxy.rowCount(), 11);
}

void TestEventTimeline::filterCombined()
{
    Fixture f;
    const quint16 a = f.model.connectionId(u"a"_s);
    const quint16 b = f.model.connectionId(u"b"_s);
    struct Row { const char *name; const char *data; qint64 t; quint16 conn; };
    const Row rows[] = {
        {"DEVICE_DELETED", R"({"device":"usb0"})", 10, a}, // all match
        {"DEVICE_DELETED", R"({"device":"usb0"})", 10, b}, // wrong connection
        {"DEVICE_DELETED", R"({"device":"pci0"})", 10, a}, // wrong text
        {"DEVICE_DELETED", R"({"device":"usb0"})", 99, a}, // out of range
        {"STOP", R"({"device":"usb0"})", 10, a},           // hidden name
        {"DEVICE_DELETED", R"({"device":"usb1"})", 20, a}, // all match
    };
    for (const Row &r : rows)
        f.model.appendRaw(eventLine(r.name, r.data), r.name, r.t, r.t, r.conn);
    f.model.flush();
    TimelineFilter filter;
    filter.hiddenNames = {u"STOP"_s};
    filter.text = u"usb"_s;
    filter.connections = {u"a"_s};
    filter.fromUsecs = 0;
    filter.toUsecs = 50;
    f.proxy.setFilter(filter);
    QCOMPARE(column(f.proxy, EventTimelineModel::SummaryColumn, EventTimelineModel::SerialRole), QStringList({u"0"_s, u"5"_s}));
    QCOMPARE(f.proxy.countText(), u"2 of 6 events"_s);
}

void TestEventTimeline::filterFollowsNewRows()
{
    Fixture f;
    f.proxy.setText(u"keep"_s);
    const quint16 c = f.model.connectionId(u"c"_s);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 100; ++i)
        f.model.appendRaw(eventLine("E", i % 10 ? "\"drop\"" : "\"keep\""), "E", i, i, c);
    f.model.flush();
    QCOMPARE(f.proxy.rowCount(), 10);
    QCOMPARE(inserted.size(), 1);
    // A batch without a match inserts nothing.
    f.model.appendRaw(eventLine("E", "\"drop\""), "E", 1, 1, c);
    f.model.flush();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(f.proxy.countText(), u"10 of 101 events"_s);
    // And the cap removes matching rows from the front of the proxy too.
    f.model.setMaxEvents(50);
    int kept = 0;
    for (qint64 serial = f.model.droppedCount(); serial < 101; ++serial)
        kept += serial < 100 && serial % 10 == 0;
    QVERIFY(f.model.droppedCount() > 0);
    QCOMPARE(f.proxy.rowCount(), kept);
    for (int r = 0; r < f.proxy.rowCount(); ++r)
        QCOMPARE(f.proxy.index(r, EventTimelineModel::SummaryColumn).data().toString(), u"\"keep\""_s);
}

void TestEventTimeline::filterMapping()
{
    Fixture f;
    const quint16 c = f.model.connectionId(u"c"_s);
    for (int i = 0; i < 10; ++i)
        f.model.appendRaw(eventLine(i % 2 ? "ODD" : "EVEN", QByteArray::number(i)), i % 2 ? "ODD" : "EVEN", i, i, c);
    f.model.flush();
    f.proxy.setHiddenNames({u"EVEN"_s});
    for (int r = 0; r < f.proxy.rowCount(); ++r) {
        const QModelIndex p = f.proxy.index(r, 1);
        const QModelIndex s = f.proxy.mapToSource(p);
        QCOMPARE(s.row(), 2 * r + 1);
        QCOMPARE(s.column(), 1);
        QCOMPARE(f.proxy.mapFromSource(s), p);
    }
    QVERIFY(!f.proxy.mapFromSource(f.model.index(0, 0)).isValid());
    QCOMPARE(f.proxy.proxyRowForSerial(3), 1);
    QCOMPARE(f.proxy.proxyRowForSerial(4), -1);
    QVERIFY(!f.proxy.index(99, 0).isValid());
}

void TestEventTimeline::nameCounts()
{
    EventTimelineModel model;
    EventNameCountModel names;
    QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
    names.setTimeline(&model);
    const quint16 c = model.connectionId(u"c"_s);
    const char *seq[] = {"STOP", "RESUME", "STOP", "BLOCK_IO_ERROR", "STOP", "RESUME"};
    for (const char *n : seq)
        model.appendRaw(eventLine(n, "{}"), n, 1, 1, c);
    model.flush();
    QCOMPARE(column(names, EventNameCountModel::NameColumn), QStringList({u"BLOCK_IO_ERROR"_s, u"RESUME"_s, u"STOP"_s}));
    QCOMPARE(column(names, EventNameCountModel::CountColumn), QStringList({u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(names.count(u"STOP"_s), 3);
    QCOMPARE(names.count(u"nothing"_s), 0);
    for (int col = 0; col < EventNameCountModel::ColumnCount; ++col)
        QVERIFY(!names.headerData(col, Qt::Horizontal).toString().isEmpty());

    // A new name lands in sorted place; counts follow batches.
    model.appendRaw(eventLine("A_FIRST", "{}"), "A_FIRST", 1, 1, c);
    model.appendRaw(eventLine("STOP", "{}"), "STOP", 1, 1, c);
    model.flush();
    QCOMPARE(column(names, EventNameCountModel::NameColumn).constFirst(), u"A_FIRST"_s);
    QCOMPARE(names.count(u"STOP"_s), 4);

    // The cap's drops lower the counts.
    model.setMaxEvents(2);
    QCOMPARE(names.count(u"STOP"_s) + names.count(u"A_FIRST"_s) + names.count(u"RESUME"_s) + names.count(u"BLOCK_IO_ERROR"_s),
             qsizetype(model.rowCount()));
}

void TestEventTimeline::nameCountsKnownNames()
{
    EventTimelineModel model;
    EventNameCountModel names;
    QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
    names.setTimeline(&model);
    // Before any event: every name the schema knows, count 0.
    names.setKnownNames({u"STOP"_s, u"DEVICE_DELETED"_s, u"RESUME"_s});
    QCOMPARE(column(names, EventNameCountModel::NameColumn), QStringList({u"DEVICE_DELETED"_s, u"RESUME"_s, u"STOP"_s}));
    QCOMPARE(column(names, EventNameCountModel::CountColumn), QStringList({u"0"_s, u"0"_s, u"0"_s}));
    QVERIFY(!names.index(2, EventNameCountModel::NameColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // Unticked before the first one arrives.
    QVERIFY(names.setData(names.index(2, EventNameCountModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(names.hiddenNames(), QSet<QString>{u"STOP"_s});

    // A known name's first event fills its row; an unknown one gets a row of its own.
    const quint16 c = model.connectionId(u"c"_s);
    for (const char *n : {"STOP", "STOP", "X_NEW"})
        model.appendRaw(eventLine(n, "{}"), n, 1, 1, c);
    model.flush();
    QCOMPARE(column(names, EventNameCountModel::NameColumn),
             QStringList({u"DEVICE_DELETED"_s, u"RESUME"_s, u"STOP"_s, u"X_NEW"_s}));
    QCOMPARE(column(names, EventNameCountModel::CountColumn), QStringList({u"0"_s, u"0"_s, u"2"_s, u"1"_s}));
    QVERIFY(names.index(2, EventNameCountModel::NameColumn).data(Qt::ToolTipRole).isNull());
    names.setDescriptions({{u"STOP"_s, u"STOP\nData: none"_s}});
    QCOMPARE(names.index(2, EventNameCountModel::NameColumn).data(Qt::ToolTipRole).toString(), u"STOP\nData: none"_s);
    QVERIFY(names.index(0, EventNameCountModel::NameColumn).data(Qt::ToolTipRole).toString().contains(u"DEVICE_DELETED"_s));
    QCOMPARE(names.index(2, EventNameCountModel::NameColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Another QEMU: names no event carried go, names seen stay.
    names.setKnownNames({u"RESUME"_s, u"BLOCK_JOB_READY"_s});
    QCOMPARE(column(names, EventNameCountModel::NameColumn),
             QStringList({u"BLOCK_JOB_READY"_s, u"RESUME"_s, u"STOP"_s, u"X_NEW"_s}));

    // Clearing the timeline keeps the known names, at 0.
    model.clear();
    QCOMPARE(column(names, EventNameCountModel::NameColumn), QStringList({u"BLOCK_JOB_READY"_s, u"RESUME"_s}));
    QCOMPARE(column(names, EventNameCountModel::CountColumn), QStringList({u"0"_s, u"0"_s}));
    model.appendRaw(eventLine("RESUME", "{}"), "RESUME", 1, 1, c);
    model.flush();
    QCOMPARE(names.count(u"RESUME"_s), 1);
    QCOMPARE(names.rowCount(), 2);
    names.setKnownNames({});
    QCOMPARE(column(names, EventNameCountModel::NameColumn), QStringList({u"RESUME"_s}));
}

void TestEventTimeline::nameCountsCheckable()
{
    EventTimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    EventNameCountModel names;
    QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
    names.setTimeline(&model);
    connect(&names, &EventNameCountModel::hiddenNamesChanged, &proxy, &TimelineFilterProxy::setHiddenNames);
    const quint16 c = model.connectionId(u"c"_s);
    for (const char *n : {"A", "B", "C"})
        model.appendRaw(eventLine(n, "{}"), n, 1, 1, c);
    model.flush();
    const QModelIndex b = names.index(1, EventNameCountModel::NameColumn);
    QVERIFY(names.flags(b) & Qt::ItemIsUserCheckable);
    QVERIFY(!(names.flags(names.index(1, EventNameCountModel::CountColumn)) & Qt::ItemIsUserCheckable));
    QCOMPARE(b.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QSignalSpy hidden(&names, &EventNameCountModel::hiddenNamesChanged);
    QVERIFY(names.setData(b, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(b.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(!names.setData(names.index(1, EventNameCountModel::CountColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!names.setData(b, u"x"_s, Qt::DisplayRole));
    names.setAllChecked(false);
    QCOMPARE(proxy.rowCount(), 0);
    // A name that shows up later arrives checked.
    model.appendRaw(eventLine("D", "{}"), "D", 1, 1, c);
    model.flush();
    QVERIFY(names.isChecked(u"D"_s));
    QCOMPARE(proxy.rowCount(), 1);
    names.setAllChecked(true);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(names.hiddenNames().isEmpty());
}

void TestEventTimeline::debouncer()
{
    TimelineFilterDebouncer d;
    d.setInterval(30);
    QSignalSpy fired(&d, &TimelineFilterDebouncer::triggered);
    d.poke();
    d.poke();
    d.poke();
    QVERIFY(d.isPending());
    QTRY_COMPARE(fired.size(), 1);
    QVERIFY(!d.isPending());
    d.poke();
    d.cancel();
    d.fireNow();
    QCOMPARE(fired.size(), 2);
}

void TestEventTimeline::million()
{
    // Functional, not timed: a million events in, filtered exactly. The figures are printed so
    // they can be compared between machines.
    constexpr int N = 1000000;
    EventTimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    const quint16 conns[] = {model.connectionId(u"vm-a"_s), model.connectionId(u"vm-b"_s), model.connectionId(u"vm-c"_s)};
    const QByteArray names[] = {"DEVICE_DELETED", "BLOCK_JOB_READY", "RTC_CHANGE", "STOP"};
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < N; ++i) {
        const QByteArray &name = names[i % 4];
        line = R"({"event": ")" + name + R"(", "data": {"n": )" + QByteArray::number(i) + R"(, "device": "dev)"
            + QByteArray::number(i % 1000) + R"("}, "timestamp": {"seconds": )" + QByteArray::number(1700000000 + i / 1000000)
            + R"(, "microseconds": )" + QByteArray::number(i % 1000000) + "}}";
        model.appendRaw(line, name, 1700000000LL * 1000000 + i, 1800000000LL * 1000000 + i, conns[i % 3]);
    }
    model.flush();
    const qint64 ingestNs = timer.nsecsElapsed();
    QCOMPARE(model.rowCount(), N);
    QCOMPARE(proxy.rowCount(), N);
    QCOMPARE(model.droppedCount(), 0);

    TimelineFilter filter;
    filter.onlyNames = {u"RTC_CHANGE"_s};
    timer.restart();
    proxy.setFilter(filter);
    const qint64 nameNs = timer.nsecsElapsed();
    QCOMPARE(proxy.rowCount(), N / 4);

    filter = {};
    filter.text = uR"("n": 123456,)"_s;
    timer.restart();
    proxy.setFilter(filter);
    const qint64 textNs = timer.nsecsElapsed();
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, EventTimelineModel::NameColumn).data(EventTimelineModel::SerialRole).toLongLong(), 123456);

    filter.text = uR"("DEV999")"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), N / 1000);

    filter.text = uR"("n": 99999\d,)"_s;
    filter.regularExpression = true;
    timer.restart();
    proxy.setFilter(filter);
    const qint64 regexNs = timer.nsecsElapsed();
    QCOMPARE(proxy.rowCount(), 10);

    // Everything at once: i % 4 == 3 (STOP), i % 3 == 1 (vm-b), text "dev7", first 100000 by QEMU time.
    filter = {};
    filter.onlyNames = {u"STOP"_s};
    filter.connections = {u"vm-b"_s};
    filter.text = uR"("dev7")"_s;
    filter.fromUsecs = 1700000000LL * 1000000;
    filter.toUsecs = 1700000000LL * 1000000 + 99999;
    filter.timeField = TimelineFilter::TimeField::Qemu;
    proxy.setFilter(filter);
    int expected = 0;
    for (int i = 0; i < 100000; ++i)
        expected += (i % 4 == 3 && i % 3 == 1 && i % 1000 == 7);
    QCOMPARE(proxy.rowCount(), expected);

    const double bytesPerEvent = double(model.memoryBytes() + proxy.memoryBytes()) / N;
    const double rawPerEvent = double(model.store().rawBytes()) / N;
    qInfo("timeline_ingest_events_per_s %.0f", N / (ingestNs / 1e9));
    qInfo("timeline_filter_ms name %.1f text %.1f regex %.1f", nameNs / 1e6, textNs / 1e6, regexNs / 1e6);
    qInfo("timeline_bytes_per_event %.1f (events themselves %.1f)", bytesPerEvent, rawPerEvent);

    // Past the default cap the oldest go.
    for (int i = 0; i < 100; ++i)
        model.appendRaw(line, "STOP", 1, 1, conns[0]);
    model.flush();
    QVERIFY(model.rowCount() <= EventTimelineModel::DefaultMaxEvents);
    QCOMPARE(model.droppedCount() + model.rowCount(), N + 100);
}

QTEST_GUILESS_MAIN(TestEventTimeline)
#include "tst_eventtimeline.moc"
