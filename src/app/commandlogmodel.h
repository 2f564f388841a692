// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmperror.h"
#include "qmpvalue.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>

class QmpReply;

// Every command sent on the live connections and its reply, oldest first: the reply list.
// Rows are added when a command is sent and updated when its reply (or error) arrives. The
// model keeps its own copy of request and response, so replies may be deleted at any time.
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ConnectionColumn, CommandColumn, RoundTripColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RequestRole = Qt::UserRole, // QmpValue: the message sent
        ResponseRole,               // QmpValue: the reply as received; Undefined when none came
        RawResponseRole,            // QByteArray: the reply's bytes as received
        StatusRole,                 // int, Status
        IsErrorRole,                // bool: finished with any error
        ErrorRole,                  // QString: "CLASS: desc", or what went wrong locally
        ErrorClassRole,             // QString: the server's error class, for Execute errors
        SentUsecsRole,              // qint64: microseconds since the epoch
        RoundTripNsecsRole,         // qint64, -1 while pending or when no reply came
        ConnectionNameRole,         // QString
        HmpCommandLineRole,         // QString: the HMP line of a human-monitor-command, else empty
    };
    Q_ENUM(Role)
    enum class Status { Pending, Ok, Error };
    Q_ENUM(Status)

    struct Entry
    {
        qint64 sentUsecs = 0;
        QString connection;
        QString command;
        QmpValue request;
        QmpValue response;
        QByteArray rawResponse;
        qint64 roundTripNsecs = -1;
        Status status = Status::Pending;
        QmpError error;
    };

    explicit CommandLogModel(QObject *parent = nullptr);

    // Logs a command sent on `connection` and follows reply until it finishes.
    void addReply(const QString &connection, QmpReply *reply);
    // Logs an entry as it is (a pending one stays pending: for loading a saved session).
    void append(const Entry &entry);
    Entry entry(int row) const;
    // The line a person typed when request is a human-monitor-command; empty for anything else.
    static QString hmpCommandLine(const QmpValue &request);
    void clear();

    int limit() const { return m_limit; }
    void setLimit(int rows); // default 10000; the oldest rows go first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        quint64 serial;
        Entry entry;
    };
    int rowOf(quint64 serial) const;
    void finish(quint64 serial, QmpReply *reply);
    void trim();

    QList<Row> m_rows;
    quint64 m_nextSerial = 0;
    QHash<QmpReply *, quint64> m_pending;
    int m_limit = 10000;
};
