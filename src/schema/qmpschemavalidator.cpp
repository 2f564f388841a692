// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschemavalidator.h"

#include <QtCore/QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QmpSchemaValidator", text);
}

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

struct IntRange
{
    const char *name;
    qint64 min;
    quint64 max;
};

// QEMU's introspection folds every integer type into "int"; the named ones appear in schemas
// written by hand and in older or future QEMUs, and then their range is known.
constexpr IntRange intRanges[] = {
    {"int8", -128, 127},
    {"int16", -32768, 32767},
    {"int32", std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()},
    {"int64", std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()},
    {"uint8", 0, 255},
    {"uint16", 0, 65535},
    {"uint32", 0, std::numeric_limits<quint32>::max()},
    {"uint64", 0, std::numeric_limits<quint64>::max()},
    {"size", 0, std::numeric_limits<quint64>::max()},
};

bool inRange(const IntRange &r, const QmpValue &v)
{
    if (v.type() == QmpValue::Int)
        return v.toInt() >= r.min && (v.toInt() < 0 || quint64(v.toInt()) <= r.max);
    return v.toUInt() <= r.max; // UInt: always >= 0
}

} // namespace

QString QmpSchemaProblem::toString() const
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

QmpSchemaValidator::QmpSchemaValidator(const QmpSchema &schema)
    : m_schema(schema), m_openCommands({u"device_add"_s})
{
}

QList<QmpSchemaProblem> QmpSchemaValidator::validate(const QString &command, const QmpValue &arguments, bool outOfBand) const
{
    QList<QmpSchemaProblem> out;
    const QmpSchemaEntity *cmd = m_schema.command(command);
    if (!cmd) {
        out.append({QmpSchemaProblem::UnknownCommand, outOfBand ? u"exec-oob"_s : u"execute"_s,
                    tr("unknown command '%1'").arg(command)});
        return out;
    }
    if (outOfBand && !cmd->allowOob)
        out.append({QmpSchemaProblem::OobNotAllowed, u"exec-oob"_s,
                    tr("'%1' cannot run out of band (it does not allow exec-oob)").arg(command)});
    const QmpValue args = arguments.isUndefined() ? QmpValue::object() : arguments;
    if (cmd->argType.isEmpty()) {
        if (!args.isEmpty())
            out.append({QmpSchemaProblem::UnknownKey, u"arguments"_s, tr("'%1' takes no arguments").arg(command)});
        return out;
    }
    check(cmd->argType, args, u"arguments"_s, m_openCommands.contains(command), out);
    return out;
}

QList<QmpSchemaProblem> QmpSchemaValidator::validateMessage(const QmpValue &message) const
{
    QList<QmpSchemaProblem> out;
    if (!message.isObject()) {
        out.append({QmpSchemaProblem::BadMessage, QString(), tr("a command must be a JSON object, not %1").arg(message.typeName())});
        return out;
    }
    const bool hasExecute = message.contains(u"execute");
    const bool hasOob = message.contains(u"exec-oob");
    if (hasExecute == hasOob) {
        out.append({QmpSchemaProblem::BadMessage, QString(), tr("a command needs exactly one of 'execute' and 'exec-oob'")});
        return out;
    }
    const QString key = hasOob ? u"exec-oob"_s : u"execute"_s;
    const QmpValue name = message.value(key);
    if (!name.isString()) {
        out.append({QmpSchemaProblem::WrongType, key, tr("expected str, got %1").arg(name.typeName())});
        return out;
    }
    for (const QString &k : message.keys()) {
        if (k != key && k != "arguments"_L1 && k != "id"_L1)
            out.append({QmpSchemaProblem::UnknownKey, k, tr("unknown key '%1' in a command").arg(k)});
    }
    out.append(validate(name.toString(), message.value(u"arguments"), hasOob));
    return out;
}

QList<QmpSchemaProblem> QmpSchemaValidator::validateValue(const QString &typeName, const QmpValue &value, const QString &path) const
{
    QList<QmpSchemaProblem> out;
    check(typeName, value, path, false, out);
    return out;
}

void QmpSchemaValidator::check(const QString &typeName, const QmpValue &value, const QString &path, bool open,
                               QList<QmpSchemaProblem> &out) const
{
    const QmpSchemaEntity *type = m_schema.type(typeName);
    if (!type)
        return; // fromValue() refuses schemas with undefined types; nothing sensible to say
    const auto wrongType = [&] {
        out.append({QmpSchemaProblem::WrongType, path,
                    tr("expected %1, got %2").arg(m_schema.typeLabel(typeName), value.typeName())});
    };
    switch (type->metaType) {
    case QmpSchemaEntity::MetaType::Builtin:
        if (type->jsonType == "value"_L1) {
            if (value.isUndefined())
                wrongType();
        } else if (type->jsonType == "string"_L1) {
            if (!value.isString())
                wrongType();
        } else if (type->jsonType == "boolean"_L1) {
            if (!value.isBool())
                wrongType();
        } else if (type->jsonType == "null"_L1) {
            if (!value.isNull())
                wrongType();
        } else if (type->jsonType == "number"_L1) {
            if (!value.isNumber())
                wrongType();
        } else if (type->jsonType == "int"_L1) {
            if (!value.isInteger()) {
                wrongType();
                break;
            }
            for (const IntRange &r : intRanges) {
                if (type->name == QLatin1StringView(r.name) && !inRange(r, value)) {
                    out.append({QmpSchemaProblem::OutOfRange, path,
                                tr("%1 is out of range for %2 (%3 .. %4)")
                                    .arg(QString::fromUtf8(value.toJson()), type->name)
                                    .arg(r.min).arg(r.max)});
                }
            }
        }
        break;
    case QmpSchemaEntity::MetaType::Enum:
        if (!value.isString())
            wrongType();
        else if (!type->values.contains(value.toString()))
            out.append({QmpSchemaProblem::NotInEnum, path,
                        tr("'%1' is not one of: %2").arg(value.toString(), type->values.join(", "_L1))});
        break;
    case QmpSchemaEntity::MetaType::Array:
        if (!value.isArray()) {
            wrongType();
            break;
        }
        for (qsizetype i = 0; i < value.size(); ++i)
            check(type->elementType, value.at(i), path + u'[' + QString::number(i) + u']', false, out);
        break;
    case QmpSchemaEntity::MetaType::Object:
        if (!value.isObject()) {
            wrongType();
            break;
        }
        checkObject(*type, value, path, open, out);
        break;
    case QmpSchemaEntity::MetaType::Alternate:
        checkAlternate(*type, value, path, out);
        break;
    case QmpSchemaEntity::MetaType::Command:
    case QmpSchemaEntity::MetaType::Event:
        break;
    }
}

void QmpSchemaValidator::checkObject(const QmpSchemaEntity &type, const QmpValue &value, const QString &path, bool open,
                                     QList<QmpSchemaProblem> &out) const
{
    const QList<QmpSchemaMember> members = m_schema.objectMembersFor(type.name, value);
    // The tags that chose the members, outermost first ("driver 'file'"), for the messages; an
    // unknown tag value is reported once, at the tag, instead of as a cascade of unknown keys.
    QStringList chosenBy;
    bool variantUnknown = false;
    for (const QmpSchemaEntity *u = &type; u && !u->tag.isEmpty();) {
        const QString tagValue = value.value(u->tag).toString();
        const auto it = std::find_if(u->variants.cbegin(), u->variants.cend(),
                                     [&](const QmpSchemaVariant &v) { return v.caseName == tagValue; });
        if (it == u->variants.cend()) {
            variantUnknown = true;
            break;
        }
        chosenBy << u"%1 '%2'"_s.arg(u->tag, tagValue);
        u = m_schema.type(it->type);
    }
    for (const QmpSchemaMember &m : members) {
        const QmpValue v = value.value(m.name);
        if (v.isUndefined()) {
            if (!m.optional)
                out.append({QmpSchemaProblem::MissingKey, joinPath(path, m.name),
                            tr("missing required key '%1' (%2)").arg(m.name, m_schema.typeLabel(m.type))});
            continue;
        }
        check(m.type, v, joinPath(path, m.name), false, out);
    }
    if (open || variantUnknown)
        return;
    for (const QmpMember &kv : value.members()) {
        const bool known = std::any_of(members.cbegin(), members.cend(), [&](const QmpSchemaMember &m) { return m.name == kv.key; });
        if (!known)
            out.append({QmpSchemaProblem::UnknownKey, joinPath(path, kv.key),
                        chosenBy.isEmpty() ? tr("unknown key '%1'").arg(kv.key)
                                           : tr("unknown key '%1' for %2").arg(kv.key, chosenBy.join(", "_L1))});
    }
}

bool QmpSchemaValidator::accepts(const QString &typeName, const QmpValue &value) const
{
    const QmpSchemaEntity *t = m_schema.type(typeName);
    if (!t)
        return false;
    switch (t->metaType) {
    case QmpSchemaEntity::MetaType::Builtin:
        if (t->jsonType == "value"_L1) return !value.isUndefined();
        if (t->jsonType == "string"_L1) return value.isString();
        if (t->jsonType == "boolean"_L1) return value.isBool();
        if (t->jsonType == "null"_L1) return value.isNull();
        if (t->jsonType == "number"_L1) return value.isNumber();
        if (t->jsonType == "int"_L1) return value.isInteger();
        return false;
    case QmpSchemaEntity::MetaType::Enum: return value.isString();
    case QmpSchemaEntity::MetaType::Array: return value.isArray();
    case QmpSchemaEntity::MetaType::Object: return value.isObject();
    case QmpSchemaEntity::MetaType::Alternate:
    case QmpSchemaEntity::MetaType::Command:
    case QmpSchemaEntity::MetaType::Event:
        return false;
    }
    return false;
}

void QmpSchemaValidator::checkAlternate(const QmpSchemaEntity &type, const QmpValue &value, const QString &path,
                                        QList<QmpSchemaProblem> &out) const
{
    // QEMU picks an alternate's branch by the JSON type of the value alone; prefer an exact
    // integer branch over a number branch so the integer's range is what gets checked.
    QString branch;
    for (const QString &alt : type.alternatives) {
        if (!accepts(alt, value))
            continue;
        if (branch.isEmpty())
            branch = alt;
        if (!(value.isInteger() && m_schema.type(alt)->jsonType == "number"_L1)) {
            branch = alt;
            break;
        }
    }
    if (branch.isEmpty()) {
        out.append({QmpSchemaProblem::WrongType, path,
                    tr("expected %1, got %2").arg(m_schema.typeLabel(type.name), value.typeName())});
        return;
    }
    check(branch, value, path, false, out);
}
