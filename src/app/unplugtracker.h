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
class UnplugTracker : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DeviceColumn, StateColumn, ElapsedColumn, DetailColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole, // State
        ElapsedMsRole,            // qint64
        QomPathRole,              // the device's QOM path
        CommandRole,              // the device_del message as sent (QmpValue)
        EventCountRole,           // how many events were linked to it
    };
    enum class State { Pending, Completed, Failed, TimedOut, Rejected, CompletedElsewhere };
    Q_ENUM(State)

    struct Unplug
    {
        QString device;   // the id argument: a device id or a QOM path
        QString qomPath;
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

    void setClient(QmpClient *client);
    QmpClient *client() const { return m_client; }
    // How long an unplug may stay pending; 0: for ever. Applies to unplugs started afterwards.
    void setTimeout(int ms) { m_timeoutMs = qMax(0, ms); }
    int timeout() const { return m_timeoutMs; }

    int count() const { return int(m_unplugs.size()); }
    Unplug unplug(int row) const { return m_unplugs.value(row); }
    State state(int row) const { return m_unplugs.value(row).state; }
    qint64 elapsedMs(int row) const; // -1 when unknown (completed elsewhere)
    // The most recent unplug of a device (id or QOM path); -1 when none.
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
    void onSent(const QString &command, const QmpValue &message);
    void onFinished(const QString &command, const QmpValue &message, const QmpValue &reply);
    void onEvent(const QmpEvent &event);
    void addCompletedElsewhere(const QmpEvent &event);
    void onDisconnected();
    void onTimeout(quint64 serial);
    void finish(int row, State state, const QString &detail);
    void tick();

    QPointer<QmpClient> m_client;
    CommandWatcher *m_watcher;
    QList<Unplug> m_unplugs;
    QTimer m_ticker; // refreshes the elapsed column while something is pending
    int m_timeoutMs = 30000;
    quint64 m_nextSerial = 1;
};
