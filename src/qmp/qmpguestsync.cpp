// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpguestsync.h"

#include <QtCore/QRandomGenerator>

QByteArray QmpGuestSync::begin()
{
    // qemu-ga takes the id as an int; a fresh random one per round tells a late answer from an
    // earlier round apart from this one.
    m_id = qint64(QRandomGenerator::global()->bounded(1, 0x7fffffff));
    m_active = true;
    QByteArray bytes(1, char(0xFF));
    QmpValue::object({{QStringLiteral("execute"), QStringLiteral("guest-sync-delimited")},
                      {QStringLiteral("arguments"), QmpValue::object({{QStringLiteral("id"), m_id}})}})
        .appendJson(bytes);
    bytes += '\n';
    return bytes;
}

bool QmpGuestSync::finishesWith(const QmpValue &message)
{
    if (!m_active)
        return false;
    const QmpValue ret = message.value(u"return");
    if (!ret.isInteger() || ret.toInt() != m_id)
        return false;
    m_active = false;
    return true;
}
