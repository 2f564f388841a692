// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

// Plain-text descriptions of commands and events from a QmpSchema: each argument with its type
// and whether it is optional, enum values, union variants, and the return type's structure.
// What `qmpctl --describe COMMAND` prints and the editor's side panel shows.
class QmpSchemaDescriber
{
public:
    explicit QmpSchemaDescriber(const QmpSchema &schema = {});

    // Nested objects are expanded down to maxDepth levels; deeper ones show as "object".
    void setMaxDepth(int depth) { m_maxDepth = depth; }
    int maxDepth() const { return m_maxDepth; }

    // Empty when the schema has no such command or event.
    QString describeCommand(const QString &command) const;
    QString describeEvent(const QString &event) const;
    // One type on its own (a type name of the schema), indented by indent spaces.
    QString describeType(const QString &typeName, int indent = 0) const;

private:
    void appendMembers(QString &out, const QString &typeName, int indent, int depth) const;
    void appendTypeDetail(QString &out, const QString &typeName, int indent, int depth) const;

    QmpSchema m_schema;
    int m_maxDepth = 2;
};
