// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpevent.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <functional>

class QmpClient;

// Receives the events of one client that pass its filter, as qemu.qmp's EventListener: a set of
// names (empty: all), an optional predicate, its own queue for code that pulls events, and a
// bounded history for code that looks back. Several listeners may watch one client.
class QmpEventListener : public QObject
{
    Q_OBJECT
public:
    using Predicate = std::function<bool(const QmpEvent &)>;

    explicit QmpEventListener(QmpClient *client, const QStringList &names = {}, Predicate predicate = {},
                              QObject *parent = nullptr);
    ~QmpEventListener() override;

    QStringList names() const;
    bool accepts(const QmpEvent &event) const;

    // The queue: events not yet taken, oldest first.
    bool hasPending() const;
    qsizetype pendingCount() const;
    QmpEvent take();            // invalid event when the queue is empty
    QList<QmpEvent> takeAll();
    // Blocks with a local event loop until an event is queued or msecs pass. Returns hasPending().
    bool waitForEvent(int msecs);

    // The history: the last historyLimit() accepted events, taken or not.
    QList<QmpEvent> history() const;
    int historyLimit() const;
    void setHistoryLimit(int limit); // default 10000
    void clear(); // empties queue and history

Q_SIGNALS:
    void eventReceived(const QmpEvent &event);

private:
    friend class QmpClient;
    void deliver(const QmpEvent &event); // called by the client for every event
    struct Private;
    Private *d;
};
