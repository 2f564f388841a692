// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschema.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

struct QmpSchema::Data
{
    QmpValue source;
    QHash<QString, QmpSchemaEntity> entities;
    QStringList commands;
    QStringList events;
};

namespace {

// For QmpSchema's members; the free functions below name the context themselves, as lupdate
// cannot know it there.
QString tr(const char *text)
{
    return QCoreApplication::translate("QmpSchema", text);
}

QStringList stringList(const QmpValue &array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QmpValue &v : array.elements())
        out.append(v.toString());
    return out;
}

bool parseEntity(const QmpValue &info, QmpSchemaEntity &e, QString *error)
{
    if (!info.isObject() || !info.value(u"name").isString() || !info.value(u"meta-type").isString()) {
        *error = QCoreApplication::translate("QmpSchema", "a schema entry without name or meta-type");
        return false;
    }
    e.name = info.value(u"name").toString();
    e.features = stringList(info.value(u"features"));
    const QString meta = info.value(u"meta-type").toString();
    if (meta == "command"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Command;
        e.argType = info.value(u"arg-type").toString();
        e.retType = info.value(u"ret-type").toString();
        e.allowOob = info.value(u"allow-oob").toBool();
    } else if (meta == "event"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Event;
        e.argType = info.value(u"arg-type").toString();
    } else if (meta == "object"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Object;
        for (const QmpValue &m : info.value(u"members").elements()) {
            QmpSchemaMember member;
            member.name = m.value(u"name").toString();
            member.type = m.value(u"type").toString();
            member.optional = m.contains(u"default");
            member.features = stringList(m.value(u"features"));
            if (member.name.isEmpty() || member.type.isEmpty()) {
                *error = QCoreApplication::translate("QmpSchema", "object type %1 has a member without name or type").arg(e.name);
                return false;
            }
            e.members.append(member);
        }
        e.tag = info.value(u"tag").toString();
        // Variants are chosen by the tag's value: a tag that is no member could never choose.
        if (!e.tag.isEmpty()
            && std::none_of(e.members.cbegin(), e.members.cend(), [&](const QmpSchemaMember &m) { return m.name == e.tag; })) {
            *error = QCoreApplication::translate("QmpSchema", "object type %1: its tag %2 is not one of its members").arg(e.name, e.tag);
            return false;
        }
        for (const QmpValue &v : info.value(u"variants").elements())
            e.variants.append({v.value(u"case").toString(), v.value(u"type").toString()});
    } else if (meta == "enum"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Enum;
        e.values = stringList(info.value(u"values"));
        if (e.values.isEmpty()) { // newer QEMUs may list only "members"
            for (const QmpValue &m : info.value(u"members").elements())
                e.values.append(m.value(u"name").toString());
        }
    } else if (meta == "alternate"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Alternate;
        for (const QmpValue &m : info.value(u"members").elements())
            e.alternatives.append(m.value(u"type").toString());
    } else if (meta == "array"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Array;
        e.elementType = info.value(u"element-type").toString();
        if (e.elementType.isEmpty()) {
            *error = QCoreApplication::translate("QmpSchema", "array type %1 without an element type").arg(e.name);
            return false;
        }
    } else if (meta == "builtin"_L1) {
        e.metaType = QmpSchemaEntity::MetaType::Builtin;
        e.jsonType = info.value(u"json-type").toString();
    } else {
        *error = QCoreApplication::translate("QmpSchema", "schema entry %1 has an unknown meta-type %2").arg(e.name, meta);
        return false;
    }
    return true;
}

QStringList referencedTypes(const QmpSchemaEntity &e)
{
    QStringList out;
    if (!e.argType.isEmpty())
        out.append(e.argType);
    if (!e.retType.isEmpty())
        out.append(e.retType);
    for (const QmpSchemaMember &m : e.members)
        out.append(m.type);
    for (const QmpSchemaVariant &v : e.variants)
        out.append(v.type);
    out.append(e.alternatives);
    if (!e.elementType.isEmpty())
        out.append(e.elementType);
    return out;
}

} // namespace

QString QmpSchemaEntity::metaTypeName(MetaType type)
{
    switch (type) {
    case MetaType::Builtin: return u"builtin"_s;
    case MetaType::Enum: return u"enum"_s;
    case MetaType::Array: return u"array"_s;
    case MetaType::Object: return u"object"_s;
    case MetaType::Alternate: return u"alternate"_s;
    case MetaType::Command: return u"command"_s;
    case MetaType::Event: return u"event"_s;
    }
    return {};
}

QmpSchema::QmpSchema() : d(QSharedPointer<const Data>::create()) {}

QmpSchema QmpSchema::fromValue(const QmpValue &schemaInfoList, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    err.clear();
    if (!schemaInfoList.isArray()) {
        err = tr("the schema is not a list");
        return {};
    }
    auto data = QSharedPointer<Data>::create();
    data->source = schemaInfoList;
    data->entities.reserve(schemaInfoList.size());
    for (const QmpValue &info : schemaInfoList.elements()) {
        QmpSchemaEntity e;
        if (!parseEntity(info, e, &err))
            return {};
        if (data->entities.contains(e.name)) {
            err = tr("%1 is defined twice").arg(e.name);
            return {};
        }
        if (e.metaType == QmpSchemaEntity::MetaType::Command)
            data->commands.append(e.name);
        else if (e.metaType == QmpSchemaEntity::MetaType::Event)
            data->events.append(e.name);
        data->entities.insert(e.name, std::move(e));
    }
    // A schema that names types it does not define would make every later lookup guess.
    for (const QmpSchemaEntity &e : std::as_const(data->entities)) {
        for (const QString &t : referencedTypes(e)) {
            const auto it = data->entities.constFind(t);
            if (it == data->entities.constEnd() || !it->isType()) {
                err = tr("%1 refers to the undefined type %2").arg(e.name, t);
                return {};
            }
        }
    }
    std::sort(data->commands.begin(), data->commands.end());
    std::sort(data->events.begin(), data->events.end());
    QmpSchema schema;
    schema.d = data;
    return schema;
}

QmpSchema QmpSchema::fromJson(QByteArrayView json, QString *error)
{
    QmpJsonError jsonError;
    const QmpValue v = QmpValue::fromJson(json, &jsonError);
    if (!jsonError.ok()) {
        if (error)
            *error = tr("the schema is not valid JSON: %1 (offset %2)").arg(jsonError.message).arg(jsonError.offset);
        return {};
    }
    return fromValue(v, error);
}

bool QmpSchema::isEmpty() const { return d->entities.isEmpty(); }
QmpValue QmpSchema::toValue() const { return d->source; }
qsizetype QmpSchema::entityCount() const { return d->entities.size(); }

const QmpSchemaEntity *QmpSchema::entity(const QString &name) const
{
    const auto it = d->entities.constFind(name);
    return it == d->entities.constEnd() ? nullptr : &*it;
}

const QmpSchemaEntity *QmpSchema::command(const QString &name) const
{
    const QmpSchemaEntity *e = entity(name);
    return e && e->metaType == QmpSchemaEntity::MetaType::Command ? e : nullptr;
}

const QmpSchemaEntity *QmpSchema::event(const QString &name) const
{
    const QmpSchemaEntity *e = entity(name);
    return e && e->metaType == QmpSchemaEntity::MetaType::Event ? e : nullptr;
}

const QmpSchemaEntity *QmpSchema::type(const QString &name) const
{
    const QmpSchemaEntity *e = entity(name);
    return e && e->isType() ? e : nullptr;
}

QStringList QmpSchema::commandNames() const { return d->commands; }
QStringList QmpSchema::eventNames() const { return d->events; }

QList<QmpSchemaMember> QmpSchema::objectMembers(const QString &typeName, const QString &variant) const
{
    const QmpSchemaEntity *e = type(typeName);
    if (!e || e->metaType != QmpSchemaEntity::MetaType::Object)
        return {};
    QList<QmpSchemaMember> out = e->members;
    if (!e->tag.isEmpty() && !variant.isEmpty()) {
        for (const QmpSchemaVariant &v : e->variants) {
            if (v.caseName == variant) {
                // A variant type repeats no base member. Its own nested union, if any, needs a
                // value to choose from: objectMembersFor().
                out.append(objectMembers(v.type));
                break;
            }
        }
    }
    return out;
}

QList<QmpSchemaMember> QmpSchema::objectMembersFor(const QString &typeName, const QmpValue &object) const
{
    const QmpSchemaEntity *e = type(typeName);
    if (!e || e->metaType != QmpSchemaEntity::MetaType::Object)
        return {};
    QList<QmpSchemaMember> out = e->members;
    if (!e->tag.isEmpty()) {
        const QString variant = object.value(e->tag).toString();
        for (const QmpSchemaVariant &v : e->variants) {
            if (v.caseName == variant) {
                out.append(objectMembersFor(v.type, object));
                break;
            }
        }
    }
    return out;
}

QList<QmpSchemaMember> QmpSchema::argumentMembers(const QString &commandOrEvent, const QString &variant) const
{
    const QmpSchemaEntity *e = entity(commandOrEvent);
    if (!e || e->isType() || e->argType.isEmpty())
        return {};
    return objectMembers(e->argType, variant);
}

QString QmpSchema::typeAtPath(const QString &typeName, const QStringList &path, const QmpValue &context) const
{
    QString current = typeName;
    QmpValue value = context;
    for (const QString &key : path) {
        const QmpSchemaEntity *e = type(current);
        if (e && e->metaType == QmpSchemaEntity::MetaType::Alternate) {
            // Walking into an alternate only makes sense through its object or array branch.
            const QmpSchemaEntity *branch = nullptr;
            for (const QString &alt : e->alternatives) {
                const QmpSchemaEntity *a = type(alt);
                if (a && (a->metaType == QmpSchemaEntity::MetaType::Object || a->metaType == QmpSchemaEntity::MetaType::Array)) {
                    branch = a;
                    break;
                }
            }
            e = branch;
        }
        if (!e)
            return {};
        if (e->metaType == QmpSchemaEntity::MetaType::Array) {
            bool isIndex = false;
            const int index = key.toInt(&isIndex);
            value = isIndex ? value.at(index) : QmpValue();
            current = e->elementType;
            continue;
        }
        if (e->metaType != QmpSchemaEntity::MetaType::Object)
            return {};
        const QList<QmpSchemaMember> members = objectMembersFor(e->name, value);
        const auto it = std::find_if(members.cbegin(), members.cend(), [&](const QmpSchemaMember &m) { return m.name == key; });
        if (it == members.cend())
            return {};
        current = it->type;
        value = value.value(key);
    }
    return current;
}

QString QmpSchema::objectTypeOf(const QString &typeName) const
{
    const QmpSchemaEntity *e = type(typeName);
    if (!e)
        return {};
    if (e->metaType == QmpSchemaEntity::MetaType::Object)
        return e->name;
    if (e->metaType == QmpSchemaEntity::MetaType::Alternate) {
        for (const QString &alt : e->alternatives) {
            const QmpSchemaEntity *a = type(alt);
            if (a && a->metaType == QmpSchemaEntity::MetaType::Object)
                return a->name;
        }
    }
    return {};
}

QString QmpSchema::typeLabel(const QString &typeName) const
{
    const QmpSchemaEntity *e = type(typeName);
    if (!e)
        return typeName;
    switch (e->metaType) {
    case QmpSchemaEntity::MetaType::Builtin:
        return e->name;
    case QmpSchemaEntity::MetaType::Array:
        return u'[' + typeLabel(e->elementType) + u']';
    case QmpSchemaEntity::MetaType::Enum:
        return u"enum"_s;
    case QmpSchemaEntity::MetaType::Object:
        return e->tag.isEmpty() ? u"object"_s : u"union"_s;
    case QmpSchemaEntity::MetaType::Alternate: {
        QStringList labels;
        for (const QString &alt : e->alternatives)
            labels.append(typeLabel(alt));
        return labels.join(" | "_L1);
    }
    case QmpSchemaEntity::MetaType::Command:
    case QmpSchemaEntity::MetaType::Event:
        break;
    }
    return typeName;
}

QStringList QmpSchema::enumValues(const QString &typeName) const
{
    const QmpSchemaEntity *e = type(typeName);
    if (!e)
        return {};
    if (e->metaType == QmpSchemaEntity::MetaType::Enum)
        return e->values;
    if (e->metaType == QmpSchemaEntity::MetaType::Alternate) {
        QStringList out;
        for (const QString &alt : e->alternatives)
            out.append(enumValues(alt));
        return out;
    }
    return {};
}
