// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "eventtimelinestore.h"
#include "qmpevent.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QCache>
#include <QtCore/QTimer>

// Every event of every connection in arrival order, newest at the bottom. Built for floods:
// events are stored as their raw bytes (parsed only when a row is looked at), appended into a
// pending batch that reaches views as one insertion every batchInterval(), and bounded by
// maxEvents() (the oldest go first, in chunks).
class EventTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QemuTimeColumn, ReceivedTimeColumn, ConnectionColumn, NameColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawJsonRole = Qt::UserRole, // QByteArray: the event exactly as received
        EventRole,                  // QmpEvent, parsed on demand
        NameRole,                   // QString
        ConnectionIdRole,           // int
        ConnectionNameRole,         // QString
        QemuTimestampRole,          // qint64 microseconds since the epoch, -1 unknown
        ReceivedTimeRole,           // qint64 microseconds since the epoch, -1 unknown
        SerialRole,                 // qint64: stable id of the row, survives older rows being dropped
        DataJsonRole,               // QByteArray: the "data" member as received
    };
    Q_ENUM(Role)

    static constexpr qsizetype DefaultMaxEvents = 1000000;
    static constexpr int DefaultBatchIntervalMs = 50;

    explicit EventTimelineModel(QObject *parent = nullptr);
    ~EventTimelineModel() override;

    // --- adding events ---
    // A connection's id for the connection column and filter; registered on first use.
    quint16 connectionId(const QString &connectionName);
    QString connectionName(quint16 id) const { return m_store.connectionName(id); }
    QStringList connectionNames() const;
    void appendEvent(const QmpEvent &event, quint16 connectionId);
    // Without a QmpEvent: line is the event's JSON exactly as received (one line), name its
    // "event" member in UTF-8, times in microseconds since the epoch (-1 unknown). For floods,
    // benchmarks and opening logs.
    void appendRaw(QByteArrayView line, QByteArrayView name, qint64 qemuUsecs, qint64 receivedUsecs,
                   quint16 connectionId);
    // Checks and appends one line of an event log; false with *error set when it is not an event.
    bool appendLine(QByteArrayView line, qint64 receivedUsecs, quint16 connectionId, QString *error = nullptr);

    // Shows the pending batch now (also done by a timer every batchInterval()).
    void flush();
    qsizetype pendingCount() const { return m_store.size() - m_visible; }
    void setBatchInterval(int ms);
    int batchInterval() const { return m_timer.interval(); }

    // The cap: when exceeded, the oldest events are dropped (maxEvents() / 16 extra at once, so
    // a flood does not remove rows on every batch). 0 means no cap.
    void setMaxEvents(qsizetype max);
    qsizetype maxEvents() const { return m_maxEvents; }
    qint64 droppedCount() const { return m_dropped; } // dropped by the cap since the last clear()

    void clear();

    // --- reading ---
    const EventTimelineStore &store() const { return m_store; }
    QByteArray rawJson(int row) const;
    QmpEvent event(int row) const;
    qint64 serial(int row) const { return m_store.firstSerial() + row; }
    int rowForSerial(qint64 serial) const; // -1 when dropped or unknown
    // A one-line text of the event's "data": its JSON without blanks, cut at maxChars.
    QString summary(int row, int maxChars = 200) const;
    qint64 memoryBytes() const { return m_store.memoryBytes(); }

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString formatTime(qint64 usecs);     // "hh:mm:ss.uuuuuu" local time, "—" unknown
    static QString formatDateTime(qint64 usecs); // with the date, for tooltips

signals:
    // The cap removed count events (also seen as rowsRemoved at the top).
    void eventsDropped(qint64 count);

private:
    void scheduleFlush();
    void enforceCap();

    EventTimelineStore m_store;
    qsizetype m_visible = 0; // rows views know of; the rest of the store is the pending batch
    qsizetype m_maxEvents = DefaultMaxEvents;
    qint64 m_dropped = 0;
    QTimer m_timer;
    mutable QCache<qint64, QmpEvent> m_parsed;
};
