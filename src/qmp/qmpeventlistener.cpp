// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpeventlistener.h"
#include "qmpclient.h"
#include "qmpclient_p.h"

#include <QtCore/QContiguousCache>
#include <QtCore/QEventLoop>
#include <QtCore/QPointer>
#include <QtCore/QQueue>
#include <QtCore/QTimer>

struct QmpEventListener::Private
{
    QPointer<QmpClient> client;
    QStringList names;
    Predicate predicate;
    QQueue<QmpEvent> queue;
    QContiguousCache<QmpEvent> history{10000};
};

QmpEventListener::QmpEventListener(QmpClient *client, const QStringList &names, Predicate predicate, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->client = client;
    d->names = names;
    d->predicate = std::move(predicate);
    if (client)
        client->d->listeners.append(this);
}

QmpEventListener::~QmpEventListener()
{
    if (d->client) {
        QmpClient::Private *cd = d->client->d;
        if (cd->deliveringEvent > 0) {
            // The client is walking the list: leave a hole rather than shift what follows.
            const qsizetype i = cd->listeners.indexOf(this);
            if (i >= 0)
                cd->listeners[i] = nullptr;
            cd->listenersRemoved = true;
        } else {
            cd->listeners.removeOne(this);
        }
    }
    delete d;
}

QStringList QmpEventListener::names() const { return d->names; }

bool QmpEventListener::accepts(const QmpEvent &event) const
{
    if (!d->names.isEmpty() && !d->names.contains(event.name()))
        return false;
    return !d->predicate || d->predicate(event);
}

bool QmpEventListener::hasPending() const { return !d->queue.isEmpty(); }
qsizetype QmpEventListener::pendingCount() const { return d->queue.size(); }

QmpEvent QmpEventListener::take()
{
    return d->queue.isEmpty() ? QmpEvent() : d->queue.dequeue();
}

QList<QmpEvent> QmpEventListener::takeAll()
{
    QList<QmpEvent> all;
    all.swap(d->queue);
    return all;
}

bool QmpEventListener::waitForEvent(int msecs)
{
    if (hasPending())
        return true;
    // Without a connection no event can come: say so at once instead of sleeping out the wait.
    if (!d->client || d->client->state() == QmpClient::State::Idle)
        return false;
    QPointer<QmpEventListener> self(this);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QmpEventListener::eventReceived, &loop, &QEventLoop::quit);
    // Waiting on a connection that ended can never succeed: stop at once.
    if (d->client)
        connect(d->client.data(), &QmpClient::disconnected, &loop, &QEventLoop::quit);
    timer.start(qMax(0, msecs));
    QmpClient::Private::execWaitLoop(d->client, loop);
    return self && hasPending();
}

QList<QmpEvent> QmpEventListener::history() const
{
    QList<QmpEvent> list;
    list.reserve(d->history.size());
    for (qsizetype i = d->history.firstIndex(); i <= d->history.lastIndex(); ++i)
        list.append(d->history.at(i));
    return list;
}

int QmpEventListener::historyLimit() const { return int(d->history.capacity()); }

void QmpEventListener::setHistoryLimit(int limit)
{
    d->history.setCapacity(qMax(1, limit));
}

void QmpEventListener::clear()
{
    d->queue.clear();
    d->history.clear();
}

void QmpEventListener::deliver(const QmpEvent &event)
{
    if (!accepts(event))
        return;
    d->queue.enqueue(event);
    d->history.append(event);
    emit eventReceived(event);
}
