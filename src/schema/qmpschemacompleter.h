// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpcompletioncontext.h"
#include "qmpschema.h"

#include <QtCore/QSet>

// One completion offered to a person: the text to insert and what it is.
struct QmpCompletion
{
    enum Kind { Command, Key, EnumValue, Literal, ObjectPath, MessageKey };
    Kind kind = Command;
    QString text;
    QString typeLabel;     // Key: the member's type ("str", "[int]", "enum"); Command: "command"
    bool optional = false; // Key
    QString detail;        // a one-line description for the popup
};

// Completions from a QmpSchema for a cursor position: command names, argument keys of a
// command or nested object (with type and whether optional), enum and boolean values. Values
// that are QOM paths cannot come from the schema: valueIsObjectPath() says when to ask a
// QmpQomPathLister instead. No widgets; the editor and qmpctl both use it.
class QmpSchemaCompleter
{
public:
    explicit QmpSchemaCompleter(const QmpSchema &schema = {});

    const QmpSchema &schema() const { return m_schema; }

    // Everything that fits the context, sorted: required keys before optional ones.
    QList<QmpCompletion> complete(const QmpCompletionContext &context) const;

    QList<QmpCompletion> commands(const QString &prefix = {}) const;
    // Keys of the object at path inside the command's arguments; keys already in `arguments`
    // (at that path) are left out, and a union's tag value there picks its variant's keys.
    QList<QmpCompletion> keys(const QString &command, const QStringList &path, const QmpValue &arguments = {},
                              const QString &prefix = {}) const;
    QList<QmpCompletion> values(const QString &command, const QStringList &path, const QString &key,
                                const QmpValue &arguments = {}, const QString &prefix = {}) const;
    // The schema type of the value at path + key ("" when unknown).
    QString valueType(const QString &command, const QStringList &path, const QString &key,
                      const QmpValue &arguments = {}) const;

    // True when the value at path + key of command is a QOM path (qom-list/qom-get/qom-set "path",
    // device_del "id", ...), so a QmpQomPathLister can offer children.
    bool valueIsObjectPath(const QString &command, const QStringList &path, const QString &key) const;
    // "command:key" pairs (key may be dotted) and bare key names that hold QOM paths.
    void setObjectPathKeys(const QSet<QString> &keys) { m_objectPathKeys = keys; }
    QSet<QString> objectPathKeys() const { return m_objectPathKeys; }

private:
    QmpSchema m_schema;
    QSet<QString> m_objectPathKeys;
};
