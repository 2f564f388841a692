// SPDX-License-Identifier: GPL-2.0-or-later
#include "unplugtracker.h"

#include "commandwatcher.h"
#include "qmpclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// device_del takes an id or a QOM path; events carry the path and (when there is one) the id.
QString qomPathOf(const QString &device)
{
    return device.startsWith(u'/') ? device : u"/machine/peripheral/"_s + device;
}
} // namespace

UnplugTracker::UnplugTracker(QObject *parent) : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &UnplugTracker::tick);
}

UnplugTracker::~UnplugTracker() = default;

void UnplugTracker::setClient(QmpClient *client, const QString &connectionName)
{
    if (client)
        watch(client, connectionName);
    if (m_client == client)
        return;
    m_client = client;
    releaseIdleWatches();
}

UnplugTracker::Watch *UnplugTracker::watchOf(const QmpClient *client)
{
    for (Watch &w : m_watches) {
        if (w.key == client)
            return &w;
    }
    return nullptr;
}

void UnplugTracker::watch(QmpClient *client, const QString &name)
{
    const QString shownName = name.isEmpty() ? client->address().toString() : name;
    if (Watch *w = watchOf(client)) {
        w->name = shownName;
        return;
    }
    // The watcher is the context of every connection below: deleting it ends them all.
    auto *watcher = new CommandWatcher(this);
    watcher->setCommands({u"device_del"_s});
    watcher->setClient(client);
    connect(watcher, &CommandWatcher::commandSent, this,
            [this, client](const QString &, const QmpValue &message) { onSent(client, message); });
    connect(watcher, &CommandWatcher::commandFinished, this,
            [this, client](const QString &, const QmpValue &message, const QmpValue &reply) { onFinished(client, message, reply); });
    connect(client, &QmpClient::eventReceived, watcher, [this, client](const QmpEvent &event) { onEvent(client, event); });
    connect(client, &QmpClient::disconnected, watcher, [this, client] { onDisconnected(client); });
    connect(client, &QObject::destroyed, this, &UnplugTracker::onDestroyed, Qt::UniqueConnection);
    m_watches.append({client, client, watcher, shownName});
}

bool UnplugTracker::isOpenOn(const QmpClient *client) const
{
    // What a closed connection still owed (a reply, a late DEVICE_DELETED) never comes.
    if (!client->isRunning())
        return false;
    for (const Unplug &u : m_unplugs) {
        if (u.client != client)
            continue;
        // A timed-out unplug can still complete; a reply still on its way belongs to the row.
        if (u.state == State::Pending || u.state == State::TimedOut || (!u.command.isUndefined() && u.reply.isUndefined()))
            return true;
    }
    return false;
}

void UnplugTracker::releaseIdleWatches()
{
    for (qsizetype i = m_watches.size() - 1; i >= 0; --i) {
        const Watch w = m_watches.at(i);
        if (w.client && (w.client == m_client || isOpenOn(w.client)))
            continue;
        m_watches.removeAt(i);
        if (w.client) {
            w.client->disconnect(w.watcher);
            disconnect(w.client, &QObject::destroyed, this, &UnplugTracker::onDestroyed);
        }
        w.watcher->setClient(nullptr);
        w.watcher->disconnect(this);
        w.watcher->deleteLater(); // may be inside one of its own signals
    }
}

QString UnplugTracker::stateName(State state)
{
    switch (state) {
    case State::Pending: return tr("pending");
    case State::Completed: return tr("completed");
    case State::Failed: return tr("failed");
    case State::TimedOut: return tr("timed out");
    case State::Rejected: return tr("rejected");
    case State::CompletedElsewhere: return tr("completed by other");
    }
    return {};
}

qint64 UnplugTracker::elapsedMs(int row) const
{
    if (row < 0 || row >= m_unplugs.size())
        return -1;
    const Unplug &u = m_unplugs.at(row);
    if (u.state == State::CompletedElsewhere)
        return -1; // when its device_del left is not ours to know
    return u.finishedMs >= 0 ? u.finishedMs : u.timer.elapsed();
}

int UnplugTracker::rowForDevice(const QString &deviceOrPath) const
{
    const QString path = qomPathOf(deviceOrPath);
    for (int row = int(m_unplugs.size()) - 1; row >= 0; --row) {
        const Unplug &u = m_unplugs.at(row);
        // Two machines may well have devices of the same id.
        if (u.qomPath == path && m_client && u.client == m_client)
            return row;
    }
    return -1;
}

int UnplugTracker::pendingCount() const
{
    return int(std::count_if(m_unplugs.cbegin(), m_unplugs.cend(), [](const Unplug &u) { return u.state == State::Pending; }));
}

void UnplugTracker::removeFinished()
{
    for (int row = int(m_unplugs.size()) - 1; row >= 0; --row) {
        if (m_unplugs.at(row).state == State::Pending)
            continue;
        beginRemoveRows({}, row, row);
        m_unplugs.removeAt(row);
        endRemoveRows();
    }
    releaseIdleWatches();
}

void UnplugTracker::onSent(QmpClient *client, const QmpValue &message)
{
    Unplug u;
    u.device = message.value(u"arguments").value(u"id").toString();
    u.qomPath = qomPathOf(u.device);
    u.client = client;
    if (const Watch *w = watchOf(client))
        u.connection = w->name;
    u.command = message;
    u.startedUsecs = QmpEvent::nowUsecs();
    u.serial = m_nextSerial++;
    u.timer.start();
    const int row = int(m_unplugs.size());
    beginInsertRows({}, row, row);
    m_unplugs.append(u);
    endInsertRows();
    if (m_timeoutMs > 0) {
        const quint64 serial = u.serial;
        QTimer::singleShot(m_timeoutMs, this, [this, serial] { onTimeout(serial); });
    }
    if (!m_ticker.isActive())
        m_ticker.start();
    Q_EMIT unplugStarted(row);
}

void UnplugTracker::onFinished(QmpClient *client, const QmpValue &message, const QmpValue &reply)
{
    for (int row = int(m_unplugs.size()) - 1; row >= 0; --row) {
        Unplug &u = m_unplugs[row];
        if (u.client != client || u.command != message)
            continue;
        u.reply = reply;
        if (reply.contains(u"error") && u.state == State::Pending) {
            const QmpValue error = reply.value(u"error");
            finish(row, State::Rejected,
                   u"%1: %2"_s.arg(error.value(u"class").toString(), error.value(u"desc").toString()));
        } else {
            // The details show the reply as soon as it is there, not at the next change of state.
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ReplyRole});
            releaseIdleWatches();
        }
        return;
    }
}

void UnplugTracker::onEvent(QmpClient *client, const QmpEvent &event)
{
    const bool deleted = event.name() == "DEVICE_DELETED"_L1;
    const bool guestError = event.name() == "DEVICE_UNPLUG_GUEST_ERROR"_L1;
    if (!deleted && !guestError)
        return;
    const QString path = event.data().value(u"path").toString();
    const QString device = event.data().value(u"device").toString();
    for (int row = int(m_unplugs.size()) - 1; row >= 0; --row) {
        Unplug &u = m_unplugs[row];
        if (u.client != client)
            continue;
        const bool same = u.qomPath == path || (!device.isEmpty() && u.device == device);
        // A rejected device_del never started anything; a completed one is over for good.
        if (!same || u.state == State::Rejected || u.state == State::Completed)
            continue;
        u.events.append(event);
        if (deleted) {
            const bool late = u.state == State::TimedOut;
            finish(row, State::Completed, late ? tr("completed after %1 s, past the timeout").arg(u.timer.elapsed() / 1000.0, 0, 'f', 1)
                                               : QString());
        } else if (u.state == State::Pending) {
            // The guest refused; QEMU keeps the device and a new device_del may try again.
            finish(row, State::Failed, tr("the guest refused the unplug"));
        }
        return;
    }
    // Another connection is heard only for its own unplugs, not for everything it removes.
    if (deleted && client == m_client)
        addCompletedElsewhere(client, event);
}

void UnplugTracker::addCompletedElsewhere(QmpClient *client, const QmpEvent &event)
{
    const QString path = event.data().value(u"path").toString();
    const QString device = event.data().value(u"device").toString();
    // QEMU also reports the parts of a device it removes (a virtio device's backend, below the
    // device's own path): those belong to that device's unplug, not to someone else's.
    for (const Unplug &u : std::as_const(m_unplugs)) {
        if (u.client == client && !path.isEmpty() && path.startsWith(u.qomPath + u'/'))
            return;
    }
    Unplug u;
    u.client = client;
    if (const Watch *w = watchOf(client))
        u.connection = w->name;
    u.device = device.isEmpty() ? path : device;
    u.qomPath = path.isEmpty() ? qomPathOf(device) : path;
    u.state = State::CompletedElsewhere;
    u.events = {event};
    u.detail = tr("no device_del from this app: another client asked for it, or it went with its bus");
    u.startedUsecs = event.receivedUsecs();
    u.serial = m_nextSerial++;
    const int row = int(m_unplugs.size());
    beginInsertRows({}, row, row);
    m_unplugs.append(u);
    endInsertRows();
    Q_EMIT stateChanged(row, u.state);
}

void UnplugTracker::onDisconnected(QmpClient *client)
{
    for (int row = 0; row < m_unplugs.size(); ++row) {
        const Unplug &u = m_unplugs.at(row);
        if (u.client == client && u.state == State::Pending)
            finish(row, State::Failed, tr("the connection closed before the unplug finished"));
    }
    releaseIdleWatches();
}

void UnplugTracker::onDestroyed()
{
    // The client's pointers are already null here: its unplugs are those without a client, and
    // releaseIdleWatches() drops its watch as one without a client.
    onDisconnected(nullptr);
}

void UnplugTracker::onTimeout(quint64 serial)
{
    for (int row = 0; row < m_unplugs.size(); ++row) {
        if (m_unplugs.at(row).serial != serial)
            continue;
        if (m_unplugs.at(row).state == State::Pending)
            finish(row, State::TimedOut, tr("no DEVICE_DELETED within %1 s; the guest has not released the device")
                                             .arg(m_timeoutMs / 1000.0, 0, 'f', 1));
        return;
    }
}

void UnplugTracker::finish(int row, State state, const QString &detail)
{
    Unplug &u = m_unplugs[row];
    u.state = state;
    u.detail = detail;
    u.finishedMs = u.timer.elapsed();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT stateChanged(row, state);
    if (pendingCount() == 0)
        m_ticker.stop();
    releaseIdleWatches();
}

void UnplugTracker::tick()
{
    for (int row = 0; row < m_unplugs.size(); ++row) {
        if (m_unplugs.at(row).state == State::Pending)
            Q_EMIT dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn), {Qt::DisplayRole, ElapsedMsRole});
    }
}

int UnplugTracker::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_unplugs.size());
}

int UnplugTracker::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnplugTracker::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unplug &u = m_unplugs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn: return u.device;
        case StateColumn: return stateName(u.state);
        case ElapsedColumn:
            if (u.state == State::CompletedElsewhere)
                return QString();
            return tr("%1 s").arg(elapsedMs(index.row()) / 1000.0, 0, 'f', 1);
        case ConnectionColumn: return u.connection;
        case DetailColumn: return u.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %n event(s) linked", nullptr, int(u.events.size())).arg(u.qomPath);
    case StateRole: return QVariant::fromValue(u.state);
    case ElapsedMsRole: return elapsedMs(index.row());
    case QomPathRole: return u.qomPath;
    case CommandRole: return QVariant::fromValue(u.command);
    case EventCountRole: return int(u.events.size());
    case ReplyRole: return QVariant::fromValue(u.reply);
    }
    return {};
}

QVariant UnplugTracker::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn: return tr("Device");
    case StateColumn: return tr("State");
    case ElapsedColumn: return tr("Elapsed");
    case ConnectionColumn: return tr("Connection");
    case DetailColumn: return tr("Detail");
    }
    return {};
}
