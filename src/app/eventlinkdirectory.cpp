// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlinkdirectory.h"

#include "eventlinker.h"
#include "qmpclient.h"

EventLinkDirectory::EventLinkDirectory(QObject *parent) : QObject(parent) {}

EventLinkDirectory::~EventLinkDirectory() = default;

void EventLinkDirectory::addClient(QmpClient *client, const QString &connectionName)
{
    if (!client)
        return;
    removeClient(client);
    auto *linker = new EventLinker(this);
    linker->setClient(client);
    m_linkers.insert(client, {connectionName, linker});
    connect(client, &QObject::destroyed, this, [this, client] { removeClient(client); });
}

void EventLinkDirectory::removeClient(QmpClient *client)
{
    const Entry e = m_linkers.take(client);
    delete e.linker;
}

EventLinker *EventLinkDirectory::linkerFor(const QString &connectionName) const
{
    for (const Entry &e : m_linkers) {
        if (e.connectionName == connectionName)
            return e.linker;
    }
    return nullptr;
}

QList<EventLinkDirectory::EventRef> EventLinkDirectory::eventsCausedBy(const QString &connectionName,
                                                                       const QmpValue &request) const
{
    const EventLinker *linker = linkerFor(connectionName);
    const int command = linker ? linker->commandFor(request) : -1;
    QList<EventRef> out;
    if (command < 0)
        return out;
    for (int n : linker->eventsOf(command)) {
        const EventLinker::Event e = linker->event(n);
        out.append({e.receivedUsecs(), e.name()});
    }
    return out;
}

QList<QmpValue> EventLinkDirectory::causesOf(const QString &connectionName, qint64 receivedUsecs, const QString &name) const
{
    const EventLinker *linker = linkerFor(connectionName);
    const int event = linker ? linker->eventFor(receivedUsecs, name) : -1;
    QList<QmpValue> out;
    if (event < 0)
        return out;
    for (int n : linker->commandsOf(event))
        out.append(linker->command(n).message);
    return out;
}
