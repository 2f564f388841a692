// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "timelinefilter.h"

#include <QtCore/QAbstractProxyModel>
#include <QtCore/QPointer>

#include <vector>

class EventTimelineModel;

// The event timeline as filtered: an index of the matching rows, rebuilt in one pass when the
// filter changes (no per-row virtual calls, no JSON parsing) and extended as batches arrive.
// Its source must be an EventTimelineModel.
class TimelineFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterProxy(QObject *parent = nullptr);
    ~TimelineFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override; // an EventTimelineModel
    EventTimelineModel *timeline() const { return m_timeline; }

    void setFilter(const TimelineFilter &filter);
    TimelineFilter filter() const { return m_filter; }
    // Parts of the filter one at a time; each re-filters at once (debounce in the caller).
    void setHiddenNames(const QSet<QString> &names);
    void setText(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive, bool regularExpression = false);
    void setConnections(const QSet<QString> &connections);
    void setTimeRange(qint64 fromUsecs, qint64 toUsecs, TimelineFilter::TimeField field = TimelineFilter::TimeField::Received);
    void clearTimeRange();

    // Empty unless the text is a broken regular expression (then the text part is ignored).
    QString filterError() const { return m_matcher.errorString(); }
    // "N of M events".
    qsizetype shownCount() const { return qsizetype(m_index.size()) - m_indexStart; }
    qsizetype totalCount() const;
    QString countText() const;
    qint64 lastRefilterUsecs() const { return m_lastRefilterUsecs; } // how long the last re-filter took
    qint64 memoryBytes() const { return qint64(m_index.capacity()) * qint64(sizeof(qint64)); }

    int proxyRowForSerial(qint64 serial) const; // -1 when not shown

    // QAbstractProxyModel
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged(qsizetype shown, qsizetype total);
    void filterErrorChanged(const QString &error);

private:
    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceAboutToBeReset();
    void onSourceReset();
    qint64 serialAt(int proxyRow) const { return m_index[size_t(m_indexStart + proxyRow)]; }

    QPointer<EventTimelineModel> m_timeline;
    QList<QMetaObject::Connection> m_connections;
    TimelineFilter m_filter;
    TimelineMatcher m_matcher;
    // Serials of the matching rows, ascending; entries before m_indexStart are stale (dropped
    // from the front) and compacted away now and then.
    std::vector<qint64> m_index;
    qsizetype m_indexStart = 0;
    std::vector<qint64> m_fresh; // matches of the batch being inserted
    qsizetype m_pendingRemoval = 0;
    qint64 m_lastRefilterUsecs = 0;
};
