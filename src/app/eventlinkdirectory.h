// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

class EventLinker;
class QmpClient;

// One EventLinker per connection, found by the connection name the command log and the timeline
// show, so that a row of either can be followed to the other: a command to the events it caused,
// an event back to the command that caused it.
class EventLinkDirectory : public QObject
{
    Q_OBJECT
public:
    // An event as the timeline knows it.
    struct EventRef
    {
        qint64 receivedUsecs = 0;
        QString name;
    };

    explicit EventLinkDirectory(QObject *parent = nullptr);
    ~EventLinkDirectory() override;

    // Records client's commands and events from now on, under connectionName.
    void addClient(QmpClient *client, const QString &connectionName);
    void removeClient(QmpClient *client);
    // The name client was added under; empty when it was not.
    QString connectionNameOf(QmpClient *client) const { return m_linkers.value(client).connectionName; }

    // request: the message as sent (with its id). Oldest first; empty when none is known.
    QList<EventRef> eventsCausedBy(const QString &connectionName, const QmpValue &request) const;
    // The messages, as sent, of the commands that caused the event; empty when none is known.
    QList<QmpValue> causesOf(const QString &connectionName, qint64 receivedUsecs, const QString &name) const;

private:
    EventLinker *linkerFor(const QString &connectionName) const;

    struct Entry
    {
        QString connectionName;
        EventLinker *linker = nullptr;
    };
    QHash<QmpClient *, Entry> m_linkers;
};
