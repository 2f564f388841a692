// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QAbstractItemModel>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <memory>
#include <optional>
#include <vector>

class CommandWatcher;
class QmpClient;
class QmpEvent;

// The devices of a running QEMU as a tree of buses and devices, read from QOM: the devices under
// /machine/peripheral (with an id) and /machine/peripheral-anon (without), each placed on its
// parent_bus, and the buses each device provides (also empty ones, where a device could go).
// Refreshes itself after DEVICE_DELETED and after a device_add succeeds, from whoever sent it.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, PathColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole, // the QOM path
        KindRole,                // Kind
        TypeRole,                // the QOM type name ("usb-kbd", "usb-bus")
        DeviceIdRole,            // a device's id (empty for anonymous ones and buses)
    };
    enum class Kind { Bus, Device };
    Q_ENUM(Kind)

    explicit DeviceTreeModel(QObject *parent = nullptr);
    ~DeviceTreeModel() override;

    // nullptr: empty tree. A new client is read at once when it is running.
    void setClient(QmpClient *client);
    QmpClient *client() const { return m_client; }

    // Reads the tree again; a refresh asked for while one runs follows it.
    void refresh();
    bool isRefreshing() const { return m_scan != nullptr; }
    QString errorString() const { return m_error; }

    QModelIndex indexForPath(const QString &qomPath) const;
    QStringList devicePaths() const; // every device, sorted
    QStringList busPaths() const;    // every bus, sorted

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshStarted();
    void refreshed();
    void refreshFailed(const QString &message);

private:
    struct Node;
    struct Scan;
    void startScan();
    // execute() can end the connection at once (a dead socket), and with it the scan: every step
    // asks again after each command it sends.
    bool isScanning(quint64 generation) const;
    void listContainers();
    void inspectDevices();
    void describeForeignBuses();
    void finishScan();
    void failScan(const QString &message);
    void onEvent(const QmpEvent &event);
    void clear();
    Node *nodeFor(const QModelIndex &index) const;

    QPointer<QmpClient> m_client;
    CommandWatcher *m_watcher;
    std::unique_ptr<Node> m_root;
    std::unique_ptr<Scan> m_scan;
    std::optional<QSet<QString>> m_busTypes; // this QEMU's bus type names, to tell buses from other children
    bool m_refreshAgain = false;
    quint64 m_generation = 0;
    QString m_error;
};
