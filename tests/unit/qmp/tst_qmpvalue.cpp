// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpframer.h"
#include "qmpvalue.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

class tst_QmpValue : public QObject
{
    Q_OBJECT
private slots:
    void integersExact_data();
    void integersExact();
    void roundTrip();
    void fractionsRounded_data();
    void fractionsRounded();
    void stringsEscaped_data();
    void stringsEscaped();
    void framerSplitsAnyBoundary();
};

void tst_QmpValue::integersExact_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("max u64") << QByteArray("18446744073709551615");
    QTest::newRow("min i64") << QByteArray("-9223372036854775808");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("2^53+1") << QByteArray("9007199254740993");
}

void tst_QmpValue::integersExact()
{
    QFETCH(QByteArray, text);
    QmpJsonError err;
    const QmpValue v = QmpValue::fromJson(text, &err);
    QVERIFY2(err.ok(), qPrintable(err.message));
    QVERIFY(v.isInteger());
    QCOMPARE(v.toJson(), text);
}

void tst_QmpValue::roundTrip()
{
    const QByteArray text = R"({"return":{"a":[1,2.5,"x\n",true,null],"b":{}}})";
    QmpJsonError err;
    const QmpValue v = QmpValue::fromJson(text, &err);
    QVERIFY(err.ok());
    QCOMPARE(v.toJson(), text);
    QCOMPARE(v.value(u"return").value(u"a").at(2).toString(), QStringLiteral("x\n"));
}

void tst_QmpValue::fractionsRounded_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("plain") << QByteArray("2.5") << 2.5;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << 5e-324;
    QTest::newRow("rounds up to subnormal") << QByteArray("2.5e-324") << 5e-324;
    QTest::newRow("underflow, once read as NaN") << QByteArray("75e-326") << 0.0;
    QTest::newRow("far underflow") << QByteArray("1e-400") << 0.0;
    QTest::newRow("negative underflow") << QByteArray("-1e-400") << -0.0;
    QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << 0.30000000000000004;
}

// Correctly rounded whatever the locale (a German one writes 2,5), and parsed back from its text.
void tst_QmpValue::fractionsRounded()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    QmpJsonError err;
    const QmpValue v = QmpValue::fromJson(text, &err);
    QVERIFY2(err.ok(), qPrintable(err.message));
    QCOMPARE(v.type(), QmpValue::Double);
    QCOMPARE(v.toDouble(), expected);
    QCOMPARE(std::signbit(v.toDouble()), std::signbit(expected));
    QCOMPARE(QmpValue::fromJson(v.toJson()), v);
}

void tst_QmpValue::stringsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("plain") << u"query-status"_s << QByteArray(R"("query-status")");
    QTest::newRow("quote") << u"a\"b"_s << QByteArray(R"("a\"b")");
    QTest::newRow("backslash") << u"a\\b"_s << QByteArray(R"("a\\b")");
    QTest::newRow("named controls") << u"\n\r\t\b\f"_s << QByteArray(R"("\n\r\t\b\f")");
    QTest::newRow("other controls") << QString(QChar(0x01)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("delete") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    QTest::newRow("latin-1") << u"caf\u00e9"_s << QByteArray("\"caf\xc3\xa9\"");
    QTest::newRow("cjk") << u"\u65e5\u672c"_s << QByteArray("\"\xe6\x97\xa5\xe6\x9c\xac\"");
    QTest::newRow("surrogate pair") << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("ascii then escape") << u"abcdefgh\"ijkl"_s << QByteArray(R"("abcdefgh\"ijkl")");
}

void tst_QmpValue::stringsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(QmpValue(text).toJson(), json);
    // As a key, with text before it in the same buffer, and back again through the parser.
    const QmpValue object = QmpValue::object({{text, text}});
    QCOMPARE(object.toJson(), "{" + json + ":" + json + "}");
    QmpJsonError err;
    QCOMPARE(QmpValue::fromJson(object.toJson(), &err), object);
    QVERIFY2(err.ok(), qPrintable(err.message));
}

void tst_QmpValue::framerSplitsAnyBoundary()
{
    const QByteArray stream = "{\"QMP\": {}}\r\n{\"event\": \"X\", \"data\": {\"s\": \"}{\\\"\"}}\r\n[1]";
    for (int chunk = 1; chunk <= stream.size(); ++chunk) {
        QmpFramer f;
        QList<QByteArray> got;
        for (int i = 0; i < stream.size(); i += chunk) {
            f.append(QByteArrayView(stream).sliced(i, qMin(chunk, int(stream.size()) - i)));
            QmpFramer::Frame fr;
            while (f.next(&fr))
                got.append(fr.bytes);
        }
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.at(1), QByteArray("{\"event\": \"X\", \"data\": {\"s\": \"}{\\\"\"}}"));
    }
}

QTEST_GUILESS_MAIN(tst_QmpValue)
#include "tst_qmpvalue.moc"
