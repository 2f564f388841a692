// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsontreemodel.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QmpValue parse(const QByteArray &json)
{
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(json, &error);
    if (!error.ok())
        qFatal("bad test JSON: %s", qPrintable(error.message));
    return v;
}

const QByteArray kDevices = R"({"return": {"devices": [
    {"id": "a", "bus": "pcie.0"},
    {"id": "b", "size": 18446744073709551615},
    {"id": "c", "children": [1, 2, {"deep": true}]},
    {"id": "usb-kbd0", "x.y": "dotted", "": "empty"}
], "count": 4}, "id": 7})";

// A document shaped like query-qmp-schema: about a thousand entries of nested objects.
QmpValue bigSchemaLikeDocument()
{
    const QString path = QStringLiteral(QMP_TESTDATA_DIR "/query-qmp-schema.json");
    if (QFile f(path); f.open(QIODevice::ReadOnly))
        return parse(f.readAll());
    QmpValue entries = QmpValue::array();
    for (int i = 0; i < 1200; ++i) {
        QmpValue members = QmpValue::array();
        for (int m = 0; m < 4; ++m)
            members.append(QmpValue::object({{u"name"_s, QString(u"member-%1"_s.arg(m))},
                                             {u"type"_s, QString(u"%1"_s.arg(i * 7 + m))},
                                             {u"default"_s, nullptr}}));
        entries.append(QmpValue::object({{u"name"_s, QString(u"type-%1"_s.arg(i))},
                                         {u"meta-type"_s, u"object"_s},
                                         {u"members"_s, members},
                                         {u"features"_s, QmpValue::array({u"unstable"_s})}}));
    }
    return QmpValue::object({{u"return"_s, entries}, {u"id"_s, 1}});
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void numbersExact_data();
    void numbersExact();
    void paths_data();
    void paths();
    void badPaths_data();
    void badPaths();
    void subtreeJson();
    void scalarDocument();
    void errorReply();
    void search_data();
    void search();
    void searchWrapsAndGoesBack();
    void bigDocumentIsLazy();
};

void TestJsonTreeModel::modelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(parse(kDevices));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(JsonTreeModel::ColumnCount));
    model.setValue(parse("[1, [2, [3]], {}]"));
    QCOMPARE(model.rowCount(), 3);
    model.setValue(parse("42"));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::numbersExact_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("type");
    QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << u"integer"_s;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << u"integer"_s;
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << u"integer"_s;
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << u"integer"_s;
    QTest::newRow("zero") << QByteArray("0") << u"integer"_s;
    QTest::newRow("fraction") << QByteArray("0.5") << u"number"_s;
    QTest::newRow("true") << QByteArray("true") << u"boolean"_s;
    QTest::newRow("null") << QByteArray("null") << u"null"_s;
}

void TestJsonTreeModel::numbersExact()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, type);
    JsonTreeModel model;
    model.setValue(parse("{\"v\": " + number + "}"));
    const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);
    QCOMPARE(value.data().toString(), QString::fromLatin1(number));
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), type);
    QCOMPARE(value.data(JsonTreeModel::JsonRole).toByteArray(), number);
    QCOMPARE(model.subtreeJson(value, QmpValue::Format::Compact), number);
}

void TestJsonTreeModel::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("top") << u"id"_s << QByteArray("7");
    QTest::newRow("nested") << u"return.devices[3].id"_s << QByteArray("\"usb-kbd0\"");
    QTest::newRow("array element") << u"return.devices[2].children[1]"_s << QByteArray("2");
    QTest::newRow("deep") << u"return.devices[2].children[2].deep"_s << QByteArray("true");
    QTest::newRow("dotted key") << u"return.devices[3][\"x.y\"]"_s << QByteArray("\"dotted\"");
    QTest::newRow("empty key") << u"return.devices[3][\"\"]"_s << QByteArray("\"empty\"");
    QTest::newRow("big number") << u"return.devices[1].size"_s << QByteArray("18446744073709551615");
}

void TestJsonTreeModel::paths()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(parse(kDevices));
    const QModelIndex idx = model.indexForPath(path);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.column(), int(JsonTreeModel::KeyColumn));
    QCOMPARE(model.path(idx), path);
    QCOMPARE(idx.data(JsonTreeModel::PathRole).toString(), path);
    QCOMPARE(model.subtreeJson(idx, QmpValue::Format::Compact), json);
    // The same row found by walking the model by hand gives the same path.
    QCOMPARE(model.path(idx.siblingAtColumn(JsonTreeModel::ValueColumn)), path);
}

void TestJsonTreeModel::badPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown key") << u"return.nothing"_s;
    QTest::newRow("index out of range") << u"return.devices[4]"_s;
    QTest::newRow("negative index") << u"return.devices[-1]"_s;
    QTest::newRow("index on object") << u"return[0]"_s;
    QTest::newRow("key on array") << u"return.devices.id"_s;
    QTest::newRow("unclosed bracket") << u"return.devices[1"_s;
    QTest::newRow("unclosed quote") << u"return.devices[3][\"x.y]"_s;
    QTest::newRow("empty segment") << u"return..devices"_s;
}

void TestJsonTreeModel::badPaths()
{
    QFETCH(QString, path);
    JsonTreeModel model;
    model.setValue(parse(kDevices));
    QVERIFY(!model.indexForPath(path).isValid());
}

void TestJsonTreeModel::subtreeJson()
{
    JsonTreeModel model;
    model.setValue(parse(kDevices));
    const QModelIndex dev2 = model.indexForPath(u"return.devices[2]"_s);
    QCOMPARE(model.subtreeJson(dev2, QmpValue::Format::Compact),
             QByteArray(R"({"id":"c","children":[1,2,{"deep":true}]})"));
    QCOMPARE(parse(model.subtreeJson(dev2)), parse(R"({"id":"c","children":[1,2,{"deep":true}]})"));
    QCOMPARE(model.rowCount(dev2), 2);
    QCOMPARE(dev2.data(JsonTreeModel::IsContainerRole).toBool(), true);
    QCOMPARE(dev2.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"{2 member(s)}"_s);
    QCOMPARE(model.subtreeJson({}, QmpValue::Format::Compact), parse(kDevices).toJson());
}

void TestJsonTreeModel::scalarDocument()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(u"hello"_s);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex idx = model.index(0, JsonTreeModel::ValueColumn);
    QCOMPARE(idx.data().toString(), u"hello"_s);
    QCOMPARE(model.path(idx), QString());
    QCOMPARE(model.indexForPath(QString()), model.index(0, 0));
    QCOMPARE(model.findNext(u"ell"_s), idx);
}

void TestJsonTreeModel::errorReply()
{
    JsonTreeModel model;
    model.setValue(parse(R"({"id": 3, "error": {"class": "GenericError", "desc": "Device 'x' not found"}})"));
    QVERIFY(model.isErrorReply());
    QCOMPARE(model.errorClass(), u"GenericError"_s);
    QCOMPARE(model.errorDescription(), u"Device 'x' not found"_s);
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::IsErrorRole).toBool(), false);
    const QModelIndex error = model.index(1, 0);
    QCOMPARE(error.data(JsonTreeModel::IsErrorRole).toBool(), true);
    QCOMPARE(model.index(1, 0, error).data(JsonTreeModel::IsErrorRole).toBool(), true);

    model.setValue(parse(R"({"return": {"error": {"class": "x"}}})"));
    QVERIFY(!model.isErrorReply());
    const QModelIndex ret = model.index(0, 0);
    QCOMPARE(model.index(0, 0, ret).data(JsonTreeModel::IsErrorRole).toBool(), false);
}

void TestJsonTreeModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("caseSensitive");
    QTest::addColumn<QStringList>("paths"); // expected matches in order, "path@column"
    QTest::newRow("key") << u"bus"_s << 0 << QStringList{u"return.devices[0].bus@0"_s};
    QTest::newRow("value") << u"pcie"_s << 0 << QStringList{u"return.devices[0].bus@1"_s};
    QTest::newRow("number text") << u"709551615"_s << 0 << QStringList{u"return.devices[1].size@1"_s};
    QTest::newRow("case insensitive") << u"USB"_s << 0 << QStringList{u"return.devices[3].id@1"_s};
    QTest::newRow("case sensitive") << u"USB"_s << 1 << QStringList{};
    QTest::newRow("many") << u"id"_s << 0
                          << QStringList{u"return.devices[0].id@0"_s, u"return.devices[1].id@0"_s,
                                         u"return.devices[2].id@0"_s, u"return.devices[3].id@0"_s, u"id@0"_s};
    QTest::newRow("bool") << u"true"_s << 0 << QStringList{u"return.devices[2].children[2].deep@1"_s};
    QTest::newRow("none") << u"zzz"_s << 0 << QStringList{};
    QTest::newRow("empty text") << QString() << 0 << QStringList{};
}

void TestJsonTreeModel::search()
{
    QFETCH(QString, text);
    QFETCH(int, caseSensitive);
    QFETCH(QStringList, paths);
    const auto cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(parse(kDevices));
    QCOMPARE(model.matchCount(text, cs), paths.size());
    QStringList found;
    QModelIndex idx;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        idx = model.findNext(text, idx, cs);
        QVERIFY(idx.isValid());
        found << model.path(idx) + u'@' + QString::number(idx.column());
    }
    QCOMPARE(found, paths);
    if (paths.isEmpty())
        QVERIFY(!model.findNext(text, {}, cs).isValid());
}

void TestJsonTreeModel::searchWrapsAndGoesBack()
{
    JsonTreeModel model;
    model.setValue(parse(kDevices));
    const QModelIndex first = model.findNext(u"id"_s);
    QCOMPARE(model.path(first), u"return.devices[0].id"_s);
    const QModelIndex last = model.findPrevious(u"id"_s);
    QCOMPARE(model.path(last), u"id"_s);
    QCOMPARE(model.findNext(u"id"_s, last), first);                         // wraps to the top
    QCOMPARE(model.findPrevious(u"id"_s, first), last);                     // wraps to the end
    const QModelIndex second = model.findNext(u"id"_s, first);
    QCOMPARE(model.path(second), u"return.devices[1].id"_s);
    QCOMPARE(model.findPrevious(u"id"_s, second), first);
    // From a row that is not itself a match: the next one after it.
    QCOMPARE(model.path(model.findNext(u"id"_s, model.indexForPath(u"return.devices[2]"_s))),
             u"return.devices[2].id"_s);
    QCOMPARE(model.path(model.findPrevious(u"id"_s, model.indexForPath(u"return.devices[2]"_s))),
             u"return.devices[1].id"_s);
}

void TestJsonTreeModel::bigDocumentIsLazy()
{
    const QmpValue doc = bigSchemaLikeDocument();
    const QByteArray json = doc.toJson();
    QVERIFY2(json.size() > 150 * 1024, QByteArray::number(json.size()));

    JsonTreeModel model;
    QElapsedTimer timer;
    timer.start();
    model.setValue(parse(json));
    const QModelIndex ret = model.index(0, 0);
    const int entries = model.rowCount(ret);
    for (int r = 0; r < std::min(entries, 40); ++r) // what a view shows of an expanded list
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(r, c, ret).data();
    const qint64 ms = timer.elapsed();
    qInfo("%lld bytes: parsed and first screen shown in %lld ms, %lld rows created", qint64(json.size()), ms,
          qint64(model.materializedRowCount()));
    QVERIFY(entries >= 1000);
    QVERIFY(model.materializedRowCount() <= entries + 2);
    QVERIFY2(ms < 100, QByteArray::number(ms));

    // Search finds rows nobody expanded, and only builds the way there.
    const QModelIndex hit = model.findPrevious(u"member-3"_s);
    QVERIFY(hit.isValid());
    QVERIFY(model.materializedRowCount() < entries + 100);
    QVERIFY(model.path(hit).startsWith(u"return["_s));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
