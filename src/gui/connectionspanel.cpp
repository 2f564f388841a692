// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionspanel.h"

#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "syntaxpalette.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProfileIdRole = Qt::UserRole;

QIcon warningIcon(const QWidget *widget)
{
    return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

// A failed connection's state in the error colour of the palette in use; a warning sign before
// the name of an unprotected one (its tooltip says why).
class ConnectionRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ConnectionListModel::StateColumn && index.data(ConnectionListModel::FailedRole).toBool())
            option->palette.setColor(QPalette::Text, SyntaxPalette(option->palette).error());
        if (index.column() == ConnectionListModel::NameColumn
            && !index.data(ConnectionListModel::SecurityWarningRole).toString().isEmpty()) {
            option->icon = warningIcon(option->widget);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

ConnectionsPanel::ConnectionsPanel(ConnectionListModel *model, ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_profilesTitle(new QLabel(this))
    , m_profiles(new QListWidget(this))
    , m_connectionsTitle(new QLabel(this))
    , m_connections(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_profiles->setObjectName(u"profileList"_s);
    m_profiles->setContextMenuPolicy(Qt::CustomContextMenu);
    m_profiles->setWordWrap(true);
    m_profiles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profilesTitle->setBuddy(m_profiles);
    m_connections->setObjectName(u"connectionView"_s);
    m_connections->setModel(model);
    m_connections->setRootIsDecorated(false);
    m_connections->setUniformRowHeights(true);
    m_connections->setAllColumnsShowFocus(true);
    m_connections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_connections->setContextMenuPolicy(Qt::CustomContextMenu);
    m_connections->setItemDelegate(new ConnectionRowDelegate(m_connections));
    m_connections->header()->setStretchLastSection(false);
    m_connections->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_connections->header()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::Stretch);
    m_connections->setColumnHidden(ConnectionListModel::AddressColumn, true); // in the tooltip and details
    m_connectionsTitle->setBuddy(m_connections);
    m_details->setObjectName(u"connectionDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(4);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_profilesTitle);
    topLayout->addWidget(m_profiles);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_connectionsTitle);
    bottomLayout->addWidget(m_connections, 1);
    bottomLayout->addWidget(m_details);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"connectionsSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_store, &ProfileStore::changed, this, &ConnectionsPanel::reloadProfiles);
    connect(m_profiles, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_profiles->currentItem() && m_profiles->currentItem()->isSelected())
            m_profileSideActive = true;
        updateActions();
    });
    connect(m_profiles, &QListWidget::itemActivated, this, [this] { connectSelected(); });
    connect(m_connections->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_profileSideActive = false;
                setCurrentSession(m_model->session(current));
            });
    // Double-click (or Enter) on a failed connection tries again, as on a saved profile.
    connect(m_connections, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        ConnectionSession *s = m_model->session(index);
        if (s && s->state() == ConnectionSession::State::Disconnected)
            reopen(s);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateActions();
        markLiveProfiles();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConnectionsPanel::markLiveProfiles);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPanel::markLiveProfiles);
    connect(m_model, &ConnectionListModel::sessionAboutToBeRemoved, this, [this](ConnectionSession *s) {
        if (s != m_current)
            return;
        // The neighbour becomes current, so there is always one when any is left.
        const int row = m_model->rowOf(s);
        ConnectionSession *next = m_model->session(row + 1) ? m_model->session(row + 1) : m_model->session(row - 1);
        setCurrentSession(next);
    });
    connect(m_profiles, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        for (QAction *a : {m_actions.connect, m_actions.editProfile, m_actions.duplicateProfile,
                           m_actions.deleteProfile, m_actions.newProfile}) {
            if (a)
                menu.addAction(a);
        }
        menu.exec(m_profiles->viewport()->mapToGlobal(pos));
    });
    connect(m_connections, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        for (QAction *a : {m_actions.reconnect, m_actions.disconnect, m_actions.editProfile}) {
            if (a)
                menu.addAction(a);
        }
        menu.exec(m_connections->viewport()->mapToGlobal(pos));
    });

    retranslate();
    reloadProfiles();
    updateDetails();
}

ConnectionsPanel::~ConnectionsPanel() = default;

void ConnectionsPanel::setActions(const Actions &actions)
{
    m_actions = actions;
    auto wire = [this](QAction *action, void (ConnectionsPanel::*slot)()) {
        if (action)
            connect(action, &QAction::triggered, this, slot);
    };
    wire(actions.connect, &ConnectionsPanel::connectSelected);
    wire(actions.disconnect, &ConnectionsPanel::disconnectCurrent);
    wire(actions.reconnect, &ConnectionsPanel::reconnectCurrent);
    wire(actions.connectTo, &ConnectionsPanel::connectToAddress);
    wire(actions.newProfile, &ConnectionsPanel::newProfile);
    wire(actions.editProfile, &ConnectionsPanel::editProfile);
    wire(actions.duplicateProfile, &ConnectionsPanel::duplicateProfile);
    wire(actions.deleteProfile, &ConnectionsPanel::deleteProfile);
    // Delete acts on the profile list only, where the key is pressed.
    if (actions.deleteProfile)
        m_profiles->addAction(actions.deleteProfile);
    updateActions();
}

ConnectionSession *ConnectionsPanel::openConnection(const ConnectionProfile &profile)
{
    ConnectionSession *session = m_model->sessionForProfile(profile.id);
    if (session) {
        session->setProfile(profile);
    } else {
        session = new ConnectionSession(profile);
        if (profile.id.isEmpty())
            Q_EMIT addressOpened(profile.address);
    }
    openConnection(session);
    return session;
}

void ConnectionsPanel::openConnection(ConnectionSession *session)
{
    if (m_model->rowOf(session) < 0)
        m_model->addSession(session);
    if (session->state() == ConnectionSession::State::Disconnected
        || session->state() == ConnectionSession::State::WaitingToReconnect)
        session->reopen();
    setCurrentSession(session);
}

void ConnectionsPanel::connectAutoProfiles()
{
    const QList<ConnectionProfile> profiles = m_store->profiles();
    for (const ConnectionProfile &p : profiles) {
        if (p.autoConnect)
            openConnection(p);
    }
}

void ConnectionsPanel::setCurrentSession(ConnectionSession *session)
{
    if (session && m_model->rowOf(session) < 0)
        session = nullptr;
    const QModelIndex index = m_model->indexOf(session);
    if (m_connections->currentIndex().row() != index.row() || !index.isValid())
        m_connections->setCurrentIndex(index);
    if (m_current == session)
        return;
    m_current = session;
    updateDetails();
    updateActions();
    Q_EMIT currentSessionChanged(session);
}

QString ConnectionsPanel::selectedProfileId() const
{
    const QListWidgetItem *item = m_profiles->currentItem();
    return item && item->isSelected() ? item->data(ProfileIdRole).toString() : QString();
}

void ConnectionsPanel::selectProfile(const QString &id)
{
    for (int row = 0; row < m_profiles->count(); ++row) {
        if (m_profiles->item(row)->data(ProfileIdRole).toString() == id) {
            m_profiles->setCurrentRow(row);
            return;
        }
    }
}

ConnectionProfile ConnectionsPanel::profileInScope() const
{
    if (m_profileSideActive || !m_current) {
        if (const QString id = selectedProfileId(); !id.isEmpty())
            return m_store->profile(id);
    }
    if (m_current && m_current->isSavedProfile())
        return m_store->profile(m_current->profile().id);
    return {};
}

void ConnectionsPanel::connectSelected()
{
    const QString id = selectedProfileId();
    if ((m_profileSideActive || !m_current) && !id.isEmpty()) {
        openConnection(m_store->profile(id));
        return;
    }
    if (m_current && m_current->state() != ConnectionSession::State::Connected)
        reopen(m_current);
}

void ConnectionsPanel::disconnectCurrent()
{
    // A connection that is not live has no business in the live list: the row goes with it.
    if (m_current)
        m_model->removeSession(m_current);
}

void ConnectionsPanel::reconnectCurrent()
{
    if (m_current)
        reopen(m_current);
}

void ConnectionsPanel::reopen(ConnectionSession *session)
{
    if (!m_reopener || !m_reopener(session))
        session->reopen();
}

void ConnectionsPanel::connectToAddress()
{
    QString address;
    for (;;) {
        bool ok = false;
        address = QInputDialog::getText(this, tr("Connect to Address"),
            tr("QMP address (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):"), QLineEdit::Normal, address, &ok)
                      .trimmed();
        if (!ok || address.isEmpty())
            return;
        QString why;
        if (QmpAddress::parse(address, &why).isValid())
            break;
        QMessageBox::warning(this, tr("Connect to Address"), tr("'%1' is not an address: %2").arg(address, why));
        // Asked again with the text kept: a typo is fixed where it is, not typed again.
    }
    ConnectionProfile p;
    p.address = address;
    openConnection(p);
}

void ConnectionsPanel::newProfile()
{
    ProfileDialog dialog(m_store, this);
    ConnectionProfile p;
    p.name = m_store->uniqueName(tr("New connection"));
    if (m_current && !m_current->isSavedProfile())
        p.address = m_current->address(); // saving a connection typed earlier is the common case
    dialog.setProfile(p);
    if (dialog.exec() == QDialog::Accepted)
        selectProfile(dialog.profile().id);
}

void ConnectionsPanel::editProfile()
{
    const ConnectionProfile p = profileInScope();
    if (p.id.isEmpty())
        return;
    ProfileDialog dialog(m_store, this);
    dialog.setProfile(p);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (ConnectionSession *s = m_model->sessionForProfile(p.id))
        s->setProfile(m_store->profile(p.id)); // takes effect at the next connect
    selectProfile(p.id);
}

void ConnectionsPanel::duplicateProfile()
{
    const ConnectionProfile p = profileInScope();
    if (p.id.isEmpty())
        return;
    const ConnectionProfile copy = m_store->duplicate(p.id);
    selectProfile(copy.id);
}

void ConnectionsPanel::deleteProfile()
{
    const ConnectionProfile p = profileInScope();
    if (p.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Profile"),
        tr("Delete the profile '%1' and its command history?").arg(p.name), QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (ConnectionSession *s = m_model->sessionForProfile(p.id)) {
        // The live connection stays, as an unsaved one.
        ConnectionProfile unsaved = s->profile();
        unsaved.id.clear();
        s->setProfile(unsaved);
    }
    m_store->remove(p.id);
}

void ConnectionsPanel::reloadProfiles()
{
    const QString selected = selectedProfileId();
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    const QList<ConnectionProfile> profiles = m_store->profiles();
    for (const ConnectionProfile &p : profiles) {
        auto *item = new QListWidgetItem(p.name, m_profiles);
        item->setData(ProfileIdRole, p.id);
        const QString warning = p.securityWarning();
        item->setIcon(warning.isEmpty() ? QIcon(u":/icons/connect.svg"_s) : warningIcon(m_profiles));
        QString tip = p.address;
        if (p.mode == QmpClient::Mode::GuestAgent)
            tip += u'\n' + tr("guest agent");
        if (p.autoConnect)
            tip += u'\n' + tr("connects at start-up");
        if (!warning.isEmpty())
            tip += u'\n' + tr("Warning: %1").arg(warning);
        item->setToolTip(tip);
        if (p.id == selected)
            m_profiles->setCurrentItem(item);
    }
    if (profiles.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No saved profiles yet (Connection ▸ New Connection Profile…)"), m_profiles);
        hint->setFlags(Qt::NoItemFlags);
    }
    markLiveProfiles();
    updateActions();
}

void ConnectionsPanel::markLiveProfiles()
{
    // Profiles with a live connection stand out, so a second client is not opened by mistake.
    for (int row = 0; row < m_profiles->count(); ++row) {
        QListWidgetItem *item = m_profiles->item(row);
        const ConnectionSession *s = m_model->sessionForProfile(item->data(ProfileIdRole).toString());
        QFont font = m_profiles->font();
        font.setBold(s && s->isConnected());
        item->setFont(font);
    }
}

void ConnectionsPanel::updateActions()
{
    const bool haveProfile = !profileInScope().id.isEmpty();
    const bool haveSelectedProfile = !selectedProfileId().isEmpty();
    const bool currentLive = m_current && m_current->state() != ConnectionSession::State::Disconnected;
    auto enable = [](QAction *a, bool on) {
        if (a)
            a->setEnabled(on);
    };
    enable(m_actions.connect, haveSelectedProfile || (m_current && !m_current->isConnected()));
    enable(m_actions.disconnect, m_current != nullptr);
    enable(m_actions.reconnect, m_current != nullptr);
    enable(m_actions.editProfile, haveProfile);
    enable(m_actions.duplicateProfile, haveProfile);
    enable(m_actions.deleteProfile, haveProfile);
    if (m_actions.disconnect) {
        m_actions.disconnect->setToolTip(currentLive ? tr("Disconnect %1 and remove it from the list").arg(m_current->name())
                                                     : tr("Remove the selected connection from the list"));
    }
}

void ConnectionsPanel::updateDetails()
{
    if (!m_current) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No live connection. Connect a profile, use Connect to Address…, or start the sandbox VM.")
                               : tr("Select a connection to send commands to it."));
        return;
    }
    const ConnectionSession *s = m_current;
    QStringList lines;
    lines.append(u"<b>%1</b>"_s.arg(s->name().toHtmlEscaped()));
    lines.append(tr("Address: %1").arg(s->address().toHtmlEscaped()));
    // The list's word ("failed" after an error), so that row and details agree.
    QString state = m_model->data(m_model->indexOf(s, ConnectionListModel::StateColumn)).toString();
    if (s->state() == ConnectionSession::State::WaitingToReconnect)
        state = tr("waiting to reconnect (next try in %1 s)").arg(s->reconnectDelayMs() / 1000.0, 0, 'f', 1);
    lines.append(tr("State: %1").arg(state));
    if (!s->qemuVersion().isEmpty())
        lines.append(tr("QEMU: %1").arg(s->qemuVersion().toHtmlEscaped()));
    if (!s->runState().isEmpty())
        lines.append(tr("VM: %1").arg(s->runState()));
    if (!s->lastError().isEmpty())
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(SyntaxPalette(palette()).error().name(),
                                                                 s->lastError().toHtmlEscaped()));
    if (!s->note().isEmpty())
        lines.append(s->note().toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (const QString warning = s->securityWarning(); !warning.isEmpty())
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(SyntaxPalette(palette()).warning().name(),
                                                                 tr("Warning: %1").arg(warning).toHtmlEscaped()));
    m_details->setText(lines.join(u"<br>"_s));
}

void ConnectionsPanel::retranslate()
{
    m_profilesTitle->setText(tr("Saved &profiles"));
    m_connectionsTitle->setText(tr("&Live connections"));
    m_profiles->setAccessibleName(tr("Saved profiles"));
    m_connections->setAccessibleName(tr("Live connections"));
    m_details->setAccessibleName(tr("Connection details"));
}

void ConnectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The model has no widget to be told; its headers are translated when asked again.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ConnectionListModel::ColumnCount - 1);
        reloadProfiles();
        updateDetails();
    }
    QWidget::changeEvent(event);
}
