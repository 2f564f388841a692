// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// What the command editor's text means: a full QMP message, the qmp-shell short form
// (`device_add driver=usb-kbd id=k0`) or, in HMP mode, a human monitor line. Turns the text into
// the exact message that will be sent, or says what is wrong and where.
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)
public:
    enum class Mode { Qmp, Hmp };
    enum class State { Empty, Invalid, Valid };
    enum class Form { None, Json, ShortForm, Hmp };

    struct Result
    {
        State state = State::Empty;
        Form form = Form::None;
        QmpValue message;       // Valid: the message to send, without "id" unless the text has one
        QString command;        // Valid: the command name ("human-monitor-command" for HMP)
        QString error;          // Invalid: what is wrong
        int errorPosition = -1; // Invalid: character index in the text
        int errorLine = 0;      // Invalid: 1-based line of errorPosition
        int errorColumn = 0;    // Invalid: 1-based column of errorPosition

        bool isValid() const { return state == State::Valid; }
    };

    static Result interpret(const QString &text, Mode mode);
    // The message as the preview shows it: indented JSON, numbers exactly as they will be sent.
    static QString preview(const Result &result);
};
