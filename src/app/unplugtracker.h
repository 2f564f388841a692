// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpevent.h"
#include "qmpvalue.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

class CommandWatcher;
class QmpClient;

// Every device_del sent through a QmpClient (from anywhere in the app) and what became of it:
// pending from the command on, with the time elapsed, until DEVICE_DELETED (completed),
// DEVICE_UNPLUG_GUEST_ERROR (failed), an error reply (rejected) or the timeout (timed out). A
// PCIe device waits for a guest that may never answer; this is where that becomes visible.
// A DEVICE_DELETED no device_del of ours asked for (another client on the same QEMU, or a
// device that went with its bus) is listed too, as completed elsewhere, with no elapsed time.
// One history for every connection, each row named by its connection: an unplug keeps
// listening to its own connection until it ends, whichever connection is current by then.
class UnplugTracker : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The connection after the state: in a narrow dock what became of an unplug comes first.
    enum Column { DeviceColumn, StateColumn, ElapsedColumn, ConnectionColumn, DetailColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole, // State
        ElapsedMsRole,            // qint64
        QomPathRole,              // the device's QOM path
        CommandRole,              // the device_del message as sent (QmpValue)
        EventCountRole,           // how many events were linked to it
        ReplyRole,                // device_del's reply (QmpValue), Undefined until it came
    };
    enum class State { Pending, Completed, Failed, TimedOut, Rejected, CompletedElsewhere };
    Q_ENUM(State)

    struct Unplug
    {
        QString device;   // the id argument: a device id or a QOM path
        QString qomPath;
        QPointer<QmpClient> client; // the connection it happened on; null once that is gone
        QString connection;         // that connection's name
        State state = State::Pending;
        QmpValue command; // as sent, with its id; Undefined when completed elsewhere
        QmpValue reply;   // Undefined until it came
        QList<QmpEvent> events;
        QString detail;   // why it failed or was rejected; a note for late completions
        qint64 startedUsecs = 0;
        qint64 finishedMs = -1; // elapsed at the end; -1 while pending
        quint64 serial = 0;
        QElapsedTimer timer;
    };

    explicit UnplugTracker(QObject *parent = nullptr);
    ~UnplugTracker() override;

    // The current connection: every device_del sent on it is followed, and every DEVICE_DELETED
    // it reports is listed. connectionName fills the Connection column (empty: the address).
    // Unplugs of an earlier current connection go on listening to it until they end.
    void setClient(QmpClient *client, const QString &connectionName = {});
    QmpClient *client() const { return m_client; }
    // How long an unplug may stay pending; 0: for ever. Applies to unplugs started afterwards.
    void setTimeout(int ms) { m_timeoutMs = qMax(0, ms); }
    int timeout() const { return m_timeoutMs; }

    int count() const { return int(m_unplugs.size()); }
    Unplug unplug(int row) const { return m_unplugs.value(row); }
    State state(int row) const { return m_unplugs.value(row).state; }
    qint64 elapsedMs(int row) const; // -1 when unknown (completed elsewhere)
    // The most recent unplug of a device (id or QOM path) on the current connection; -1 when none.
    int rowForDevice(const QString &deviceOrPath) const;
    int pendingCount() const;
    void removeFinished();

    static QString stateName(State state); // translated, for people

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unplugStarted(int row);
    void stateChanged(int row, UnplugTracker::State state);

private:
    // A connection listened to: the current one, and any other with an unplug not yet over.
    struct Watch
    {
        QmpClient *key; // compared only: the client may be in its destructor
        QPointer<QmpClient> client;
        CommandWatcher *watcher;
        QString name;
    };
    Watch *watchOf(const QmpClient *client);
    void watch(QmpClient *client, const QString &name);
    void releaseIdleWatches();
    bool isOpenOn(const QmpClient *client) const;
    void onSent(QmpClient *client, const QmpValue &message);
    void onFinished(QmpClient *client, const QmpValue &message, const QmpValue &reply);
    void onEvent(QmpClient *client, const QmpEvent &event);
    void addCompletedElsewhere(QmpClient *client, const QmpEvent &event);
    void onDisconnected(QmpClient *client);
    void onDestroyed();
    void onTimeout(quint64 serial);
    void finish(int row, State state, const QString &detail);
    void tick();

    QPointer<QmpClient> m_client;
    QList<Watch> m_watches;
    QList<Unplug> m_unplugs;
    QTimer m_ticker; // refreshes the elapsed column while something is pending
    int m_timeoutMs = 30000;
    quint64 m_nextSerial = 1;
};
