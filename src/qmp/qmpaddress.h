// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QString>

// Where a QMP server (or guest agent) is, in the forms the GUI, qmpctl and profiles share:
// `/path/to/sock`, `unix:/path`, `host:port`, `tcp:host:port`, `[v6addr]:port`, `tcp:[v6addr]:port`.
// Text without a colon is a UNIX socket path, so `qmp.sock` works as people type it.
class QmpAddress
{
public:
    enum Type { Invalid, Unix, Tcp };

    QmpAddress() = default;
    static QmpAddress unixSocket(const QString &path);
    static QmpAddress tcp(const QString &host, quint16 port);
    // On failure returns an Invalid address and says what is wrong and where in *error.
    static QmpAddress parse(const QString &text, QString *error = nullptr);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Invalid; }
    bool isUnix() const { return m_type == Unix; }
    bool isTcp() const { return m_type == Tcp; }
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // True for TCP to localhost, 127.0.0.0/8 or ::1, and for UNIX sockets: QMP has no
    // authentication, so anything else deserves a warning unless TLS is on.
    bool isLocal() const;
    QString toString() const; // canonical form, parses back to the same address

    bool operator==(const QmpAddress &o) const
    {
        return m_type == o.m_type && m_path == o.m_path && m_host == o.m_host && m_port == o.m_port;
    }

private:
    Type m_type = Invalid;
    QString m_path;
    QString m_host;
    quint16 m_port = 0;
};

// TLS on a TCP address, as QEMU's tls-creds-x509 with verify-peer=on expects from a client.
// The server certificate is always verified; there is deliberately no "ignore errors" switch.
struct QmpTlsOptions
{
    QString caFile;   // PEM CA bundle that signed the server's certificate (required for TLS)
    QString certFile; // PEM client certificate, when the server verifies peers
    QString keyFile;  // PEM private key of the client certificate
    QString peerName; // name expected in the server certificate; default: the address's host

    bool isEnabled() const { return !caFile.isEmpty(); }
    // Empty when usable; else what is wrong (a missing file, a file that does not parse).
    QString validate() const;
};

// Plain TCP (no TLS) to a host that is not loopback. QMP has no authentication: whoever reaches
// that port controls the VM, so the GUI and qmpctl warn about such a connection.
bool qmpIsUnprotected(const QmpAddress &address, const QmpTlsOptions &tls);
