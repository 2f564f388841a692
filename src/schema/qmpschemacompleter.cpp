// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschemacompleter.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QmpSchemaCompleter", text);
}

QmpValue valueAt(const QmpValue &root, const QStringList &path)
{
    QmpValue v = root;
    for (const QString &key : path) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        v = v.isArray() && isIndex ? v.at(index) : v.value(key);
    }
    return v;
}

} // namespace

QmpSchemaCompleter::QmpSchemaCompleter(const QmpSchema &schema)
    : m_schema(schema),
      m_objectPathKeys({u"qom-list:path"_s, u"qom-get:path"_s, u"qom-set:path"_s, u"device_del:id"_s, u"qom-path"_s})
{
}

QList<QmpCompletion> QmpSchemaCompleter::complete(const QmpCompletionContext &context) const
{
    switch (context.kind) {
    case QmpCompletionContext::CommandName:
        return commands(context.prefix);
    case QmpCompletionContext::Key:
        return keys(context.command, context.path, context.arguments, context.prefix);
    case QmpCompletionContext::Value:
        return values(context.command, context.path, context.key, context.arguments, context.prefix);
    case QmpCompletionContext::MessageKey: {
        QList<QmpCompletion> out;
        for (const QString &k : {u"execute"_s, u"arguments"_s, u"id"_s, u"exec-oob"_s}) {
            if (k.startsWith(context.prefix))
                out.append({QmpCompletion::MessageKey, k, QString(), k != "execute"_L1, QString()});
        }
        return out;
    }
    case QmpCompletionContext::None:
        break;
    }
    return {};
}

QList<QmpCompletion> QmpSchemaCompleter::commands(const QString &prefix) const
{
    QList<QmpCompletion> out;
    for (const QString &name : m_schema.commandNames()) {
        if (!name.startsWith(prefix))
            continue;
        const QmpSchemaEntity *cmd = m_schema.command(name);
        QString detail = tr("returns %1").arg(cmd->retType.isEmpty() ? tr("nothing") : m_schema.typeLabel(cmd->retType));
        if (cmd->allowOob)
            detail += tr(", allows out of band");
        out.append({QmpCompletion::Command, name, u"command"_s, false, detail});
    }
    return out;
}

QList<QmpCompletion> QmpSchemaCompleter::keys(const QString &command, const QStringList &path, const QmpValue &arguments,
                                              const QString &prefix) const
{
    const QmpSchemaEntity *cmd = m_schema.command(command);
    if (!cmd || cmd->argType.isEmpty())
        return {};
    // A nested object may be typed where an alternate also takes a string (BlockdevRef).
    const QString objectType = m_schema.objectTypeOf(m_schema.typeAtPath(cmd->argType, path, arguments));
    const QmpValue here = valueAt(arguments, path);
    QList<QmpCompletion> out;
    for (const QmpSchemaMember &m : m_schema.objectMembersFor(objectType, here)) {
        if (!m.name.startsWith(prefix) || here.contains(m.name))
            continue;
        const QString label = m_schema.typeLabel(m.type);
        out.append({QmpCompletion::Key, m.name, label, m.optional,
                    m.optional ? tr("%1, optional").arg(label) : tr("%1, required").arg(label)});
    }
    std::stable_sort(out.begin(), out.end(), [](const QmpCompletion &a, const QmpCompletion &b) { return !a.optional && b.optional; });
    return out;
}

QString QmpSchemaCompleter::valueType(const QString &command, const QStringList &path, const QString &key,
                                      const QmpValue &arguments) const
{
    const QmpSchemaEntity *cmd = m_schema.command(command);
    if (!cmd || cmd->argType.isEmpty())
        return {};
    return m_schema.typeAtPath(cmd->argType, path + QStringList{key}, arguments);
}

QList<QmpCompletion> QmpSchemaCompleter::values(const QString &command, const QStringList &path, const QString &key,
                                                const QmpValue &arguments, const QString &prefix) const
{
    const QString type = valueType(command, path, key, arguments);
    QList<QmpCompletion> out;
    for (const QString &v : m_schema.enumValues(type)) {
        if (v.startsWith(prefix))
            out.append({QmpCompletion::EnumValue, v, m_schema.typeLabel(type), false, QString()});
    }
    const QmpSchemaEntity *t = m_schema.type(type);
    QStringList literals;
    const auto addLiteralsOf = [&](const QmpSchemaEntity *e) {
        if (e && e->metaType == QmpSchemaEntity::MetaType::Builtin) {
            if (e->jsonType == "boolean"_L1)
                literals << u"true"_s << u"false"_s;
            else if (e->jsonType == "null"_L1)
                literals << u"null"_s;
        }
    };
    addLiteralsOf(t);
    if (t && t->metaType == QmpSchemaEntity::MetaType::Alternate) {
        for (const QString &alt : t->alternatives)
            addLiteralsOf(m_schema.type(alt));
    }
    for (const QString &l : std::as_const(literals)) {
        if (l.startsWith(prefix))
            out.append({QmpCompletion::Literal, l, m_schema.typeLabel(type), false, QString()});
    }
    return out;
}

bool QmpSchemaCompleter::valueIsObjectPath(const QString &command, const QStringList &path, const QString &key) const
{
    const QString dotted = (path + QStringList{key}).join(u'.');
    return m_objectPathKeys.contains(command + u':' + dotted) || m_objectPathKeys.contains(key);
}
