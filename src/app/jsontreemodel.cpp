// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsontreemodel.h"

#include <algorithm>

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    int arrayIndex = -1; // >= 0 for array elements; else key names an object member
    QString key;
    QmpValue value;
    bool inError = false;
    bool built = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

bool isContainer(const QmpValue &v)
{
    return v.isObject() || v.isArray();
}

bool isPlainWord(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
}

QString quotedKey(const QString &key)
{
    return u"[" + QString::fromUtf8(QmpValue(key).toJson()) + u"]";
}

// The text a search looks at for a scalar; containers have none.
QString scalarText(const QmpValue &v)
{
    switch (v.type()) {
    case QmpValue::String: return v.stringRef();
    case QmpValue::Null:
    case QmpValue::Bool:
    case QmpValue::Int:
    case QmpValue::UInt:
    case QmpValue::Double: return QString::fromUtf8(v.toJson());
    default: return {};
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setValue(const QmpValue &value)
{
    beginResetModel();
    m_value = value;
    m_root = std::make_unique<Node>();
    m_root->value = value;
    m_materialized = 0;
    m_searchValid = false;
    m_matches.clear();
    endResetModel();
}

bool JsonTreeModel::isErrorReply() const
{
    return m_value.isObject() && m_value.value(u"error").isObject();
}

QString JsonTreeModel::errorClass() const
{
    return m_value.value(u"error").value(u"class").toString();
}

QString JsonTreeModel::errorDescription() const
{
    return m_value.value(u"error").value(u"desc").toString();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

JsonTreeModel::Node *JsonTreeModel::childrenOf(Node *node) const
{
    if (node->built)
        return node;
    node->built = true;
    const bool errorReply = node == m_root.get() && isErrorReply();
    auto add = [&](int arrayIndex, const QString &key, const QmpValue &v) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->arrayIndex = arrayIndex;
        child->key = key;
        child->value = v;
        child->inError = node->inError || (errorReply && arrayIndex < 0 && key == u"error");
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const auto &members = node->value.members();
        node->children.reserve(members.size());
        for (const QmpMember &m : members)
            add(-1, m.key, m.value);
    } else if (node->value.isArray()) {
        const auto &elements = node->value.elements();
        node->children.reserve(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i)
            add(int(i), QString(), elements.at(i));
    } else if (node == m_root.get() && !node->value.isUndefined()) {
        add(-1, QString(), node->value); // a scalar document: one row
    }
    m_materialized += qsizetype(node->children.size());
    return node;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = childrenOf(nodeFor(parent));
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *n = nodeFor(parent);
    if (isContainer(n->value))
        return int(n->value.size());
    return (n == m_root.get() && !n->value.isUndefined()) ? 1 : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::displayValue(const QmpValue &v) const
{
    switch (v.type()) {
    case QmpValue::Object: return tr("{%n member(s)}", nullptr, int(v.size()));
    case QmpValue::Array: return tr("[%n element(s)]", nullptr, int(v.size()));
    case QmpValue::Undefined: return {};
    default: return scalarText(v);
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn: return n->arrayIndex >= 0 ? u"[" + QString::number(n->arrayIndex) + u"]" : n->key;
        case ValueColumn: return displayValue(n->value);
        case TypeColumn: return n->value.typeName();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return n->value.isString() ? n->value.stringRef() : n->value.toDisplayString(2000);
        return {};
    case ValueRole: return QVariant::fromValue(n->value);
    case PathRole: return path(index);
    case JsonRole: return n->value.toJson();
    case KeyRole: return n->arrayIndex >= 0 ? QVariant(n->arrayIndex) : QVariant(n->key);
    case IsErrorRole: return n->inError;
    case IsContainerRole: return isContainer(n->value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isContainer(nodeFor(index)->value))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ValueRole, "jsonValue");
    names.insert(PathRole, "path");
    names.insert(JsonRole, "json");
    names.insert(KeyRole, "key");
    names.insert(IsErrorRole, "isError");
    names.insert(IsContainerRole, "isContainer");
    return names;
}

QmpValue JsonTreeModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->value : QmpValue();
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    QList<const Node *> chain;
    for (const Node *n = nodeFor(index); n && n != m_root.get(); n = n->parent)
        chain.prepend(n);
    QString out;
    for (const Node *n : std::as_const(chain)) {
        if (n->arrayIndex >= 0) {
            out += u"[" + QString::number(n->arrayIndex) + u"]";
        } else if (isPlainWord(n->key)) {
            if (!out.isEmpty())
                out += u'.';
            out += n->key;
        } else if (!(n->key.isEmpty() && n->parent == m_root.get() && !isContainer(m_value))) {
            out += quotedKey(n->key);
        }
    }
    return out;
}

QModelIndex JsonTreeModel::indexForPath(const QString &text)
{
    std::vector<int> rows;
    QmpValue v = m_value;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (!isContainer(v))
        return text.isEmpty() && !v.isUndefined() ? index(0, KeyColumn) : QModelIndex();
    while (i < n) {
        if (text.at(i) == u'.' && !rows.empty())
            ++i;
        if (i < n && text.at(i) == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return {};
            const QStringView inner = QStringView(text).mid(i + 1, close - i - 1);
            if (inner.startsWith(u'"')) {
                // The key is a JSON string, which may itself hold ']': find its real end.
                qsizetype end = i + 2;
                while (end < n && text.at(end) != u'"')
                    end += text.at(end) == u'\\' ? 2 : 1;
                if (end + 1 >= n || text.at(end + 1) != u']')
                    return {};
                const QmpValue key = QmpValue::fromJson(QStringView(text).mid(i + 1, end - i).toUtf8());
                if (!key.isString() || !v.isObject())
                    return {};
                const auto &members = v.members();
                const auto it = std::find_if(members.cbegin(), members.cend(),
                                             [&](const QmpMember &m) { return m.key == key.stringRef(); });
                if (it == members.cend())
                    return {};
                rows.push_back(int(it - members.cbegin()));
                v = it->value;
                i = end + 2;
            } else {
                bool ok = false;
                const int k = inner.toInt(&ok);
                if (!ok || !v.isArray() || k < 0 || k >= v.size())
                    return {};
                rows.push_back(k);
                v = v.at(k);
                i = close + 1;
            }
        } else {
            qsizetype end = i;
            while (end < n && text.at(end) != u'.' && text.at(end) != u'[')
                ++end;
            const QStringView key = QStringView(text).mid(i, end - i);
            if (!v.isObject() || key.isEmpty())
                return {};
            const auto &members = v.members();
            const auto it = std::find_if(members.cbegin(), members.cend(),
                                         [&](const QmpMember &m) { return m.key == key; });
            if (it == members.cend())
                return {};
            rows.push_back(int(it - members.cbegin()));
            v = it->value;
            i = end;
        }
    }
    return rows.empty() ? QModelIndex() : indexForRows(rows, KeyColumn);
}

QByteArray JsonTreeModel::subtreeJson(const QModelIndex &index, QmpValue::Format format) const
{
    return (index.isValid() ? nodeFor(index)->value : m_value).toJson(format);
}

QModelIndex JsonTreeModel::indexForRows(const std::vector<int> &rows, int column)
{
    QModelIndex idx;
    for (size_t i = 0; i < rows.size(); ++i)
        idx = index(rows[i], i + 1 == rows.size() ? column : 0, idx);
    return idx;
}

std::vector<int> JsonTreeModel::rowsOf(const QModelIndex &index) const
{
    std::vector<int> rows;
    for (const Node *n = index.isValid() ? nodeFor(index) : nullptr; n && n != m_root.get(); n = n->parent)
        rows.push_back(n->row);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

// All matches in display order. Walks the value, not the nodes, so rows nobody opened yet are
// searched without being created; only the rows on the way to a hit are built.
const std::vector<JsonTreeModel::Match> &JsonTreeModel::matchesFor(const QString &text, Qt::CaseSensitivity cs)
{
    if (m_searchValid && m_searchText == text && m_searchCs == cs)
        return m_matches;
    m_matches.clear();
    m_searchText = text;
    m_searchCs = cs;
    m_searchValid = true;
    if (text.isEmpty())
        return m_matches;
    std::vector<int> rows;
    auto visit = [&](auto &self, const QString *key, const QmpValue &v) -> void {
        const bool keyHit = key && key->contains(text, cs);
        if (keyHit || (!isContainer(v) && scalarText(v).contains(text, cs)))
            m_matches.push_back({rows, keyHit});
        if (v.isObject()) {
            const auto &members = v.members();
            for (qsizetype i = 0; i < members.size(); ++i) {
                rows.push_back(int(i));
                self(self, &members.at(i).key, members.at(i).value);
                rows.pop_back();
            }
        } else if (v.isArray()) {
            const auto &elements = v.elements();
            for (qsizetype i = 0; i < elements.size(); ++i) {
                rows.push_back(int(i));
                self(self, nullptr, elements.at(i));
                rows.pop_back();
            }
        }
    };
    if (isContainer(m_value)) {
        // The document itself is not a row: start with its children.
        if (m_value.isObject()) {
            const auto &members = m_value.members();
            for (qsizetype i = 0; i < members.size(); ++i) {
                rows.push_back(int(i));
                visit(visit, &members.at(i).key, members.at(i).value);
                rows.pop_back();
            }
        } else {
            for (qsizetype i = 0; i < m_value.size(); ++i) {
                rows.push_back(int(i));
                visit(visit, nullptr, m_value.at(i));
                rows.pop_back();
            }
        }
    } else if (!m_value.isUndefined()) {
        rows.push_back(0);
        visit(visit, nullptr, m_value);
    }
    return m_matches;
}

QModelIndex JsonTreeModel::findNext(const QString &text, const QModelIndex &from, Qt::CaseSensitivity cs)
{
    const auto &matches = matchesFor(text, cs);
    if (matches.empty())
        return {};
    const std::vector<int> start = rowsOf(from);
    auto it = matches.cbegin();
    if (from.isValid()) {
        it = std::upper_bound(matches.cbegin(), matches.cend(), start,
                              [](const std::vector<int> &s, const Match &m) { return s < m.rows; });
        if (it == matches.cend())
            it = matches.cbegin();
    }
    return indexForRows(it->rows, it->inKey ? KeyColumn : ValueColumn);
}

QModelIndex JsonTreeModel::findPrevious(const QString &text, const QModelIndex &from, Qt::CaseSensitivity cs)
{
    const auto &matches = matchesFor(text, cs);
    if (matches.empty())
        return {};
    const std::vector<int> start = rowsOf(from);
    auto it = matches.cend();
    if (from.isValid()) {
        it = std::lower_bound(matches.cbegin(), matches.cend(), start,
                              [](const Match &m, const std::vector<int> &s) { return m.rows < s; });
        if (it == matches.cbegin())
            it = matches.cend();
    }
    --it;
    return indexForRows(it->rows, it->inKey ? KeyColumn : ValueColumn);
}

int JsonTreeModel::matchCount(const QString &text, Qt::CaseSensitivity cs)
{
    return int(matchesFor(text, cs).size());
}
