// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>

// What the interactive shell offers on Tab: command names for the first word, then argument
// keys (nested ones too, after "a.") and enum or boolean values after "key=", all from the
// live schema. Without a schema (the guest agent has none) it offers the command names it was
// given. No terminal code here, so it can be tested on its own.
class QmpCtlCompleter
{
public:
    struct Result
    {
        qsizetype start = 0;    // the candidates replace line[start, cursor)
        QStringList candidates; // sorted
        bool appendSpace = true; // false after a key, where "=" and the value follow directly
    };

    void setSchema(const QmpSchema &schema) { m_schema = schema; }
    QmpSchema schema() const { return m_schema; }
    // Values the schema cannot know, asked from the server instead: device_add's "driver"
    // takes any device type qom-list-types reports. Top-level keys only.
    void setValueChoices(const QString &command, const QString &key, const QStringList &values);
    // Used for command names when there is no schema.
    void setCommands(const QStringList &names);
    QStringList commands() const { return m_commands; }

    Result complete(const QString &line, qsizetype cursor) const;
    // Known commands close to a mistyped name (a few edits away, or starting with it), best
    // first; at most max of them.
    QStringList suggestions(const QString &name, int max = 3) const;

private:
    QmpSchema m_schema;
    QStringList m_commands;
    QHash<QString, QStringList> m_valueChoices; // "command key" -> sorted values
};
