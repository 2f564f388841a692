// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicetreemodel.h"

#include "commandwatcher.h"
#include "qmpclient.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString peripheral = u"/machine/peripheral"_s;
const QString peripheralAnon = u"/machine/peripheral-anon"_s;

QString lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// "usb-kbd" for "child<usb-kbd>", empty for anything that is not a child property.
QString childType(const QString &propertyType)
{
    if (!propertyType.startsWith("child<"_L1) || !propertyType.endsWith(u'>'))
        return {};
    return propertyType.mid(6, propertyType.size() - 7);
}
} // namespace

struct DeviceTreeModel::Node
{
    Kind kind = Kind::Bus;
    QString name;
    QString type;
    QString path;
    QString id;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    void sortChildren()
    {
        std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) { return a->name < b->name; });
        for (size_t i = 0; i < children.size(); ++i) {
            children[i]->row = int(i);
            children[i]->sortChildren();
        }
    }
};

struct DeviceTreeModel::Scan
{
    struct Device
    {
        QString path, name, type, id, parentBus;
        QList<std::pair<QString, QString>> buses; // name, type
        bool gone = false;
    };
    quint64 generation = 0;
    int pending = 0;
    QList<Device> devices;
    QHash<QString, QString> foreignBusTypes; // parent buses no listed device provides
};


DeviceTreeModel::DeviceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_watcher(new CommandWatcher(this)), m_root(std::make_unique<Node>())
{
    m_watcher->setCommands({u"device_add"_s});
    connect(m_watcher, &CommandWatcher::commandFinished, this, [this](const QString &, const QmpValue &, const QmpValue &reply) {
        if (reply.contains(u"return"))
            refresh();
    });
}

DeviceTreeModel::~DeviceTreeModel() = default;

void DeviceTreeModel::setClient(QmpClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_watcher->setClient(client);
    m_scan.reset();
    m_refreshAgain = false;
    m_busTypes.reset();
    clear();
    if (!client)
        return;
    connect(client, &QmpClient::eventReceived, this, &DeviceTreeModel::onEvent);
    connect(client, &QmpClient::connected, this, &DeviceTreeModel::refresh);
    const auto forget = [this] {
        m_scan.reset();
        m_refreshAgain = false;
        m_busTypes.reset();
        clear();
    };
    connect(client, &QmpClient::disconnected, this, forget);
    connect(client, &QObject::destroyed, this, forget);
    if (client->isRunning())
        refresh();
}

void DeviceTreeModel::clear()
{
    if (m_root->children.empty())
        return;
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void DeviceTreeModel::onEvent(const QmpEvent &event)
{
    if (event.name() == "DEVICE_DELETED"_L1)
        refresh();
}

void DeviceTreeModel::refresh()
{
    if (!m_client || !m_client->isRunning())
        return;
    if (m_scan) {
        m_refreshAgain = true;
        return;
    }
    startScan();
}

void DeviceTreeModel::startScan()
{
    m_refreshAgain = false;
    m_error.clear();
    m_scan = std::make_unique<Scan>();
    m_scan->generation = ++m_generation;
    Q_EMIT refreshStarted();
    if (m_busTypes) {
        listContainers();
        return;
    }
    const quint64 generation = m_scan->generation;
    QmpReply *reply = m_client->execute(u"qom-list-types"_s, QmpValue::object({{u"implements"_s, u"bus"_s}, {u"abstract"_s, true}}));
    connect(reply, &QmpReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (!isScanning(generation))
            return;
        if (!reply->isSuccess()) {
            failScan(tr("cannot list bus types: %1").arg(reply->errorString()));
            return;
        }
        QSet<QString> types;
        const QmpValue typeList = reply->result();
        for (const QmpValue &t : typeList.elements())
            types.insert(t.value(u"name").toString());
        m_busTypes = types;
        listContainers();
    });
}

void DeviceTreeModel::listContainers()
{
    const quint64 generation = m_scan->generation;
    m_scan->pending = 2;
    for (const QString &container : {peripheral, peripheralAnon}) {
        if (!isScanning(generation))
            return;
        QmpReply *reply = m_client->execute(u"qom-list"_s, QmpValue::object({{u"path"_s, container}}));
        connect(reply, &QmpReply::finished, this, [this, reply, generation, container] {
            reply->deleteLater();
            if (!isScanning(generation))
                return;
            if (!reply->isSuccess()) {
                failScan(tr("cannot list %1: %2").arg(container, reply->errorString()));
                return;
            }
            const QmpValue children = reply->result();
            for (const QmpValue &p : children.elements()) {
                const QString type = childType(p.value(u"type").toString());
                if (type.isEmpty())
                    continue;
                Scan::Device d;
                d.name = p.value(u"name").toString();
                d.path = container + u'/' + d.name;
                d.type = type;
                if (container == peripheral)
                    d.id = d.name;
                m_scan->devices.append(d);
            }
            if (--m_scan->pending == 0)
                inspectDevices();
        });
    }
}

void DeviceTreeModel::inspectDevices()
{
    if (m_scan->devices.isEmpty()) {
        finishScan();
        return;
    }
    const quint64 generation = m_scan->generation;
    const QSet<QString> busTypes = m_busTypes.value_or(QSet<QString>());
    m_scan->pending = int(m_scan->devices.size()) * 2;
    const auto done = [this] {
        if (--m_scan->pending == 0)
            describeForeignBuses();
    };
    const qsizetype count = m_scan->devices.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (!isScanning(generation))
            return;
        const QString path = m_scan->devices.at(i).path;
        QmpReply *bus = m_client->execute(u"qom-get"_s, QmpValue::object({{u"path"_s, path}, {u"property"_s, u"parent_bus"_s}}));
        connect(bus, &QmpReply::finished, this, [this, bus, generation, i, done] {
            bus->deleteLater();
            if (!isScanning(generation))
                return;
            // A device without a bus (or one unplugged meanwhile) simply has none.
            if (bus->isSuccess())
                m_scan->devices[i].parentBus = bus->result().toString();
            done();
        });
        if (!isScanning(generation))
            return;
        QmpReply *list = m_client->execute(u"qom-list"_s, QmpValue::object({{u"path"_s, path}}));
        connect(list, &QmpReply::finished, this, [this, list, generation, i, busTypes, done] {
            list->deleteLater();
            if (!isScanning(generation))
                return;
            if (!list->isSuccess()) {
                m_scan->devices[i].gone = true; // deleted between the listing and now
            } else {
                const QmpValue properties = list->result();
                for (const QmpValue &p : properties.elements()) {
                    const QString type = childType(p.value(u"type").toString());
                    if (busTypes.contains(type))
                        m_scan->devices[i].buses.append({p.value(u"name").toString(), type});
                }
            }
            done();
        });
    }
}

void DeviceTreeModel::describeForeignBuses()
{
    // Buses no listed device provides (pcie.0 of the machine): ask for their type, for the view.
    QSet<QString> provided, foreign;
    for (const Scan::Device &d : std::as_const(m_scan->devices)) {
        for (const auto &bus : d.buses)
            provided.insert(d.path + u'/' + bus.first);
    }
    for (const Scan::Device &d : std::as_const(m_scan->devices)) {
        if (!d.gone && !d.parentBus.isEmpty() && !provided.contains(d.parentBus))
            foreign.insert(d.parentBus);
    }
    if (foreign.isEmpty()) {
        finishScan();
        return;
    }
    const quint64 generation = m_scan->generation;
    m_scan->pending = int(foreign.size());
    for (const QString &path : std::as_const(foreign)) {
        if (!isScanning(generation))
            return;
        QmpReply *reply = m_client->execute(u"qom-get"_s, QmpValue::object({{u"path"_s, path}, {u"property"_s, u"type"_s}}));
        connect(reply, &QmpReply::finished, this, [this, reply, generation, path] {
            reply->deleteLater();
            if (!isScanning(generation))
                return;
            if (reply->isSuccess())
                m_scan->foreignBusTypes.insert(path, reply->result().toString());
            if (--m_scan->pending == 0)
                finishScan();
        });
    }
}

bool DeviceTreeModel::isScanning(quint64 generation) const
{
    return m_scan && m_scan->generation == generation;
}

void DeviceTreeModel::finishScan()
{
    std::unique_ptr<Scan> scan = std::move(m_scan);
    auto root = std::make_unique<Node>();
    QHash<QString, Node *> buses;
    std::vector<std::unique_ptr<Node>> devices;
    for (const Scan::Device &d : std::as_const(scan->devices)) {
        if (d.gone)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Device;
        node->name = d.name;
        node->type = d.type;
        node->path = d.path;
        node->id = d.id;
        for (const auto &[name, type] : d.buses) {
            auto bus = std::make_unique<Node>();
            bus->kind = Kind::Bus;
            bus->name = name;
            bus->type = type;
            bus->path = d.path + u'/' + name;
            const QString busPath = bus->path;
            buses.insert(busPath, node->add(std::move(bus)));
        }
        devices.push_back(std::move(node));
    }
    for (qsizetype i = 0, n = 0; i < scan->devices.size(); ++i) {
        const Scan::Device &d = scan->devices.at(i);
        if (d.gone)
            continue;
        std::unique_ptr<Node> &node = devices[size_t(n++)];
        if (d.parentBus.isEmpty()) {
            root->add(std::move(node));
            continue;
        }
        Node *bus = buses.value(d.parentBus);
        if (!bus) {
            // A bus of the machine itself (pcie.0) or of a built-in device: shown at the top.
            auto top = std::make_unique<Node>();
            top->kind = Kind::Bus;
            top->name = lastSegment(d.parentBus);
            top->path = d.parentBus;
            top->type = scan->foreignBusTypes.value(d.parentBus);
            bus = root->add(std::move(top));
            buses.insert(d.parentBus, bus);
        }
        bus->add(std::move(node));
    }
    root->sortChildren();
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
    Q_EMIT refreshed();
    if (m_refreshAgain)
        startScan();
}

void DeviceTreeModel::failScan(const QString &message)
{
    m_scan.reset();
    m_error = message;
    Q_EMIT refreshFailed(message);
    if (m_refreshAgain && m_client && m_client->isRunning())
        startScan();
}

DeviceTreeModel::Node *DeviceTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DeviceTreeModel::indexForPath(const QString &qomPath) const
{
    const std::function<QModelIndex(const Node *)> find = [&](const Node *n) -> QModelIndex {
        for (const auto &c : n->children) {
            if (c->path == qomPath)
                return createIndex(c->row, 0, c.get());
            const QModelIndex inner = find(c.get());
            if (inner.isValid())
                return inner;
        }
        return {};
    };
    return find(m_root.get());
}

namespace {
template<typename Node, typename Kind>
void collect(const Node *n, Kind kind, QStringList &out)
{
    for (const auto &c : n->children) {
        if (c->kind == kind)
            out.append(c->path);
        collect(c.get(), kind, out);
    }
}
} // namespace

QStringList DeviceTreeModel::devicePaths() const
{
    QStringList out;
    collect(m_root.get(), Kind::Device, out);
    out.sort();
    return out;
}

QStringList DeviceTreeModel::busPaths() const
{
    QStringList out;
    collect(m_root.get(), Kind::Bus, out);
    out.sort();
    return out;
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case TypeColumn: return n->type;
        case PathColumn: return n->path;
        }
        return {};
    case Qt::ToolTipRole:
        return n->kind == Kind::Bus ? tr("Bus %1").arg(n->path) : tr("Device %1 (%2)").arg(n->path, n->type);
    case PathRole: return n->path;
    case KindRole: return QVariant::fromValue(n->kind);
    case TypeRole: return n->type;
    case DeviceIdRole: return n->id;
    }
    return {};
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case PathColumn: return tr("QOM path");
    }
    return {};
}
