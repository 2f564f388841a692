// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventtimelinemodel.h"

#include "eventlinescanner.h"

#include <QtCore/QDateTime>

namespace {
// A flood that no event loop turn interrupts (a log being opened, a benchmark) still reaches
// views in bounded batches.
constexpr qsizetype MaxPending = 1 << 16;
} // namespace

EventTimelineModel::EventTimelineModel(QObject *parent) : QAbstractTableModel(parent), m_parsed(64)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultBatchIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventTimelineModel::flush);
}

EventTimelineModel::~EventTimelineModel() = default;

quint16 EventTimelineModel::connectionId(const QString &connectionName)
{
    return m_store.connectionId(connectionName);
}

QStringList EventTimelineModel::connectionNames() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_store.connectionCount(); ++i)
        names.append(m_store.connectionName(quint16(i)));
    return names;
}

void EventTimelineModel::appendEvent(const QmpEvent &event, quint16 connectionId)
{
    const QByteArray raw = event.raw();
    m_store.append(raw, m_store.nameId(event.name()), connectionId, event.timestampUsecs(), event.receivedUsecs());
    scheduleFlush();
}

void EventTimelineModel::appendRaw(QByteArrayView line, QByteArrayView name, qint64 qemuUsecs,
                                   qint64 receivedUsecs, quint16 connectionId)
{
    m_store.append(line, m_store.nameId(name), connectionId, qemuUsecs, receivedUsecs);
    scheduleFlush();
}

bool EventTimelineModel::appendLine(QByteArrayView line, qint64 receivedUsecs, quint16 connectionId, QString *error)
{
    EventLineScanner scanner;
    if (!scanner.scan(line)) {
        if (error)
            *error = tr("not JSON at byte %1: %2").arg(scanner.errorOffset()).arg(scanner.errorString());
        return false;
    }
    if (!scanner.isEvent()) {
        if (error)
            *error = tr("not a QMP event: no \"event\" name");
        return false;
    }
    const EventLineScanner::Member *data = scanner.member("data");
    // Keep the object itself, without blanks or a CR around it.
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    while (end > start && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    m_store.append(line.sliced(start, end - start), m_store.nameId(scanner.eventName()), connectionId,
                   scanner.timestampUsecs(), receivedUsecs, data ? data->offset - start : 0, data ? data->length : 0);
    scheduleFlush();
    return true;
}

void EventTimelineModel::scheduleFlush()
{
    if (pendingCount() >= MaxPending || (m_maxEvents > 0 && m_store.size() > m_maxEvents + m_maxEvents / 16)) {
        flush();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void EventTimelineModel::setBatchInterval(int ms)
{
    m_timer.setInterval(ms);
}

void EventTimelineModel::flush()
{
    m_timer.stop();
    enforceCap();
    if (m_store.size() > m_visible) {
        beginInsertRows({}, int(m_visible), int(m_store.size() - 1));
        m_visible = m_store.size();
        endInsertRows();
    }
}

void EventTimelineModel::enforceCap()
{
    if (m_maxEvents <= 0 || m_store.size() <= m_maxEvents)
        return;
    const qsizetype drop = std::min(m_store.size(), m_store.size() - m_maxEvents + m_maxEvents / 16);
    // Rows of the pending batch views never saw go without a signal.
    const qsizetype visibleDrop = std::min(drop, m_visible);
    if (visibleDrop > 0)
        beginRemoveRows({}, 0, int(visibleDrop - 1));
    m_store.dropFront(drop);
    m_visible -= visibleDrop;
    m_dropped += drop;
    m_parsed.clear();
    if (visibleDrop > 0)
        endRemoveRows();
    emit eventsDropped(drop);
}

void EventTimelineModel::setMaxEvents(qsizetype max)
{
    m_maxEvents = std::max<qsizetype>(0, max);
    flush();
}

void EventTimelineModel::clear()
{
    m_timer.stop();
    beginResetModel();
    m_store.clear();
    m_visible = 0;
    m_dropped = 0;
    m_parsed.clear();
    endResetModel();
}

QByteArray EventTimelineModel::rawJson(int row) const
{
    if (row < 0 || row >= m_visible)
        return {};
    return m_store.raw(row).toByteArray();
}

QmpEvent EventTimelineModel::event(int row) const
{
    if (row < 0 || row >= m_visible)
        return {};
    const qint64 s = serial(row);
    if (const QmpEvent *cached = m_parsed.object(s))
        return *cached;
    const EventTimelineStore::Record &r = m_store.record(row);
    QmpEvent e = QmpEvent::fromJson(m_store.raw(row).toByteArray(), nullptr, r.receivedUsecs != 0 ? r.receivedUsecs : -1);
    m_parsed.insert(s, new QmpEvent(e));
    return e;
}

int EventTimelineModel::rowForSerial(qint64 serial) const
{
    const qint64 row = serial - m_store.firstSerial();
    return (row >= 0 && row < m_visible) ? int(row) : -1;
}

QString EventTimelineModel::summary(int row, int maxChars) const
{
    if (row < 0 || row >= m_visible)
        return {};
    const QByteArrayView data = m_store.data(row);
    // Compact the JSON text as it came (numbers stay exactly as sent), stopping early: only
    // the first maxChars characters are shown.
    QByteArray out;
    const qsizetype limit = qsizetype(maxChars) * 4 + 4;
    out.reserve(std::min(data.size(), limit));
    bool inString = false;
    qsizetype i = 0;
    for (; i < data.size() && out.size() < limit; ++i) {
        const char c = data[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < data.size())
                out.append(data[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            out.append(c);
        }
    }
    QString s = QString::fromUtf8(out);
    if (s.size() > maxChars || i < data.size())
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

int EventTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible);
}

int EventTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTimelineModel::formatTime(qint64 usecs)
{
    if (usecs < 0)
        return QStringLiteral("\u2014");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(usecs / 1000);
    return t.toString(QStringLiteral("HH:mm:ss.")) + QString::number(usecs % 1000000).rightJustified(6, u'0');
}

QString EventTimelineModel::formatDateTime(qint64 usecs)
{
    if (usecs < 0)
        return tr("unknown");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(usecs / 1000);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.")) + QString::number(usecs % 1000000).rightJustified(6, u'0');
}

QVariant EventTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const EventTimelineStore::Record &r = m_store.record(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QemuTimeColumn:
            return formatTime(r.qemuUsecs);
        case ReceivedTimeColumn:
            return formatTime(r.receivedUsecs);
        case ConnectionColumn:
            return m_store.connectionName(r.connectionId);
        case NameColumn:
            return m_store.name(r.nameId);
        case SummaryColumn:
            return summary(row);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QemuTimeColumn:
            return formatDateTime(r.qemuUsecs);
        case ReceivedTimeColumn:
            return formatDateTime(r.receivedUsecs);
        case SummaryColumn:
            return summary(row, 2000);
        }
        return {};
    case RawJsonRole:
        return rawJson(row);
    case EventRole:
        return QVariant::fromValue(event(row));
    case NameRole:
        return m_store.name(r.nameId);
    case ConnectionIdRole:
        return int(r.connectionId);
    case ConnectionNameRole:
        return m_store.connectionName(r.connectionId);
    case QemuTimestampRole:
        return r.qemuUsecs;
    case ReceivedTimeRole:
        return r.receivedUsecs;
    case SerialRole:
        return serial(row);
    case DataJsonRole:
        return m_store.data(row).toByteArray();
    }
    return {};
}

QVariant EventTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QemuTimeColumn:
        return tr("QEMU time");
    case ReceivedTimeColumn:
        return tr("Received");
    case ConnectionColumn:
        return tr("Connection");
    case NameColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("Data");
    }
    return {};
}

QHash<int, QByteArray> EventTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawJsonRole, "rawJson");
    names.insert(EventRole, "event");
    names.insert(NameRole, "name");
    names.insert(ConnectionIdRole, "connectionId");
    names.insert(ConnectionNameRole, "connectionName");
    names.insert(QemuTimestampRole, "qemuTimestamp");
    names.insert(ReceivedTimeRole, "receivedTime");
    names.insert(SerialRole, "serial");
    names.insert(DataJsonRole, "dataJson");
    return names;
}
