// SPDX-License-Identifier: GPL-2.0-or-later
#include "profilestore.h"

#include "commandhistory.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGroup = u"profiles"_s;

QString modeName(QmpClient::Mode mode)
{
    return mode == QmpClient::Mode::GuestAgent ? u"guest-agent"_s : u"qmp"_s;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(u"name"_s).toString();
        p.address = m_settings->value(u"address"_s).toString();
        p.mode = m_settings->value(u"mode"_s).toString() == u"guest-agent"_s ? QmpClient::Mode::GuestAgent
                                                                            : QmpClient::Mode::Qmp;
        p.tls.caFile = m_settings->value(u"tlsCaFile"_s).toString();
        p.tls.certFile = m_settings->value(u"tlsCertFile"_s).toString();
        p.tls.keyFile = m_settings->value(u"tlsKeyFile"_s).toString();
        p.tls.peerName = m_settings->value(u"tlsPeerName"_s).toString();
        p.serverMode = m_settings->value(u"serverMode"_s, false).toBool();
        p.autoConnect = m_settings->value(u"autoConnect"_s, false).toBool();
        p.reconnect = m_settings->value(u"reconnect"_s, false).toBool();
        m_settings->endGroup();
        if (!p.name.isEmpty())
            m_profiles.append(p);
    }
    m_settings->endGroup();
    std::sort(m_profiles.begin(), m_profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

void ProfileStore::write(const ConnectionProfile &p)
{
    m_settings->beginGroup(kGroup + u'/' + p.id);
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"address"_s, p.address);
    m_settings->setValue(u"mode"_s, modeName(p.mode));
    m_settings->setValue(u"tlsCaFile"_s, p.tls.caFile);
    m_settings->setValue(u"tlsCertFile"_s, p.tls.certFile);
    m_settings->setValue(u"tlsKeyFile"_s, p.tls.keyFile);
    m_settings->setValue(u"tlsPeerName"_s, p.tls.peerName);
    m_settings->setValue(u"serverMode"_s, p.serverMode);
    m_settings->setValue(u"autoConnect"_s, p.autoConnect);
    m_settings->setValue(u"reconnect"_s, p.reconnect);
    m_settings->endGroup();
    m_settings->sync();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    return m_profiles;
}

QStringList ProfileStore::names() const
{
    QStringList out;
    for (const ConnectionProfile &p : m_profiles)
        out << p.name;
    return out;
}

bool ProfileStore::contains(const QString &id) const
{
    return !profile(id).id.isEmpty();
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return {};
}

ConnectionProfile ProfileStore::profileByName(const QString &name) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.name == name)
            return p;
    return {};
}

bool ProfileStore::save(ConnectionProfile &profile, QString *error)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty()) {
        if (error)
            *error = tr("the profile needs a name");
        return false;
    }
    const ConnectionProfile sameName = profileByName(profile.name);
    if (!sameName.id.isEmpty() && sameName.id != profile.id) {
        if (error)
            *error = tr("a profile named '%1' exists already").arg(profile.name);
        return false;
    }
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(profile);
    load();
    Q_EMIT changed();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || !contains(id))
        return false;
    m_settings->remove(kGroup + u'/' + id);
    CommandHistory::forget(m_settings, id);
    m_settings->sync();
    load();
    Q_EMIT changed();
    return true;
}

bool ProfileStore::rename(const QString &id, const QString &newName, QString *error)
{
    ConnectionProfile p = profile(id);
    if (p.id.isEmpty()) {
        if (error)
            *error = tr("no such profile");
        return false;
    }
    p.name = newName;
    return save(p, error);
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (profileByName(base).id.isEmpty())
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(base).arg(n);
        if (profileByName(candidate).id.isEmpty())
            return candidate;
    }
}

ConnectionProfile ProfileStore::duplicate(const QString &id)
{
    ConnectionProfile p = profile(id);
    if (p.id.isEmpty())
        return {};
    p.id.clear();
    // "vm (2)" duplicates to "vm (3)", not "vm (2) (2)".
    static const QRegularExpression counter(u" \\(\\d+\\)$"_s);
    p.name = uniqueName(QString(p.name).remove(counter));
    save(p);
    return p;
}
