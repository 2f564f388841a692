// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpevent.h"
#include "qmpvalue.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class DeviceTreeModel;
class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QmpClient;
class ReplyDiffView;
class TreeViewState;
class UnplugTracker;

// The hotplug debugger: the device tree of the current connection, a form that adds a device
// (its properties from device-list-properties for the chosen driver), removal, the unplugs
// still pending with their elapsed time and fate, and what a query (query-pci) says changed.
class DevicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPanel(QWidget *parent = nullptr);
    ~DevicesPanel() override;

    // The connection to inspect; nullptr empties the panel. connectionName names it in the
    // unplug list, which keeps the unplugs of every connection (empty: its address).
    void setClient(QmpClient *client, const QString &connectionName = {});
    QmpClient *client() const { return m_client; }

    DeviceTreeModel *deviceModel() const { return m_devices; }
    UnplugTracker *unplugTracker() const { return m_unplugs; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *unplugView() const { return m_unplugView; }
    QAction *showUnplugEventsAction() const { return m_showEvents; }
    // The selected unplug's command, reply and linked events.
    QString unplugDetailText() const;
    ReplyDiffView *diffView() const { return m_diff; }
    QComboBox *driverCombo() const { return m_driver; }
    QComboBox *busCombo() const { return m_bus; }
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *diffCommandCombo() const { return m_diffCommand; }
    QPushButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QString statusText() const;
    // What the tree shows for a device, with its unplug state while one is pending.
    QString deviceLabel(const QString &qomPath) const;

    // The property form of the chosen driver.
    QStringList propertyNames() const;
    void setPropertyValue(const QString &name, const QString &text);

    // device_add's arguments from the form: properties typed as device-list-properties says
    // (integers and booleans as JSON, everything else as strings); empty fields left out.
    QmpValue deviceAddArguments() const;

public Q_SLOTS:
    void addDevice();
    void removeSelectedDevice();
    void refresh();

Q_SIGNALS:
    void propertiesLoaded(const QString &driver);
    void driversLoaded();
    // The diff view has a new comparison (after a hotplug from this panel).
    void diffUpdated();
    // "Show Events in Timeline" on an unplug: the events that ended it, as client received them.
    void unplugEventsRequested(QmpClient *client, const QList<QmpEvent> &events);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Property
    {
        QString name;
        QString type;
        QLineEdit *edit;
    };
    void loadDrivers();
    void loadProperties(const QString &driver);
    void clearProperties();
    void updateBuses();
    void updateActions();
    void setStatus(const QString &text);
    // Runs the diff query, then send(); the comparison is made after the device tree next refreshes.
    void hotplug(const QString &command, const QmpValue &arguments, const QString &title);
    void finishDiff();
    void showUnplugDetail();
    void retranslate();

    QPointer<QmpClient> m_client;
    DeviceTreeModel *m_devices;
    UnplugTracker *m_unplugs;
    QTreeView *m_tree;
    TreeViewState *m_treeState = nullptr;
    QToolButton *m_refresh;
    QToolButton *m_remove;
    QTabWidget *m_tabs;
    QComboBox *m_driver;
    QLineEdit *m_id;
    QComboBox *m_bus;
    QFormLayout *m_propertyForm;
    QWidget *m_propertyBox;
    QPushButton *m_add;
    QLabel *m_status;
    QTableView *m_unplugView;
    QAction *m_showEvents = nullptr;
    QPlainTextEdit *m_unplugDetail;
    QSpinBox *m_timeout;
    QPushButton *m_clearFinished;
    ReplyDiffView *m_diff;
    QComboBox *m_diffCommand;
    QLabel *m_driverLabel, *m_idLabel, *m_busLabel, *m_timeoutLabel, *m_diffLabel;
    QList<Property> m_properties;
    QString m_propertiesDriver;
    QmpValue m_diffBefore;
    QString m_diffTitle;
    bool m_awaitingDiff = false;
};
