// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtCore/QSharedPointer>
#include <QtCore/QStringList>

// One member of an object type as query-qmp-schema reports it.
struct QmpSchemaMember
{
    QString name;
    QString type;          // a type name of the same schema ("str", "[int]", "123")
    bool optional = false; // introspection marks optional members with "default" (always null)
    QStringList features;
};

// One case of a flat union: when the tag member holds caseName, the members of type apply too.
struct QmpSchemaVariant
{
    QString caseName;
    QString type;
};

// One SchemaInfo entry of query-qmp-schema: a command, an event or a type. Which fields mean
// something depends on metaType.
struct QmpSchemaEntity
{
    enum class MetaType { Builtin, Enum, Array, Object, Alternate, Command, Event };

    QString name;
    MetaType metaType = MetaType::Builtin;
    QStringList features;

    QString argType;  // Command, Event: an object type (may be empty for events without data)
    QString retType;  // Command
    bool allowOob = false; // Command

    QList<QmpSchemaMember> members; // Object
    QString tag;                    // Object: the discriminator member of a flat union
    QList<QmpSchemaVariant> variants;

    QStringList values;     // Enum
    QStringList alternatives; // Alternate: the member types, in schema order
    QString elementType;    // Array
    QString jsonType;       // Builtin: "string", "int", "number", "boolean", "null", "value"

    bool isType() const { return metaType != MetaType::Command && metaType != MetaType::Event; }
    static QString metaTypeName(MetaType type); // the schema's own word: "command", "object", ...
};

// The QAPI schema a QEMU reports about itself (query-qmp-schema), parsed and indexed by name.
// QEMU names most types with generated numbers ("123"); lookups resolve them, and typeLabel()
// turns them into something a person can read. Cheap to copy (shared, immutable).
class QmpSchema
{
public:
    QmpSchema();

    // Parses the "return" value of query-qmp-schema. An empty schema with *error set when the
    // value is not a list of SchemaInfo objects or refers to types it does not define.
    static QmpSchema fromValue(const QmpValue &schemaInfoList, QString *error = nullptr);
    static QmpSchema fromJson(QByteArrayView json, QString *error = nullptr);

    bool isEmpty() const;
    QmpValue toValue() const; // the list it was parsed from, for caching
    qsizetype entityCount() const;

    const QmpSchemaEntity *entity(const QString &name) const; // nullptr when unknown
    const QmpSchemaEntity *command(const QString &name) const;
    const QmpSchemaEntity *event(const QString &name) const;
    const QmpSchemaEntity *type(const QString &name) const;
    QStringList commandNames() const; // sorted
    QStringList eventNames() const;   // sorted

    // The members an object of this type may hold. For a flat union, variant selects the case
    // (the tag's value); with an empty variant only the common members are returned.
    // Members of an unknown or non-object type: empty.
    QList<QmpSchemaMember> objectMembers(const QString &typeName, const QString &variant = {}) const;
    // The members for an actual object value: every tag (also of nested unions) is read from it.
    QList<QmpSchemaMember> objectMembersFor(const QString &typeName, const QmpValue &object) const;
    // The members of a command's arguments or an event's data (empty for none).
    QList<QmpSchemaMember> argumentMembers(const QString &commandOrEvent, const QString &variant = {}) const;
    // Follows object/array structure from a type along keys ("options", "driver"); an array is
    // entered with any key (its elements). `context` supplies tag values to pick union variants.
    // Empty when the path leaves the schema.
    QString typeAtPath(const QString &typeName, const QStringList &path, const QmpValue &context = {}) const;

    // The object type a value of typeName is when it is a JSON object: typeName itself for an
    // object type, the object branch of an alternate; empty when no object fits.
    QString objectTypeOf(const QString &typeName) const;

    // A readable name for a type: builtins as themselves, "[T]" for arrays, "enum", "object",
    // alternates as "A | B". Generated numbers never show.
    QString typeLabel(const QString &typeName) const;
    // The enum values a type accepts directly or through an alternate; empty when none.
    QStringList enumValues(const QString &typeName) const;

private:
    struct Data;
    QSharedPointer<const Data> d;
};
