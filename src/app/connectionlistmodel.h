// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>

class ConnectionSession;

// The live connections of the console, one row per ConnectionSession, in the order they were
// added. The model owns its sessions: removeSession() deletes one (after sessionAboutToBeRemoved,
// so whoever follows its client can let go first).
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StateColumn, VersionColumn, RunStateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SessionRole = Qt::UserRole, // ConnectionSession *
        StateRole,                  // int, ConnectionSession::State
        LastErrorRole,              // QString, empty when the last attempt went well
        ProfileIdRole,              // QString, empty for an unsaved profile
        NoteRole,                   // QString, ConnectionSession::note()
        FailedRole,                 // bool: not connected, and the last attempt or connection failed
        SecurityWarningRole,        // QString, ConnectionSession::securityWarning(); empty when none
    };
    Q_ENUM(Role)

    explicit ConnectionListModel(QObject *parent = nullptr);
    ~ConnectionListModel() override;

    // Takes ownership and appends a row.
    void addSession(ConnectionSession *session);
    void removeSession(ConnectionSession *session);
    void clear();

    ConnectionSession *session(int row) const;
    ConnectionSession *session(const QModelIndex &index) const { return session(index.row()); }
    int rowOf(const ConnectionSession *session) const;
    QModelIndex indexOf(const ConnectionSession *session, int column = NameColumn) const;
    ConnectionSession *sessionForProfile(const QString &profileId) const;
    QList<ConnectionSession *> sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionAboutToBeRemoved(ConnectionSession *session);

private:
    void rowChanged(ConnectionSession *session);

    QList<ConnectionSession *> m_sessions;
};
