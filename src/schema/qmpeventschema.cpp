// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpeventschema.h"

#include <QtCore/QSet>

#include <algorithm>

QmpEventSchema::QmpEventSchema(const QmpSchema &schema) : m_schema(schema) {}

QStringList QmpEventSchema::eventNames() const
{
    return m_schema.eventNames();
}

bool QmpEventSchema::contains(const QString &event) const
{
    return m_schema.event(event) != nullptr;
}

QList<QmpEventSchema::Field> QmpEventSchema::fields(const QString &event, int maxDepth) const
{
    const QmpSchemaEntity *ev = m_schema.event(event);
    if (!ev || ev->argType.isEmpty())
        return {};
    QList<Field> out;
    appendFields(out, QString(), ev->argType, false, 1, maxDepth);
    return out;
}

void QmpEventSchema::appendFields(QList<Field> &out, const QString &prefix, const QString &typeName, bool parentOptional,
                                  int depth, int maxDepth) const
{
    const QmpSchemaEntity *t = m_schema.type(typeName);
    if (!t || t->metaType != QmpSchemaEntity::MetaType::Object)
        return;
    // All variants' members are offered: a filter does not know the tag's value in advance.
    QList<QmpSchemaMember> members = t->members;
    for (const QmpSchemaVariant &v : t->variants) {
        for (QmpSchemaMember m : m_schema.objectMembers(v.type)) {
            m.optional = true;
            if (std::none_of(members.cbegin(), members.cend(), [&](const QmpSchemaMember &x) { return x.name == m.name; }))
                members.append(m);
        }
    }
    for (const QmpSchemaMember &m : std::as_const(members)) {
        Field f;
        f.path = prefix.isEmpty() ? m.name : prefix + u'.' + m.name;
        f.typeLabel = m_schema.typeLabel(m.type);
        f.optional = parentOptional || m.optional;
        f.enumValues = m_schema.enumValues(m.type);
        out.append(f);
        const QmpSchemaEntity *mt = m_schema.type(m.type);
        if (mt && mt->metaType == QmpSchemaEntity::MetaType::Object && depth < maxDepth)
            appendFields(out, f.path, m.type, f.optional, depth + 1, maxDepth);
    }
}

QStringList QmpEventSchema::allFieldPaths() const
{
    QSet<QString> seen;
    for (const QString &event : eventNames()) {
        for (const Field &f : fields(event))
            seen.insert(f.path);
    }
    QStringList out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end());
    return out;
}
