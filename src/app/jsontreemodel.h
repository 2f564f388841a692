// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QAbstractItemModel>

#include <memory>
#include <vector>

// A QmpValue (a reply, an event) as a tree of key, value and type columns. Numbers are shown
// exactly as received; rows are created only when a view asks for them, so a 200 KB
// query-qmp-schema reply appears at once. Offers paths (`return.devices[3].id`), subtrees as
// JSON and a search over keys and values that also looks into rows not created yet.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ValueRole = Qt::UserRole, // QmpValue of the row (QVariant::fromValue)
        PathRole,                 // QString, `return.devices[3].id`
        JsonRole,                 // QByteArray, the row's value as compact JSON
        KeyRole,                  // QString member name, or the array index as int
        IsErrorRole,              // bool: the row belongs to the "error" member of an error reply
        IsContainerRole,          // bool: an object or an array
    };
    Q_ENUM(Role)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows value: its members (object) or elements (array) are the top-level rows; a scalar is
    // one row with an empty key.
    void setValue(const QmpValue &value);
    QmpValue value() const { return m_value; }
    void clear() { setValue({}); }

    // A reply of the form {"error": {"class", "desc"}}: the view colours it with IsErrorRole.
    bool isErrorReply() const;
    QString errorClass() const;
    QString errorDescription() const;

    QmpValue valueAt(const QModelIndex &index) const;
    // `return.devices[3].id`; a key that is not a plain word is written `["a.b"]`.
    QString path(const QModelIndex &index) const;
    // Column KeyColumn index of the row a path() names; invalid when there is none.
    QModelIndex indexForPath(const QString &path);
    QByteArray subtreeJson(const QModelIndex &index, QmpValue::Format format = QmpValue::Format::Indented) const;

    // Search in member names and scalar values (a number as its JSON text). Matches are visited
    // in display order (depth first); next/previous wrap around. `from` may be invalid (start at
    // the top, or the end for previous). The index returned is in the column that matched.
    QModelIndex findNext(const QString &text, const QModelIndex &from = {},
                         Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    QModelIndex findPrevious(const QString &text, const QModelIndex &from = {},
                             Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    int matchCount(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);

    // Rows created so far; shows that building is lazy (tests, benchmarks).
    qsizetype materializedRowCount() const { return m_materialized; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    struct Match {
        std::vector<int> rows; // path of rows from the top
        bool inKey;
    };

    Node *nodeFor(const QModelIndex &index) const;
    Node *childrenOf(Node *node) const; // creates the children on first use
    QModelIndex indexForRows(const std::vector<int> &rows, int column);
    std::vector<int> rowsOf(const QModelIndex &index) const;
    const std::vector<Match> &matchesFor(const QString &text, Qt::CaseSensitivity cs);
    QString displayValue(const QmpValue &v) const;

    QmpValue m_value;
    std::unique_ptr<Node> m_root;
    mutable qsizetype m_materialized = 0;
    QString m_searchText;
    Qt::CaseSensitivity m_searchCs = Qt::CaseInsensitive;
    bool m_searchValid = false;
    std::vector<Match> m_matches;
};
