// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionprofile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <algorithm>

#include <sys/stat.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}

// "vsock:3:4444", "http://host:80": a scheme the parser would read as a host. Said plainly, since
// the parser's own message (about IPv6 brackets) would mislead.
QString unknownScheme(const QString &address)
{
    const QString text = address.trimmed();
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString scheme = text.left(colon);
    const QString rest = text.mid(colon + 1);
    if (scheme == QLatin1String("unix") || scheme == QLatin1String("tcp") || rest.startsWith(u':'))
        return {};
    if (!rest.contains(u':') && !rest.contains(u'/'))
        return {}; // host:port
    bool hex = true;
    for (const QChar c : scheme)
        hex = hex && (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'));
    if (hex)
        return {}; // an IPv6 address without brackets: the parser says how to write it
    for (const QChar c : scheme) {
        if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return scheme;
}

bool isSocket(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISSOCK(st.st_mode);
}

} // namespace

QList<ProfileIssue> ConnectionProfile::validate() const
{
    QList<ProfileIssue> issues;
    auto add = [&](ProfileIssue::Severity s, ProfileIssue::Field f, const QString &m) { issues.append({s, f, m}); };

    if (name.trimmed().isEmpty())
        add(ProfileIssue::Error, ProfileIssue::Name, tr("the profile needs a name"));

    QString addressError;
    const QmpAddress a = parsedAddress(&addressError);
    if (const QString scheme = unknownScheme(address); !a.isValid() && !scheme.isEmpty()) {
        add(ProfileIssue::Error, ProfileIssue::Address,
            tr("address: unknown form '%1:'; use /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT or [V6]:PORT")
                .arg(scheme));
    } else if (!a.isValid()) {
        add(ProfileIssue::Error, ProfileIssue::Address, tr("address: %1").arg(addressError));
    } else if (a.isUnix()) {
        const QFileInfo info(a.path());
        if (serverMode) {
            if (!info.absoluteDir().exists())
                add(ProfileIssue::Error, ProfileIssue::Address,
                    tr("address: folder '%1' does not exist, so no socket can be created in it")
                        .arg(info.absolutePath()));
            else if (info.exists() && !isSocket(a.path()))
                add(ProfileIssue::Error, ProfileIssue::Address,
                    tr("address: '%1' exists and is not a socket").arg(a.path()));
        } else if (!info.exists()) {
            add(ProfileIssue::Warning, ProfileIssue::Address,
                tr("address: socket '%1' does not exist yet; connecting fails until QEMU creates it")
                    .arg(a.path()));
        } else if (!isSocket(a.path())) {
            add(ProfileIssue::Error, ProfileIssue::Address, tr("address: '%1' is not a socket").arg(a.path()));
        }
    }

    const bool anyTls = !tls.caFile.isEmpty() || !tls.certFile.isEmpty() || !tls.keyFile.isEmpty();
    if (anyTls) {
        if (a.isUnix())
            add(ProfileIssue::Error, ProfileIssue::Tls, tr("TLS works on TCP addresses only"));
        else if (const QString e = tls.validate(); !e.isEmpty())
            add(ProfileIssue::Error, ProfileIssue::Tls, tr("TLS: %1").arg(e));
    }

    if (const QString w = securityWarning(); !w.isEmpty())
        add(ProfileIssue::Warning, ProfileIssue::Security, w);
    return issues;
}

bool ConnectionProfile::hasErrors() const
{
    const auto issues = validate();
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ProfileIssue &i) { return i.severity == ProfileIssue::Error; });
}

QString ConnectionProfile::securityWarning() const
{
    const QmpAddress a = parsedAddress();
    if (!qmpIsUnprotected(a, tls))
        return {};
    return tr("plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this "
              "port controls the VM")
        .arg(a.toString());
}

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    return id == o.id && name == o.name && address == o.address && mode == o.mode && tls.caFile == o.tls.caFile
        && tls.certFile == o.tls.certFile && tls.keyFile == o.tls.keyFile && tls.peerName == o.tls.peerName
        && serverMode == o.serverMode && autoConnect == o.autoConnect && reconnect == o.reconnect;
}
