// SPDX-License-Identifier: GPL-2.0-or-later
// QmpCompletionContext (short form and JSON, with "|" marking the cursor in each row) and
// QmpSchemaCompleter on the saved QEMU 7.2 schema.
#include "qmpcompletioncontext.h"
#include "qmpqompathlister.h"
#include "qmpschemacompleter.h"
#include "schematestdata.h"

#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QmpCompletionContext::Kind)

namespace {

// "text with | at the cursor" -> text without it, cursor
std::pair<QString, qsizetype> splitCursor(const QString &marked)
{
    const qsizetype cursor = marked.indexOf(u'|');
    Q_ASSERT(cursor >= 0);
    QString text = marked;
    text.remove(cursor, 1);
    return {text, cursor};
}

QStringList texts(const QList<QmpCompletion> &completions)
{
    QStringList out;
    for (const QmpCompletion &c : completions)
        out << c.text;
    return out;
}

} // namespace

class tst_QmpSchemaCompleter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortFormContext_data();
    void shortFormContext();
    void shortFormQuotes();
    void jsonContext_data();
    void jsonContext();
    void completions_data();
    void completions();
    void commandDetails();
    void keyDetails();
    void objectPathKeys();
    void qomProperties();
    void emptySchema();

private:
    QmpSchema m_schema;
};

void tst_QmpSchemaCompleter::initTestCase()
{
    m_schema = savedSchema();
}

void tst_QmpSchemaCompleter::shortFormContext_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QmpCompletionContext::Kind>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("tokenStart");
    QTest::addColumn<QString>("arguments");

    using C = QmpCompletionContext;
    QTest::newRow("empty") << u"|"_s << C::CommandName << QString() << QStringList() << QString() << QString() << 0 << u"{}"_s;
    QTest::newRow("command prefix") << u"que|"_s << C::CommandName << QString() << QStringList() << QString() << u"que"_s << 0
                                    << u"{}"_s;
    QTest::newRow("leading spaces") << u"  que|"_s << C::CommandName << QString() << QStringList() << QString() << u"que"_s << 2
                                    << u"{}"_s;
    QTest::newRow("inside the command") << u"dev|ice_del id=x"_s << C::CommandName << QString() << QStringList() << QString()
                                        << u"dev"_s << 0 << uR"({"id": "x"})"_s;
    QTest::newRow("first key") << u"device_del |"_s << C::Key << u"device_del"_s << QStringList() << QString() << QString() << 11
                               << u"{}"_s;
    QTest::newRow("key prefix") << u"device_del i|"_s << C::Key << u"device_del"_s << QStringList() << QString() << u"i"_s << 11
                                << u"{}"_s;
    QTest::newRow("value") << u"blockdev-add driver=f|"_s << C::Value << u"blockdev-add"_s << QStringList() << u"driver"_s
                           << u"f"_s << 20 << u"{}"_s;
    QTest::newRow("empty value") << u"set_link name=n up=|"_s << C::Value << u"set_link"_s << QStringList() << u"up"_s
                                 << QString() << 19 << uR"({"name": "n"})"_s;
    QTest::newRow("key after values") << u"blockdev-add driver=file node-name=n0 |"_s << C::Key << u"blockdev-add"_s
                                      << QStringList() << QString() << QString() << 38
                                      << uR"({"driver": "file", "node-name": "n0"})"_s;
    QTest::newRow("dotted key") << u"blockdev-add driver=blkdebug image.dr|"_s << C::Key << u"blockdev-add"_s
                                << QStringList{u"image"_s} << QString() << u"dr"_s << 35 << uR"({"driver": "blkdebug"})"_s;
    QTest::newRow("dotted value") << u"blockdev-add driver=blkdebug image.driver=nu|"_s << C::Value << u"blockdev-add"_s
                                  << QStringList{u"image"_s} << u"driver"_s << u"nu"_s << 42 << uR"({"driver": "blkdebug"})"_s;
    QTest::newRow("between tokens") << u"device_add driver=e1000e | id=n"_s << C::Key << u"device_add"_s << QStringList()
                                    << QString() << QString() << 25 << uR"({"driver": "e1000e", "id": "n"})"_s;
    QTest::newRow("JSON values parse") << u"x a=1 b=true c.d=[1] |"_s << C::Key << u"x"_s << QStringList() << QString()
                                       << QString() << 21 << uR"({"a": 1, "b": true, "c": {"d": [1]}})"_s;
    QTest::newRow("cursor beyond the end is clamped") << u"stop|"_s << C::CommandName << QString() << QStringList()
                                                      << QString() << u"stop"_s << 0 << u"{}"_s;
}

void tst_QmpSchemaCompleter::shortFormContext()
{
    QFETCH(QString, marked);
    QFETCH(QmpCompletionContext::Kind, kind);
    QFETCH(QString, command);
    QFETCH(QStringList, path);
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QFETCH(int, tokenStart);
    QFETCH(QString, arguments);
    const auto [text, cursor] = splitCursor(marked);
    const QmpCompletionContext ctx = QmpCompletionContext::fromShortForm(text, cursor);
    QCOMPARE(ctx.kind, kind);
    QCOMPARE(ctx.command, command);
    QCOMPARE(ctx.path, path);
    QCOMPARE(ctx.key, key);
    QCOMPARE(ctx.prefix, prefix);
    QCOMPARE(ctx.tokenStart, qsizetype(tokenStart));
    QCOMPARE(ctx.arguments, json(arguments.toUtf8().constData()));
    QVERIFY(!ctx.quoted);
    // Out-of-range cursors never crash.
    QmpCompletionContext::fromShortForm(text, -5);
    QmpCompletionContext::fromShortForm(text, text.size() + 5);
}

void tst_QmpSchemaCompleter::shortFormQuotes()
{
    // Quoted values hold spaces, as the short-form parser reads them.
    auto [text, cursor] = splitCursor(u"device_add driver=usb-kbd id='a b' serial=\"x \\\"y\" |"_s);
    QmpCompletionContext ctx = QmpCompletionContext::fromShortForm(text, cursor);
    QCOMPARE(ctx.kind, QmpCompletionContext::Key);
    QCOMPARE(ctx.arguments, json(R"({"driver": "usb-kbd", "id": "a b", "serial": "x \"y"})"));
    QCOMPARE(ctx.tokenStart, cursor);

    // Inside an open quote: the prefix is the quoted text, and only it is replaced.
    std::tie(text, cursor) = splitCursor(u"qom-list path='/machine/peri|"_s);
    ctx = QmpCompletionContext::fromShortForm(text, cursor);
    QCOMPARE(ctx.kind, QmpCompletionContext::Value);
    QCOMPARE(ctx.key, u"path"_s);
    QCOMPARE(ctx.prefix, u"/machine/peri"_s);
    QVERIFY(ctx.quoted);
    QCOMPARE(ctx.tokenStart, qsizetype(15));

    // A value with a space in quotes before the cursor's token does not split the line.
    std::tie(text, cursor) = splitCursor(u"screendump filename='/tmp/a b.png' format=p|"_s);
    ctx = QmpCompletionContext::fromShortForm(text, cursor);
    QCOMPARE(ctx.kind, QmpCompletionContext::Value);
    QCOMPARE(ctx.key, u"format"_s);
    QCOMPARE(texts(QmpSchemaCompleter(m_schema).complete(ctx)), (QStringList{u"ppm"_s, u"png"_s}));
}

void tst_QmpSchemaCompleter::jsonContext_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QmpCompletionContext::Kind>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("arguments"); // empty: not checked

    using C = QmpCompletionContext;
    QTest::newRow("nothing") << u"|"_s << C::None << QString() << QStringList() << QString() << QString() << false << QString();
    QTest::newRow("message key") << u"{\"|"_s << C::MessageKey << QString() << QStringList() << QString() << QString() << true
                                 << QString();
    QTest::newRow("message key prefix") << u"{\"ex|"_s << C::MessageKey << QString() << QStringList() << QString() << u"ex"_s
                                        << true << QString();
    QTest::newRow("command") << u"{\"execute\": \"que|"_s << C::CommandName << QString() << QStringList() << QString()
                             << u"que"_s << true << QString();
    QTest::newRow("command oob") << u"{\"exec-oob\": \"mig|\"}"_s << C::CommandName << QString() << QStringList() << QString()
                                 << u"mig"_s << true << QString();
    QTest::newRow("first argument key") << u"{\"execute\": \"device_del\", \"arguments\": {\"|"_s << C::Key << u"device_del"_s
                                        << QStringList() << QString() << QString() << true << u"{}"_s;
    QTest::newRow("key after a member")
        << u"{\"execute\": \"blockdev-add\", \"arguments\": {\"driver\": \"file\", \"fi|"_s << C::Key << u"blockdev-add"_s
        << QStringList() << QString() << u"fi"_s << true << uR"({"driver": "file"})"_s;
    QTest::newRow("enum value") << u"{\"execute\": \"screendump\", \"arguments\": {\"format\": \"p|"_s << C::Value
                                << u"screendump"_s << QStringList() << u"format"_s << u"p"_s << true << u"{}"_s;
    QTest::newRow("unquoted value") << u"{\"execute\": \"set_link\", \"arguments\": {\"up\": t|"_s << C::Value << u"set_link"_s
                                    << QStringList() << u"up"_s << u"t"_s << false << u"{}"_s;
    QTest::newRow("value not started") << u"{\"execute\": \"set_link\", \"arguments\": {\"up\": |"_s << C::Value
                                       << u"set_link"_s << QStringList() << u"up"_s << QString() << false << u"{}"_s;
    QTest::newRow("nested object")
        << u"{\"execute\": \"blockdev-add\", \"arguments\": {\"driver\": \"blkdebug\", \"image\": {\"driver\": \"nu|"_s
        << C::Value << u"blockdev-add"_s << QStringList{u"image"_s} << u"driver"_s << u"nu"_s << true
        << uR"({"driver": "blkdebug", "image": {}})"_s;
    QTest::newRow("in an array")
        << u"{\"execute\": \"migrate-set-capabilities\", \"arguments\": {\"capabilities\": [{\"state\": true}, {\"capability\": \"xb|"_s
        << C::Value << u"migrate-set-capabilities"_s << QStringList{u"capabilities"_s, u"1"_s} << u"capability"_s << u"xb"_s
        << true << uR"({"capabilities": [{"state": true}, {}]})"_s;
    QTest::newRow("command named after the cursor")
        << u"{\"arguments\": {\"|\"}, \"execute\": \"device_del\"}"_s << C::Key << u"device_del"_s << QStringList() << QString()
        << QString() << true << u"{}"_s;
    QTest::newRow("escaped quote in a string")
        << u"{\"execute\": \"qom-get\", \"arguments\": {\"path\": \"a\\\"b\", \"pr|"_s << C::Key << u"qom-get"_s
        << QStringList() << QString() << u"pr"_s << true << uR"({"path": "a\"b"})"_s;
    QTest::newRow("unbalanced closers") << u"}]} {\"|"_s << C::MessageKey << QString() << QStringList() << QString()
                                        << QString() << true << QString();
}

void tst_QmpSchemaCompleter::jsonContext()
{
    QFETCH(QString, marked);
    QFETCH(QmpCompletionContext::Kind, kind);
    QFETCH(QString, command);
    QFETCH(QStringList, path);
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QFETCH(bool, quoted);
    QFETCH(QString, arguments);
    const auto [text, cursor] = splitCursor(marked);
    const QmpCompletionContext ctx = QmpCompletionContext::fromJson(text, cursor);
    QCOMPARE(ctx.kind, kind);
    QCOMPARE(ctx.command, command);
    QCOMPARE(ctx.path, path);
    QCOMPARE(ctx.key, key);
    QCOMPARE(ctx.prefix, prefix);
    QCOMPARE(ctx.quoted, quoted);
    QCOMPARE(ctx.tokenStart, cursor - prefix.size());
    if (!arguments.isEmpty())
        QCOMPARE(ctx.arguments, json(arguments.toUtf8().constData()));
}

void tst_QmpSchemaCompleter::completions_data()
{
    QTest::addColumn<bool>("jsonForm");
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("expected"); // exactly these, in this order; "..." at the end: a prefix of the list

    QTest::newRow("commands") << false << u"query-st|"_s
                              << QStringList{u"query-stats"_s, u"query-stats-schemas"_s, u"query-status"_s};
    QTest::newRow("no such command") << false << u"zzz|"_s << QStringList();
    QTest::newRow("keys, required first") << false << u"device_add |"_s << QStringList{u"driver"_s, u"bus"_s, u"id"_s};
    QTest::newRow("used keys left out") << false << u"device_add driver=e1000e |"_s << QStringList{u"bus"_s, u"id"_s};
    QTest::newRow("key prefix") << false << u"qom-get p|"_s << QStringList{u"path"_s, u"property"_s};
    QTest::newRow("variant keys") << false << u"blockdev-add driver=file fi|"_s << QStringList{u"filename"_s};
    QTest::newRow("variant keys, required first")
        << false << u"blockdev-add driver=file |"_s
        << QStringList{u"filename"_s, u"node-name"_s, u"discard"_s, u"cache"_s, u"read-only"_s, u"auto-read-only"_s,
                       u"force-share"_s, u"detect-zeroes"_s, u"pr-manager"_s, u"locking"_s, u"aio"_s, u"aio-max-batch"_s,
                       u"drop-cache"_s, u"x-check-cache-dropped"_s};
    QTest::newRow("enum values") << false << u"screendump filename=x format=|"_s << QStringList{u"ppm"_s, u"png"_s};
    QTest::newRow("enum value prefix") << false << u"blockdev-add driver=qc|"_s << QStringList{u"qcow"_s, u"qcow2"_s};
    QTest::newRow("bool values") << false << u"set_link up=|"_s << QStringList{u"true"_s, u"false"_s};
    QTest::newRow("string value: nothing") << false << u"device_del id=|"_s << QStringList();
    QTest::newRow("nested keys through an alternate")
        << false << u"blockdev-add driver=blkdebug image.driver=null-co image.|"_s
        << QStringList{u"node-name"_s, u"discard"_s, u"cache"_s, u"read-only"_s, u"auto-read-only"_s, u"force-share"_s,
                       u"detect-zeroes"_s, u"size"_s, u"latency-ns"_s, u"read-zeroes"_s};
    QTest::newRow("nested enum") << false << u"blockdev-add driver=blkdebug image.driver=null|"_s
                                 << QStringList{u"null-aio"_s, u"null-co"_s};
    QTest::newRow("unknown command: no keys") << false << u"nope |"_s << QStringList();
    QTest::newRow("json command") << true << u"{\"execute\": \"device_d|"_s << QStringList{u"device_del"_s};
    QTest::newRow("json keys") << true << u"{\"execute\": \"device_add\", \"arguments\": {\"driver\": \"e1000e\", \"|"_s
                               << QStringList{u"bus"_s, u"id"_s};
    QTest::newRow("json enum in array")
        << true << u"{\"execute\": \"migrate-set-capabilities\", \"arguments\": {\"capabilities\": [{\"capability\": \"auto|"_s
        << QStringList{u"auto-converge"_s};
    QTest::newRow("json message keys") << true << u"{\"|"_s
                                       << QStringList{u"execute"_s, u"arguments"_s, u"id"_s, u"exec-oob"_s};
}

void tst_QmpSchemaCompleter::completions()
{
    QFETCH(bool, jsonForm);
    QFETCH(QString, marked);
    QFETCH(QStringList, expected);
    const auto [text, cursor] = splitCursor(marked);
    const QmpCompletionContext ctx =
        jsonForm ? QmpCompletionContext::fromJson(text, cursor) : QmpCompletionContext::fromShortForm(text, cursor);
    const QmpSchemaCompleter completer(m_schema);
    QCOMPARE(texts(completer.complete(ctx)), expected);
}

void tst_QmpSchemaCompleter::commandDetails()
{
    const QmpSchemaCompleter completer(m_schema);
    const QList<QmpCompletion> all = completer.commands();
    QCOMPARE(all.size(), 216);
    const auto find = [&](const QString &name) {
        return *std::find_if(all.cbegin(), all.cend(), [&](const QmpCompletion &c) { return c.text == name; });
    };
    QCOMPARE(find(u"qom-list"_s).detail, u"returns [object]"_s);
    QCOMPARE(find(u"migrate-pause"_s).detail, u"returns object, allows out of band"_s);
    QCOMPARE(find(u"qom-list"_s).kind, QmpCompletion::Command);
}

void tst_QmpSchemaCompleter::keyDetails()
{
    const QmpSchemaCompleter completer(m_schema);
    const QList<QmpCompletion> keys = completer.keys(u"screendump"_s, {});
    QCOMPARE(keys.size(), 4);
    QCOMPARE(keys.at(0).text, u"filename"_s);
    QCOMPARE(keys.at(0).typeLabel, u"str"_s);
    QVERIFY(!keys.at(0).optional);
    QCOMPARE(keys.at(0).detail, u"str, required"_s);
    QCOMPARE(keys.at(3).text, u"format"_s);
    QCOMPARE(keys.at(3).typeLabel, u"enum"_s);
    QVERIFY(keys.at(3).optional);
    QCOMPARE(completer.valueType(u"screendump"_s, {}, u"head"_s), u"int"_s);
    QVERIFY(completer.valueType(u"screendump"_s, {}, u"nope"_s).isEmpty());
}

void tst_QmpSchemaCompleter::objectPathKeys()
{
    QmpSchemaCompleter completer(m_schema);
    QVERIFY(completer.valueIsObjectPath(u"qom-list"_s, {}, u"path"_s));
    QVERIFY(completer.valueIsObjectPath(u"qom-get"_s, {}, u"path"_s));
    QVERIFY(completer.valueIsObjectPath(u"device_del"_s, {}, u"id"_s));
    QVERIFY(completer.valueIsObjectPath(u"anything"_s, {}, u"qom-path"_s));
    QVERIFY(!completer.valueIsObjectPath(u"qom-get"_s, {}, u"property"_s));
    QVERIFY(!completer.valueIsObjectPath(u"job-cancel"_s, {}, u"id"_s));
    completer.setObjectPathKeys({u"x-thing:a.b"_s});
    QVERIFY(completer.valueIsObjectPath(u"x-thing"_s, {u"a"_s}, u"b"_s));
    QVERIFY(!completer.valueIsObjectPath(u"qom-list"_s, {}, u"path"_s));
}

void tst_QmpSchemaCompleter::qomProperties()
{
    const QList<QmpQomProperty> props = QmpQomProperty::fromQomList(
        json(R"([{"name": "type", "type": "string"}, {"name": "peripheral", "type": "child<container>"},
                 {"name": "bus", "type": "link<PCIBus>"}, {"name": "odd", "type": "child<"}])"));
    QCOMPARE(props.size(), 4);
    QVERIFY(!props.at(0).isChild());
    QVERIFY(props.at(1).isChild());
    QCOMPARE(props.at(1).targetType(), u"container"_s);
    QVERIFY(props.at(2).isLink());
    QCOMPARE(props.at(2).targetType(), u"PCIBus"_s);
    QVERIFY(props.at(3).targetType().isEmpty());
    QVERIFY(QmpQomProperty::fromQomList(json("{}")).isEmpty());
    QCOMPARE(QmpQomPathLister::parentPath(u"/machine/peri"_s), u"/machine"_s);
    QCOMPARE(QmpQomPathLister::parentPath(u"/mach"_s), u"/"_s);
    QCOMPARE(QmpQomPathLister::parentPath(QString()), u"/"_s);
}

void tst_QmpSchemaCompleter::emptySchema()
{
    const QmpSchemaCompleter completer;
    QVERIFY(completer.commands().isEmpty());
    QVERIFY(completer.complete(QmpCompletionContext::fromShortForm(u"device_add d"_s, 12)).isEmpty());
    QVERIFY(completer.complete(QmpCompletionContext::fromJson(u"{\"execute\": \"x\", \"arguments\": {\"a\": "_s, 33)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_QmpSchemaCompleter)
#include "tst_qmpschemacompleter.moc"
