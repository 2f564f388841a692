// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

// A most-recent-first list of strings kept in QSettings under one key (recent connections,
// recently opened logs). Adding an entry moves it to the front; the list never grows past max.
class RecentList
{
public:
    explicit RecentList(const QString &settingsKey, int max = 10);

    QStringList entries() const;
    void add(const QString &entry);
    void clear();

private:
    QString m_key;
    int m_max;
};
