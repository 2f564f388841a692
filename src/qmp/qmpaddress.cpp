// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpaddress.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

#include <algorithm>

QmpAddress QmpAddress::unixSocket(const QString &path)
{
    QmpAddress a;
    a.m_type = Unix;
    a.m_path = path;
    return a;
}

QmpAddress QmpAddress::tcp(const QString &host, quint16 port)
{
    QmpAddress a;
    a.m_type = Tcp;
    a.m_host = host;
    a.m_port = port;
    return a;
}

static QmpAddress fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

// Dot-separated labels of letters, digits, '-' and '_': what resolvers accept, and never a text
// that toString() would print in a form read back as a socket path.
static bool isHostName(const QString &host)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return false;
        }
    }
    return host.size() <= 253;
}

QmpAddress QmpAddress::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, QCoreApplication::translate("QmpAddress", "empty address"));
    if (text.startsWith(QLatin1String("unix:"))) {
        const QString path = text.mid(5);
        if (path.isEmpty())
            return fail(error, QCoreApplication::translate("QmpAddress", "'unix:' needs a socket path after it"));
        return unixSocket(path);
    }
    QString rest = text;
    const bool explicitTcp = rest.startsWith(QLatin1String("tcp:"));
    if (explicitTcp)
        rest = rest.mid(4);
    if (!explicitTcp && (!rest.contains(QLatin1Char(':')) || rest.startsWith(QLatin1Char('/'))
                         || rest.startsWith(QLatin1Char('.')) || rest.startsWith(QLatin1Char('~'))))
        return unixSocket(text);

    QString host;
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(error, QCoreApplication::translate("QmpAddress", "'[' without ']' in %1").arg(text));
        host = rest.mid(1, close - 1);
        if (rest.mid(close + 1, 1) != QLatin1String(":"))
            return fail(error, QCoreApplication::translate("QmpAddress", "missing ':PORT' after ']' in %1").arg(text));
        portText = rest.mid(close + 2);
        // QHostAddress reads up to a NUL or past junk; only the characters of an IPv6 literal
        // (with an optional %scope) make an address that prints back as it was typed.
        const bool literalChars = std::all_of(host.cbegin(), host.cend(), [](QChar c) {
            return c.unicode() < 128 && (c.isLetterOrNumber() || c == u':' || c == u'.' || c == u'%' || c == u'-' || c == u'_');
        });
        if (!literalChars || QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, QCoreApplication::translate("QmpAddress", "'%1' is not an IPv6 address").arg(host));
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(error, QCoreApplication::translate("QmpAddress", "missing ':PORT' in %1").arg(text));
        host = rest.left(colon);
        portText = rest.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            return fail(error, QCoreApplication::translate("QmpAddress", "an IPv6 address needs brackets: [%1]:PORT").arg(host));
    }
    if (host.isEmpty())
        return fail(error, QCoreApplication::translate("QmpAddress", "missing host in %1").arg(text));
    // An IPv4 address is a host name as far as the characters go; an IPv6 one came in brackets.
    if (!rest.startsWith(QLatin1Char('[')) && !isHostName(host))
        return fail(error, QCoreApplication::translate("QmpAddress", "'%1' is not a host name or an IP address").arg(host));
    if (portText.isEmpty())
        return fail(error, QCoreApplication::translate("QmpAddress", "missing port in %1").arg(text));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(error, QCoreApplication::translate("QmpAddress", "bad port '%1': a number from 1 to 65535").arg(portText));
    return tcp(host, quint16(port));
}

bool QmpAddress::isLocal() const
{
    if (m_type == Unix)
        return true;
    if (m_type != Tcp)
        return false;
    if (m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress ha(m_host);
    return !ha.isNull() && ha.isLoopback();
}

bool qmpIsUnprotected(const QmpAddress &address, const QmpTlsOptions &tls)
{
    return address.isTcp() && !address.isLocal() && !tls.isEnabled();
}

QString QmpAddress::toString() const
{
    switch (m_type) {
    case Unix: return QLatin1String("unix:") + m_path;
    case Tcp:
        if (m_host.contains(QLatin1Char(':')))
            return QLatin1String("[") + m_host + QLatin1String("]:") + QString::number(m_port);
        // A host named like a prefix would be read back as that prefix: say tcp: outright.
        if (m_host == QLatin1String("tcp") || m_host == QLatin1String("unix"))
            return QLatin1String("tcp:") + m_host + QLatin1Char(':') + QString::number(m_port);
        return m_host + QLatin1Char(':') + QString::number(m_port);
    case Invalid: break;
    }
    return {};
}

static QString checkFile(const QString &file, const QString &what)
{
    if (!QFileInfo::exists(file))
        return QCoreApplication::translate("QmpAddress", "%1 file '%2' does not exist").arg(what, file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("QmpAddress", "%1 file '%2' cannot be read: %3").arg(what, file, f.errorString());
    return {};
}

QString QmpTlsOptions::validate() const
{
    if (caFile.isEmpty()) {
        if (!certFile.isEmpty() || !keyFile.isEmpty() || !peerName.isEmpty())
            return QCoreApplication::translate("QmpAddress", "TLS needs a CA certificate (--tls-ca) to verify the server");
        return {};
    }
    if (QString e = checkFile(caFile, QCoreApplication::translate("QmpAddress", "CA certificate")); !e.isEmpty())
        return e;
    if (QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
        return QCoreApplication::translate("QmpAddress", "CA certificate file '%1' holds no PEM certificate").arg(caFile);
    if (certFile.isEmpty() != keyFile.isEmpty())
        return QCoreApplication::translate("QmpAddress", "a client certificate needs its key, and a key its certificate");
    if (!certFile.isEmpty()) {
        if (QString e = checkFile(certFile, QCoreApplication::translate("QmpAddress", "client certificate")); !e.isEmpty())
            return e;
        if (QSslCertificate::fromPath(certFile, QSsl::Pem).isEmpty())
            return QCoreApplication::translate("QmpAddress", "client certificate file '%1' holds no PEM certificate").arg(certFile);
        if (QString e = checkFile(keyFile, QCoreApplication::translate("QmpAddress", "client key")); !e.isEmpty())
            return e;
        QFile k(keyFile);
        k.open(QIODevice::ReadOnly);
        const QByteArray pem = k.readAll();
        if (QSslKey(pem, QSsl::Rsa).isNull() && QSslKey(pem, QSsl::Ec).isNull())
            return QCoreApplication::translate("QmpAddress", "client key file '%1' holds no PEM RSA or EC key").arg(keyFile);
    }
    return {};
}
