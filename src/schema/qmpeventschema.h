// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

// The events a QEMU can send and the data fields of each, from its schema, so an event filter
// can offer them before the first event arrives.
class QmpEventSchema
{
public:
    struct Field
    {
        QString path;      // "device", or dotted for nested objects: "info.source"
        QString typeLabel; // "str", "int", "enum", ...
        bool optional = false;
        QStringList enumValues; // when the field is an enum
    };

    explicit QmpEventSchema(const QmpSchema &schema = {});

    QStringList eventNames() const; // sorted
    bool contains(const QString &event) const;
    // Nested objects are flattened to dotted paths, maxDepth levels deep. Empty for unknown events.
    QList<Field> fields(const QString &event, int maxDepth = 3) const;
    // Every field path of every event, without duplicates, sorted: for a filter's key list.
    QStringList allFieldPaths() const;

private:
    void appendFields(QList<Field> &out, const QString &prefix, const QString &typeName, bool parentOptional, int depth,
                      int maxDepth) const;
    QmpSchema m_schema;
};
