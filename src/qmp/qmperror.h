// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QString>

// Every failure the library reports, as a value: a kind that code can switch on, and a message a
// person can read. For Execute, errorClass and description are the server's own, unparsed.
class QmpError
{
public:
    enum Kind {
        NoError,
        Connect,         // could not reach the server (refused, no such socket, TLS handshake)
        State,           // the call does not fit the client's state (execute while Idle, ...)
        Execute,         // the server answered {"error": {"class", "desc"}}
        Interrupted,     // the connection ended while the command was in flight
        Deserialization, // the server sent bytes that are not JSON
        UnexpectedType,  // valid JSON, but not a JSON object
        BadReply,        // an object that is neither greeting, reply nor event, or malformed
        ServerParse,     // an error reply without id: the server could not parse what we sent
        Greeting,        // the greeting was missing, malformed or never came
        Negotiation,     // qmp_capabilities failed
        Timeout,         // connect or command took longer than allowed
        Oversize,        // a message beyond the size limit
        Aborted,         // the caller aborted the reply
        Unsupported,     // e.g. fd passing on TCP
        Validation,      // refused before sending (bad arguments); nothing was sent
    };

    QmpError() = default;
    QmpError(Kind kind, const QString &message) : m_kind(kind), m_message(message) {}
    static QmpError execute(const QString &errorClass, const QString &description, const QmpValue &reply = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    explicit operator bool() const { return isError(); }
    QString errorClass() const { return m_class; }       // Execute: e.g. "GenericError"
    QString description() const { return m_description; } // Execute: the server's "desc"
    QmpValue reply() const { return m_reply; }            // Execute: the whole error reply
    // "CLASS: desc" for Execute, else the message. What a person reads.
    QString message() const;
    static QString kindName(Kind kind); // "execute", "timeout", ... stable, for scripts and logs

private:
    Kind m_kind = NoError;
    QString m_message;
    QString m_class;
    QString m_description;
    QmpValue m_reply;
};
