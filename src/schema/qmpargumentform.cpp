// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpargumentform.h"

#include "qmpschemadescriber.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QmpArgumentForm::Editor editorFor(const QmpSchema &schema, const QString &typeName)
{
    using Editor = QmpArgumentForm::Editor;
    const QmpSchemaEntity *t = schema.type(typeName);
    if (!t)
        return Editor::Json;
    if (t->metaType == QmpSchemaEntity::MetaType::Enum)
        return Editor::Enum;
    if (t->metaType != QmpSchemaEntity::MetaType::Builtin)
        return Editor::Json;
    if (t->jsonType == "boolean"_L1)
        return Editor::Bool;
    if (t->jsonType == "int"_L1)
        return Editor::Integer;
    if (t->jsonType == "number"_L1)
        return Editor::Number;
    if (t->jsonType == "string"_L1)
        return Editor::String;
    return Editor::Json; // "null", "value"
}

QString commandOf(const QmpValue &message)
{
    const QmpValue execute = message.value(u"execute");
    return execute.isString() ? execute.toString() : message.value(u"exec-oob").toString();
}

} // namespace

QmpArgumentForm::QmpArgumentForm(const QmpSchema &schema, const QString &command, const QmpValue &arguments)
    : m_command(command)
{
    const QmpSchemaEntity *cmd = schema.command(command);
    if (!cmd)
        return;
    m_known = true;
    const QList<QmpSchemaMember> members = arguments.isObject() ? schema.objectMembersFor(cmd->argType, arguments)
                                                                : schema.argumentMembers(command);
    for (const QmpSchemaMember &m : members) {
        Field f;
        f.name = m.name;
        f.type = m.type;
        f.typeLabel = schema.typeLabel(m.type);
        f.editor = editorFor(schema, m.type);
        f.optional = m.optional;
        if (f.editor == Editor::Enum)
            f.enumValues = schema.enumValues(m.type);
        m_fields.append(f);
    }
    const QmpSchemaEntity *ret = schema.type(cmd->retType);
    if (!ret || (ret->metaType == QmpSchemaEntity::MetaType::Object && ret->members.isEmpty() && ret->variants.isEmpty()))
        m_returns = tr("Returns: nothing ({})");
    else
        m_returns = tr("Returns:") + u'\n' + QmpSchemaDescriber(schema).describeType(cmd->retType, 2).trimmed().prepend(u"  "_s);
}

const QmpArgumentForm::Field *QmpArgumentForm::field(const QString &name) const
{
    for (const Field &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList QmpArgumentForm::fieldNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        names << f.name;
    return names;
}

QString QmpArgumentForm::text(const Field &field, const QmpValue &value)
{
    if (value.isUndefined())
        return {};
    switch (field.editor) {
    case Editor::Enum:
    case Editor::String:
        if (value.isString())
            return value.toString();
        break;
    case Editor::Bool:
    case Editor::Integer:
    case Editor::Number:
    case Editor::Json:
        break;
    }
    // A value of the wrong kind shows as its JSON, so the person sees what is there.
    return QString::fromUtf8(value.toJson());
}

QmpValue QmpArgumentForm::value(const Field &field, const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QmpValue();
    };
    if (error)
        error->clear();
    switch (field.editor) {
    case Editor::String:
        return QmpValue(text);
    case Editor::Enum:
        if (!field.enumValues.contains(text))
            return fail(tr("'%1' is not one of: %2").arg(text, field.enumValues.join(", "_L1)));
        return QmpValue(text);
    case Editor::Bool:
        if (text == "true"_L1)
            return QmpValue(true);
        if (text == "false"_L1)
            return QmpValue(false);
        return fail(tr("Expected true or false"));
    case Editor::Integer:
    case Editor::Number:
    case Editor::Json:
        break;
    }
    QmpJsonError jsonError;
    const QmpValue v = QmpValue::fromJson(text.trimmed().toUtf8(), &jsonError);
    if (!jsonError.ok()) {
        if (field.editor == Editor::Integer)
            return fail(tr("Expected a whole number from -9223372036854775808 to 18446744073709551615"));
        if (field.editor == Editor::Number)
            return fail(tr("Expected a number"));
        return fail(tr("Not JSON at character %1: %2").arg(jsonError.offset + 1).arg(jsonError.message));
    }
    if (field.editor == Editor::Integer && !v.isInteger())
        return fail(tr("Expected a whole number from -9223372036854775808 to 18446744073709551615"));
    if (field.editor == Editor::Number && !v.isNumber())
        return fail(tr("Expected a number"));
    return v;
}

QmpValue QmpArgumentForm::message(const QmpValue &previous, const QList<std::pair<QString, QmpValue>> &values) const
{
    const bool reuse = previous.isObject() && commandOf(previous) == m_command;
    QmpValue out = reuse ? previous : QmpValue::object({{u"execute"_s, QmpValue(m_command)}});
    const QmpValue before = reuse ? previous.value(u"arguments") : QmpValue();
    const auto given = [&values](const QString &name) {
        for (const auto &[key, v] : values) {
            if (key == name)
                return v;
        }
        return QmpValue();
    };
    QmpValue arguments = QmpValue::object();
    for (const Field &f : m_fields) {
        const QmpValue v = given(f.name);
        if (!v.isUndefined())
            arguments.insert(f.name, v);
    }
    // What the form cannot show (device_add's driver properties, keys from a newer QEMU) stays.
    for (const QmpMember &m : before.members()) {
        if (!field(m.key))
            arguments.insert(m.key, m.value);
    }
    if (arguments.isEmpty())
        out.remove(u"arguments");
    else
        out.insert(u"arguments"_s, arguments);
    return out;
}
