// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpframer.h"
#include "qmpvalue.h"

#include <QtTest/QtTest>

class tst_QmpValue : public QObject
{
    Q_OBJECT
private slots:
    void integersExact_data();
    void integersExact();
    void roundTrip();
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
