// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicespanel.h"

#include "devicetreemodel.h"
#include "qmpclient.h"
#include "replydiffview.h"
#include "treeviewstate.h"
#include "unplugtracker.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isIntegerType(const QString &type)
{
    static const QStringList types = {u"int"_s,    u"int8"_s,   u"int16"_s,  u"int32"_s, u"int64"_s, u"uint8"_s,
                                      u"uint16"_s, u"uint32"_s, u"uint64"_s, u"size"_s};
    return types.contains(type);
}

// One typed field of device_add: QEMU checks JSON types strictly, so "2" is no uint32.
QmpValue typedValue(const QString &type, const QString &text)
{
    if (type == "bool"_L1) {
        if (text == "true"_L1 || text == "on"_L1)
            return true;
        if (text == "false"_L1 || text == "off"_L1)
            return false;
    } else if (isIntegerType(type)) {
        bool ok = false;
        const qlonglong i = text.toLongLong(&ok, 0);
        if (ok)
            return qint64(i);
        const qulonglong u = text.toULongLong(&ok, 0);
        if (ok)
            return quint64(u);
    }
    return text; // QEMU says what is wrong with it, which helps more than a guess here
}

// Marks devices whose unplug is still pending (or timed out) right in the tree: a device the
// guest has not released is the one people come to look for.
class UnplugStateDelegate : public QStyledItemDelegate
{
public:
    UnplugStateDelegate(const UnplugTracker *tracker, QObject *parent) : QStyledItemDelegate(parent), m_tracker(tracker) {}

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DeviceTreeModel::NameColumn
            || index.data(DeviceTreeModel::KindRole).value<DeviceTreeModel::Kind>() != DeviceTreeModel::Kind::Device)
            return;
        const int row = m_tracker->rowForDevice(index.data(DeviceTreeModel::PathRole).toString());
        if (row < 0)
            return;
        const UnplugTracker::State state = m_tracker->state(row);
        if (state != UnplugTracker::State::Pending && state != UnplugTracker::State::TimedOut)
            return;
        option->font.setItalic(true);
        option->text = DevicesPanel::tr("%1 (unplug %2, %3 s)")
                           .arg(option->text, UnplugTracker::stateName(state))
                           .arg(m_tracker->elapsedMs(row) / 1000);
    }

private:
    const UnplugTracker *m_tracker;
};

} // namespace

DevicesPanel::DevicesPanel(QWidget *parent)
    : QWidget(parent), m_devices(new DeviceTreeModel(this)), m_unplugs(new UnplugTracker(this)), m_tree(new QTreeView(this)),
      m_refresh(new QToolButton(this)), m_remove(new QToolButton(this)), m_tabs(new QTabWidget(this)),
      m_driver(new QComboBox(this)), m_id(new QLineEdit(this)), m_bus(new QComboBox(this)), m_propertyForm(nullptr),
      m_propertyBox(new QWidget(this)), m_add(new QPushButton(this)), m_status(new QLabel(this)),
      m_unplugView(new QTableView(this)), m_unplugDetail(new QPlainTextEdit(this)), m_timeout(new QSpinBox(this)), m_clearFinished(new QPushButton(this)),
      m_diff(new ReplyDiffView(this)), m_diffCommand(new QComboBox(this)), m_driverLabel(new QLabel(this)),
      m_idLabel(new QLabel(this)), m_busLabel(new QLabel(this)), m_timeoutLabel(new QLabel(this)), m_diffLabel(new QLabel(this))
{
    m_tree->setModel(m_devices);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setSectionResizeMode(DeviceTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(DeviceTreeModel::PathColumn, true);
    m_tree->setItemDelegate(new UnplugStateDelegate(m_unplugs, m_tree));
    // The marks lengthen a name: make room, since the tree's own model did not change.
    const auto remark = [this] {
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
        m_tree->viewport()->update();
    };
    connect(m_unplugs, &QAbstractItemModel::dataChanged, this, remark);
    connect(m_unplugs, &QAbstractItemModel::rowsInserted, this, remark);
    // First: the current item must be back before updateActions() looks at it.
    m_treeState = new TreeViewState(m_tree, DeviceTreeModel::PathRole, this);
    connect(m_devices, &QAbstractItemModel::modelReset, this, [this] {
        updateBuses();
        updateActions();
    });
    connect(m_devices, &DeviceTreeModel::refreshFailed, this, &DevicesPanel::setStatus);
    connect(m_devices, &DeviceTreeModel::refreshed, this, [this] {
        if (m_awaitingDiff)
            finishDiff();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DevicesPanel::updateActions);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_refresh);
    tools->addWidget(m_remove);
    tools->addStretch(1);
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, this, &DevicesPanel::refresh);
    connect(m_remove, &QToolButton::clicked, this, &DevicesPanel::removeSelectedDevice);

    // Add device: driver, id, bus, then the driver's own properties.
    auto *addPage = new QWidget(this);
    auto *addForm = new QFormLayout;
    m_driver->setEditable(true);
    m_driver->setInsertPolicy(QComboBox::NoInsert);
    m_driver->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_driver->completer()->setFilterMode(Qt::MatchContains);
    m_bus->setEditable(true);
    m_bus->setInsertPolicy(QComboBox::NoInsert);
    addForm->addRow(m_driverLabel, m_driver);
    addForm->addRow(m_idLabel, m_id);
    addForm->addRow(m_busLabel, m_bus);
    m_propertyForm = new QFormLayout(m_propertyBox);
    auto *scroll = new QScrollArea(addPage);
    scroll->setWidget(m_propertyBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *addLayout = new QVBoxLayout(addPage);
    addLayout->addLayout(addForm);
    addLayout->addWidget(scroll, 1);
    addLayout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_driver, &QComboBox::currentTextChanged, this, [this](const QString &driver) {
        // Only a driver QEMU listed has properties to ask for; typing goes through many prefixes.
        if (m_driver->findText(driver) >= 0)
            loadProperties(driver);
        else
            clearProperties();
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &DevicesPanel::addDevice);

    // Unplugs: what every device_del became, with a timeout for the ones nobody answers.
    auto *unplugPage = new QWidget(this);
    m_unplugView->setModel(m_unplugs);
    m_unplugView->horizontalHeader()->setStretchLastSection(true);
    m_unplugView->verticalHeader()->hide();
    m_unplugView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_showEvents = new QAction(this);
    m_showEvents->setObjectName(u"unplugShowEvents"_s);
    m_showEvents->setEnabled(false);
    connect(m_showEvents, &QAction::triggered, this, [this] {
        // The unplug's own connection: the list holds those of every connection. No row, or a
        // connection gone: an empty Unplug, without a client.
        const UnplugTracker::Unplug u = m_unplugs->unplug(m_unplugView->currentIndex().row());
        if (u.client)
            Q_EMIT unplugEventsRequested(u.client, u.events);
    });
    m_unplugView->addAction(m_showEvents);
    m_unplugView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeout->setRange(0, 3600);
    m_timeout->setValue(m_unplugs->timeout() / 1000);
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int s) { m_unplugs->setTimeout(s * 1000); });
    connect(m_clearFinished, &QPushButton::clicked, m_unplugs, &UnplugTracker::removeFinished);
    // Wrapped when narrow: a page wider than the others would widen the dock at each switch to it.
    m_timeoutLabel->setWordWrap(true);
    auto *unplugTools = new QHBoxLayout;
    unplugTools->addWidget(m_timeoutLabel);
    unplugTools->addWidget(m_timeout);
    unplugTools->addStretch(1);
    unplugTools->addWidget(m_clearFinished);
    auto *unplugLayout = new QVBoxLayout(unplugPage);
    unplugLayout->addLayout(unplugTools);
    auto *unplugSplitter = new QSplitter(Qt::Vertical, unplugPage);
    unplugSplitter->addWidget(m_unplugView);
    unplugSplitter->addWidget(m_unplugDetail);
    unplugLayout->addWidget(unplugSplitter, 1);
    m_unplugDetail->setReadOnly(true);
    m_unplugDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_unplugView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesPanel::showUnplugDetail);
    connect(m_unplugs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
        // The elapsed column ticks every second; only a change of fate is worth redrawing.
        if (topLeft.row() == m_unplugView->currentIndex().row() && !roles.contains(UnplugTracker::ElapsedMsRole))
            showUnplugDetail();
    });
    connect(m_unplugs, &UnplugTracker::unplugStarted, this, [this](int row) {
        // Not setCurrentIndex(): with Ctrl still held from Ctrl+Enter it would add the row to the
        // selection, and the details would seem to belong to both.
        m_unplugView->selectionModel()->setCurrentIndex(m_unplugs->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // The line below the tabs speaks of the newest unplug, not of one that ended before it.
        setStatus(tr("Unplug of %1: %2").arg(m_unplugs->unplug(row).device, UnplugTracker::stateName(UnplugTracker::State::Pending)));
    });
    connect(m_unplugs, &UnplugTracker::stateChanged, this, [this](int row, UnplugTracker::State state) {
        const UnplugTracker::Unplug u = m_unplugs->unplug(row);
        setStatus(u.detail.isEmpty() ? tr("Unplug of %1: %2").arg(u.device, UnplugTracker::stateName(state))
                                     : tr("Unplug of %1: %2 (%3)").arg(u.device, UnplugTracker::stateName(state), u.detail));
    });

    // Diff: one query before and after each hotplug from this panel.
    auto *diffPage = new QWidget(this);
    m_diffCommand->setEditable(true);
    m_diffCommand->addItems({u"query-pci"_s, u"query-block"_s, u"query-chardev"_s, u"query-hotpluggable-cpus"_s});
    auto *diffTools = new QHBoxLayout;
    diffTools->addWidget(m_diffLabel);
    diffTools->addWidget(m_diffCommand, 1);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->addLayout(diffTools);
    diffLayout->addWidget(m_diff, 1);

    m_tabs->addTab(addPage, QString());
    m_tabs->addTab(unplugPage, QString());
    m_tabs->addTab(diffPage, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"devicesSplitter"_s); // named: the main window keeps its sizes
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The tree is what the dock is for: it gets the larger share, the tabs what their forms need.
    splitter->setSizes({3000, 2000});
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    retranslate();
    updateActions();
}

DevicesPanel::~DevicesPanel() = default;

void DevicesPanel::setClient(QmpClient *client, const QString &connectionName)
{
    // A guest agent has no devices to show or plug.
    const bool guestAgent = client && client->mode() == QmpClient::Mode::GuestAgent;
    if (guestAgent)
        client = nullptr;
    if (m_client == client) {
        setStatus(guestAgent ? tr("A guest agent connection has no devices to show.") : QString());
        return;
    }
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_treeState->forget(); // another machine: its tree opens in full
    m_devices->setClient(client);
    m_unplugs->setClient(client, connectionName);
    m_driver->clear();
    clearProperties();
    m_diff->clear();
    m_awaitingDiff = false;
    setStatus(guestAgent ? tr("A guest agent connection has no devices to show.") : QString());
    if (client) {
        connect(client, &QmpClient::connected, this, &DevicesPanel::loadDrivers);
        connect(client, &QmpClient::stateChanged, this, &DevicesPanel::updateActions);
        if (client->isRunning())
            loadDrivers();
    }
    updateActions();
}

QString DevicesPanel::statusText() const
{
    return m_status->text();
}

void DevicesPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void DevicesPanel::refresh()
{
    m_devices->refresh();
}

void DevicesPanel::loadDrivers()
{
    if (!m_client || !m_client->isRunning())
        return;
    QmpReply *reply = m_client->execute(u"qom-list-types"_s, QmpValue::object({{u"implements"_s, u"device"_s}, {u"abstract"_s, false}}));
    const QPointer<QmpClient> client = m_client;
    connect(reply, &QmpReply::finished, this, [this, reply, client] {
        reply->deleteLater();
        if (client != m_client)
            return;
        if (!reply->isSuccess()) {
            setStatus(tr("Cannot list device drivers: %1").arg(reply->errorString()));
            return;
        }
        QStringList names;
        const QmpValue types = reply->result();
        for (const QmpValue &t : types.elements())
            names << t.value(u"name").toString();
        names.sort();
        const QString current = m_driver->currentText();
        const QSignalBlocker blocker(m_driver);
        m_driver->clear();
        m_driver->addItems(names);
        m_driver->setCurrentIndex(-1);
        m_driver->setEditText(current);
        Q_EMIT driversLoaded();
    });
}

void DevicesPanel::clearProperties()
{
    for (const Property &p : std::as_const(m_properties)) {
        m_propertyForm->removeRow(p.edit);
    }
    m_properties.clear();
    m_propertiesDriver.clear();
}

void DevicesPanel::loadProperties(const QString &driver)
{
    if (!m_client || !m_client->isRunning() || driver == m_propertiesDriver)
        return;
    clearProperties();
    m_propertiesDriver = driver;
    QmpReply *reply = m_client->execute(u"device-list-properties"_s, QmpValue::object({{u"typename"_s, driver}}));
    connect(reply, &QmpReply::finished, this, [this, reply, driver] {
        reply->deleteLater();
        if (driver != m_propertiesDriver)
            return; // another driver was chosen meanwhile
        if (!reply->isSuccess()) {
            setStatus(tr("No properties for %1: %2").arg(driver, reply->errorString()));
            return;
        }
        const QmpValue properties = reply->result();
        for (const QmpValue &prop : properties.elements()) {
            Property p;
            p.name = prop.value(u"name").toString();
            p.type = prop.value(u"type").toString();
            p.edit = new QLineEdit(m_propertyBox);
            const QmpValue def = prop.value(u"default-value");
            p.edit->setPlaceholderText(def.isUndefined() ? p.type : tr("%1, default %2").arg(p.type, def.toDisplayString(40)));
            const QString description = prop.value(u"description").toString();
            p.edit->setToolTip(description.isEmpty() ? p.type : description);
            p.edit->setAccessibleName(p.name);
            m_propertyForm->addRow(p.name, p.edit);
            m_properties.append(p);
        }
        setStatus(QString());
        Q_EMIT propertiesLoaded(driver);
    });
}

QStringList DevicesPanel::propertyNames() const
{
    QStringList out;
    for (const Property &p : m_properties)
        out << p.name;
    return out;
}

void DevicesPanel::setPropertyValue(const QString &name, const QString &text)
{
    for (const Property &p : std::as_const(m_properties)) {
        if (p.name == name)
            p.edit->setText(text);
    }
}

QmpValue DevicesPanel::deviceAddArguments() const
{
    QmpValue args = QmpValue::object({{u"driver"_s, m_driver->currentText().trimmed()}});
    if (const QString id = m_id->text().trimmed(); !id.isEmpty())
        args.insert(u"id"_s, id);
    if (const QString bus = m_bus->currentText().trimmed(); !bus.isEmpty())
        args.insert(u"bus"_s, bus);
    for (const Property &p : m_properties) {
        const QString text = p.edit->text().trimmed();
        if (!text.isEmpty())
            args.insert(p.name, typedValue(p.type, text));
    }
    return args;
}

void DevicesPanel::addDevice()
{
    if (m_driver->currentText().trimmed().isEmpty())
        return;
    const QmpValue args = deviceAddArguments();
    hotplug(u"device_add"_s, args, tr("device_add %1").arg(args.value(u"id").toString(args.value(u"driver").toString())));
}

void DevicesPanel::removeSelectedDevice()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(DeviceTreeModel::KindRole).value<DeviceTreeModel::Kind>() != DeviceTreeModel::Kind::Device)
        return;
    const QString id = current.data(DeviceTreeModel::DeviceIdRole).toString();
    // Devices without an id are removed by their QOM path, which device_del accepts too.
    const QString target = id.isEmpty() ? current.data(DeviceTreeModel::PathRole).toString() : id;
    hotplug(u"device_del"_s, QmpValue::object({{u"id"_s, target}}), tr("device_del %1").arg(target));
    m_tabs->setCurrentIndex(1);
}

void DevicesPanel::hotplug(const QString &command, const QmpValue &arguments, const QString &title)
{
    if (!m_client || !m_client->isRunning())
        return;
    const QString diffCommand = m_diffCommand->currentText().trimmed();
    const QPointer<QmpClient> client = m_client;
    const auto send = [this, client, command, arguments, title](const QmpValue &before) {
        if (client != m_client || !m_client)
            return;
        m_diffBefore = before;
        m_diffTitle = tr("%1 before and after %2").arg(m_diffCommand->currentText().trimmed(), title);
        QmpReply *reply = m_client->execute(command, arguments);
        connect(reply, &QmpReply::finished, this, [this, reply, command] {
            reply->deleteLater();
            if (!reply->isSuccess()) {
                m_awaitingDiff = false;
                setStatus(tr("%1 failed: %2").arg(command, reply->errorString()));
                return;
            }
            setStatus(command == "device_add"_L1 ? tr("Device added.") : tr("Unplug requested; waiting for DEVICE_DELETED."));
            m_awaitingDiff = !m_diffBefore.isUndefined();
        });
    };
    if (diffCommand.isEmpty()) {
        send(QmpValue());
        return;
    }
    QmpReply *before = m_client->execute(diffCommand);
    connect(before, &QmpReply::finished, this, [before, send] {
        before->deleteLater();
        // Without the "before" there is nothing to compare, but the hotplug still goes ahead.
        send(before->isSuccess() ? before->result() : QmpValue());
    });
}

void DevicesPanel::finishDiff()
{
    m_awaitingDiff = false;
    if (!m_client || !m_client->isRunning())
        return;
    QmpReply *after = m_client->execute(m_diffCommand->currentText().trimmed());
    const QmpValue before = m_diffBefore;
    const QString title = m_diffTitle;
    connect(after, &QmpReply::finished, this, [this, after, before, title] {
        after->deleteLater();
        if (!after->isSuccess())
            return;
        m_diff->setReplies(before, after->result(), title);
        Q_EMIT diffUpdated();
    });
}

QString DevicesPanel::deviceLabel(const QString &qomPath) const
{
    const QModelIndex index = m_devices->indexForPath(qomPath);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    auto *delegate = static_cast<UnplugStateDelegate *>(m_tree->itemDelegate());
    delegate->initStyleOption(&option, index);
    return option.text;
}

QString DevicesPanel::unplugDetailText() const
{
    return m_unplugDetail->toPlainText();
}

void DevicesPanel::showUnplugDetail()
{
    const int row = m_unplugView->currentIndex().row();
    m_showEvents->setEnabled(row >= 0 && row < m_unplugs->count() && !m_unplugs->unplug(row).events.isEmpty());
    if (row < 0 || row >= m_unplugs->count()) {
        m_unplugDetail->clear();
        return;
    }
    const UnplugTracker::Unplug u = m_unplugs->unplug(row);
    QStringList lines;
    if (!u.connection.isEmpty())
        lines << tr("Connection: %1").arg(u.connection);
    if (u.state == UnplugTracker::State::CompletedElsewhere) {
        lines << tr("Sent: nothing from this app");
        for (const QmpEvent &e : u.events)
            lines << tr("Event: %1").arg(QString::fromUtf8(e.raw()));
    } else {
        lines << tr("Sent: %1").arg(QString::fromUtf8(u.command.toJson()));
        lines << (u.reply.isUndefined() ? tr("Reply: (none yet)") : tr("Reply: %1").arg(QString::fromUtf8(u.reply.toJson())));
        for (const QmpEvent &e : u.events) {
            const double after = (e.receivedUsecs() - u.startedUsecs) / 1e6;
            lines << tr("Event after %1 s: %2").arg(after, 0, 'f', 3).arg(QString::fromUtf8(e.raw()));
        }
    }
    lines << tr("State: %1").arg(UnplugTracker::stateName(u.state));
    if (!u.detail.isEmpty())
        lines << u.detail;
    m_unplugDetail->setPlainText(lines.join(u'\n'));
}

void DevicesPanel::updateBuses()
{
    const QString current = m_bus->currentText();
    QStringList names;
    for (const QString &path : m_devices->busPaths())
        names << path.mid(path.lastIndexOf(u'/') + 1); // device_add finds buses by name
    names.removeDuplicates();
    names.sort();
    const QSignalBlocker blocker(m_bus);
    m_bus->clear();
    m_bus->addItems(names);
    m_bus->setEditText(current);
}

void DevicesPanel::updateActions()
{
    const bool running = m_client && m_client->isRunning();
    const QModelIndex current = m_tree->currentIndex();
    const bool device = current.isValid()
                        && current.data(DeviceTreeModel::KindRole).value<DeviceTreeModel::Kind>() == DeviceTreeModel::Kind::Device;
    m_remove->setEnabled(running && device);
    m_refresh->setEnabled(running);
    m_add->setEnabled(running && !m_driver->currentText().trimmed().isEmpty());
}

void DevicesPanel::retranslate()
{
    m_showEvents->setText(tr("Show Events in &Timeline"));
    m_showEvents->setToolTip(tr("Select in the event timeline the events of this unplug"));
    m_refresh->setText(tr("Refresh"));
    m_remove->setText(tr("Remove device"));
    m_remove->setToolTip(tr("device_del the selected device and follow the unplug"));
    m_driverLabel->setText(tr("&Driver:"));
    m_driverLabel->setBuddy(m_driver);
    m_idLabel->setText(tr("&Id:"));
    m_idLabel->setBuddy(m_id);
    m_busLabel->setText(tr("&Bus:"));
    m_busLabel->setBuddy(m_bus);
    m_add->setText(tr("&Add device"));
    m_timeoutLabel->setText(tr("Time out after (s, 0: never):"));
    m_clearFinished->setText(tr("Clear finished"));
    m_diffLabel->setText(tr("Compare:"));
    m_tabs->setTabText(0, tr("Add device"));
    m_tabs->setTabText(1, tr("Unplugs"));
    m_tabs->setTabText(2, tr("Reply diff"));
    m_tree->setAccessibleName(tr("Device tree"));
    m_unplugView->setAccessibleName(tr("Unplugs"));
    showUnplugDetail();
}

void DevicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
