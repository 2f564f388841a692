// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QAbstractItemModel>

#include <memory>

// The difference between two replies (query-pci before and after a hotplug, two query-block
// calls) as a tree: each member and element marked added, removed, changed or unchanged, with
// both values. Array elements are matched by an identifying member when every element has a
// distinct one ("id", "qdev_id", "node-name", ...), else by content, so one inserted element
// shows as one addition rather than a cascade of changes.
class ReplyDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        ChangeRole = Qt::UserRole, // Change
        PathRole,                  // "devices[3].qdev_id", in the after reply where it exists
        BeforeValueRole,           // QmpValue (Undefined for added)
        AfterValueRole,            // QmpValue (Undefined for removed)
    };
    enum class Change { Unchanged, Added, Removed, Changed };
    Q_ENUM(Change)

    explicit ReplyDiffModel(QObject *parent = nullptr);
    ~ReplyDiffModel() override;

    void setValues(const QmpValue &before, const QmpValue &after);
    void clear();
    QmpValue before() const { return m_before; }
    QmpValue after() const { return m_after; }
    // Off: only what changed, with the members leading to it. Default off.
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }

    // Changes counted at the deepest level they appear (an added object counts once).
    int count(Change change) const;
    bool isIdentical() const { return m_before == m_after; }
    QModelIndex indexForPath(const QString &path) const;
    static QString changeName(Change change); // translated

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    void rebuild();
    Node *nodeFor(const QModelIndex &index) const;

    QmpValue m_before;
    QmpValue m_after;
    bool m_showUnchanged = false;
    std::unique_ptr<Node> m_root;
    int m_counts[4] = {0, 0, 0, 0};
};
