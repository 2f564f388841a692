// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <vector>

class EventTimelineModel;

// The event names seen in a timeline, sorted, each with how many events carry it and a check
// box: unchecked names are what the timeline filter hides. New names arrive checked. Counts
// follow the timeline batch by batch (including events the cap dropped). Names the server's
// schema knows are listed too, with count 0, so they can be unticked before the first one comes.
class EventNameCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NameRole = Qt::UserRole, CountRole };
    Q_ENUM(Role)

    explicit EventNameCountModel(QObject *parent = nullptr);
    ~EventNameCountModel() override;

    void setTimeline(EventTimelineModel *timeline);
    EventTimelineModel *timeline() const { return m_timeline; }

    // Every event the server can send (QmpEventSchema::eventNames()). Replacing them drops the
    // rows of names no event carried; clearing the timeline keeps the known names' rows.
    void setKnownNames(const QStringList &names);
    // What each event carries (QmpSchemaDescriber::describeEvent()), shown as the name's tooltip.
    void setDescriptions(const QHash<QString, QString> &descriptions);

    QSet<QString> hiddenNames() const { return m_hidden; }
    void setHiddenNames(const QSet<QString> &names);
    void setAllChecked(bool checked);
    void setChecked(const QString &name, bool checked);
    bool isChecked(const QString &name) const { return !m_hidden.contains(name); }
    qsizetype count(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void hiddenNamesChanged(const QSet<QString> &hiddenNames);

private:
    void refresh();
    void reset();
    void insertEntry(const QString &name, quint32 id, qsizetype count);

    static constexpr quint32 NoId = 0xffffffffu; // a known name no event has carried yet
    struct Entry
    {
        QString name;
        quint32 id;
        qsizetype count;
    };
    QPointer<EventTimelineModel> m_timeline;
    QList<QMetaObject::Connection> m_connections;
    std::vector<Entry> m_entries; // sorted by name
    qsizetype m_knownNames = 0;   // name ids below this have a row
    QSet<QString> m_hidden;
    QStringList m_schemaNames; // setKnownNames(): rows even before their first event
    QHash<QString, QString> m_descriptions;
};
