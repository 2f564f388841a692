// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

#include <QtCore/QSet>

// One thing wrong with a command before it is sent: where (`arguments.options.driver`), what
// kind, and a message a person reads.
struct QmpSchemaProblem
{
    enum Kind {
        UnknownCommand,
        OobNotAllowed,
        UnknownKey,
        MissingKey,
        WrongType,
        OutOfRange,   // an integer beyond its builtin's range (int8 .. uint64, size)
        NotInEnum,
        BadMessage,   // not a QMP command message at all (validateMessage)
    };

    Kind kind = WrongType;
    QString path;
    QString message;

    QString toString() const; // "arguments.id: expected str, got integer"
    bool operator==(const QmpSchemaProblem &o) const { return kind == o.kind && path == o.path; }
};

// Checks a command and its arguments against a QmpSchema, as QEMU would, without sending it:
// unknown command and keys, missing required keys, JSON types and integer ranges, enum values,
// alternates, arrays, flat-union variants chosen by their discriminator, and exec-oob on a
// command that does not allow it. Cheap to construct; keeps a copy of the (shared) schema.
class QmpSchemaValidator
{
public:
    explicit QmpSchemaValidator(const QmpSchema &schema = {});

    const QmpSchema &schema() const { return m_schema; }

    // Commands that accept keys beyond their schema (device_add takes every device property).
    // Their listed members are still checked. Default: {"device_add"}.
    void setOpenCommands(const QSet<QString> &commands) { m_openCommands = commands; }
    QSet<QString> openCommands() const { return m_openCommands; }

    // arguments may be Undefined (none given). Empty list: valid.
    QList<QmpSchemaProblem> validate(const QString &command, const QmpValue &arguments = {}, bool outOfBand = false) const;
    // A whole message as it would go on the wire: {"execute"|"exec-oob": ..., "arguments": ..., "id": ...}.
    QList<QmpSchemaProblem> validateMessage(const QmpValue &message) const;
    // One value against one type; problems are reported under path.
    QList<QmpSchemaProblem> validateValue(const QString &typeName, const QmpValue &value, const QString &path) const;

private:
    void check(const QString &typeName, const QmpValue &value, const QString &path, bool open,
               QList<QmpSchemaProblem> &out) const;
    void checkObject(const QmpSchemaEntity &type, const QmpValue &value, const QString &path, bool open,
                     QList<QmpSchemaProblem> &out) const;
    void checkAlternate(const QmpSchemaEntity &type, const QmpValue &value, const QString &path,
                        QList<QmpSchemaProblem> &out) const;
    bool accepts(const QString &typeName, const QmpValue &value) const; // JSON kind only

    QmpSchema m_schema;
    QSet<QString> m_openCommands;
};
