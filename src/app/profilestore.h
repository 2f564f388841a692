// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QtCore/QObject>

#include <memory>

class QSettings;

// The saved connection profiles, in QSettings under "profiles/<id>". Names are unique; the id
// stays when a profile is renamed. Tests pass their own QSettings (a temporary INI file).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // settings: not owned, must outlive the store. nullptr: the application's QSettings.
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    QSettings *settings() const { return m_settings; }

    QList<ConnectionProfile> profiles() const; // sorted by name
    QStringList names() const;
    bool contains(const QString &id) const;
    ConnectionProfile profile(const QString &id) const; // empty id when there is none
    ConnectionProfile profileByName(const QString &name) const;

    // Inserts (a new id is assigned when profile.id is empty) or replaces the profile with that
    // id. Refused, with *error set, when another profile has the same name or the name is empty.
    // Validation warnings and errors do not block saving: a profile may name a VM not started yet.
    bool save(ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QString &id); // also forgets the profile's command history
    bool rename(const QString &id, const QString &newName, QString *error = nullptr);
    // Saves a copy under a new unique name ("name (2)") and returns it.
    ConnectionProfile duplicate(const QString &id);
    QString uniqueName(const QString &base) const;

Q_SIGNALS:
    void changed(); // any profile added, changed, renamed or removed

private:
    void load();
    void write(const ConnectionProfile &p);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
    QList<ConnectionProfile> m_profiles;
};
