// SPDX-License-Identifier: GPL-2.0-or-later
// QmpSchema on the saved QEMU 7.2 schema and on bad input; QmpSchemaCache; the describer and the
// event schema that read it.
#include "qmpeventschema.h"
#include "qmpschema.h"
#include "qmpschemacache.h"
#include "qmpcompletioncontext.h"
#include "qmpschemacompleter.h"
#include "qmpschemadescriber.h"
#include "qmpschemavalidator.h"
#include "schematestdata.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

class tst_QmpSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts();
    void commands_data();
    void commands();
    void events_data();
    void events();
    void optionalMembers_data();
    void optionalMembers();
    void enums();
    void alternates();
    void arrays();
    void builtins();
    void generatedNamesNeverShow();
    void flatUnionVariants();
    void nestedUnion();
    void typeAtPath_data();
    void typeAtPath();
    void badSchema_data();
    void badSchema();
    void defaultIsEmpty();
    void roundTripThroughValue();

    void cacheRoundTrip();
    void cacheKeyedByVersion_data();
    void cacheKeyedByVersion();
    void cacheDamaged_data();
    void cacheDamaged();
    void cacheFileMode();

    void describeCommand();
    void describeEvent();
    void describeUnknown();
    void eventSchema();
    void timings();

private:
    QmpSchema m_schema;
};

void tst_QmpSchema::initTestCase()
{
    m_schema = savedSchema();
}

void tst_QmpSchema::counts()
{
    QCOMPARE(m_schema.entityCount(), 1051);
    QCOMPARE(m_schema.commandNames().size(), 216);
    QCOMPARE(m_schema.eventNames().size(), 52);
    QVERIFY(std::is_sorted(m_schema.commandNames().cbegin(), m_schema.commandNames().cend()));
    QVERIFY(std::is_sorted(m_schema.eventNames().cbegin(), m_schema.eventNames().cend()));
    QVERIFY(!m_schema.isEmpty());
}

void tst_QmpSchema::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments"); // member names in schema order
    QTest::addColumn<QString>("returns");       // typeLabel of the return type
    QTest::addColumn<bool>("allowOob");

    QTest::newRow("query-status") << u"query-status"_s << QStringList() << u"object"_s << false;
    QTest::newRow("device_del") << u"device_del"_s << QStringList{u"id"_s} << u"object"_s << false;
    QTest::newRow("qom-list") << u"qom-list"_s << QStringList{u"path"_s} << u"[object]"_s << false;
    QTest::newRow("qom-get") << u"qom-get"_s << QStringList{u"path"_s, u"property"_s} << u"any"_s << false;
    QTest::newRow("human-monitor-command") << u"human-monitor-command"_s
                                           << QStringList{u"command-line"_s, u"cpu-index"_s} << u"str"_s << false;
    QTest::newRow("migrate-pause") << u"migrate-pause"_s << QStringList() << u"object"_s << true;
    QTest::newRow("query-yank") << u"query-yank"_s << QStringList() << u"[union]"_s << true;
    QTest::newRow("blockdev-add (union, common members)")
        << u"blockdev-add"_s
        << QStringList{u"driver"_s, u"node-name"_s, u"discard"_s, u"cache"_s, u"read-only"_s, u"auto-read-only"_s,
                       u"force-share"_s, u"detect-zeroes"_s}
        << u"object"_s << false;
}

void tst_QmpSchema::commands()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, returns);
    QFETCH(bool, allowOob);

    const QmpSchemaEntity *cmd = m_schema.command(command);
    QVERIFY(cmd);
    QCOMPARE(cmd->metaType, QmpSchemaEntity::MetaType::Command);
    QVERIFY(m_schema.commandNames().contains(command));
    QStringList names;
    for (const QmpSchemaMember &m : m_schema.argumentMembers(command))
        names << m.name;
    QCOMPARE(names, arguments);
    QCOMPARE(m_schema.typeLabel(cmd->retType), returns);
    QCOMPARE(cmd->allowOob, allowOob);
    QVERIFY(!m_schema.event(command));
    QVERIFY(!m_schema.type(command));
}

void tst_QmpSchema::events_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("fields"); // "name:type[?]"

    QTest::newRow("DEVICE_DELETED") << u"DEVICE_DELETED"_s << QStringList{u"device:str?"_s, u"path:str"_s};
    QTest::newRow("DEVICE_UNPLUG_GUEST_ERROR") << u"DEVICE_UNPLUG_GUEST_ERROR"_s << QStringList{u"device:str?"_s, u"path:str"_s};
    QTest::newRow("JOB_STATUS_CHANGE") << u"JOB_STATUS_CHANGE"_s << QStringList{u"id:str"_s, u"status:enum"_s};
    QTest::newRow("STOP has no data") << u"STOP"_s << QStringList();
    QTest::newRow("BLOCK_JOB_COMPLETED")
        << u"BLOCK_JOB_COMPLETED"_s
        << QStringList{u"type:enum"_s, u"device:str"_s, u"len:int"_s, u"offset:int"_s, u"speed:int"_s, u"error:str?"_s};
}

void tst_QmpSchema::events()
{
    QFETCH(QString, event);
    QFETCH(QStringList, fields);
    const QmpSchemaEntity *ev = m_schema.event(event);
    QVERIFY(ev);
    QVERIFY(m_schema.eventNames().contains(event));
    QVERIFY(!m_schema.command(event));
    QStringList got;
    for (const QmpSchemaMember &m : m_schema.argumentMembers(event))
        got << m.name + u':' + m_schema.typeLabel(m.type) + (m.optional ? u"?"_s : QString());
    QCOMPARE(got, fields);
}

void tst_QmpSchema::optionalMembers_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("optional");
    QTest::newRow("device_add driver") << u"device_add"_s << u"driver"_s << false;
    QTest::newRow("device_add id") << u"device_add"_s << u"id"_s << true;
    QTest::newRow("device_add bus") << u"device_add"_s << u"bus"_s << true;
    QTest::newRow("screendump filename") << u"screendump"_s << u"filename"_s << false;
    QTest::newRow("screendump format") << u"screendump"_s << u"format"_s << true;
    QTest::newRow("qom-list-types abstract") << u"qom-list-types"_s << u"abstract"_s << true;
}

void tst_QmpSchema::optionalMembers()
{
    QFETCH(QString, command);
    QFETCH(QString, member);
    QFETCH(bool, optional);
    const QList<QmpSchemaMember> members = m_schema.argumentMembers(command);
    const auto it = std::find_if(members.cbegin(), members.cend(), [&](const QmpSchemaMember &m) { return m.name == member; });
    QVERIFY(it != members.cend());
    QCOMPARE(it->optional, optional);
}

void tst_QmpSchema::enums()
{
    // query-status returns {running, singlestep, status: RunState}.
    const QmpSchemaEntity *cmd = m_schema.command(u"query-status"_s);
    QVERIFY(cmd);
    const QList<QmpSchemaMember> ret = m_schema.objectMembers(cmd->retType);
    QCOMPARE(ret.size(), 3);
    QCOMPARE(ret.at(2).name, u"status"_s);
    const QmpSchemaEntity *runState = m_schema.type(ret.at(2).type);
    QVERIFY(runState);
    QCOMPARE(runState->metaType, QmpSchemaEntity::MetaType::Enum);
    QCOMPARE(m_schema.typeLabel(runState->name), u"enum"_s);
    QVERIFY(runState->values.contains(u"running"_s));
    QVERIFY(runState->values.contains(u"prelaunch"_s));
    QCOMPARE(runState->values.size(), 16);
    QCOMPARE(m_schema.enumValues(runState->name), runState->values);
    QVERIFY(m_schema.enumValues(u"str"_s).isEmpty());
    QVERIFY(m_schema.enumValues(u"no-such-type"_s).isEmpty());

    // Enums that list only "members" (newer QEMUs) read the same.
    const QmpSchema membersOnly = QmpSchema::fromJson(
        R"([{"name": "e", "meta-type": "enum", "members": [{"name": "a"}, {"name": "b"}]}])");
    QCOMPARE(membersOnly.enumValues(u"e"_s), (QStringList{u"a"_s, u"b"_s}));
}

void tst_QmpSchema::alternates()
{
    // blockdev-add's "file" in the file driver's branch is not it; BlockdevRef appears as the
    // type of e.g. blkdebug's "image": BlockdevOptions | str.
    const QString image = m_schema.typeAtPath(m_schema.command(u"blockdev-add"_s)->argType, {u"image"_s},
                                              json(R"({"driver": "blkdebug"})"));
    const QmpSchemaEntity *alt = m_schema.type(image);
    QVERIFY(alt);
    QCOMPARE(alt->metaType, QmpSchemaEntity::MetaType::Alternate);
    QCOMPARE(alt->alternatives.size(), 2);
    QCOMPARE(m_schema.typeLabel(image), u"union | str"_s);

    int count = 0;
    for (const QString &name : {u"290"_s, u"334"_s, u"518"_s, u"527"_s, u"528"_s, u"626"_s}) {
        const QmpSchemaEntity *e = m_schema.type(name);
        QVERIFY(e);
        QCOMPARE(e->metaType, QmpSchemaEntity::MetaType::Alternate);
        ++count;
    }
    QCOMPARE(count, 6);
    QCOMPARE(m_schema.typeLabel(u"334"_s), u"str | null"_s);
    QCOMPARE(m_schema.typeLabel(u"626"_s), u"int | bool | [int]"_s);
}

void tst_QmpSchema::arrays()
{
    const QmpSchemaEntity *arr = m_schema.type(u"[177]"_s);
    QVERIFY(arr);
    QCOMPARE(arr->metaType, QmpSchemaEntity::MetaType::Array);
    QCOMPARE(arr->elementType, u"177"_s);
    QCOMPARE(m_schema.typeLabel(u"[177]"_s), u"[object]"_s);
    QCOMPARE(m_schema.typeLabel(u"[str]"_s), u"[str]"_s);
    const QString caps = m_schema.argumentMembers(u"migrate-set-capabilities"_s).value(0).type;
    QCOMPARE(m_schema.typeLabel(caps), u"[object]"_s);
    QCOMPARE(m_schema.typeAtPath(m_schema.command(u"migrate-set-capabilities"_s)->argType, {u"capabilities"_s, u"0"_s, u"capability"_s}),
             u"407"_s);
}

void tst_QmpSchema::builtins()
{
    const QList<std::pair<QString, QString>> expected = {
        {u"str"_s, u"string"_s}, {u"any"_s, u"value"_s}, {u"bool"_s, u"boolean"_s},
        {u"int"_s, u"int"_s},    {u"null"_s, u"null"_s}, {u"number"_s, u"number"_s}};
    for (const auto &[name, jsonType] : expected) {
        const QmpSchemaEntity *b = m_schema.type(name);
        QVERIFY2(b, qPrintable(name));
        QCOMPARE(b->metaType, QmpSchemaEntity::MetaType::Builtin);
        QCOMPARE(b->jsonType, jsonType);
        QCOMPARE(m_schema.typeLabel(name), name);
    }
}

void tst_QmpSchema::generatedNamesNeverShow()
{
    // Every type any command or event refers to must have a label a person can read.
    static const QRegularExpression digits(u"(^|[^a-z])[0-9]+($|[^a-z])"_s);
    int checked = 0;
    const auto checkType = [&](const QString &type) {
        const QString label = m_schema.typeLabel(type);
        QVERIFY2(!digits.match(label).hasMatch(), qPrintable(type + u" -> "_s + label));
        ++checked;
    };
    for (const QString &name : m_schema.commandNames() + m_schema.eventNames()) {
        const QmpSchemaEntity *e = m_schema.entity(name);
        for (const QmpSchemaMember &m : m_schema.argumentMembers(name))
            checkType(m.type);
        if (!e->retType.isEmpty())
            checkType(e->retType);
    }
    QVERIFY(checked > 500);
}

void tst_QmpSchema::flatUnionVariants()
{
    const QString args = m_schema.command(u"blockdev-add"_s)->argType;
    const QmpSchemaEntity *u = m_schema.type(args);
    QCOMPARE(u->tag, u"driver"_s);
    QCOMPARE(u->variants.size(), 42);
    QStringList fileMembers;
    for (const QmpSchemaMember &m : m_schema.objectMembers(args, u"file"_s))
        fileMembers << m.name;
    QVERIFY(fileMembers.contains(u"driver"_s));
    QVERIFY(fileMembers.contains(u"filename"_s));
    QVERIFY(fileMembers.contains(u"aio"_s));
    QCOMPARE(m_schema.objectMembers(args).size(), 8);
    QCOMPARE(m_schema.objectMembers(args, u"no-such-driver"_s).size(), 8);
    const QList<QmpSchemaMember> forValue = m_schema.objectMembersFor(args, json(R"({"driver": "file"})"));
    QCOMPARE(forValue.size(), fileMembers.size());
    QCOMPARE(m_schema.typeLabel(args), u"union"_s);
}

void tst_QmpSchema::nestedUnion()
{
    const QmpSchema s = handSchema();
    QStringList names;
    for (const QmpSchemaMember &m : s.objectMembersFor(u"3"_s, json(R"({"kind": "poly", "sides": "three"})")))
        names << m.name;
    QCOMPARE(names, (QStringList{u"kind"_s, u"sides"_s, u"right-angle"_s}));
    names.clear();
    for (const QmpSchemaMember &m : s.objectMembers(u"3"_s, u"poly"_s))
        names << m.name;
    QCOMPARE(names, (QStringList{u"kind"_s, u"sides"_s}));
}

void tst_QmpSchema::typeAtPath_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("label"); // empty: the path leaves the schema

    QTest::newRow("plain member") << u"device_del"_s << QStringList{u"id"_s} << u"{}"_s << u"str"_s;
    QTest::newRow("unknown member") << u"device_del"_s << QStringList{u"nope"_s} << u"{}"_s << QString();
    QTest::newRow("variant member needs its tag") << u"blockdev-add"_s << QStringList{u"filename"_s} << u"{}"_s << QString();
    QTest::newRow("variant member") << u"blockdev-add"_s << QStringList{u"filename"_s}
                                    << uR"({"driver": "file"})"_s << u"str"_s;
    QTest::newRow("array element") << u"migrate-set-capabilities"_s << QStringList{u"capabilities"_s, u"3"_s, u"state"_s}
                                   << u"{}"_s << u"bool"_s;
    QTest::newRow("through an alternate") << u"blockdev-add"_s << QStringList{u"image"_s, u"driver"_s}
                                          << uR"({"driver": "blkdebug"})"_s << u"enum"_s;
    QTest::newRow("into a scalar") << u"device_del"_s << QStringList{u"id"_s, u"x"_s} << u"{}"_s << QString();
}

void tst_QmpSchema::typeAtPath()
{
    QFETCH(QString, command);
    QFETCH(QStringList, path);
    QFETCH(QString, context);
    QFETCH(QString, label);
    const QString type = m_schema.typeAtPath(m_schema.command(command)->argType, path, json(context.toUtf8().constData()));
    QCOMPARE(type.isEmpty() ? QString() : m_schema.typeLabel(type), label);
}

void tst_QmpSchema::badSchema_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not JSON") << QByteArray("[{") << u"not valid JSON"_s;
    QTest::newRow("empty text") << QByteArray("") << u"not valid JSON"_s;
    QTest::newRow("object") << QByteArray(R"({"return": []})") << u"not a list"_s;
    QTest::newRow("string") << QByteArray(R"("schema")") << u"not a list"_s;
    QTest::newRow("entry not an object") << QByteArray(R"([1])") << u"without name or meta-type"_s;
    QTest::newRow("no name") << QByteArray(R"([{"meta-type": "builtin"}])") << u"without name or meta-type"_s;
    QTest::newRow("name not a string") << QByteArray(R"([{"name": 1, "meta-type": "builtin"}])") << u"without name or meta-type"_s;
    QTest::newRow("unknown meta-type") << QByteArray(R"([{"name": "x", "meta-type": "gizmo"}])") << u"unknown meta-type gizmo"_s;
    QTest::newRow("member without type")
        << QByteArray(R"([{"name": "o", "meta-type": "object", "members": [{"name": "a"}]}])") << u"member without name or type"_s;
    QTest::newRow("undefined member type")
        << QByteArray(R"([{"name": "o", "meta-type": "object", "members": [{"name": "a", "type": "9"}]}])")
        << u"o refers to the undefined type 9"_s;
    QTest::newRow("undefined arg-type")
        << QByteArray(R"([{"name": "c", "meta-type": "command", "arg-type": "0", "ret-type": "0"}])")
        << u"c refers to the undefined type 0"_s;
    QTest::newRow("type is a command")
        << QByteArray(R"([{"name": "c", "meta-type": "command", "arg-type": "c", "ret-type": "c"}])")
        << u"c refers to the undefined type c"_s;
    QTest::newRow("undefined element type")
        << QByteArray(R"([{"name": "[x]", "meta-type": "array", "element-type": "x"}])") << u"undefined type x"_s;
    QTest::newRow("undefined variant type")
        << QByteArray(R"([{"name": "e", "meta-type": "enum", "values": ["a"]},
                         {"name": "u", "meta-type": "object", "tag": "k", "members": [{"name": "k", "type": "e"}],
                          "variants": [{"case": "a", "type": "v"}]}])")
        << u"undefined type v"_s;
    QTest::newRow("undefined alternative")
        << QByteArray(R"([{"name": "a", "meta-type": "alternate", "members": [{"type": "q"}]}])") << u"undefined type q"_s;
    QTest::newRow("array without element type")
        << QByteArray(R"([{"name": "[x]", "meta-type": "array"}])") << u"without an element type"_s;
    QTest::newRow("tag not a member")
        << QByteArray(R"([{"name": "str", "meta-type": "builtin", "json-type": "string"},
                         {"name": "u", "meta-type": "object", "tag": "k", "members": [], "variants": []}])")
        << u"tag k is not one of its members"_s;
    QTest::newRow("duplicate name")
        << QByteArray(R"([{"name": "str", "meta-type": "builtin", "json-type": "string"},
                         {"name": "str", "meta-type": "builtin", "json-type": "string"}])")
        << u"str is defined twice"_s;
}

void tst_QmpSchema::badSchema()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    const QmpSchema schema = QmpSchema::fromJson(json, &error);
    QVERIFY(schema.isEmpty());
    QCOMPARE(schema.entityCount(), 0);
    QVERIFY(schema.commandNames().isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    // Nothing is left over from an earlier call's error either.
    QVERIFY(!QmpSchema::fromJson("[]", &error).entityCount());
    QVERIFY(error.isEmpty());
}

void tst_QmpSchema::defaultIsEmpty()
{
    const QmpSchema s;
    QVERIFY(s.isEmpty());
    QVERIFY(!s.entity(u"query-status"_s));
    QVERIFY(s.argumentMembers(u"x"_s).isEmpty());
    QVERIFY(s.typeAtPath(u"x"_s, {u"a"_s}).isEmpty());
    QCOMPARE(s.typeLabel(u"123"_s), u"123"_s);
}

void tst_QmpSchema::roundTripThroughValue()
{
    const QmpSchema again = QmpSchema::fromValue(m_schema.toValue());
    QCOMPARE(again.entityCount(), m_schema.entityCount());
    QCOMPARE(again.commandNames(), m_schema.commandNames());
}

// --- cache ---------------------------------------------------------------------------------

namespace {
QmpSchemaCache::Key key72()
{
    QmpSchemaCache::Key key;
    key.major = 7;
    key.minor = 2;
    key.micro = 22;
    key.package = u"Debian 1:7.2+dfsg-7+deb12u18+b3"_s;
    key.target = u"x86_64"_s;
    return key;
}
} // namespace

void tst_QmpSchema::cacheRoundTrip()
{
    QTemporaryDir dir;
    QmpSchemaCache cache(dir.path());
    QCOMPARE(cache.directory(), dir.path());
    QString error;
    QVERIFY(cache.load(key72(), &error).isEmpty());
    QVERIFY(error.contains(u"no saved schema"_s));
    QVERIFY2(cache.store(key72(), m_schema, &error), qPrintable(error));
    QVERIFY(QFile::exists(cache.filePath(key72())));

    QmpSchemaCache other(dir.path()); // a new object (a new connection) finds it too
    const QmpSchema loaded = other.load(key72(), &error);
    QVERIFY2(!loaded.isEmpty(), qPrintable(error));
    QCOMPARE(loaded.entityCount(), m_schema.entityCount());
    QCOMPARE(loaded.commandNames(), m_schema.commandNames());
    QVERIFY(other.remove(key72()));
    QVERIFY(other.load(key72()).isEmpty());
}

void tst_QmpSchema::cacheKeyedByVersion_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("major") << 0;
    QTest::newRow("minor") << 1;
    QTest::newRow("micro") << 2;
    QTest::newRow("package") << 3;
    QTest::newRow("target") << 4;
}

void tst_QmpSchema::cacheKeyedByVersion()
{
    QFETCH(int, field);
    QTemporaryDir dir;
    QmpSchemaCache cache(dir.path());
    QVERIFY(cache.store(key72(), m_schema));
    QmpSchemaCache::Key other = key72();
    switch (field) {
    case 0: other.major = 8; break;
    case 1: other.minor = 1; break;
    case 2: other.micro = 0; break;
    case 3: other.package = u"v7.2.0"_s; break;
    case 4: other.target = u"aarch64"_s; break;
    }
    QVERIFY(other.fileName() != key72().fileName());
    QVERIFY(cache.load(other).isEmpty());
    QVERIFY(!cache.load(key72()).isEmpty());
}

void tst_QmpSchema::cacheDamaged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("truncated") << QByteArray(R"({"key": {"format": 1)") << u"damaged"_s;
    QTest::newRow("empty") << QByteArray() << u"damaged"_s;
    QTest::newRow("another QEMU")
        << QByteArray(R"({"key": {"format": 1, "major": 6, "minor": 0, "micro": 0, "package": "", "target": ""}, "schema": []})")
        << u"belongs to another QEMU"_s;
    QTest::newRow("schema not a list")
        << QByteArray(R"({"key": {"format": 1, "major": 7, "minor": 2, "micro": 22, "package": "Debian 1:7.2+dfsg-7+deb12u18+b3", "target": "x86_64"}, "schema": 5})")
        << u"not a list"_s;
}

void tst_QmpSchema::cacheDamaged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QmpSchemaCache cache(dir.path());
    QFile f(cache.filePath(key72()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QString error;
    QVERIFY(cache.load(key72(), &error).isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    // A good store replaces the damaged file.
    QVERIFY(cache.store(key72(), m_schema));
    QVERIFY(!cache.load(key72()).isEmpty());
}

void tst_QmpSchema::cacheFileMode()
{
    QTemporaryDir dir;
    QmpSchemaCache cache(dir.path() + u"/sub/dir"_s);
    QVERIFY(cache.store(key72(), m_schema));
    // Nobody else reads what this QEMU offers, nor plants a schema for it.
    QCOMPARE(QFile::permissions(cache.filePath(key72())),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QString error;
    QmpSchemaCache unwritable(u"/proc/no-such-dir"_s);
    QVERIFY(!unwritable.store(key72(), m_schema, &error));
    QVERIFY(!error.isEmpty());
}

// --- describer and event schema ------------------------------------------------------------

void tst_QmpSchema::describeCommand()
{
    const QmpSchemaDescriber describer(m_schema);
    const QString text = describer.describeCommand(u"blockdev-add"_s);
    QVERIFY(text.startsWith(u"blockdev-add\n"_s));
    QVERIFY(text.contains(u"Arguments (variants chosen by 'driver'):"_s));
    QVERIFY(text.contains(u"  driver: enum (required)"_s));
    QVERIFY(text.contains(u"  node-name: str (optional)"_s));
    QVERIFY(text.contains(u"when driver is 'file':"_s));
    QVERIFY(text.contains(u"filename: str (required)"_s));
    QVERIFY(text.contains(u"Returns: nothing"_s));

    const QString oob = describer.describeCommand(u"migrate-pause"_s);
    QVERIFY(oob.contains(u"allows out of band"_s));
    QVERIFY(oob.contains(u"Arguments: none"_s));

    const QString list = describer.describeCommand(u"qom-list"_s);
    QVERIFY(list.contains(u"  path: str (required)"_s));
    QVERIFY(list.contains(u"Returns: [object]"_s));
    QVERIFY(list.contains(u"name: str (required)"_s));
}

void tst_QmpSchema::describeEvent()
{
    const QmpSchemaDescriber describer(m_schema);
    QCOMPARE(describer.describeEvent(u"DEVICE_DELETED"_s),
             u"DEVICE_DELETED\nData:\n  device: str (optional)\n  path: str (required)\n"_s);
    QCOMPARE(describer.describeEvent(u"STOP"_s), u"STOP\nData: none\n"_s);
}

void tst_QmpSchema::describeUnknown()
{
    const QmpSchemaDescriber describer(m_schema);
    QVERIFY(describer.describeCommand(u"no-such"_s).isEmpty());
    QVERIFY(describer.describeEvent(u"query-status"_s).isEmpty());
    QVERIFY(QmpSchemaDescriber().describeCommand(u"query-status"_s).isEmpty());
}

void tst_QmpSchema::eventSchema()
{
    const QmpEventSchema events(m_schema);
    QCOMPARE(events.eventNames().size(), 52);
    QVERIFY(events.contains(u"DEVICE_DELETED"_s));
    QVERIFY(!events.contains(u"device_del"_s));
    const QList<QmpEventSchema::Field> fields = events.fields(u"JOB_STATUS_CHANGE"_s);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(1).path, u"status"_s);
    QVERIFY(fields.at(1).enumValues.contains(u"concluded"_s));
    QVERIFY(events.fields(u"STOP"_s).isEmpty());
    QVERIFY(events.fields(u"nope"_s).isEmpty());
    const QStringList paths = events.allFieldPaths();
    QVERIFY(paths.contains(u"device"_s));
    QVERIFY(paths.contains(u"path"_s));
    QVERIFY(std::is_sorted(paths.cbegin(), paths.cend()));

    // A union in event data: every variant's members are offered, all optional.
    const QmpEventSchema hand(handSchema());
    QStringList got;
    for (const QmpEventSchema::Field &f : hand.fields(u"TICK"_s))
        got << f.path + (f.optional ? u"?"_s : QString());
    QCOMPARE(got, (QStringList{u"count"_s, u"shape?"_s, u"shape.kind?"_s, u"shape.r?"_s, u"shape.sides?"_s}));
}

void tst_QmpSchema::timings()
{
    // Figures for the record (printed, never asserted: the machine may be busy).
    QFile file(QStringLiteral(QMP_TESTDATA_DIR "/qmp-schema-7.2.22.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QElapsedTimer timer;
    timer.start();
    constexpr int parses = 20;
    for (int i = 0; i < parses; ++i)
        QVERIFY(!QmpSchema::fromJson(text).isEmpty());
    const double parseMs = double(timer.nsecsElapsed()) / 1e6 / parses;

    const QmpSchemaValidator validator(m_schema);
    const QmpValue args = json(R"({"driver": "file", "node-name": "n", "filename": "/tmp/d", "aio": "threads"})");
    timer.restart();
    constexpr int validations = 20000;
    for (int i = 0; i < validations; ++i)
        QVERIFY(validator.validate(u"blockdev-add"_s, args).isEmpty());
    const double validatePerS = validations / (double(timer.nsecsElapsed()) / 1e9);

    const QmpSchemaCompleter completer(m_schema);
    const QString line = u"blockdev-add driver=file "_s;
    timer.restart();
    constexpr int completions = 5000;
    for (int i = 0; i < completions; ++i)
        QVERIFY(!completer.complete(QmpCompletionContext::fromShortForm(line, line.size())).isEmpty());
    const double completeUs = double(timer.nsecsElapsed()) / 1e3 / completions;
    qInfo("schema_parse_ms %.2f", parseMs);
    qInfo("schema_validate_blockdev_add_per_s %.0f", validatePerS);
    qInfo("schema_complete_keys_us %.1f", completeUs);
}

QTEST_GUILESS_MAIN(tst_QmpSchema)
#include "tst_qmpschema.moc"
