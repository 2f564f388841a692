// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpevent.h"
#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <vector>

class CommandWatcher;
class QmpClient;

// Links events to the command they answer where that is knowable from the messages alone: the
// same device (id or QOM path: device_del -> DEVICE_DELETED), the same job (job-id ->
// JOB_STATUS_CHANGE, BLOCK_JOB_*), the same block node or drive. An event links to the most
// recent earlier command about that object. Links go both ways.
class EventLinker : public QObject
{
    Q_OBJECT
public:
    struct Command
    {
        QString name;
        QmpValue message;
        qint64 sentUsecs = 0;
        QStringList keys; // "device:/machine/peripheral/kbd0", "job:j0", "node:n0", "drive:ide0"
    };
    // An event as recorded: what finds it again in a view, not its data (a flood would keep
    // every parsed event alive, and free them all at once when the limit starts afresh).
    class Event
    {
    public:
        Event() = default;
        Event(const QString &name, qint64 receivedUsecs) : m_name(name), m_receivedUsecs(receivedUsecs) {}
        QString name() const { return m_name; }
        qint64 receivedUsecs() const { return m_receivedUsecs; }

    private:
        QString m_name;
        qint64 m_receivedUsecs = 0;
    };

    explicit EventLinker(QObject *parent = nullptr);
    ~EventLinker() override;

    // Records every command the client sends and every event it receives.
    void setClient(QmpClient *client);

    // For logs read back and for tests. 0 for sentUsecs / a missing receive time: now.
    int addCommand(const QmpValue &message, qint64 sentUsecs = 0);
    int addEvent(const QmpEvent &event);
    void clear();
    // A long session must not grow without end: past this many commands and events together,
    // what was recorded is dropped and recording starts afresh. Default 200000.
    void setLimit(int entries) { m_limit = qMax(1, entries); }
    int limit() const { return m_limit; }

    int commandCount() const { return int(m_commands.size()); }
    int eventCount() const { return int(m_events.size()); }
    Command command(int n) const { return m_commands.value(n); }
    Event event(int n) const;
    QList<int> eventsOf(int command) const { return m_eventsOfCommand.value(command); }
    QList<int> commandsOf(int event) const { return m_commandsOfEvent.value(event); }
    // What a view holds, found again: a command by the message as sent (its "id", or the whole
    // message when it has none), an event by its receive time and name. -1 when not recorded.
    int commandFor(const QmpValue &message) const;
    int eventFor(qint64 receivedUsecs, const QString &name) const;
    // Whether sent (a message as it went out) is request: by "id" when request has one, else whole.
    static bool isSameRequest(const QmpValue &sent, const QmpValue &request);

    // What a command or an event is about, as link keys.
    static QStringList commandKeys(const QString &command, const QmpValue &arguments);
    static QStringList eventKeys(const QString &event, const QmpValue &data);

Q_SIGNALS:
    void linked(int command, int event);

private:
    QPointer<QmpClient> m_client;
    CommandWatcher *m_watcher;
    QList<Command> m_commands;
    // Events are many and mostly link to nothing: a plain record each, names interned.
    struct EventRecord
    {
        qint64 receivedUsecs;
        qsizetype nameId;
    };
    qsizetype nameId(const QString &name);
    std::vector<EventRecord> m_events;
    QStringList m_eventNames;
    QHash<QString, qsizetype> m_eventNameIds;
    QHash<QString, QList<int>> m_commandsByKey; // in the order sent
    QHash<int, QList<int>> m_eventsOfCommand;
    QHash<int, QList<int>> m_commandsOfEvent;
    int m_limit = 200000;
};
