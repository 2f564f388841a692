// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

#include <QtCore/QCoreApplication>

// The arguments of one command as the fields of a form, each typed from the live schema, and the
// way between a field's text and the JSON it stands for. It holds no widgets, so what a form
// writes into a message can be tested on its own; the command editor's side panel draws it.
class QmpArgumentForm
{
    Q_DECLARE_TR_FUNCTIONS(QmpArgumentForm)
public:
    // The editor a field needs. Objects, arrays, alternates and "any" are typed as JSON text.
    enum class Editor { Bool, Enum, Integer, Number, String, Json };

    struct Field
    {
        QString name;
        QString type;      // the schema's type name, possibly a generated number
        QString typeLabel; // what a person reads: "int", "enum", "[str]", "str | null"
        Editor editor = Editor::Json;
        bool optional = false;
        QStringList enumValues; // Editor::Enum
    };

    QmpArgumentForm() = default;
    // The fields of command's arguments. For a flat union the tag's value in arguments picks
    // the variant, so the form grows when the discriminator is set.
    QmpArgumentForm(const QmpSchema &schema, const QString &command, const QmpValue &arguments = {});

    bool isValid() const { return m_known; }
    QString command() const { return m_command; }
    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &name) const;
    QStringList fieldNames() const;

    // "Returns: nothing ({})", or the return type and its structure as QmpSchemaDescriber has it.
    QString returnDescription() const { return m_returns; }

    // The text a field shows for value; empty for Undefined.
    static QString text(const Field &field, const QmpValue &value);
    // The value a field's text stands for; Undefined with *error set when the text does not fit.
    // Integers are exact over -2^63 .. 2^64-1.
    static QmpValue value(const Field &field, const QString &text, QString *error = nullptr);

    // previous with its arguments replaced by values (name -> value; Undefined or absent: left
    // out), in the schema's order. Keys the form has no field for stay, and so do "id" and
    // "exec-oob". A previous message for another command is not reused.
    QmpValue message(const QmpValue &previous, const QList<std::pair<QString, QmpValue>> &values) const;

private:
    QString m_command;
    bool m_known = false;
    QList<Field> m_fields;
    QString m_returns;
};
