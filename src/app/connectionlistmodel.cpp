// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionlistmodel.h"

#include "connectionsession.h"

using namespace Qt::Literals::StringLiterals;

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ConnectionListModel::~ConnectionListModel()
{
    // Sessions are children; drop their signals before they go, or they would reach a half-dead model.
    for (ConnectionSession *s : std::as_const(m_sessions))
        s->disconnect(this);
}

void ConnectionListModel::addSession(ConnectionSession *session)
{
    if (!session || m_sessions.contains(session))
        return;
    const int row = int(m_sessions.size());
    beginInsertRows({}, row, row);
    session->setParent(this);
    m_sessions.append(session);
    endInsertRows();
    auto changed = [this, session] { rowChanged(session); };
    connect(session, &ConnectionSession::stateChanged, this, changed);
    connect(session, &ConnectionSession::qemuVersionChanged, this, changed);
    connect(session, &ConnectionSession::runStateChanged, this, changed);
    connect(session, &ConnectionSession::lastErrorChanged, this, changed);
    connect(session, &ConnectionSession::nameChanged, this, changed);
    connect(session, &ConnectionSession::profileChanged, this, changed);
    connect(session, &ConnectionSession::noteChanged, this, changed);
}

void ConnectionListModel::removeSession(ConnectionSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    Q_EMIT sessionAboutToBeRemoved(session);
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
    session->disconnect(this);
    delete session;
}

void ConnectionListModel::clear()
{
    while (!m_sessions.isEmpty())
        removeSession(m_sessions.constLast());
}

ConnectionSession *ConnectionListModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row) : nullptr;
}

int ConnectionListModel::rowOf(const ConnectionSession *session) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row) == session)
            return row;
    }
    return -1;
}

QModelIndex ConnectionListModel::indexOf(const ConnectionSession *session, int column) const
{
    const int row = rowOf(session);
    return row < 0 ? QModelIndex() : index(row, column);
}

ConnectionSession *ConnectionListModel::sessionForProfile(const QString &profileId) const
{
    if (profileId.isEmpty())
        return nullptr;
    for (ConnectionSession *s : m_sessions) {
        if (s->profile().id == profileId)
            return s;
    }
    return nullptr;
}

void ConnectionListModel::rowChanged(ConnectionSession *session)
{
    const int row = rowOf(session);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionSession *s = m_sessions.at(index.row());
    const bool failed = !s->lastError().isEmpty() && !s->isConnected();
    const QString stateText = failed && s->state() == ConnectionSession::State::Disconnected
        ? tr("failed")
        : ConnectionSession::stateName(s->state());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s->name();
        case AddressColumn: return s->address();
        case StateColumn: return stateText;
        case VersionColumn: return s->qemuVersion().section(u' ', 0, 0); // the package is in the tooltip
        case RunStateColumn: return s->runState();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 at %2: %3").arg(s->name(), s->address(), stateText)};
        if (!s->qemuVersion().isEmpty())
            lines.append(tr("QEMU %1").arg(s->qemuVersion()));
        if (!s->lastError().isEmpty())
            lines.append(s->lastError());
        if (!s->note().isEmpty())
            lines.append(s->note());
        if (const QString warning = s->securityWarning(); !warning.isEmpty())
            lines.append(tr("Warning: %1").arg(warning));
        return lines.join(u'\n');
    }
    case SessionRole: return QVariant::fromValue(const_cast<ConnectionSession *>(s));
    case StateRole: return int(s->state());
    case LastErrorRole: return s->lastError();
    case FailedRole: return failed;
    case ProfileIdRole: return s->profile().id;
    case NoteRole: return s->note();
    case SecurityWarningRole: return s->securityWarning();
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case AddressColumn: return tr("Address");
    case StateColumn: return tr("State");
    case VersionColumn: return tr("QEMU");
    case RunStateColumn: return tr("VM");
    }
    return {};
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SessionRole, "session");
    names.insert(StateRole, "state");
    names.insert(LastErrorRole, "lastError");
    names.insert(ProfileIdRole, "profileId");
    names.insert(NoteRole, "note");
    names.insert(FailedRole, "failed");
    names.insert(SecurityWarningRole, "securityWarning");
    return names;
}
