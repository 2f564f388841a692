// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpshortform.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

class TestQmpShortForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data();
    void parseLine();
    void badLine_data();
    void badLine();
    void parseSplit_data();
    void parseSplit();
    void badSplit_data();
    void badSplit();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

static QmpValue json(const char *text)
{
    QmpJsonError e;
    const QmpValue v = QmpValue::fromJson(QByteArray(text), &e);
    if (!e.ok())
        qFatal("bad JSON in test data: %s", text);
    return v;
}

void TestQmpShortForm::parseLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("arguments"); // compact JSON, empty for none
    QTest::addColumn<QByteArray>("message");   // compact JSON of message()

    QTest::newRow("bare") << u"query-status"_s << u"query-status"_s << QByteArray() << QByteArray(R"({"execute":"query-status"})");
    QTest::newRow("spaces around") << u"  query-status \t"_s << u"query-status"_s << QByteArray() << QByteArray(R"({"execute":"query-status"})");
    QTest::newRow("string") << u"eject device=ide0"_s << u"eject"_s << QByteArray(R"({"device":"ide0"})") << QByteArray();
    QTest::newRow("int") << u"c n=42"_s << u"c"_s << QByteArray(R"({"n":42})") << QByteArray();
    QTest::newRow("negative") << u"c n=-7"_s << u"c"_s << QByteArray(R"({"n":-7})") << QByteArray();
    QTest::newRow("u64 max exact") << u"c n=18446744073709551615"_s << u"c"_s << QByteArray(R"({"n":18446744073709551615})") << QByteArray();
    QTest::newRow("i64 min exact") << u"c n=-9223372036854775808"_s << u"c"_s << QByteArray(R"({"n":-9223372036854775808})") << QByteArray();
    QTest::newRow("double") << u"c x=1.5"_s << u"c"_s << QByteArray(R"({"x":1.5})") << QByteArray();
    QTest::newRow("bools null") << u"c a=true b=false c=null"_s << u"c"_s << QByteArray(R"({"a":true,"b":false,"c":null})") << QByteArray();
    QTest::newRow("not json stays string") << u"c a=0x10 b=True c=1.2.3"_s << u"c"_s << QByteArray(R"({"a":"0x10","b":"True","c":"1.2.3"})") << QByteArray();
    QTest::newRow("empty value") << u"c a="_s << u"c"_s << QByteArray(R"({"a":""})") << QByteArray();
    QTest::newRow("array") << u"c a=[1,2,\"x\"]"_s << u"c"_s << QByteArray() << QByteArray(); // quotes split: see below
    QTest::newRow("array quoted") << u"c a='[1, 2, \"x\"]'"_s << u"c"_s << QByteArray(R"({"a":[1,2,"x"]})") << QByteArray();
    QTest::newRow("object value") << u"c a={}"_s << u"c"_s << QByteArray(R"({"a":{}})") << QByteArray();
    QTest::newRow("nesting") << u"blockdev-add driver=qcow2 file.driver=file file.filename=/tmp/x.img"_s << u"blockdev-add"_s
                             << QByteArray(R"({"driver":"qcow2","file":{"driver":"file","filename":"/tmp/x.img"}})") << QByteArray();
    QTest::newRow("deep nesting") << u"c a.b.c.d=1 a.b.e=2"_s << u"c"_s << QByteArray(R"({"a":{"b":{"c":{"d":1},"e":2}}})") << QByteArray();
    QTest::newRow("single quotes") << u"c path='/tmp/my file.img'"_s << u"c"_s << QByteArray(R"({"path":"/tmp/my file.img"})") << QByteArray();
    QTest::newRow("double quotes escapes") << uR"(c s="say \"hi\" \\ \n")"_s << u"c"_s << QByteArray(R"({"s":"say \"hi\" \\ \\n"})") << QByteArray();
    QTest::newRow("quoted json string") << u"c id='\"123\"'"_s << u"c"_s << QByteArray(R"({"id":"123"})") << QByteArray();
    QTest::newRow("quoted number is json") << u"c n='5'"_s << u"c"_s << QByteArray(R"({"n":5})") << QByteArray();
    QTest::newRow("quoted spaces stay string") << u"c n=' 5 '"_s << u"c"_s << QByteArray(R"({"n":" 5 "})") << QByteArray();
    QTest::newRow("mixed quoting") << u"c s=ab'c d'\"e f\""_s << u"c"_s << QByteArray(R"({"s":"abc de f"})") << QByteArray();
    QTest::newRow("equals in value") << u"c a=b=c"_s << u"c"_s << QByteArray(R"({"a":"b=c"})") << QByteArray();
    QTest::newRow("unicode") << u"c name=gr\u00fc\u00df"_s << u"c"_s << QByteArray("{\"name\":\"gr\xc3\xbc\xc3\x9f\"}") << QByteArray();
    QTest::newRow("json object args") << u"qom-list {\"path\": \"/machine\"}"_s << u"qom-list"_s << QByteArray(R"({"path":"/machine"})") << QByteArray();
    QTest::newRow("empty json object") << u"c {}"_s << u"c"_s << QByteArray("{}") << QByteArray(R"({"execute":"c","arguments":{}})");
    QTest::newRow("whole message") << uR"({"execute": "query-status"})"_s << u"query-status"_s << QByteArray() << QByteArray(R"({"execute":"query-status"})");
    QTest::newRow("whole message args id") << uR"( {"execute":"qom-list","arguments":{"path":"/"},"id":[1]})"_s << u"qom-list"_s
                                           << QByteArray(R"({"path":"/"})") << QByteArray(R"({"execute":"qom-list","arguments":{"path":"/"},"id":[1]})");
    QTest::newRow("exec-oob") << uR"({"exec-oob":"migrate-pause"})"_s << u"migrate-pause"_s << QByteArray() << QByteArray(R"({"exec-oob":"migrate-pause"})");
    QTest::newRow("vendor command") << u"__com.redhat_drive_add x=1"_s << u"__com.redhat_drive_add"_s << QByteArray(R"({"x":1})") << QByteArray();
}

void TestQmpShortForm::parseLine()
{
    QFETCH(QString, line);
    QFETCH(QString, command);
    QFETCH(QByteArray, arguments);
    QFETCH(QByteArray, message);
    if (QByteArray(QTest::currentDataTag()) == "array") {
        // Unquoted double quotes start a quoted part, so JSON with strings needs outer quotes.
        QmpShortFormError e;
        QVERIFY(!QmpShortForm::parse(line, &e).isValid());
        return;
    }
    QmpShortFormError e;
    const QmpShortForm f = QmpShortForm::parse(line, &e);
    QVERIFY2(f.isValid(), qPrintable(e.toString()));
    QVERIFY(e.ok());
    QCOMPARE(f.command(), command);
    if (arguments.isEmpty())
        QVERIFY(f.arguments().isUndefined());
    else
        QCOMPARE(f.arguments().toJson(), arguments);
    if (!message.isEmpty())
        QCOMPARE(f.message().toJson(), message);
}

void TestQmpShortForm::badLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a part of the message

    QTest::newRow("empty") << QString() << 1 << u"empty command"_s;
    QTest::newRow("only spaces") << u"   "_s << 1 << u"empty command"_s;
    QTest::newRow("unterminated single") << u"c a='abc"_s << 5 << u"unterminated ' quote"_s;
    QTest::newRow("quote starts a key") << u"c a=x \"y"_s << 7 << u"quote in a key"_s;
    QTest::newRow("unterminated double value") << u"c a=\"abc def"_s << 5 << u"unterminated \" quote"_s;
    QTest::newRow("escaped quote does not close") << uR"(c a="abc\")"_s << 5 << u"unterminated"_s;
    QTest::newRow("key without =") << u"c a=1 b"_s << 7 << u"'b' has no '='"_s;
    QTest::newRow("only key") << u"c foo"_s << 3 << u"'foo' has no '='"_s;
    QTest::newRow("empty key") << u"c =1"_s << 3 << u"empty key"_s;
    QTest::newRow("quote in key") << u"c 'a'=1"_s << 3 << u"quote in a key"_s;
    QTest::newRow("duplicate key") << u"c a=1 a=2"_s << 7 << u"duplicate key 'a'"_s;
    QTest::newRow("duplicate nested key") << u"c a.b=1 a.b=2"_s << 9 << u"duplicate key 'a.b'"_s;
    QTest::newRow("value then nesting") << u"c a=1 a.b=2"_s << 7 << u"'a' already has a value"_s;
    QTest::newRow("nesting then value") << u"c a.b=2 a=1"_s << 9 << u"already holds nested keys"_s;
    QTest::newRow("deep conflict") << u"c a.b=1 a.b.c=2"_s << 9 << u"'a.b' already has a value"_s;
    QTest::newRow("empty key part") << u"c a..b=1"_s << 3 << u"empty key part"_s;
    QTest::newRow("leading dot") << u"c .a=1"_s << 3 << u"empty key part"_s;
    QTest::newRow("trailing dot") << u"c a.=1"_s << 3 << u"empty key part"_s;
    QTest::newRow("bad json value object") << u"c a={x}"_s << 6 << u"not valid JSON"_s;
    QTest::newRow("bad json value array") << u"c a=[1,]"_s << 8 << u"not valid JSON"_s;
    QTest::newRow("bad json object") << u"c {\"a\": }"_s << 9 << u"invalid JSON object"_s;
    QTest::newRow("json object trailing") << u"c {} x=1"_s << 6 << u"invalid JSON object"_s;
    QTest::newRow("json object then pairs") << u"c a=1 {}"_s << 7 << u"JSON object must be the only argument"_s;
    QTest::newRow("array arguments") << u"c [1]"_s << 3 << u"not an array"_s;
    QTest::newRow("pair without command") << u"a=1"_s << 2 << u"expected a command name"_s;
    QTest::newRow("bad command char") << u"qu'ery"_s << 3 << u"unexpected '''"_s;
    QTest::newRow("bad message json") << u"{\"execute\": }"_s << 13 << u"invalid JSON"_s;
    QTest::newRow("array line") << u"  [1]"_s << 3 << u"unexpected '['"_s;
    QTest::newRow("message without execute") << u"{\"arguments\": {}}"_s << 1 << u"needs 'execute' or 'exec-oob'"_s;
    QTest::newRow("message both") << u"{\"execute\": \"a\", \"exec-oob\": \"b\"}"_s << 1 << u"exactly one"_s;
    QTest::newRow("message execute not string") << u"{\"execute\": 1}"_s << 1 << u"must be a command name"_s;
    QTest::newRow("message arguments not object") << u"{\"execute\": \"a\", \"arguments\": []}"_s << 1 << u"must be a JSON object, not array"_s;
    QTest::newRow("message unknown member") << u"{\"execute\": \"a\", \"x\": 1}"_s << 1 << u"unknown member 'x'"_s;
    QTest::newRow("message bad command") << u"{\"execute\": \"a b\"}"_s << 1 << u"unexpected ' '"_s;
}

void TestQmpShortForm::badLine()
{
    QFETCH(QString, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QmpShortFormError e;
    const QmpShortForm f = QmpShortForm::parse(line, &e);
    QVERIFY(!f.isValid());
    QVERIFY(!e.ok());
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.column, column);
    QVERIFY(e.toString().startsWith(u"column %1: "_s.arg(column)));
}

void TestQmpShortForm::parseSplit_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("none") << u"query-status"_s << QStringList() << QByteArray();
    QTest::newRow("spaces kept") << u"c"_s << QStringList{u"filename=/tmp/my file.img"_s} << QByteArray(R"({"filename":"/tmp/my file.img"})");
    QTest::newRow("quotes kept") << u"c"_s << QStringList{u"s='x'"_s} << QByteArray(R"({"s":"'x'"})");
    QTest::newRow("json values") << u"c"_s << QStringList{u"a=1"_s, u"b=[1, \"x\"]"_s, u"c.d=true"_s}
                                 << QByteArray(R"({"a":1,"b":[1,"x"],"c":{"d":true}})");
    QTest::newRow("json object") << u"qom-list"_s << QStringList{u"{\"path\": \"/machine\"}"_s} << QByteArray(R"({"path":"/machine"})");
    QTest::newRow("whole message") << u"{\"execute\":\"stop\"}"_s << QStringList() << QByteArray();
}

void TestQmpShortForm::parseSplit()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QmpShortFormError e;
    const QmpShortForm f = QmpShortForm::parse(command, arguments, &e);
    QVERIFY2(f.isValid(), qPrintable(e.toString()));
    if (expected.isEmpty())
        QVERIFY(f.arguments().isUndefined());
    else
        QCOMPARE(f.arguments().toJson(), expected);
}

void TestQmpShortForm::badSplit_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("argument");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty command") << QString() << QStringList() << 0 << u"empty command"_s;
    QTest::newRow("pair as command") << u"a=1"_s << QStringList() << 0 << u"expected a command name"_s;
    QTest::newRow("space in command") << u"query status"_s << QStringList() << 0 << u"unexpected ' '"_s;
    QTest::newRow("no =") << u"c"_s << QStringList{u"a=1"_s, u"b"_s} << 2 << u"'b' has no '='"_s;
    QTest::newRow("empty key") << u"c"_s << QStringList{u"=1"_s} << 1 << u"empty key"_s;
    QTest::newRow("space in key") << u"c"_s << QStringList{u"a b=1"_s} << 1 << u"space in key"_s;
    QTest::newRow("duplicate") << u"c"_s << QStringList{u"a=1"_s, u"a=2"_s} << 2 << u"duplicate key"_s;
    QTest::newRow("conflict") << u"c"_s << QStringList{u"a=1"_s, u"a.b=2"_s} << 2 << u"already has a value"_s;
    QTest::newRow("empty part") << u"c"_s << QStringList{u"a.=1"_s} << 1 << u"empty key part"_s;
    QTest::newRow("bad json value") << u"c"_s << QStringList{u"a=[1"_s} << 1 << u"not valid JSON"_s;
    QTest::newRow("bad json object") << u"c"_s << QStringList{u"{\"a\":"_s} << 1 << u"invalid JSON object"_s;
    QTest::newRow("json then more") << u"c"_s << QStringList{u"{}"_s, u"a=1"_s} << 2 << u"only argument"_s;
    QTest::newRow("pairs then json") << u"c"_s << QStringList{u"a=1"_s, u"{}"_s} << 2 << u"only argument"_s;
    QTest::newRow("message then more") << u"{\"execute\":\"stop\"}"_s << QStringList{u"a=1"_s} << 1 << u"nothing may follow"_s;
}

void TestQmpShortForm::badSplit()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(int, argument);
    QFETCH(QString, message);
    QmpShortFormError e;
    QVERIFY(!QmpShortForm::parse(command, arguments, &e).isValid());
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.argument, argument);
    if (argument > 0)
        QVERIFY(e.toString().startsWith(u"argument %1"_s.arg(argument)));
}

void TestQmpShortForm::format_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QmpValue>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << u"query-status"_s << QmpValue() << u"query-status"_s;
    QTest::newRow("empty object") << u"c"_s << QmpValue::object() << u"c {}"_s;
    QTest::newRow("plain") << u"eject"_s << json(R"({"device":"ide0","force":true,"n":1})") << u"eject device=ide0 force=true n=1"_s;
    QTest::newRow("nested") << u"c"_s << json(R"({"a":{"b":1,"c":{"d":"x"}},"e":{}})") << u"c a.b=1 a.c.d=x e={}"_s;
    QTest::newRow("spaces") << u"c"_s << json(R"({"s":"my file"})") << u"c s='my file'"_s;
    QTest::newRow("number-like string") << u"c"_s << json(R"({"id":"123"})") << uR"(c id='"123"')"_s;
    QTest::newRow("array of strings") << u"c"_s << json(R"({"a":["x",1]})") << uR"(c a='["x",1]')"_s;
    QTest::newRow("dotted key") << u"c"_s << json(R"({"a.b":1})") << uR"(c {"a.b":1})"_s;
}

void TestQmpShortForm::format()
{
    QFETCH(QString, command);
    QFETCH(QmpValue, arguments);
    QFETCH(QString, expected);
    QCOMPARE(QmpShortForm::format(command, arguments), expected);
}

void TestQmpShortForm::roundTrip_data()
{
    QTest::addColumn<QmpValue>("arguments");
    const char *cases[] = {
        R"({"a":1})",
        R"({"a":"plain","b":"with space","c":"it's","d":"say \"hi\" \\ ok","e":"it's \"both\""})",
        R"({"a":"123","b":"true","c":"null","d":"{x","e":"[","f":" lead","g":""})",
        R"({"a":18446744073709551615,"b":-9223372036854775808,"c":0.25,"d":null})",
        R"({"a":{"b":{"c":[1,{"d":"e f"}]}},"g":[]})",
        R"({"x.y":{"z":1}})",
        R"({"k":"tab\there","n":"new\nline"})",
        R"({"u":"gr\u00fc\u00df \ud83d\ude00"})",
    };
    for (const char *c : cases)
        QTest::newRow(c) << json(c);
}

void TestQmpShortForm::roundTrip()
{
    QFETCH(QmpValue, arguments);
    const QString text = QmpShortForm::format(u"cmd"_s, arguments);
    QmpShortFormError e;
    const QmpShortForm f = QmpShortForm::parse(text, &e);
    QVERIFY2(f.isValid(), qPrintable(text + u" -> "_s + e.toString()));
    QCOMPARE(f.command(), u"cmd"_s);
    QCOMPARE(f.arguments().toJson(), arguments.toJson());
}

QTEST_GUILESS_MAIN(TestQmpShortForm)
#include "tst_qmpshortform.moc"
