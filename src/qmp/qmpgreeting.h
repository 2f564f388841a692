// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QStringList>

// The server's greeting: {"QMP": {"version": {"qemu": {major, minor, micro}, "package"}, "capabilities": [...]}}.
class QmpGreeting
{
public:
    QmpGreeting() = default;
    // Invalid (isValid() false) with *error set when the message is not a well-formed greeting.
    static QmpGreeting fromMessage(const QmpValue &message, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int micro() const { return m_micro; }
    QString package() const { return m_package; }
    QString versionString() const; // "7.2.0 (Debian 1:7.2+dfsg-7)"
    QStringList capabilities() const { return m_capabilities; }
    bool hasCapability(const QString &name) const { return m_capabilities.contains(name); }
    QmpValue message() const { return m_message; }

private:
    bool m_valid = false;
    int m_major = 0, m_minor = 0, m_micro = 0;
    QString m_package;
    QStringList m_capabilities;
    QmpValue m_message;
};
