// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QStringList>

// Where the cursor is in a command being typed, in schema terms: what kind of token is being
// completed, inside which command and at which argument path, and the text typed so far.
// Built from qmp-shell short form (`blockdev-add driver=file filename=...`) or from a JSON
// message in an editor; QmpSchemaCompleter turns it into completions.
struct QmpCompletionContext
{
    enum Kind {
        None,        // nothing to complete here (inside a number, after the end, ...)
        CommandName, // the command itself
        Key,         // a key of the object at `path`
        Value,       // the value of `key` in the object (or array) at `path`
        MessageKey,  // a key of the message itself (JSON form): execute, arguments, id, exec-oob
    };

    Kind kind = None;
    QString command;
    QStringList path;        // from "arguments" down to the object or array being typed in
    QString key;             // Value: the key (or array index) whose value is typed
    QString prefix;          // the part of the token before the cursor, without quotes
    qsizetype tokenStart = 0; // where prefix starts in the text: replace [tokenStart, cursor)
    bool quoted = false;     // JSON: the token is inside a string
    QmpValue arguments;      // what the text says of the arguments so far (for union tags and used keys)

    // qmp-shell form: `COMMAND key=value a.b=value ...`; values are JSON where they parse.
    static QmpCompletionContext fromShortForm(const QString &line, qsizetype cursor);
    // A JSON command message, possibly incomplete after the cursor.
    static QmpCompletionContext fromJson(const QString &text, qsizetype cursor);
};
