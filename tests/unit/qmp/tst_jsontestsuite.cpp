// SPDX-License-Identifier: GPL-2.0-or-later
// The JSON parser against every file of JSONTestSuite's test_parsing: y_* must parse, n_* must be
// refused with a message and an offset, i_* may go either way; none may crash. Plus the limits a
// hostile server runs into: integers over the whole QMP range, nesting depth and message size.
#include "qmpframer.h"
#include "qmpvalue.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <limits>

using namespace Qt::StringLiterals;

class tst_JsonTestSuite : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void suite_data();
    void suite();
    void cleanupTestCase();

    void integersIn_data();
    void integersIn();
    void integersOut_data();
    void integersOut();
    void integersOutOfRangeAreDoubles_data();
    void integersOutOfRangeAreDoubles();
    void nestingLimit_data();
    void nestingLimit();
    void framerSizeLimit_data();
    void framerSizeLimit();
    void framerOversizeStaysInStep();
    void truncatedInputNeverCrashes();

private:
    int m_parsed = 0;
    int m_refused = 0;
    int m_files = 0;
    QStringList m_implementationDefinedAccepted; // i_* files that parsed
};

void tst_JsonTestSuite::initTestCase()
{
    const QDir dir(QStringLiteral(QMP_JSONTESTSUITE_DIR));
    if (!dir.exists())
        QSKIP("JSONTestSuite is not available at " QMP_JSONTESTSUITE_DIR);
}

void tst_JsonTestSuite::suite_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(QMP_JSONTESTSUITE_DIR));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 300);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void tst_JsonTestSuite::suite()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const QString name = QFileInfo(file).fileName();
    ++m_files;

    QmpJsonError error;
    error.offset = -42; // must be overwritten either way
    const QmpValue v = QmpValue::fromJson(text, &error);
    if (error.ok()) {
        ++m_parsed;
        QVERIFY(!v.isUndefined());
        QCOMPARE(error.offset, qsizetype(-1));
        // What parsed must serialise to JSON that parses again to the same value.
        const QByteArray again = v.toJson();
        QmpJsonError error2;
        const QmpValue v2 = QmpValue::fromJson(again, &error2);
        QVERIFY2(error2.ok(), qPrintable(error2.message + u" in "_s + QString::fromUtf8(again.left(200))));
        if (v.type() != QmpValue::Double) // NaN-free, but -0.0 == 0.0 and such need no special case
            QCOMPARE(v2, v);
    } else {
        ++m_refused;
        QVERIFY(v.isUndefined());
        QVERIFY2(!error.message.isEmpty(), "a refusal must say why");
        QVERIFY2(error.offset >= 0 && error.offset <= text.size(),
                 qPrintable(u"offset %1 outside 0..%2"_s.arg(error.offset).arg(text.size())));
    }

    if (name.startsWith(u"i_") && error.ok())
        m_implementationDefinedAccepted.append(name);
    if (name.startsWith(u"y_"))
        QVERIFY2(error.ok(), qPrintable(u"refused valid JSON at byte %1: %2"_s.arg(error.offset).arg(error.message)));
    else if (name.startsWith(u"n_"))
        QVERIFY2(!error.ok(), qPrintable(u"accepted invalid JSON as %1"_s.arg(v.toDisplayString(80))));
}

void tst_JsonTestSuite::cleanupTestCase()
{
    qInfo("JSONTestSuite: %d files, %d parsed, %d refused", m_files, m_parsed, m_refused);
    qInfo("implementation-defined inputs accepted: %s", qPrintable(m_implementationDefinedAccepted.join(u", "_s)));
}

void tst_JsonTestSuite::integersIn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<qint64>("asInt");
    QTest::addColumn<quint64>("asUInt");

    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 max = std::numeric_limits<qint64>::max();
    const quint64 umax = std::numeric_limits<quint64>::max();
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << true << min << quint64(0);
    QTest::newRow("-2^63+1") << QByteArray("-9223372036854775807") << true << min + 1 << quint64(0);
    QTest::newRow("-2^53-1") << QByteArray("-9007199254740993") << true << qint64(-9007199254740993LL) << quint64(0);
    QTest::newRow("-2^32") << QByteArray("-4294967296") << true << qint64(-4294967296LL) << quint64(0);
    QTest::newRow("-2^31-1") << QByteArray("-2147483649") << true << qint64(-2147483649LL) << quint64(0);
    QTest::newRow("-1") << QByteArray("-1") << true << qint64(-1) << quint64(0);
    QTest::newRow("0") << QByteArray("0") << false << qint64(0) << quint64(0);
    QTest::newRow("-0") << QByteArray("-0") << false << qint64(0) << quint64(0);
    QTest::newRow("2^31") << QByteArray("2147483648") << false << qint64(2147483648LL) << quint64(2147483648ULL);
    QTest::newRow("2^32") << QByteArray("4294967296") << false << qint64(4294967296LL) << quint64(4294967296ULL);
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << false << qint64(9007199254740993LL)
                            << quint64(9007199254740993ULL);
    QTest::newRow("2^63-1") << QByteArray("9223372036854775807") << false << max << quint64(max);
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << false << qint64(0) << quint64(max) + 1;
    QTest::newRow("2^64-2") << QByteArray("18446744073709551614") << false << qint64(0) << umax - 1;
    QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << false << qint64(0) << umax;
}

void tst_JsonTestSuite::integersIn()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, negative);
    QFETCH(qint64, asInt);
    QFETCH(quint64, asUInt);

    const QList<QByteArray> forms{text, QByteArray("[" + text + "]"), QByteArray("{\"n\": " + text + "}")};
    for (const QByteArray &wrapped : forms) {
        QmpJsonError error;
        QmpValue v = QmpValue::fromJson(wrapped, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        if (v.isArray())
            v = v.at(0);
        else if (v.isObject())
            v = v.value(u"n");
        QVERIFY(v.isInteger());
        if (negative || asUInt <= quint64(std::numeric_limits<qint64>::max())) {
            QCOMPARE(v.toInt(-7), asInt);
        } else {
            QCOMPARE(v.toInt(-7), qint64(-7)); // does not fit: the fallback, never a wrapped value
        }
        if (negative)
            QCOMPARE(v.toUInt(7), quint64(7));
        else
            QCOMPARE(v.toUInt(7), asUInt);
    }
    // Out again, digit for digit ("-0" is the integer 0).
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text, &error);
    QCOMPARE(v.toJson(), text == "-0" ? QByteArray("0") : text);
    // And through QVariant, which keeps all 64 bits.
    QCOMPARE(QmpValue::fromVariant(v.toVariant()), v);
}

void tst_JsonTestSuite::integersOut_data()
{
    QTest::addColumn<QmpValue>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("qint64 min") << QmpValue(std::numeric_limits<qint64>::min()) << QByteArray("-9223372036854775808");
    QTest::newRow("qint64 max") << QmpValue(std::numeric_limits<qint64>::max()) << QByteArray("9223372036854775807");
    QTest::newRow("quint64 2^63") << QmpValue(quint64(1) << 63) << QByteArray("9223372036854775808");
    QTest::newRow("quint64 max") << QmpValue(std::numeric_limits<quint64>::max()) << QByteArray("18446744073709551615");
    QTest::newRow("quint64 small") << QmpValue(quint64(5)) << QByteArray("5");
    QTest::newRow("int -1") << QmpValue(-1) << QByteArray("-1");
    QTest::newRow("in an object")
        << QmpValue::object({{u"a"_s, QmpValue(std::numeric_limits<quint64>::max())},
                             {u"b"_s, QmpValue(std::numeric_limits<qint64>::min())}})
        << QByteArray(R"({"a":18446744073709551615,"b":-9223372036854775808})");
}

void tst_JsonTestSuite::integersOut()
{
    QFETCH(QmpValue, value);
    QFETCH(QByteArray, json);
    QCOMPARE(value.toJson(), json);
    QmpJsonError error;
    QCOMPARE(QmpValue::fromJson(json, &error), value);
    QVERIFY(error.ok());
}

void tst_JsonTestSuite::integersOutOfRangeAreDoubles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("2^64") << QByteArray("18446744073709551616");
    QTest::newRow("-2^63-1") << QByteArray("-9223372036854775809");
    QTest::newRow("10^30") << QByteArray("1000000000000000000000000000000");
}

void tst_JsonTestSuite::integersOutOfRangeAreDoubles()
{
    // Beyond the range a number is still JSON: it becomes a double, never a wrapped integer.
    QFETCH(QByteArray, text);
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(v.type(), QmpValue::Double);
    QCOMPARE(v.toDouble(), text.toDouble());
}

void tst_JsonTestSuite::nestingLimit_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("objects");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1023 arrays") << 1023 << false << true;
    QTest::newRow("1024 arrays") << 1024 << false << true;
    QTest::newRow("1025 arrays") << 1025 << false << false;
    QTest::newRow("1024 objects") << 1024 << true << true;
    QTest::newRow("1025 objects") << 1025 << true << false;
    QTest::newRow("100000 arrays") << 100000 << false << false;
    QTest::newRow("100000 objects") << 100000 << true << false;
}

void tst_JsonTestSuite::nestingLimit()
{
    QFETCH(int, depth);
    QFETCH(bool, objects);
    QFETCH(bool, accepted);
    QByteArray text;
    if (objects) {
        for (int i = 0; i < depth - 1; ++i)
            text += "{\"k\":";
        text += "{}";
        text += QByteArray(depth - 1, '}');
    } else {
        text = QByteArray(depth, '[') + QByteArray(depth, ']');
    }
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text, &error);
    if (accepted) {
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(v.toJson(), text);
        return;
    }
    QCOMPARE(error.kind, QmpJsonError::TooDeep);
    QVERIFY(v.isUndefined());
    QVERIFY2(error.message.contains(u"1024"_s), qPrintable(error.message));
    // The offset points at the bracket that went one level too deep.
    const qsizetype expected = objects ? qsizetype(1024) * 5 : 1024;
    QCOMPARE(error.offset, expected);
}

void tst_JsonTestSuite::framerSizeLimit_data()
{
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("oversize");
    QTest::newRow("well under") << qsizetype(1024) << qsizetype(100) << false;
    QTest::newRow("exactly the limit") << qsizetype(1024) << qsizetype(1024) << false;
    QTest::newRow("one over") << qsizetype(1024) << qsizetype(1025) << true;
    QTest::newRow("far over") << qsizetype(1024) << qsizetype(1 << 20) << true;
}

void tst_JsonTestSuite::framerSizeLimit()
{
    QFETCH(qsizetype, limit);
    QFETCH(qsizetype, size);
    QFETCH(bool, oversize);
    // {"s":"xxx..."} of exactly `size` bytes.
    const QByteArray message = "{\"s\":\"" + QByteArray(size - 8, 'x') + "\"}";
    QCOMPARE(message.size(), size);

    // Whatever the read size, the verdict is the same.
    for (qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096), size}) {
        if (chunk == 1 && size > 100000)
            continue; // byte-at-a-time over a megabyte proves nothing more and costs seconds
        QmpFramer framer(limit);
        QList<QmpFramer::Frame> frames;
        const QByteArray stream = message + "\r\n{\"return\": {}}\r\n";
        for (qsizetype i = 0; i < stream.size(); i += chunk) {
            framer.append(QByteArrayView(stream).sliced(i, qMin(chunk, stream.size() - i)));
            QmpFramer::Frame f;
            while (framer.next(&f))
                frames.append(f);
        }
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(0).kind, oversize ? QmpFramer::Kind::Oversize : QmpFramer::Kind::Message);
        QCOMPARE(frames.at(0).size, size);
        if (oversize) // only the message's last bytes are kept, for a reply's id
            QCOMPARE(frames.at(0).bytes, message.right(QmpFramer::OversizeTail));
        // Memory stays bounded: never much more than the limit (plus one read) is held.
        QCOMPARE(frames.at(1).kind, QmpFramer::Kind::Message);
        QCOMPARE(frames.at(1).bytes, QByteArray("{\"return\": {}}"));
        QVERIFY(!framer.hasPartialMessage());
    }
}

void tst_JsonTestSuite::framerOversizeStaysInStep()
{
    // An oversize message full of brackets and quotes inside strings must not confuse the scan.
    QmpFramer framer(64);
    const QByteArray big = "{\"a\":\"" + QByteArray(100, '}') + "\\\"" + QByteArray(100, ']') + "\",\"b\":[[[{}]]]}";
    framer.append(QByteArray(big + "{\"event\":\"X\"}" + "[1,2]"));
    QmpFramer::Frame f;
    QVERIFY(framer.next(&f));
    QCOMPARE(f.kind, QmpFramer::Kind::Oversize);
    QCOMPARE(f.size, big.size());
    QCOMPARE(f.bytes, big.right(QmpFramer::OversizeTail));
    QVERIFY(framer.next(&f));
    QCOMPARE(f.kind, QmpFramer::Kind::Message);
    QCOMPARE(f.bytes, QByteArray("{\"event\":\"X\"}"));
    QVERIFY(framer.next(&f));
    QCOMPARE(f.bytes, QByteArray("[1,2]"));
    QVERIFY(!framer.next(&f));
}

void tst_JsonTestSuite::truncatedInputNeverCrashes()
{
    // Every prefix of a realistic message is refused cleanly, with an offset inside the text.
    const QByteArray full =
        R"({"return": {"a": [1, -2.5e10, "x\u00e9\ud83d\ude00\n", true, false, null], "b": {"c": 18446744073709551615}}, "id": "q1"})";
    for (qsizetype n = 0; n < full.size(); ++n) {
        QmpJsonError error;
        const QmpValue v = QmpValue::fromJson(QByteArrayView(full).first(n), &error);
        if (error.ok()) {
            // Only a prefix that is itself a complete value may parse (none here, it starts with '{').
            QFAIL(qPrintable(u"prefix of %1 bytes parsed as %2"_s.arg(n).arg(v.toDisplayString(60))));
        }
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.offset >= 0 && error.offset <= n);
    }
    QmpJsonError error;
    QVERIFY(QmpValue::fromJson(full, &error).isObject());
    QVERIFY(error.ok());
}

QTEST_GUILESS_MAIN(tst_JsonTestSuite)
#include "tst_jsontestsuite.moc"
