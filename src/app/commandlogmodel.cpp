// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlogmodel.h"

#include "qmpreply.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// A raw message has no command name of its own: take it from what was sent.
QString commandOf(const QmpValue &request)
{
    for (const auto key : {u"execute", u"exec-oob"}) {
        const QmpValue v = request.value(key);
        if (v.isString())
            return v.stringRef();
    }
    return request.toDisplayString(60);
}

} // namespace

CommandLogModel::CommandLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommandLogModel::addReply(const QString &connection, QmpReply *reply)
{
    Entry e;
    e.sentUsecs = reply->sentUsecs() > 0 ? reply->sentUsecs() : QDateTime::currentMSecsSinceEpoch() * 1000;
    e.connection = connection;
    e.request = reply->request();
    e.command = reply->command().isEmpty() ? commandOf(e.request) : reply->command();
    const quint64 serial = m_nextSerial;
    append(e);
    m_pending.insert(reply, serial);
    connect(reply, &QmpReply::finished, this, [this, reply] {
        if (const auto it = m_pending.constFind(reply); it != m_pending.cend()) {
            const quint64 serial = *it;
            m_pending.erase(it);
            finish(serial, reply);
        }
    });
    connect(reply, &QObject::destroyed, this, [this, reply] {
        // Deleted before it finished: nothing will ever come.
        if (const auto it = m_pending.constFind(reply); it != m_pending.cend()) {
            const int row = rowOf(*it);
            m_pending.erase(it);
            if (row >= 0) {
                Entry &e = m_rows[row].entry;
                e.status = Status::Error;
                e.error = QmpError(QmpError::Aborted, tr("the reply was discarded before it arrived"));
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    });
}

void CommandLogModel::finish(quint64 serial, QmpReply *reply)
{
    const int row = rowOf(serial);
    if (row < 0)
        return; // trimmed away meanwhile
    Entry &e = m_rows[row].entry;
    e.response = reply->response();
    e.rawResponse = reply->rawResponse();
    e.roundTripNsecs = reply->roundTripNsecs();
    e.error = reply->error();
    e.status = e.error.isError() ? Status::Error : Status::Ok;
    if (e.request.isUndefined())
        e.request = reply->request();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CommandLogModel::append(const Entry &entry)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({m_nextSerial++, entry});
    endInsertRows();
    trim();
}

void CommandLogModel::trim()
{
    if (m_rows.size() <= m_limit)
        return;
    const int excess = int(m_rows.size()) - m_limit;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
}

int CommandLogModel::rowOf(quint64 serial) const
{
    if (m_rows.isEmpty() || serial < m_rows.constFirst().serial)
        return -1;
    const quint64 row = serial - m_rows.constFirst().serial; // serials are consecutive
    return row < quint64(m_rows.size()) ? int(row) : -1;
}

QString CommandLogModel::hmpCommandLine(const QmpValue &request)
{
    if (request.value(u"execute").toString() != u"human-monitor-command"_s)
        return {};
    const QmpValue line = request.value(u"arguments").value(u"command-line");
    return line.isString() ? line.stringRef() : QString();
}

CommandLogModel::Entry CommandLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry : Entry();
}

void CommandLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    // Pending replies stay in m_pending; rowOf() no longer finds them, so they update nothing.
}

void CommandLogModel::setLimit(int rows)
{
    m_limit = qMax(1, rows);
    trim();
}

int CommandLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommandLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row()).entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.sentUsecs / 1000).toString(u"HH:mm:ss.zzz"_s);
        case ConnectionColumn: return e.connection;
        case CommandColumn:
            // The wrapper's name says nothing; the line is what the person typed and looks for.
            if (const QString line = hmpCommandLine(e.request); !line.isEmpty())
                return tr("HMP: %1").arg(line);
            return e.command;
        case RoundTripColumn:
            if (e.roundTripNsecs < 0)
                return {};
            return tr("%1 ms").arg(QLocale().toString(double(e.roundTripNsecs) / 1e6, 'f', 3));
        case StatusColumn:
            switch (e.status) {
            case Status::Pending: return tr("pending");
            case Status::Ok: return tr("ok");
            case Status::Error:
                return e.error.kind() == QmpError::Execute ? e.error.errorClass() : QmpError::kindName(e.error.kind());
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (e.status == Status::Error)
            return e.error.message();
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(e.sentUsecs / 1000).toString(Qt::ISODateWithMs);
        case ConnectionColumn: return e.connection;
        case CommandColumn: return e.request.isUndefined() ? e.command : QString::fromUtf8(e.request.toJson());
        }
        return {};
    case RequestRole: return QVariant::fromValue(e.request);
    case ResponseRole: return QVariant::fromValue(e.response);
    case RawResponseRole: return e.rawResponse;
    case StatusRole: return int(e.status);
    case IsErrorRole: return e.status == Status::Error;
    case ErrorRole: return e.error.isError() ? e.error.message() : QString();
    case ErrorClassRole: return e.error.errorClass();
    case SentUsecsRole: return e.sentUsecs;
    case RoundTripNsecsRole: return e.roundTripNsecs;
    case ConnectionNameRole: return e.connection;
    case HmpCommandLineRole: return hmpCommandLine(e.request);
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Sent");
    case ConnectionColumn: return tr("Connection");
    case CommandColumn: return tr("Command");
    case RoundTripColumn: return tr("Round trip");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> CommandLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RequestRole, "request");
    names.insert(ResponseRole, "response");
    names.insert(RawResponseRole, "rawResponse");
    names.insert(StatusRole, "status");
    names.insert(IsErrorRole, "isError");
    names.insert(ErrorRole, "error");
    names.insert(ErrorClassRole, "errorClass");
    names.insert(SentUsecsRole, "sentUsecs");
    names.insert(RoundTripNsecsRole, "roundTripNsecs");
    names.insert(ConnectionNameRole, "connectionName");
    names.insert(HmpCommandLineRole, "hmpCommandLine");
    return names;
}
