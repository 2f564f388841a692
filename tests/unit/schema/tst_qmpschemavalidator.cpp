// SPDX-License-Identifier: GPL-2.0-or-later
// QmpSchemaValidator: every kind of problem, each with its path and message, against the saved
// QEMU 7.2 schema and a small hand-written one (integer ranges, alternates, nested unions).
#include "qmpproblemlocator.h"
#include "qmpschemavalidator.h"
#include "qmpshortform.h"
#include "schematestdata.h"

#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QmpSchemaProblem::Kind)

class tst_QmpSchemaValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void valid_data();
    void valid();
    void problems_data();
    void problems();
    void messages_data();
    void messages();
    void openCommands();
    void emptySchema();
    void problemText();
    void locate_data();
    void locate();
    void locateMissingPath();

private:
    QmpSchema m_saved;
    QmpSchema m_hand;
};

void tst_QmpSchemaValidator::initTestCase()
{
    m_saved = savedSchema();
    m_hand = handSchema();
}

void tst_QmpSchemaValidator::valid_data()
{
    QTest::addColumn<bool>("hand");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("arguments"); // empty: none given
    QTest::addColumn<bool>("oob");

    QTest::newRow("no arguments") << false << u"query-status"_s << QString() << false;
    QTest::newRow("empty arguments") << false << u"query-status"_s << u"{}"_s << false;
    QTest::newRow("required key") << false << u"device_del"_s << uR"({"id": "kbd0"})"_s << false;
    QTest::newRow("optional keys") << false << u"qom-list-types"_s << uR"({"implements": "device", "abstract": false})"_s << false;
    QTest::newRow("enum value") << false << u"screendump"_s << uR"({"filename": "/tmp/x", "format": "png"})"_s << false;
    QTest::newRow("flat union file") << false << u"blockdev-add"_s
                                     << uR"({"driver": "file", "node-name": "n", "filename": "/tmp/d", "aio": "threads"})"_s << false;
    QTest::newRow("flat union null-co") << false << u"blockdev-add"_s << uR"({"driver": "null-co", "size": 1024})"_s << false;
    QTest::newRow("alternate as string") << false << u"blockdev-add"_s
                                         << uR"({"driver": "blkdebug", "image": "node0"})"_s << false;
    QTest::newRow("alternate as object") << false << u"blockdev-add"_s
                                         << uR"({"driver": "blkdebug", "image": {"driver": "null-co"}})"_s << false;
    QTest::newRow("array of objects") << false << u"migrate-set-capabilities"_s
                                      << uR"({"capabilities": [{"capability": "xbzrle", "state": true}]})"_s << false;
    QTest::newRow("any takes anything") << false << u"qom-set"_s << uR"({"path": "/machine", "property": "x", "value": [1, {}]})"_s << false;
    QTest::newRow("oob allowed") << false << u"migrate-pause"_s << QString() << true;
    QTest::newRow("device_add takes device properties") << false << u"device_add"_s
                                                        << uR"({"driver": "usb-kbd", "id": "k", "bus": "xhci.0", "port": "1"})"_s << false;
    QTest::newRow("int8 bounds") << true << u"ranges"_s << uR"({"i8": -128, "u8": 255})"_s << false;
    QTest::newRow("uint64 max") << true << u"ranges"_s << uR"({"u64": 18446744073709551615, "sz": 0})"_s << false;
    QTest::newRow("number takes integers") << true << u"ranges"_s << uR"({"num": 3})"_s << false;
    QTest::newRow("null") << true << u"ranges"_s << uR"({"nul": null})"_s << false;
    QTest::newRow("alternate number") << true << u"ranges"_s << uR"({"alt": 1000.5})"_s << false;
    QTest::newRow("alternate int8") << true << u"ranges"_s << uR"({"alt": 100})"_s << false;
    QTest::newRow("nested union") << true << u"ranges"_s << uR"({"shape": {"kind": "poly", "sides": "three", "right-angle": true}})"_s << false;
    QTest::newRow("nested union, empty branch") << true << u"ranges"_s << uR"({"shape": {"kind": "poly", "sides": "four"}})"_s << false;
}

void tst_QmpSchemaValidator::valid()
{
    QFETCH(bool, hand);
    QFETCH(QString, command);
    QFETCH(QString, arguments);
    QFETCH(bool, oob);
    const QmpSchemaValidator validator(hand ? m_hand : m_saved);
    const QmpValue args = arguments.isEmpty() ? QmpValue() : json(arguments.toUtf8().constData());
    const QList<QmpSchemaProblem> problems = validator.validate(command, args, oob);
    QStringList text;
    for (const QmpSchemaProblem &p : problems)
        text << p.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(text.join(u"; "_s)));
}

void tst_QmpSchemaValidator::problems_data()
{
    QTest::addColumn<bool>("hand");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<bool>("oob");
    QTest::addColumn<QmpSchemaProblem::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    using P = QmpSchemaProblem;
    QTest::newRow("unknown command") << false << u"query-everything"_s << QString() << false << P::UnknownCommand
                                     << u"execute"_s << u"unknown command 'query-everything'"_s;
    QTest::newRow("unknown command oob") << false << u"nope"_s << QString() << true << P::UnknownCommand
                                         << u"exec-oob"_s << u"unknown command"_s;
    QTest::newRow("command name is case sensitive") << false << u"Query-Status"_s << QString() << false << P::UnknownCommand
                                                    << u"execute"_s << u"unknown command"_s;
    QTest::newRow("oob not allowed") << false << u"query-status"_s << QString() << true << P::OobNotAllowed
                                     << u"exec-oob"_s << u"cannot run out of band"_s;
    QTest::newRow("unknown key") << false << u"device_del"_s << uR"({"id": "a", "force": true})"_s << false << P::UnknownKey
                                 << u"arguments.force"_s << u"unknown key 'force'"_s;
    QTest::newRow("key on a command without arguments") << false << u"query-status"_s << uR"({"verbose": true})"_s << false
                                                          << P::UnknownKey << u"arguments.verbose"_s << u"unknown key"_s;
    QTest::newRow("missing key") << false << u"device_del"_s << u"{}"_s << false << P::MissingKey
                                 << u"arguments.id"_s << u"missing required key 'id' (str)"_s;
    QTest::newRow("missing key, no arguments") << false << u"qom-list"_s << QString() << false << P::MissingKey
                                               << u"arguments.path"_s << u"missing required key 'path'"_s;
    QTest::newRow("string for bool") << false << u"set_link"_s << uR"({"name": "n", "up": "yes"})"_s << false << P::WrongType
                                     << u"arguments.up"_s << u"expected bool, got string"_s;
    QTest::newRow("number for string") << false << u"device_del"_s << uR"({"id": 5})"_s << false << P::WrongType
                                       << u"arguments.id"_s << u"expected str, got integer"_s;
    QTest::newRow("double for int") << false << u"block_resize"_s << uR"({"node-name": "n", "size": 1.5})"_s << false
                                    << P::WrongType << u"arguments.size"_s << u"expected int"_s;
    QTest::newRow("null for string") << false << u"device_del"_s << uR"({"id": null})"_s << false << P::WrongType
                                     << u"arguments.id"_s << u"got null"_s;
    QTest::newRow("arguments not an object") << false << u"device_del"_s << uR"(["a"])"_s << false << P::WrongType
                                             << u"arguments"_s << u"expected object, got array"_s;
    QTest::newRow("array expected") << false << u"migrate-set-capabilities"_s << uR"({"capabilities": {}})"_s << false
                                    << P::WrongType << u"arguments.capabilities"_s << u"expected [object], got object"_s;
    QTest::newRow("in an array element") << false << u"migrate-set-capabilities"_s
                                         << uR"({"capabilities": [{"capability": "xbzrle", "state": true}, {"capability": "xbzrle", "state": 1}]})"_s
                                         << false << P::WrongType << u"arguments.capabilities[1].state"_s << u"expected bool"_s;
    QTest::newRow("enum value") << false << u"screendump"_s << uR"({"filename": "f", "format": "gif"})"_s << false
                                << P::NotInEnum << u"arguments.format"_s << u"'gif' is not one of: ppm, png"_s;
    QTest::newRow("enum in array element") << false << u"migrate-set-capabilities"_s
                                           << uR"({"capabilities": [{"capability": "warp-speed", "state": true}]})"_s << false
                                           << P::NotInEnum << u"arguments.capabilities[0].capability"_s << u"'warp-speed'"_s;
    QTest::newRow("enum given a number") << false << u"screendump"_s << uR"({"filename": "f", "format": 1})"_s << false
                                         << P::WrongType << u"arguments.format"_s << u"expected enum, got integer"_s;
    QTest::newRow("union: variant member missing") << false << u"blockdev-add"_s << uR"({"driver": "file"})"_s << false
                                                   << P::MissingKey << u"arguments.filename"_s << u"missing required key 'filename'"_s;
    QTest::newRow("union: other variant's key") << false << u"blockdev-add"_s
                                                << uR"({"driver": "null-co", "filename": "/x"})"_s << false << P::UnknownKey
                                                << u"arguments.filename"_s << u"unknown key 'filename' for driver 'null-co'"_s;
    QTest::newRow("union: unknown driver") << false << u"blockdev-add"_s << uR"({"driver": "floppy-magic"})"_s << false
                                           << P::NotInEnum << u"arguments.driver"_s << u"'floppy-magic' is not one of"_s;
    QTest::newRow("union: no driver") << false << u"blockdev-add"_s << uR"({"node-name": "x"})"_s << false
                                      << P::MissingKey << u"arguments.driver"_s << u"missing required key 'driver'"_s;
    QTest::newRow("union: variant member wrong type") << false << u"blockdev-add"_s
                                                      << uR"({"driver": "file", "filename": "/x", "aio": "fast"})"_s << false
                                                      << P::NotInEnum << u"arguments.aio"_s << u"'fast'"_s;
    QTest::newRow("union inside an alternate") << false << u"blockdev-add"_s
                                               << uR"({"driver": "blkdebug", "image": {"driver": "file"}})"_s << false
                                               << P::MissingKey << u"arguments.image.filename"_s << u"'filename'"_s;
    QTest::newRow("alternate: no branch fits") << false << u"blockdev-add"_s
                                               << uR"({"driver": "blkdebug", "image": 5})"_s << false << P::WrongType
                                               << u"arguments.image"_s << u"expected union | str, got integer"_s;
    QTest::newRow("device_add still needs driver") << false << u"device_add"_s << uR"({"id": "x"})"_s << false
                                                   << P::MissingKey << u"arguments.driver"_s << u"'driver'"_s;
    QTest::newRow("device_add listed key typed") << false << u"device_add"_s << uR"({"driver": "e1000e", "id": 3})"_s << false
                                                 << P::WrongType << u"arguments.id"_s << u"expected str"_s;
    QTest::newRow("int8 too small") << true << u"ranges"_s << uR"({"i8": -129})"_s << false << P::OutOfRange
                                    << u"arguments.i8"_s << u"-129 is out of range for int8 (-128 .. 127)"_s;
    QTest::newRow("uint8 too big") << true << u"ranges"_s << uR"({"u8": 256})"_s << false << P::OutOfRange
                                   << u"arguments.u8"_s << u"out of range for uint8"_s;
    QTest::newRow("uint8 negative") << true << u"ranges"_s << uR"({"u8": -1})"_s << false << P::OutOfRange
                                    << u"arguments.u8"_s << u"out of range"_s;
    QTest::newRow("int32 too big") << true << u"ranges"_s << uR"({"i32": 2147483648})"_s << false << P::OutOfRange
                                   << u"arguments.i32"_s << u"int32"_s;
    QTest::newRow("uint64 negative") << true << u"ranges"_s << uR"({"u64": -1})"_s << false << P::OutOfRange
                                     << u"arguments.u64"_s << u"uint64"_s;
    QTest::newRow("size negative") << true << u"ranges"_s << uR"({"sz": -5})"_s << false << P::OutOfRange
                                   << u"arguments.sz"_s << u"size"_s;
    QTest::newRow("alternate int8 out of range") << true << u"ranges"_s << uR"({"alt": 1000})"_s << false << P::OutOfRange
                                                 << u"arguments.alt"_s << u"int8"_s;
    QTest::newRow("alternate wrong kind") << true << u"ranges"_s << uR"({"alt": "x"})"_s << false << P::WrongType
                                          << u"arguments.alt"_s << u"expected number | int8, got string"_s;
    QTest::newRow("nested union: inner variant key") << true << u"ranges"_s
                                                     << uR"({"shape": {"kind": "poly", "sides": "four", "right-angle": true}})"_s
                                                     << false << P::UnknownKey << u"arguments.shape.right-angle"_s
                                                     << u"for kind 'poly', sides 'four'"_s;
    QTest::newRow("nested union: inner tag missing") << true << u"ranges"_s << uR"({"shape": {"kind": "poly"}})"_s << false
                                                     << P::MissingKey << u"arguments.shape.sides"_s << u"'sides'"_s;
    QTest::newRow("nested union: outer variant wrong type") << true << u"ranges"_s
                                                            << uR"({"shape": {"kind": "circle", "r": "big"}})"_s << false
                                                            << P::WrongType << u"arguments.shape.r"_s << u"expected number"_s;
    QTest::newRow("oob on ping with bad key") << true << u"ping"_s << uR"({"x": 1})"_s << true << P::UnknownKey
                                              << u"arguments.x"_s << u"unknown key 'x'"_s;
}

void tst_QmpSchemaValidator::problems()
{
    QFETCH(bool, hand);
    QFETCH(QString, command);
    QFETCH(QString, arguments);
    QFETCH(bool, oob);
    QFETCH(QmpSchemaProblem::Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    const QmpSchemaValidator validator(hand ? m_hand : m_saved);
    const QmpValue args = arguments.isEmpty() ? QmpValue() : json(arguments.toUtf8().constData());
    const QList<QmpSchemaProblem> problems = validator.validate(command, args, oob);
    QStringList text;
    for (const QmpSchemaProblem &p : problems)
        text << p.toString();
    // Exactly one problem: a mistake is reported once, not as a cascade.
    QVERIFY2(problems.size() == 1, qPrintable(text.join(u"; "_s)));
    const QmpSchemaProblem &p = problems.first();
    QCOMPARE(p.kind, kind);
    QCOMPARE(p.path, path);
    QVERIFY2(p.message.contains(messagePart), qPrintable(p.message));
}

void tst_QmpSchemaValidator::messages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("problems"); // toString() of each, in order

    QTest::newRow("good") << uR"({"execute": "device_del", "arguments": {"id": "k"}, "id": 1})"_s << QStringList();
    QTest::newRow("good oob") << uR"({"exec-oob": "migrate-pause", "id": "x"})"_s << QStringList();
    QTest::newRow("not an object") << uR"([1])"_s << QStringList{u"a command must be a JSON object, not array"_s};
    QTest::newRow("neither") << uR"({"arguments": {}})"_s
                             << QStringList{u"a command needs exactly one of 'execute' and 'exec-oob'"_s};
    QTest::newRow("both") << uR"({"execute": "stop", "exec-oob": "stop"})"_s
                          << QStringList{u"a command needs exactly one of 'execute' and 'exec-oob'"_s};
    QTest::newRow("name not a string") << uR"({"execute": 7})"_s << QStringList{u"execute: expected str, got integer"_s};
    QTest::newRow("extra message key") << uR"({"execute": "stop", "argument": {}})"_s
                                       << QStringList{u"argument: unknown key 'argument' in a command"_s};
    QTest::newRow("oob not allowed") << uR"({"exec-oob": "stop"})"_s
                                     << QStringList{u"exec-oob: 'stop' cannot run out of band (it does not allow exec-oob)"_s};
    QTest::newRow("arguments checked")
        << uR"({"execute": "blockdev-add", "arguments": {"driver": "file", "options": 1}})"_s
        << QStringList{u"arguments.filename: missing required key 'filename' (str)"_s,
                       u"arguments.options: unknown key 'options' for driver 'file'"_s};
}

void tst_QmpSchemaValidator::messages()
{
    QFETCH(QString, message);
    QFETCH(QStringList, problems);
    const QmpSchemaValidator validator(m_saved);
    QStringList got;
    for (const QmpSchemaProblem &p : validator.validateMessage(json(message.toUtf8().constData())))
        got << p.toString();
    QCOMPARE(got, problems);
}

void tst_QmpSchemaValidator::openCommands()
{
    QmpSchemaValidator validator(m_saved);
    QCOMPARE(validator.openCommands(), QSet<QString>{u"device_add"_s});
    const QmpValue args = json(R"({"driver": "usb-kbd", "port": "1"})");
    QVERIFY(validator.validate(u"device_add"_s, args).isEmpty());
    validator.setOpenCommands({});
    const QList<QmpSchemaProblem> problems = validator.validate(u"device_add"_s, args);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"arguments.port"_s);
}

void tst_QmpSchemaValidator::emptySchema()
{
    // Without a schema every command is unknown: a defined answer, never a crash.
    const QmpSchemaValidator validator;
    const QList<QmpSchemaProblem> problems = validator.validate(u"query-status"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, QmpSchemaProblem::UnknownCommand);
    QVERIFY(validator.validateValue(u"str"_s, QmpValue(1), u"x"_s).isEmpty());
}

void tst_QmpSchemaValidator::problemText()
{
    const QmpSchemaValidator validator(m_saved);
    const QList<QmpSchemaProblem> problems = validator.validateValue(u"str"_s, QmpValue(true), QString());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(), u"expected str, got boolean"_s);
    QCOMPARE(validator.validateValue(u"str"_s, QmpValue(true), u"a.b"_s).first().toString(), u"a.b: expected str, got boolean"_s);
}

void tst_QmpSchemaValidator::locate_data()
{
    // « and » mark the span the editor underlines for the (single) problem of each text.
    QTest::addColumn<QString>("marked");

    QTest::newRow("json unknown key") << uR"({"execute": "device_del", "arguments": {"id": "a", «"force"»: true}})"_s;
    QTest::newRow("json wrong type") << uR"({"execute": "set_link", "arguments": {"name": "n", "up": «"yes"»}})"_s;
    QTest::newRow("json number") << uR"({"execute": "block_resize", "arguments": {"node-name": "n", "size": «1.5»}})"_s;
    QTest::newRow("json enum in an array")
        << uR"({"execute": "migrate-set-capabilities", "arguments": {"capabilities": [{"capability": "xbzrle", "state": true}, {"capability": «"warp"», "state": true}]}})"_s;
    QTest::newRow("json missing key") << uR"({"execute": "blockdev-add", "arguments": «{"driver": "file"}»})"_s;
    QTest::newRow("json missing nested key")
        << uR"({"execute": "blockdev-add", "arguments": {"driver": "blkdebug", "image": «{"driver": "file"}»}})"_s;
    QTest::newRow("json missing, no arguments") << uR"({"execute": «"qom-list"»})"_s;
    QTest::newRow("json unknown command") << uR"({"execute": «"nope"», "arguments": {}})"_s;
    QTest::newRow("json oob") << uR"({«"exec-oob"»: "stop"})"_s;
    QTest::newRow("json over lines") << u"{\n  \"execute\": \"device_del\",\n  \"arguments\": {\n    \"id\": «7»\n  }\n}"_s;
    QTest::newRow("json escaped strings")
        << uR"({"execute": "qom-get", "arguments": {"path": "a\"b,:}", «"prop"»: "x", "property": "y"}})"_s;
    QTest::newRow("short unknown key") << u"device_del id=a «force»=true"_s;
    QTest::newRow("short wrong type") << u"set_link name=n up=«yes»"_s;
    QTest::newRow("short missing key") << u"«blockdev-add» driver=file"_s;
    QTest::newRow("short nested enum") << u"blockdev-add driver=blkdebug image.driver=«floppy»"_s;
    QTest::newRow("short inside a JSON value") << u"migrate-set-capabilities capabilities=«'[{\"capability\":\"xbzrle\"}]'»"_s;
    QTest::newRow("short unknown command") << u"  «frobnicate» a=1"_s;
    QTest::newRow("short quoted value with a space") << u"set_link name='my nic' up=«'not sure'»"_s;
}

void tst_QmpSchemaValidator::locate()
{
    QFETCH(QString, marked);
    const qsizetype start = marked.indexOf(u'«');
    QString text = marked;
    text.remove(start, 1);
    const qsizetype end = text.indexOf(u'»');
    text.remove(end, 1);

    QmpShortFormError error;
    const QmpShortForm parsed = QmpShortForm::parse(text, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error.message));
    const QList<QmpSchemaProblem> problems = QmpSchemaValidator(m_saved).validateMessage(parsed.message());
    QStringList all;
    for (const QmpSchemaProblem &p : problems)
        all << p.toString();
    QVERIFY2(problems.size() == 1, qPrintable(all.join(u"; "_s)));
    const QmpProblemLocator::Span span = QmpProblemLocator::locate(text, problems.first());
    QVERIFY(span.isValid());
    QCOMPARE(text.mid(span.start, span.length), text.mid(start, end - start));
}

void tst_QmpSchemaValidator::locateMissingPath()
{
    // Bad input never crashes, and says "not here" where it can.
    QVERIFY(!QmpProblemLocator::locatePath(u"{\"execute\": \"x\"}"_s, u"arguments.id"_s, true).isValid());
    QVERIFY(!QmpProblemLocator::locatePath(u"{\"execute\": "_s, u"execute"_s, true).isValid());
    QVERIFY(!QmpProblemLocator::locatePath(QString(), u"execute"_s, true).isValid());
    QVERIFY(!QmpProblemLocator::locatePath(u"{[}]"_s, u"arguments"_s, false).isValid());
    const QmpProblemLocator::Span whole = QmpProblemLocator::locate(u"  [1] "_s, {QmpSchemaProblem::BadMessage, QString(), u"x"_s});
    QCOMPARE(whole.start, 2);
    QCOMPARE(whole.length, 3);
}

QTEST_GUILESS_MAIN(tst_QmpSchemaValidator)
#include "tst_qmpschemavalidator.moc"
