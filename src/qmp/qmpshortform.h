// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

// Where and why a command line failed to parse. column is 1-based, in characters of the line;
// for pre-split arguments, argument is the 1-based index of the offending one.
struct QmpShortFormError
{
    int column = 0;
    int argument = 0;
    QString message;

    bool ok() const { return message.isEmpty(); }
    QString toString() const; // "column 12: ..." or "argument 3: ...", for messages a person reads
};

// One command as a person types it, in the qmp-shell manner:
//   COMMAND key=value ...        a value is JSON where it parses as JSON, else a string;
//                                'a.b=1' nests into {"a": {"b": 1}}; '...' and "..." quote
//   COMMAND {"json": "object"}   the arguments as one JSON object
//   {"execute": ..., ...}        a whole message (execute or exec-oob, arguments, id)
// and back again, for history and display.
class QmpShortForm
{
public:
    QmpShortForm() = default;

    // Parses a whole line. Invalid (isValid() false) with *error set on failure.
    static QmpShortForm parse(QStringView line, QmpShortFormError *error = nullptr);
    // The same for a command line a shell has already split: each element of arguments is one
    // key=value taken verbatim (no quote removal, no splitting at spaces), or a single JSON object.
    static QmpShortForm parse(const QString &command, const QStringList &arguments,
                              QmpShortFormError *error = nullptr);
    // The short form of a command; `COMMAND {json}` where keys cannot be written as key=value.
    // parse(format(c, a)) gives back c and a.
    static QString format(const QString &command, const QmpValue &arguments = {});

    bool isValid() const { return !m_command.isEmpty(); }
    QString command() const { return m_command; }
    QmpValue arguments() const { return m_arguments; } // an object, or Undefined when none given
    bool isOutOfBand() const { return m_outOfBand; }   // a whole message that used exec-oob
    QmpValue id() const { return m_id; }               // a whole message's id, else Undefined
    bool isWholeMessage() const { return m_wholeMessage; }
    // The message to send: {"execute"|"exec-oob": command, "arguments": ..., "id": ...}.
    QmpValue message() const;

private:
    QString m_command;
    QmpValue m_arguments;
    QmpValue m_id;
    bool m_outOfBand = false;
    bool m_wholeMessage = false;
};
