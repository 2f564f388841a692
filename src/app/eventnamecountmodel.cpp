// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventnamecountmodel.h"

#include "eventtimelinemodel.h"

#include <algorithm>

EventNameCountModel::EventNameCountModel(QObject *parent) : QAbstractTableModel(parent) {}

EventNameCountModel::~EventNameCountModel() = default;

void EventNameCountModel::setTimeline(EventTimelineModel *timeline)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_timeline = timeline;
    if (timeline) {
        m_connections = {
            connect(timeline, &QAbstractItemModel::rowsInserted, this, &EventNameCountModel::refresh),
            connect(timeline, &QAbstractItemModel::rowsRemoved, this, &EventNameCountModel::refresh),
            connect(timeline, &QAbstractItemModel::modelReset, this, &EventNameCountModel::reset),
            connect(timeline, &EventTimelineModel::eventsDropped, this, &EventNameCountModel::refresh),
        };
    }
    reset();
}

void EventNameCountModel::setKnownNames(const QStringList &names)
{
    if (names == m_schemaNames)
        return;
    m_schemaNames = names;
    const QSet<QString> known(names.cbegin(), names.cend());
    // From the back, so the rows still to look at keep their numbers.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[size_t(row)].id == NoId && !known.contains(m_entries[size_t(row)].name)) {
            beginRemoveRows({}, row, row);
            m_entries.erase(m_entries.begin() + row);
            endRemoveRows();
        }
    }
    for (const QString &name : names)
        insertEntry(name, NoId, 0);
}

void EventNameCountModel::setDescriptions(const QHash<QString, QString> &descriptions)
{
    m_descriptions = descriptions;
    if (!m_entries.empty())
        emit dataChanged(index(0, NameColumn), index(int(m_entries.size()) - 1, NameColumn), {Qt::ToolTipRole});
}

void EventNameCountModel::insertEntry(const QString &name, quint32 id, qsizetype count)
{
    const auto pos = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                                      [](const Entry &a, const QString &n) { return a.name < n; });
    const int row = int(pos - m_entries.begin());
    if (pos != m_entries.end() && pos->name == name) {
        // A known name's first event: the row stays, it now follows the store.
        if (id != NoId && pos->id == NoId) {
            pos->id = id;
            pos->count = count;
            emit dataChanged(index(row, NameColumn), index(row, CountColumn));
        }
        return;
    }
    beginInsertRows({}, row, row);
    m_entries.insert(pos, Entry{name, id, count});
    endInsertRows();
}

void EventNameCountModel::reset()
{
    beginResetModel();
    m_entries.clear();
    m_knownNames = 0;
    for (const QString &name : std::as_const(m_schemaNames))
        m_entries.push_back(Entry{name, NoId, 0});
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    m_entries.erase(std::unique(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.name == b.name; }),
                    m_entries.end());
    endResetModel();
    refresh();
}

void EventNameCountModel::refresh()
{
    if (!m_timeline)
        return;
    const EventTimelineStore &store = m_timeline->store();
    // Counts are those of the whole store; rows the timeline has not shown yet are few and
    // will be shown within one batch interval.
    for (qsizetype id = m_knownNames; id < store.nameCount(); ++id)
        insertEntry(store.name(quint32(id)), quint32(id), store.countOfName(quint32(id)));
    m_knownNames = store.nameCount();
    int firstChanged = -1;
    int lastChanged = -1;
    for (size_t row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const qsizetype c = e.id == NoId ? 0 : store.countOfName(e.id);
        if (c != e.count) {
            e.count = c;
            if (firstChanged < 0)
                firstChanged = int(row);
            lastChanged = int(row);
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, CountColumn), index(lastChanged, CountColumn), {Qt::DisplayRole, CountRole});
}

void EventNameCountModel::setHiddenNames(const QSet<QString> &names)
{
    if (names == m_hidden)
        return;
    m_hidden = names;
    if (!m_entries.empty())
        emit dataChanged(index(0, NameColumn), index(int(m_entries.size()) - 1, NameColumn), {Qt::CheckStateRole});
    emit hiddenNamesChanged(m_hidden);
}

void EventNameCountModel::setAllChecked(bool checked)
{
    QSet<QString> hidden;
    if (!checked) {
        for (const Entry &e : m_entries)
            hidden.insert(e.name);
    }
    setHiddenNames(hidden);
}

void EventNameCountModel::setChecked(const QString &name, bool checked)
{
    QSet<QString> hidden = m_hidden;
    if (checked)
        hidden.remove(name);
    else
        hidden.insert(name);
    setHiddenNames(hidden);
}

qsizetype EventNameCountModel::count(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return e.count;
    }
    return 0;
}

int EventNameCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventNameCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventNameCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(e.name) : QVariant(qlonglong(e.count));
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_hidden.contains(e.name) ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = m_descriptions.value(e.name).trimmed();
        if (e.id == NoId)
            tip = (tip.isEmpty() ? QString() : tip + u'\n') + tr("No %1 event yet; this QEMU can send it").arg(e.name);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return e.name;
    case CountRole:
        return qlonglong(e.count);
    }
    return {};
}

bool EventNameCountModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    setChecked(m_entries[size_t(index.row())].name, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags EventNameCountModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant EventNameCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Event");
    case CountColumn:
        return tr("Count");
    }
    return {};
}
