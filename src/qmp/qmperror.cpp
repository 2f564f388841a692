// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmperror.h"

QmpError QmpError::execute(const QString &errorClass, const QString &description, const QmpValue &reply)
{
    QmpError e(Execute, errorClass + QLatin1String(": ") + description);
    e.m_class = errorClass;
    e.m_description = description;
    e.m_reply = reply;
    return e;
}

QString QmpError::message() const
{
    return m_message;
}

QString QmpError::kindName(Kind kind)
{
    switch (kind) {
    case NoError: return QStringLiteral("ok");
    case Connect: return QStringLiteral("connect");
    case State: return QStringLiteral("state");
    case Execute: return QStringLiteral("execute");
    case Interrupted: return QStringLiteral("interrupted");
    case Deserialization: return QStringLiteral("deserialization");
    case UnexpectedType: return QStringLiteral("unexpected-type");
    case BadReply: return QStringLiteral("bad-reply");
    case ServerParse: return QStringLiteral("server-parse");
    case Greeting: return QStringLiteral("greeting");
    case Negotiation: return QStringLiteral("negotiation");
    case Timeout: return QStringLiteral("timeout");
    case Oversize: return QStringLiteral("oversize");
    case Aborted: return QStringLiteral("aborted");
    case Unsupported: return QStringLiteral("unsupported");
    case Validation: return QStringLiteral("validation");
    }
    return QStringLiteral("unknown");
}
