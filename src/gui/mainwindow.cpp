// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "commandeditor.h"
#include "commandlogmodel.h"
#include "commandlogview.h"
#include "commandpanel.h"
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "connectionspanel.h"
#include "consolecontroller.h"
#include "devicespanel.h"
#include "jsontreeview.h"
#include "profilestore.h"
#include "recentlist.h"
#include "sandboxvm.h"
#include "schemacompletionsource.h"
#include "securitybanner.h"
#include "preferencesdialog.h"
#include "timelinefilterbar.h"
#include "timelinepanel.h"
#include "eventlogreader.h"
#include "userguidedialog.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class TimelineSave { Events, ShownEvents, Transcript };

const auto kLogFolderKey = u"paths/logFolder"_s;

// Where log dialogs open: the folder of the last log saved or opened, else Documents, else home;
// never the working directory, which for a desktop launch is anywhere.
QString logFolder()
{
    const QString last = QSettings().value(kLogFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

// File > Save Events / Save Filtered Events / Save Session Transcript.
void saveTimeline(QMainWindow *window, TimelinePanel *panel, TimelineSave what)
{
    const QString title = what == TimelineSave::Transcript ? MainWindow::tr("Save Session Transcript")
        : what == TimelineSave::ShownEvents                ? MainWindow::tr("Save Filtered Events")
                                                           : MainWindow::tr("Save Events");
    QFileDialog dialog(window, title, logFolder(), MainWindow::tr("JSON Lines (*.jsonl);;All files (*)"));
    dialog.setObjectName(u"saveTimelineDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"jsonl"_s); // a bare name typed still gets the suffix its filter promises
    // A name ready to accept, so that saving takes one keystroke and never overwrites the last save.
    const QString stem = what == TimelineSave::Transcript ? u"transcript"_s : u"events"_s;
    dialog.selectFile(stem + QDateTime::currentDateTime().toString(u"-yyyyMMdd-HHmmss"_s) + u".jsonl"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString file = dialog.selectedFiles().constFirst();
    QSettings().setValue(kLogFolderKey, QFileInfo(file).absolutePath());
    QString error;
    const bool ok = what == TimelineSave::Transcript ? panel->saveTranscript(file, &error)
                                                     : panel->saveEvents(file, what == TimelineSave::ShownEvents, &error);
    if (!ok) {
        QMessageBox::warning(window, title, error);
        return;
    }
    window->statusBar()->showMessage(MainWindow::tr("Saved %1").arg(file), 5000);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_recentConnections(std::make_unique<RecentList>(u"recent/connections"_s))
    , m_recentLogs(std::make_unique<RecentList>(u"recent/logs"_s))
{
    ui->setupUi(this);
    setAcceptDrops(true);

    m_securityBanner = new SecurityBanner(ui->centralWidget);
    ui->centralLayout->insertWidget(0, m_securityBanner);
    m_commandPanel = new CommandPanel(ui->consoleSplitter);
    // The command log and the selected entry's reply side by side, below the editor.
    auto *replySplitter = new QSplitter(Qt::Horizontal, ui->consoleSplitter);
    replySplitter->setObjectName(u"replySplitter"_s);
    replySplitter->setChildrenCollapsible(false);
    m_commandLogView = new CommandLogView(replySplitter);
    m_replyTree = new JsonTreeView(replySplitter);
    replySplitter->addWidget(m_commandLogView);
    replySplitter->addWidget(m_replyTree);
    replySplitter->setStretchFactor(0, 1);
    replySplitter->setStretchFactor(1, 1);
    ui->consoleSplitter->addWidget(m_commandPanel);
    ui->consoleSplitter->addWidget(replySplitter);
    ui->consoleSplitter->setStretchFactor(0, 1);
    ui->consoleSplitter->setStretchFactor(1, 2);
    ui->consoleSplitter->setAccessibleName(tr("Console"));

    m_timelinePanel = new TimelinePanel(ui->timelineDock);
    ui->timelineDock->setWidget(m_timelinePanel);

    setUpActions();
    setUpConnections();
    setUpShortcuts();

    // The hotplug debugger and schema-driven completion follow the current connection.
    m_devicesPanel = new DevicesPanel;
    connect(m_devicesPanel, &DevicesPanel::unplugEventsRequested, this, [this](QmpClient *client, const QList<QmpEvent> &events) {
        ui->timelineDock->show();
        ui->timelineDock->raise();
        m_timelinePanel->showEvents(client, events);
    });
    m_devicesDock = new QDockWidget(tr("Devices"), this);
    m_devicesDock->setObjectName(u"devicesDock"_s);
    m_devicesDock->setWidget(m_devicesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_devicesDock);
    ui->menuPanels->addAction(m_devicesDock->toggleViewAction());
    m_schemaCompletion = new SchemaCompletionSource(this);
    m_commandPanel->setSchemaSource(m_schemaCompletion);
    connect(m_schemaCompletion, &SchemaCompletionSource::schemaChanged, this,
            [this] { m_timelinePanel->setEventSchema(m_schemaCompletion->schema()); });
    onCurrentSessionChanged(m_connectionsPanel->currentSession());

    restoreLayout();
    updateRecentMenus();
    showStatus(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // Sessions and histories go first, while the timeline and the settings they use still exist.
    m_connectionsPanel->disconnect(this);
    delete m_console;
    m_console = nullptr;
    m_connections->clear();
}

void MainWindow::setUpConnections()
{
    m_profiles = std::make_unique<ProfileStore>();
    m_connections = new ConnectionListModel(this);
    m_commandLog = new CommandLogModel(this);
    m_commandLogView->setLogModel(m_commandLog);
    m_sandbox = new SandboxVm(this);

    m_connectionsPanel = new ConnectionsPanel(m_connections, m_profiles.get(), ui->connectionsDock);
    ui->connectionsDock->setWidget(m_connectionsPanel);
    ConnectionsPanel::Actions actions;
    actions.connect = ui->actionConnect;
    actions.disconnect = ui->actionDisconnect;
    actions.reconnect = ui->actionReconnect;
    actions.connectTo = ui->actionConnectTo;
    actions.newProfile = ui->actionNewProfile;
    actions.editProfile = ui->actionEditProfile;
    actions.duplicateProfile = ui->actionDuplicateProfile;
    actions.deleteProfile = ui->actionDeleteProfile;
    m_connectionsPanel->setActions(actions);

    m_console = new ConsoleController(m_commandPanel, m_commandLog, m_commandLogView, m_replyTree,
                                      m_profiles->settings(), this);
    connect(m_console, &ConsoleController::statusMessage, this, [this](const QString &text) { showStatus(text, 5000); });

    // Every connection's events go to the timeline for as long as the connection is listed.
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            ConnectionSession *s = m_connections->session(row);
            m_timelinePanel->addClient(s->client(), s->name());
            // Said when it happens, not only in the row's tooltip: QMP has no authentication.
            connect(s, &ConnectionSession::stateChanged, this, [this, s](ConnectionSession::State state) {
                if (state == ConnectionSession::State::Connecting && !s->securityWarning().isEmpty())
                    showStatus(tr("Warning: %1").arg(s->securityWarning()), 15000);
            });
            connect(s, &ConnectionSession::qemuVersionChanged, this, [this](const QString &version) {
                if (!version.isEmpty() && !m_qemuVersionsSeen.contains(version))
                    m_qemuVersionsSeen.append(version);
            });
        }
    });
    connect(m_connections, &ConnectionListModel::sessionAboutToBeRemoved, this, [this](ConnectionSession *s) {
        m_timelinePanel->removeClient(s->client());
        if (s == m_sandboxSession) {
            m_sandboxSession = nullptr;
            // Its row was the window's only way to it, and Start Sandbox VM stays off while it
            // runs: without the row it would run on, out of reach. It goes with its row.
            m_sandbox->stop();
        }
    });
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &MainWindow::updateConnectionStatus);
    connect(m_connectionsPanel, &ConnectionsPanel::currentSessionChanged, this, &MainWindow::onCurrentSessionChanged);
    connect(m_connectionsPanel, &ConnectionsPanel::addressOpened, this, [this](const QString &address) {
        m_recentConnections->add(address);
    });

    // The editor's target list is the live connection list; choosing there chooses here.
    m_commandPanel->setTargetModel(m_connections, ConnectionListModel::NameColumn);
    connect(m_commandPanel->targetCombo(), &QComboBox::activated, this, [this](int row) {
        m_connectionsPanel->setCurrentSession(m_connections->session(row));
    });

    connect(ui->actionStartSandbox, &QAction::triggered, this, &MainWindow::startSandbox);
    connect(m_sandbox, &SandboxVm::stateChanged, this, [this](SandboxVm::State state) {
        ui->actionStartSandbox->setEnabled(state == SandboxVm::State::NotRunning);
    });
    connect(m_sandbox, &SandboxVm::started, this, [this] {
        ConnectionProfile p;
        p.name = tr("Sandbox VM");
        p.address = m_sandbox->socketPath();
        // A sandbox started again reuses its row; its history outlives the socket's random folder.
        if (!m_sandboxSession) {
            m_sandboxSession = new ConnectionSession(p);
            m_sandboxSession->setHistoryKey(u"sandbox"_s);
        }
        m_sandboxSession->setProfile(p);
        m_connectionsPanel->openConnection(m_sandboxSession);
        m_sandboxStopReason.clear();
        updateSandboxNote();
        showStatus(tr("Sandbox VM started; outside tools can use %1").arg(m_sandbox->toolsSocketPath()));
        updateConnectionStatus();
    });
    connect(m_sandbox, &SandboxVm::failed, this, [this](const QString &message) {
        showStatus(tr("Sandbox VM: %1").arg(message));
        if (m_sandbox->state() == SandboxVm::State::Running) {
            // It ran and then ended (a "quit", a crash): the connection row says so; no dialog.
            m_sandboxStopReason = message;
            updateSandboxNote();
            return;
        }
        // Not modal: the window stays usable, and a test or a script is never stuck on it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sandbox VM"),
                                    tr("The sandbox VM could not run."), QMessageBox::Ok, this);
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"sandboxErrorBox"_s);
        box->open();
    });
    connect(m_sandbox, &SandboxVm::stopped, this, &MainWindow::updateSandboxNote);
    // The sandbox's socket goes with its QEMU: reconnecting its row means starting a new one.
    m_connectionsPanel->setReopener([this](ConnectionSession *s) {
        if (s != m_sandboxSession || m_sandbox->state() == SandboxVm::State::Running)
            return false;
        startSandbox();
        return true;
    });

    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    statusBar()->addPermanentWidget(m_connectionStatus);
    onCurrentSessionChanged(nullptr);
    m_commandPanel->editor()->setFocus(); // a console: typing starts at once
}

ConnectionSession *MainWindow::connectTo(const QString &address, bool guestAgent)
{
    ConnectionProfile p;
    p.address = address;
    p.mode = guestAgent ? QmpClient::Mode::GuestAgent : QmpClient::Mode::Qmp;
    return m_connectionsPanel->openConnection(p);
}

void MainWindow::startSandbox()
{
    if (m_sandbox->state() != SandboxVm::State::NotRunning)
        return;
    showStatus(tr("Starting the sandbox VM…"));
    m_sandbox->start();
}

void MainWindow::onCurrentSessionChanged(ConnectionSession *session)
{
    if (m_devicesPanel) {
        m_devicesPanel->setClient(session ? session->client() : nullptr, session ? session->name() : QString());
        m_schemaCompletion->setClient(session ? session->client() : nullptr);
    }
    m_console->setCurrentSession(session);
    m_securityBanner->setSession(session);
    const int row = m_connections->rowOf(session);
    if (m_commandPanel->targetCombo()->currentIndex() != row)
        m_commandPanel->targetCombo()->setCurrentIndex(row);
    updateConnectionStatus();
}

void MainWindow::updateSandboxNote()
{
    if (!m_sandboxSession)
        return;
    // While failed() is being handled the sandbox still counts as running: the reason says it ended.
    if (m_sandbox->state() == SandboxVm::State::Running && m_sandboxStopReason.isEmpty()) {
        m_sandboxSession->setNote(tr("Second QMP socket for outside tools (qmpctl, qmp-shell):\n%1")
                                      .arg(m_sandbox->toolsSocketPath()));
        return;
    }
    const QString stopped = m_sandboxStopReason.isEmpty() ? tr("The sandbox VM has stopped.")
                                                          : tr("The sandbox VM has stopped: %1").arg(m_sandboxStopReason);
    m_sandboxSession->setNote(stopped + u'\n'
                              + tr("Reconnect (%1) starts a new sandbox VM.")
                                    .arg(ui->actionReconnect->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateConnectionStatus()
{
    const ConnectionSession *s = m_connectionsPanel ? m_connectionsPanel->currentSession() : nullptr;
    if (!s) {
        setWindowTitle(tr("QMP Console"));
        m_connectionStatus->setText(tr("No connection"));
        m_connectionStatus->setToolTip({});
        return;
    }
    // The connection list's word for the state ("failed" after an error), so that all places agree.
    QStringList parts{s->name(), m_connections->data(m_connections->indexOf(s, ConnectionListModel::StateColumn)).toString()};
    if (!s->qemuVersion().isEmpty())
        parts.append(tr("QEMU %1").arg(s->qemuVersion()));
    if (!s->runState().isEmpty())
        parts.append(tr("VM %1").arg(s->runState()));
    m_connectionStatus->setText(parts.join(u" · "_s));
    QString tip = s->address();
    if (!s->lastError().isEmpty())
        tip += u'\n' + s->lastError();
    if (!s->note().isEmpty())
        tip += u'\n' + s->note();
    m_connectionStatus->setToolTip(tip);
    setWindowTitle(tr("%1 (%2) – QMP Console").arg(s->name(), parts.mid(1).join(u", "_s)));
}

void MainWindow::setUpActions()
{
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(ui->actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_translationLoader, this);
        dialog.exec();
    });
    connect(ui->actionOpenLog, &QAction::triggered, this, &MainWindow::openLogDialog);
    connect(ui->actionSaveEvents, &QAction::triggered, this, [this] { saveTimeline(this, m_timelinePanel, TimelineSave::Events); });
    connect(ui->actionSaveFilteredEvents, &QAction::triggered, this,
            [this] { saveTimeline(this, m_timelinePanel, TimelineSave::ShownEvents); });
    connect(ui->actionSaveTranscript, &QAction::triggered, this,
            [this] { saveTimeline(this, m_timelinePanel, TimelineSave::Transcript); });
    ui->actionFollowTail->setChecked(m_timelinePanel->followsTail());
    connect(ui->actionFollowTail, &QAction::toggled, m_timelinePanel, &TimelinePanel::setFollowTail);
    connect(m_timelinePanel->followTailAction(), &QAction::toggled, ui->actionFollowTail, &QAction::setChecked);
    connect(ui->actionClearTimeline, &QAction::triggered, m_timelinePanel, &TimelinePanel::clear);
    connect(m_timelinePanel, &TimelinePanel::statusMessage, this, [this](const QString &text, int ms) { showStatus(text, ms); });
    // A command and the events it caused, both ways between the command log and the timeline.
    connect(m_commandLogView, &CommandLogView::linkedEventsRequested, this, [this](const QString &connection, const QmpValue &request) {
        ui->timelineDock->show();
        ui->timelineDock->raise();
        m_timelinePanel->showEventsCausedBy(connection, request);
    });
    connect(m_timelinePanel, &TimelinePanel::causingCommandRequested, this, [this](const QString &connection, const QmpValue &request) {
        if (!m_commandLogView->selectRequest(connection, request))
            showStatus(tr("The command that caused it is not in the command log: another part of this app sent it"), 5000);
    });
    connect(ui->actionFind, &QAction::triggered, this, &MainWindow::findInFocusedView);
    connect(ui->actionCopy, &QAction::triggered, this, &MainWindow::copyFromFocusedView);
    connect(ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    connect(ui->actionSend, &QAction::triggered, m_commandPanel, &CommandPanel::send);
    connect(ui->actionSearchHistory, &QAction::triggered, m_commandPanel, &CommandPanel::searchHistory);
    connect(ui->actionClearEditor, &QAction::triggered, m_commandPanel->editor(), &QPlainTextEdit::clear);
    connect(ui->actionHmpMode, &QAction::toggled, this, [this](bool hmp) {
        m_commandPanel->setMode(hmp ? CommandText::Mode::Hmp : CommandText::Mode::Qmp);
    });
    connect(m_commandPanel, &CommandPanel::modeChanged, this, [this](CommandText::Mode mode) {
        ui->actionHmpMode->setChecked(mode == CommandText::Mode::Hmp);
    });
    ui->actionSend->setEnabled(m_commandPanel->canSend());
    connect(m_commandPanel, &CommandPanel::canSendChanged, ui->actionSend, &QAction::setEnabled);
    connect(m_commandPanel, &CommandPanel::statusTextChanged, this, [this](const QString &text) {
        showStatus(text);
    });

    connect(ui->actionRawReply, &QAction::toggled, m_replyTree, &JsonTreeView::setRawShown);
    connect(m_replyTree->rawAction(), &QAction::toggled, ui->actionRawReply, &QAction::setChecked);
    connect(ui->actionExpandAll, &QAction::triggered, m_replyTree, &JsonTreeView::expandAll);
    connect(ui->actionCollapseAll, &QAction::triggered, m_replyTree, &JsonTreeView::collapseAll);

    ui->menuPanels->addAction(ui->connectionsDock->toggleViewAction());
    ui->menuPanels->addAction(ui->timelineDock->toggleViewAction());
    ui->menuPanels->addAction(ui->mainToolBar->toggleViewAction());

    connect(ui->menuRecentConnections, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenus);
    connect(ui->menuRecentLogs, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenus);
}

void MainWindow::setUpShortcuts()
{
    // Standard keys first, so every desktop gets the shortcuts its users expect.
    ui->actionOpenLog->setShortcuts(QKeySequence::Open);
    ui->actionSaveEvents->setShortcuts(QKeySequence::Save);
    ui->actionSaveTranscript->setShortcuts(QKeySequence::SaveAs);
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionCopy->setShortcuts(QKeySequence::Copy);
    ui->actionFind->setShortcuts(QKeySequence::Find);
    ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    ui->actionNewProfile->setShortcuts(QKeySequence::New);
    // Some desktops bind Refresh to Ctrl+R as well, which history search has.
    QList<QKeySequence> refresh = QKeySequence::keyBindings(QKeySequence::Refresh);
    refresh.removeAll(QKeySequence(Qt::CTRL | Qt::Key_R));
    ui->actionReconnect->setShortcuts(refresh);
    ui->actionFullScreen->setShortcuts(QKeySequence::FullScreen);
    ui->actionUserGuide->setShortcuts(QKeySequence::HelpContents);
    ui->actionSend->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    ui->actionSearchHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    ui->actionHmpMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    ui->actionConnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    ui->actionDisconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    ui->actionConnectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    ui->actionFollowTail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    ui->actionRawReply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    ui->actionDeleteProfile->setShortcuts(QKeySequence::Delete);
    ui->actionDeleteProfile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui->actionCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // First start: room for the connection columns (name, state, QEMU, VM) without scrolling.
        resizeDocks({ui->connectionsDock}, {fontMetrics().horizontalAdvance(u'x') * 52}, Qt::Horizontal);
        m_sizeTimelineOnShow = true;
    }
    ui->consoleSplitter->restoreState(settings.value(u"window/consoleSplitter"_s).toByteArray());
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (s != ui->consoleSplitter && !s->objectName().isEmpty())
            s->restoreState(settings.value(u"window/splitter/"_s + s->objectName()).toByteArray());
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/consoleSplitter"_s, ui->consoleSplitter->saveState());
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (s != ui->consoleSplitter && !s->objectName().isEmpty())
            settings.setValue(u"window/splitter/"_s + s->objectName(), s->saveState());
    }
}

void MainWindow::updateRecentMenus()
{
    ui->menuRecentConnections->clear();
    const QStringList connections = m_recentConnections->entries();
    for (const QString &address : connections) {
        QAction *a = ui->menuRecentConnections->addAction(address);
        connect(a, &QAction::triggered, this, [this, address] { connectTo(address); });
    }
    if (connections.isEmpty())
        ui->menuRecentConnections->addAction(tr("(none)"))->setEnabled(false);
    ui->menuRecentLogs->clear();
    const QStringList logs = m_recentLogs->entries();
    for (const QString &file : logs) {
        QAction *a = ui->menuRecentLogs->addAction(file);
        connect(a, &QAction::triggered, this, [this, file] { openLog(file); });
    }
    if (logs.isEmpty())
        ui->menuRecentLogs->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::applyOptions(const CommandLineOptions &options)
{
    // Before any connection, so that no event goes unlogged.
    if (!options.eventLogFile.isEmpty()) {
        QString error;
        if (!m_timelinePanel->startEventLog(options.eventLogFile, &error))
            QMessageBox::warning(this, tr("Event Log"), error);
    }
    m_connectionsPanel->connectAutoProfiles();
    for (const QString &address : options.connectAddresses)
        connectTo(address, options.guestAgent);
    if (options.sandbox)
        startSandbox();
}

bool MainWindow::openLog(const QString &fileName)
{
    const EventLogReader::Result result = m_timelinePanel->openLog(fileName);
    if (!result.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Event Log"), result.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_recentLogs->add(fileName);
    ui->timelineDock->show();
    ui->timelineDock->raise();
    showStatus(tr("%1: %2").arg(result.connectionName, result.summary()), 10000);
    if (result.badLines > 0) {
        // Not modal: a dropped file must not block the window.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Event Log"),
                                    tr("%n lines of %1 could not be read and were skipped.", nullptr, int(result.badLines)).arg(fileName),
                                    QMessageBox::Ok, this);
        QStringList details;
        for (const EventLogReader::Problem &p : result.problems)
            details.append(tr("Line %1: %2").arg(p.line).arg(p.message));
        box->setDetailedText(details.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

void MainWindow::openLogDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Event Log or Transcript"), logFolder(),
                                                      tr("JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(kLogFolderKey, QFileInfo(file).absolutePath());
    openLog(file);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_qemuVersionsSeen, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::findInFocusedView()
{
    // In the timeline: its filter (or the selected event's search, from its tree); elsewhere the
    // reply's search.
    QWidget *focus = focusWidget();
    if (focus && m_timelinePanel->isAncestorOf(focus)) {
        if (m_timelinePanel->detailView()->isAncestorOf(focus)) {
            m_timelinePanel->detailView()->focusSearch();
        } else {
            m_timelinePanel->filterBar()->textEdit()->setFocus(Qt::ShortcutFocusReason);
            m_timelinePanel->filterBar()->textEdit()->selectAll();
        }
        return;
    }
    m_replyTree->focusSearch();
}

void MainWindow::copyFromFocusedView()
{
    // Text fields copy their selection; a reply or event tree its selected value; the command
    // log the selected entry's reply as JSON.
    for (QWidget *w = focusWidget(); w; w = w->parentWidget()) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            edit->copy();
            return;
        }
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->copy();
            return;
        }
        if (auto *tree = qobject_cast<JsonTreeView *>(w)) {
            tree->copyValue();
            return;
        }
        if (w == m_commandLogView) {
            m_commandLogView->copyReply();
            return;
        }
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sizeTimelineOnShow) {
        // First start: the timeline, the point of watching a VM, shows about ten events rather than
        // three. Only once the window is laid out does a vertical dock size stick.
        m_sizeTimelineOnShow = false;
        resizeDocks({ui->timelineDock}, {fontMetrics().height() * 19}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        // retranslateUi puts back the .ui's bare title; what is built in code follows the language too.
        if (m_devicesDock)
            m_devicesDock->setWindowTitle(tr("Devices"));
        if (m_connectionStatus)
            updateConnectionStatus();
        if (m_sandbox)
            updateSandboxNote();
        if (m_recentConnections && m_recentLogs)
            updateRecentMenus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        if (!urls.isEmpty() && urls.constFirst().isLocalFile())
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            openLog(url.toLocalFile());
    }
    event->acceptProposedAction();
}
