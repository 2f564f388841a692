// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschemadescriber.h"

#include <QtCore/QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("QmpSchemaDescriber", text, disambiguation, n);
}

constexpr int maxEnumValuesShown = 24;

QString spaces(int n)
{
    return QString(n, u' ');
}

} // namespace

QmpSchemaDescriber::QmpSchemaDescriber(const QmpSchema &schema) : m_schema(schema) {}

QString QmpSchemaDescriber::describeCommand(const QString &command) const
{
    const QmpSchemaEntity *cmd = m_schema.command(command);
    if (!cmd)
        return {};
    QString out = command;
    QStringList notes;
    if (cmd->allowOob)
        notes << tr("allows out of band (exec-oob)");
    if (!cmd->features.isEmpty())
        notes << tr("features: %1").arg(cmd->features.join(", "_L1));
    if (!notes.isEmpty())
        out += u" ("_s + notes.join("; "_L1) + u')';
    out += u'\n';
    const QmpSchemaEntity *args = m_schema.type(cmd->argType);
    if (!args || (args->members.isEmpty() && args->variants.isEmpty())) {
        out += tr("Arguments: none") + u'\n';
    } else {
        out += (args->tag.isEmpty() ? tr("Arguments:") : tr("Arguments (variants chosen by '%1'):").arg(args->tag)) + u'\n';
        appendMembers(out, cmd->argType, 2, 1);
    }
    const QmpSchemaEntity *ret = m_schema.type(cmd->retType);
    if (!ret || (ret->metaType == QmpSchemaEntity::MetaType::Object && ret->members.isEmpty() && ret->variants.isEmpty())) {
        out += tr("Returns: nothing ({})") + u'\n';
    } else {
        out += tr("Returns: %1").arg(m_schema.typeLabel(cmd->retType)) + u'\n';
        appendTypeDetail(out, cmd->retType, 2, 1);
    }
    return out;
}

QString QmpSchemaDescriber::describeEvent(const QString &event) const
{
    const QmpSchemaEntity *ev = m_schema.event(event);
    if (!ev)
        return {};
    QString out = event + u'\n';
    const QmpSchemaEntity *data = m_schema.type(ev->argType);
    if (!data || (data->members.isEmpty() && data->variants.isEmpty())) {
        out += tr("Data: none") + u'\n';
    } else {
        out += tr("Data:") + u'\n';
        appendMembers(out, ev->argType, 2, 1);
    }
    return out;
}

QString QmpSchemaDescriber::describeType(const QString &typeName, int indent) const
{
    QString out = spaces(indent) + m_schema.typeLabel(typeName) + u'\n';
    appendTypeDetail(out, typeName, indent + 2, 1);
    return out;
}

void QmpSchemaDescriber::appendMembers(QString &out, const QString &typeName, int indent, int depth) const
{
    const QmpSchemaEntity *t = m_schema.type(typeName);
    if (!t || t->metaType != QmpSchemaEntity::MetaType::Object)
        return;
    for (const QmpSchemaMember &m : t->members) {
        QString line = spaces(indent) + m.name + u": "_s + m_schema.typeLabel(m.type);
        line += m.optional ? tr(" (optional)") : tr(" (required)");
        if (!m.features.isEmpty())
            line += u" ["_s + m.features.join(", "_L1) + u']';
        out += line + u'\n';
        appendTypeDetail(out, m.type, indent + 4, depth + 1);
    }
    for (const QmpSchemaVariant &v : t->variants) {
        const QmpSchemaEntity *vt = m_schema.type(v.type);
        if (!vt || (vt->members.isEmpty() && vt->variants.isEmpty()))
            continue;
        out += spaces(indent) + tr("when %1 is '%2':").arg(t->tag, v.caseName) + u'\n';
        appendMembers(out, v.type, indent + 2, depth + 1);
    }
}

void QmpSchemaDescriber::appendTypeDetail(QString &out, const QString &typeName, int indent, int depth) const
{
    const QmpSchemaEntity *t = m_schema.type(typeName);
    if (!t)
        return;
    switch (t->metaType) {
    case QmpSchemaEntity::MetaType::Enum: {
        QStringList shown = t->values.mid(0, maxEnumValuesShown);
        if (t->values.size() > maxEnumValuesShown)
            shown << tr("... (%n more)", nullptr, int(t->values.size() - maxEnumValuesShown));
        out += spaces(indent) + tr("one of: %1").arg(shown.join(", "_L1)) + u'\n';
        break;
    }
    case QmpSchemaEntity::MetaType::Array:
        appendTypeDetail(out, t->elementType, indent, depth);
        break;
    case QmpSchemaEntity::MetaType::Object:
        if (depth <= m_maxDepth)
            appendMembers(out, typeName, indent, depth);
        break;
    case QmpSchemaEntity::MetaType::Alternate:
        for (const QString &alt : t->alternatives)
            appendTypeDetail(out, alt, indent, depth);
        break;
    case QmpSchemaEntity::MetaType::Builtin:
    case QmpSchemaEntity::MetaType::Command:
    case QmpSchemaEntity::MetaType::Event:
        break;
    }
}
