// SPDX-License-Identifier: GPL-2.0-or-later
#include "recentlist.h"

#include <QtCore/QSettings>

RecentList::RecentList(const QString &settingsKey, int max)
    : m_key(settingsKey)
    , m_max(max)
{
}

QStringList RecentList::entries() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentList::add(const QString &entry)
{
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > m_max)
        list.removeLast();
    QSettings().setValue(m_key, list);
}

void RecentList::clear()
{
    QSettings().remove(m_key);
}
