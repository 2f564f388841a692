// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinefilterproxy.h"

#include "eventtimelinemodel.h"

#include <QtCore/QElapsedTimer>

#include <algorithm>

TimelineFilterProxy::TimelineFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

TimelineFilterProxy::~TimelineFilterProxy() = default;

void TimelineFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *timeline = qobject_cast<EventTimelineModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || timeline, "TimelineFilterProxy", "the source must be an EventTimelineModel");
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(timeline);
    m_timeline = timeline;
    if (timeline) {
        m_connections = {
            connect(timeline, &QAbstractItemModel::rowsInserted, this, &TimelineFilterProxy::onRowsInserted),
            connect(timeline, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TimelineFilterProxy::onRowsAboutToBeRemoved),
            connect(timeline, &QAbstractItemModel::rowsRemoved, this, &TimelineFilterProxy::onRowsRemoved),
            connect(timeline, &QAbstractItemModel::dataChanged, this, &TimelineFilterProxy::onDataChanged),
            connect(timeline, &QAbstractItemModel::modelAboutToBeReset, this, &TimelineFilterProxy::onSourceAboutToBeReset),
            connect(timeline, &QAbstractItemModel::modelReset, this, &TimelineFilterProxy::onSourceReset),
            connect(timeline, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    m_matcher = TimelineMatcher(m_filter);
    rebuild();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
}

void TimelineFilterProxy::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    m_index.clear();
    m_indexStart = 0;
    if (m_timeline && m_timeline->rowCount() > 0) {
        if (!m_filter.isEmpty() && m_index.capacity() == 0)
            m_index.reserve(size_t(m_timeline->rowCount()) / 4);
        m_matcher.collect(m_timeline->store(), 0, m_timeline->rowCount() - 1, m_index);
    }
    m_lastRefilterUsecs = timer.nsecsElapsed() / 1000;
}

void TimelineFilterProxy::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    const QString oldError = m_matcher.errorString();
    m_filter = filter;
    beginResetModel();
    m_matcher = TimelineMatcher(m_filter);
    rebuild();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
    if (m_matcher.errorString() != oldError)
        emit filterErrorChanged(m_matcher.errorString());
}

void TimelineFilterProxy::setHiddenNames(const QSet<QString> &names)
{
    TimelineFilter f = m_filter;
    f.hiddenNames = names;
    setFilter(f);
}

void TimelineFilterProxy::setText(const QString &text, Qt::CaseSensitivity cs, bool regularExpression)
{
    TimelineFilter f = m_filter;
    f.text = text;
    f.caseSensitivity = cs;
    f.regularExpression = regularExpression;
    setFilter(f);
}

void TimelineFilterProxy::setConnections(const QSet<QString> &connections)
{
    TimelineFilter f = m_filter;
    f.connections = connections;
    setFilter(f);
}

void TimelineFilterProxy::setTimeRange(qint64 fromUsecs, qint64 toUsecs, TimelineFilter::TimeField field)
{
    TimelineFilter f = m_filter;
    f.fromUsecs = fromUsecs;
    f.toUsecs = toUsecs;
    f.timeField = field;
    setFilter(f);
}

void TimelineFilterProxy::clearTimeRange()
{
    setTimeRange(TimelineFilter().fromUsecs, TimelineFilter().toUsecs, m_filter.timeField);
}

qsizetype TimelineFilterProxy::totalCount() const
{
    return m_timeline ? m_timeline->rowCount() : 0;
}

QString TimelineFilterProxy::countText() const
{
    return tr("%1 of %n events", nullptr, int(totalCount())).arg(shownCount());
}

void TimelineFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_fresh.clear();
    m_matcher.collect(m_timeline->store(), first, last, m_fresh);
    if (!m_fresh.empty()) {
        const int proxyFirst = int(shownCount());
        beginInsertRows({}, proxyFirst, proxyFirst + int(m_fresh.size()) - 1);
        m_index.insert(m_index.end(), m_fresh.begin(), m_fresh.end());
        endInsertRows();
    }
    emit countsChanged(shownCount(), totalCount());
}

void TimelineFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    // The timeline drops only from the front: serials below the cut leave the index.
    Q_ASSERT(first == 0);
    if (parent.isValid())
        return;
    const qint64 cut = m_timeline->store().firstSerial() + last + 1;
    const auto begin = m_index.begin() + m_indexStart;
    m_pendingRemoval = std::lower_bound(begin, m_index.end(), cut) - begin;
    if (m_pendingRemoval > 0)
        beginRemoveRows({}, 0, int(m_pendingRemoval - 1));
}

void TimelineFilterProxy::onRowsRemoved(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    if (m_pendingRemoval > 0) {
        m_indexStart += m_pendingRemoval;
        m_pendingRemoval = 0;
        if (m_indexStart > qsizetype(m_index.size()) / 2) {
            m_index.erase(m_index.begin(), m_index.begin() + m_indexStart);
            m_indexStart = 0;
        }
        endRemoveRows();
    }
    emit countsChanged(shownCount(), totalCount());
}

void TimelineFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const QModelIndex a = mapFromSource(topLeft);
    const QModelIndex b = mapFromSource(bottomRight);
    if (a.isValid() && b.isValid())
        emit dataChanged(a, b, roles);
}

void TimelineFilterProxy::onSourceAboutToBeReset()
{
    beginResetModel();
}

void TimelineFilterProxy::onSourceReset()
{
    // Names known to the matcher are gone with the rows.
    m_matcher = TimelineMatcher(m_filter);
    rebuild();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
}

int TimelineFilterProxy::proxyRowForSerial(qint64 serial) const
{
    const auto begin = m_index.begin() + m_indexStart;
    const auto it = std::lower_bound(begin, m_index.end(), serial);
    return (it != m_index.end() && *it == serial) ? int(it - begin) : -1;
}

QModelIndex TimelineFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_timeline || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = m_timeline->rowForSerial(serialAt(proxyIndex.row()));
    return row < 0 ? QModelIndex() : m_timeline->index(row, proxyIndex.column());
}

QModelIndex TimelineFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_timeline || !sourceIndex.isValid())
        return {};
    const int row = proxyRowForSerial(m_timeline->serial(sourceIndex.row()));
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TimelineFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TimelineFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int TimelineFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownCount());
}

int TimelineFilterProxy::columnCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_timeline) ? 0 : m_timeline->columnCount();
}

bool TimelineFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex TimelineFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QVariant TimelineFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_timeline)
        return m_timeline->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
