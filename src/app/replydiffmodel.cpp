// SPDX-License-Identifier: GPL-2.0-or-later
#include "replydiffmodel.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

struct ReplyDiffModel::Node
{
    QString key;
    QString path;
    Change change = Change::Unchanged;
    QmpValue before;
    QmpValue after;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Node = ReplyDiffModel::Node;
using Change = ReplyDiffModel::Change;

// Above this many element pairs the content match costs more than it helps; match by index.
constexpr qsizetype maxAlignCells = 4'000'000;

const QStringList identityKeys = {u"id"_s, u"qdev_id"_s, u"qom-path"_s, u"node-name"_s, u"name"_s,
                                  u"path"_s, u"device"_s, u"thread-id"_s, u"cpu-index"_s};

QString childPath(const QString &path, const QString &key)
{
    if (key.startsWith(u'['))
        return path + key;
    return path.isEmpty() ? key : path + u'.' + key;
}

bool identityUsable(const QString &key, const QmpValue &a, const QmpValue &b)
{
    for (const QmpValue *side : {&a, &b}) {
        QSet<QByteArray> seen;
        for (const QmpValue &e : side->elements()) {
            const QmpValue v = e.value(key);
            if (!(v.isString() || v.isInteger()) || (v.isString() && v.toString().isEmpty()))
                return false;
            const QByteArray json = v.toJson();
            if (seen.contains(json))
                return false;
            seen.insert(json);
        }
    }
    return true;
}

// Pairs of (index in a or -1, index in b or -1), in display order.
QList<std::pair<qsizetype, qsizetype>> alignArrays(const QmpValue &a, const QmpValue &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<std::pair<qsizetype, qsizetype>> out;
    if (n && m) {
        for (const QString &key : identityKeys) {
            if (!identityUsable(key, a, b))
                continue;
            QHash<QByteArray, qsizetype> inA, inB;
            for (qsizetype i = 0; i < n; ++i)
                inA.insert(a.at(i).value(key).toJson(), i);
            for (qsizetype j = 0; j < m; ++j)
                inB.insert(b.at(j).value(key).toJson(), j);
            // In the after order; a removed element shows where it stood before its successors.
            qsizetype i = 0;
            const auto emitRemovedUpTo = [&](qsizetype end) {
                for (; i < end; ++i) {
                    if (!inB.contains(a.at(i).value(key).toJson()))
                        out.append({i, -1});
                }
            };
            for (qsizetype j = 0; j < m; ++j) {
                const qsizetype match = inA.value(b.at(j).value(key).toJson(), -1);
                if (match >= 0) {
                    emitRemovedUpTo(qMax(i, match + 1));
                    out.append({match, j});
                } else {
                    out.append({-1, j});
                }
            }
            emitRemovedUpTo(n);
            return out;
        }
    }
    if (n * m > maxAlignCells) {
        for (qsizetype i = 0; i < qMax(n, m); ++i)
            out.append({i < n ? i : -1, i < m ? i : -1});
        return out;
    }
    // Longest common subsequence of equal elements; the gaps between matches are paired in
    // order (changed elements), their surplus added or removed.
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    QList<qsizetype> gapA, gapB;
    const auto flushGap = [&] {
        const qsizetype pairs = qMin(gapA.size(), gapB.size());
        for (qsizetype k = 0; k < pairs; ++k)
            out.append({gapA.at(k), gapB.at(k)});
        for (qsizetype k = pairs; k < gapA.size(); ++k)
            out.append({gapA.at(k), -1});
        for (qsizetype k = pairs; k < gapB.size(); ++k)
            out.append({-1, gapB.at(k)});
        gapA.clear();
        gapB.clear();
    };
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            flushGap();
            out.append({i++, j++});
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            gapA.append(i++);
        } else {
            gapB.append(j++);
        }
    }
    while (i < n)
        gapA.append(i++);
    while (j < m)
        gapB.append(j++);
    flushGap();
    return out;
}

struct Builder
{
    bool showUnchanged;
    int *counts;

    std::unique_ptr<Node> build(const QString &key, const QString &path, const QmpValue &a, const QmpValue &b, bool count)
    {
        auto node = std::make_unique<Node>();
        node->key = key;
        node->path = path;
        node->before = a;
        node->after = b;
        if (a.isUndefined() || b.isUndefined()) {
            node->change = a.isUndefined() ? Change::Added : Change::Removed;
            if (count)
                ++counts[int(node->change)];
            // The whole added or removed subtree is shown, marked like its root, and not counted again.
            addChildren(*node, a.isUndefined() ? b : a, node->change);
            return node;
        }
        if (a.isObject() && b.isObject()) {
            for (const QmpMember &m : a.members())
                adopt(*node, build(m.key, childPath(path, m.key), m.value, b.value(m.key), count));
            for (const QmpMember &m : b.members()) {
                if (!a.contains(m.key))
                    adopt(*node, build(m.key, childPath(path, m.key), QmpValue(), m.value, count));
            }
        } else if (a.isArray() && b.isArray()) {
            for (const auto &[i, j] : alignArrays(a, b)) {
                const QString k = u'[' + QString::number(j >= 0 ? j : i) + u']';
                adopt(*node, build(k, childPath(path, k), i >= 0 ? a.at(i) : QmpValue(), j >= 0 ? b.at(j) : QmpValue(), count));
            }
        } else {
            node->change = a == b ? Change::Unchanged : Change::Changed;
            if (count && node->change == Change::Changed)
                ++counts[int(Change::Changed)];
            return node;
        }
        node->change = a == b ? Change::Unchanged : Change::Changed;
        return node;
    }

    void addChildren(Node &node, const QmpValue &v, Change change)
    {
        if (v.isObject()) {
            for (const QmpMember &m : v.members())
                adopt(node, leaf(m.key, childPath(node.path, m.key), m.value, change));
        } else if (v.isArray()) {
            for (qsizetype i = 0; i < v.size(); ++i) {
                const QString k = u'[' + QString::number(i) + u']';
                adopt(node, leaf(k, childPath(node.path, k), v.at(i), change));
            }
        }
    }

    std::unique_ptr<Node> leaf(const QString &key, const QString &path, const QmpValue &v, Change change)
    {
        auto node = std::make_unique<Node>();
        node->key = key;
        node->path = path;
        node->change = change;
        (change == Change::Added ? node->after : node->before) = v;
        addChildren(*node, v, change);
        return node;
    }

    void adopt(Node &parent, std::unique_ptr<Node> child)
    {
        if (!showUnchanged && child->change == Change::Unchanged)
            return;
        child->parent = &parent;
        child->row = int(parent.children.size());
        parent.children.push_back(std::move(child));
    }
};

QString summary(const QmpValue &v)
{
    switch (v.type()) {
    case QmpValue::Undefined: return {};
    case QmpValue::Object: return u"{%1}"_s.arg(v.size());
    case QmpValue::Array: return u"[%1]"_s.arg(v.size());
    default: return v.toDisplayString(120);
    }
}

} // namespace

ReplyDiffModel::ReplyDiffModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

ReplyDiffModel::~ReplyDiffModel() = default;

void ReplyDiffModel::setValues(const QmpValue &before, const QmpValue &after)
{
    m_before = before;
    m_after = after;
    rebuild();
}

void ReplyDiffModel::clear()
{
    setValues({}, {});
}

void ReplyDiffModel::setShowUnchanged(bool show)
{
    if (m_showUnchanged == show)
        return;
    m_showUnchanged = show;
    rebuild();
}

void ReplyDiffModel::rebuild()
{
    beginResetModel();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    Builder builder{m_showUnchanged, m_counts};
    auto root = std::make_unique<Node>();
    if (!m_before.isUndefined() || !m_after.isUndefined()) {
        std::unique_ptr<Node> top = builder.build(QString(), QString(), m_before, m_after, true);
        if (m_before.type() == m_after.type() && (m_before.isObject() || m_before.isArray())) {
            root = std::move(top); // two objects or two arrays: their members are the top rows
        } else {
            top->key = tr("(value)");
            builder.adopt(*root, std::move(top));
        }
    }
    m_root = std::move(root);
    m_root->parent = nullptr;
    endResetModel();
}

int ReplyDiffModel::count(Change change) const
{
    return m_counts[int(change)];
}

QString ReplyDiffModel::changeName(Change change)
{
    switch (change) {
    case Change::Unchanged: return tr("unchanged");
    case Change::Added: return tr("added");
    case Change::Removed: return tr("removed");
    case Change::Changed: return tr("changed");
    }
    return {};
}

ReplyDiffModel::Node *ReplyDiffModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ReplyDiffModel::indexForPath(const QString &path) const
{
    const std::function<QModelIndex(const Node *)> find = [&](const Node *n) -> QModelIndex {
        for (const auto &c : n->children) {
            if (c->path == path)
                return createIndex(c->row, 0, c.get());
            if (path.startsWith(c->path)) {
                const QModelIndex inner = find(c.get());
                if (inner.isValid())
                    return inner;
            }
        }
        return {};
    };
    return find(m_root.get());
}

QModelIndex ReplyDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ReplyDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int ReplyDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ReplyDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReplyDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return n->key;
        case ChangeColumn: return n->change == Change::Unchanged ? QString() : changeName(n->change);
        case BeforeColumn: return summary(n->before);
        case AfterColumn: return summary(n->after);
        }
        return {};
    case Qt::ToolTipRole:
        return n->path;
    case ChangeRole: return QVariant::fromValue(n->change);
    case PathRole: return n->path;
    case BeforeValueRole: return QVariant::fromValue(n->before);
    case AfterValueRole: return QVariant::fromValue(n->after);
    }
    return {};
}

QVariant ReplyDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Member");
    case ChangeColumn: return tr("Change");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    }
    return {};
}
