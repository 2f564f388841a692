// SPDX-License-Identifier: GPL-2.0-or-later
// QmpArgumentForm: fields typed from the saved QEMU 7.2 schema, text to value and back (exact
// 64-bit integers), and the message a filled form writes.
#include "qmpargumentform.h"
#include "schematestdata.h"

#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

using Editor = QmpArgumentForm::Editor;
Q_DECLARE_METATYPE(QmpArgumentForm::Editor)

class tst_QmpArgumentForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fieldTypes();
    void unknownCommand();
    void unionGrowsWithTag();
    void returns();
    void values_data();
    void values();
    void textOfValue();
    void message();
    void messageKeepsWhatTheFormCannotShow();

private:
    QmpSchema m_schema;
};

void tst_QmpArgumentForm::initTestCase()
{
    m_schema = savedSchema();
}

void tst_QmpArgumentForm::fieldTypes()
{
    const QmpArgumentForm form(m_schema, u"dump-guest-memory"_s);
    QVERIFY(form.isValid());
    QCOMPARE(form.fieldNames(), (QStringList{u"paging"_s, u"protocol"_s, u"detach"_s, u"begin"_s, u"length"_s, u"format"_s}));
    QCOMPARE(form.field(u"paging"_s)->editor, Editor::Bool);
    QVERIFY(!form.field(u"paging"_s)->optional);
    QCOMPARE(form.field(u"protocol"_s)->editor, Editor::String);
    QCOMPARE(form.field(u"begin"_s)->editor, Editor::Integer);
    QVERIFY(form.field(u"begin"_s)->optional);
    QCOMPARE(form.field(u"format"_s)->editor, Editor::Enum);
    QVERIFY(form.field(u"format"_s)->enumValues.contains(u"elf"_s));
    QCOMPARE(form.field(u"format"_s)->typeLabel, u"enum"_s);

    const QmpArgumentForm caps(m_schema, u"migrate-set-capabilities"_s);
    QCOMPARE(caps.field(u"capabilities"_s)->editor, Editor::Json);
    QVERIFY(caps.field(u"capabilities"_s)->typeLabel.startsWith(u'['));

    QVERIFY(QmpArgumentForm(m_schema, u"query-status"_s).fields().isEmpty());
    QVERIFY(QmpArgumentForm(m_schema, u"query-status"_s).isValid());
}

void tst_QmpArgumentForm::unknownCommand()
{
    const QmpArgumentForm form(m_schema, u"no-such-command"_s);
    QVERIFY(!form.isValid());
    QVERIFY(form.fields().isEmpty());
    QVERIFY(!QmpArgumentForm(QmpSchema(), u"query-status"_s).isValid());
}

void tst_QmpArgumentForm::unionGrowsWithTag()
{
    const QmpArgumentForm bare(m_schema, u"blockdev-add"_s);
    QVERIFY(bare.field(u"driver"_s));
    QCOMPARE(bare.field(u"driver"_s)->editor, Editor::Enum);
    QVERIFY(!bare.field(u"filename"_s));
    const QmpArgumentForm file(m_schema, u"blockdev-add"_s, json(R"({"driver": "file"})"));
    QVERIFY(file.field(u"filename"_s));
    QVERIFY(!file.field(u"filename"_s)->optional);
}

void tst_QmpArgumentForm::returns()
{
    QVERIFY(QmpArgumentForm(m_schema, u"stop"_s).returnDescription().contains(u"nothing"_s));
    const QString status = QmpArgumentForm(m_schema, u"query-status"_s).returnDescription();
    QVERIFY2(status.contains(u"running: bool"_s), qPrintable(status));
}

void tst_QmpArgumentForm::values_data()
{
    QTest::addColumn<Editor>("editor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json"); // empty: the text does not fit
    QTest::newRow("int") << Editor::Integer << u"42"_s << u"42"_s;
    QTest::newRow("int negative") << Editor::Integer << u" -7 "_s << u"-7"_s;
    QTest::newRow("int min") << Editor::Integer << u"-9223372036854775808"_s << u"-9223372036854775808"_s;
    QTest::newRow("uint max") << Editor::Integer << u"18446744073709551615"_s << u"18446744073709551615"_s;
    QTest::newRow("int beyond") << Editor::Integer << u"18446744073709551616"_s << QString();
    QTest::newRow("int fraction") << Editor::Integer << u"1.5"_s << QString();
    QTest::newRow("int word") << Editor::Integer << u"ten"_s << QString();
    QTest::newRow("number") << Editor::Number << u"1.5"_s << u"1.5"_s;
    QTest::newRow("number word") << Editor::Number << u"x"_s << QString();
    QTest::newRow("string") << Editor::String << u"a \"b\""_s << uR"("a \"b\"")"_s;
    QTest::newRow("string empty") << Editor::String << QString() << uR"("")"_s;
    QTest::newRow("json") << Editor::Json << uR"([{"capability": "xbzrle", "state": true}])"_s
                          << uR"([{"capability":"xbzrle","state":true}])"_s;
    QTest::newRow("json broken") << Editor::Json << u"[1,"_s << QString();
    QTest::newRow("bool") << Editor::Bool << u"true"_s << u"true"_s;
    QTest::newRow("enum") << Editor::Enum << u"elf"_s << uR"("elf")"_s;
    QTest::newRow("enum unknown") << Editor::Enum << u"gif"_s << QString();
}

void tst_QmpArgumentForm::values()
{
    QFETCH(Editor, editor);
    QFETCH(QString, text);
    QFETCH(QString, json);
    QmpArgumentForm::Field field;
    field.editor = editor;
    field.enumValues = {u"elf"_s, u"kdump-zlib"_s};
    QString error;
    const QmpValue v = QmpArgumentForm::value(field, text, &error);
    if (json.isEmpty()) {
        QVERIFY(v.isUndefined());
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromUtf8(v.toJson()), json);
    if (editor != Editor::Bool)
        QCOMPARE(QmpArgumentForm::value(field, QmpArgumentForm::text(field, v)), v); // and back
}

void tst_QmpArgumentForm::textOfValue()
{
    QmpArgumentForm::Field field;
    field.editor = Editor::Integer;
    QCOMPARE(QmpArgumentForm::text(field, QmpValue(quint64(18446744073709551615ULL))), u"18446744073709551615"_s);
    QCOMPARE(QmpArgumentForm::text(field, QmpValue()), QString());
    field.editor = Editor::String;
    QCOMPARE(QmpArgumentForm::text(field, QmpValue(u"x y"_s)), u"x y"_s);
    QCOMPARE(QmpArgumentForm::text(field, QmpValue(3)), u"3"_s); // the wrong kind shows as JSON
}

void tst_QmpArgumentForm::message()
{
    const QmpArgumentForm form(m_schema, u"dump-guest-memory"_s);
    // Given out of order: written in the schema's order; Undefined is left out.
    const QmpValue m = form.message({}, {{u"format"_s, QmpValue(u"elf"_s)},
                                         {u"begin"_s, QmpValue(quint64(18446744073709551615ULL))},
                                         {u"detach"_s, QmpValue()},
                                         {u"paging"_s, QmpValue(false)}});
    QCOMPARE(QString::fromUtf8(m.toJson()),
             uR"({"execute":"dump-guest-memory","arguments":{"paging":false,"begin":18446744073709551615,"format":"elf"}})"_s);
    QCOMPARE(QString::fromUtf8(form.message(m, {}).toJson()), uR"({"execute":"dump-guest-memory"})"_s);
    // Another command's message is not reused.
    QCOMPARE(QString::fromUtf8(form.message(json(R"({"execute": "stop", "id": 4})"), {}).toJson()),
             uR"({"execute":"dump-guest-memory"})"_s);
}

void tst_QmpArgumentForm::messageKeepsWhatTheFormCannotShow()
{
    const QmpArgumentForm form(m_schema, u"device_del"_s);
    const QmpValue previous = json(R"({"exec-oob": "device_del", "arguments": {"x-extra": 1, "id": "a"}, "id": "c1"})");
    QCOMPARE(QString::fromUtf8(form.message(previous, {{u"id"_s, QmpValue(u"b"_s)}}).toJson()),
             uR"({"exec-oob":"device_del","arguments":{"id":"b","x-extra":1},"id":"c1"})"_s);
}

QTEST_GUILESS_MAIN(tst_QmpArgumentForm)
#include "tst_qmpargumentform.moc"
