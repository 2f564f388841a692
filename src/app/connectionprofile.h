// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpaddress.h"
#include "qmpclient.h"

#include <QtCore/QList>
#include <QtCore/QString>

// One thing wrong with a profile: how bad, which field, and a message that says what and where.
struct ProfileIssue
{
    enum Severity { Warning, Error };
    enum Field { Name, Address, Tls, Security };
    Severity severity = Error;
    Field field = Address;
    QString message;
};

// A saved way to reach a QMP server or guest agent, as the connection manager keeps it.
// `id` is stable across renames (ProfileStore assigns it); command history is keyed by it.
class ConnectionProfile
{
public:
    QString id;
    QString name;
    QString address; // text in the QmpAddress forms: /path, unix:/path, host:port, [v6]:port
    QmpClient::Mode mode = QmpClient::Mode::Qmp;
    QmpTlsOptions tls;
    bool serverMode = false;  // listen and let QEMU connect in
    bool autoConnect = false; // connect when the app starts
    bool reconnect = false;   // reconnect with backoff after the connection drops

    QmpAddress parsedAddress(QString *error = nullptr) const { return QmpAddress::parse(address, error); }

    // Everything wrong, errors and warnings. A UNIX socket that does not exist yet is a warning,
    // not an error: the VM may be started after the profile is saved (and reconnect covers it).
    QList<ProfileIssue> validate() const;
    bool hasErrors() const;
    // Non-empty for plain TCP to a host other than loopback: QMP has no authentication.
    QString securityWarning() const;

    bool operator==(const ConnectionProfile &o) const;
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }
};
