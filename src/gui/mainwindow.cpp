// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "commandeditor.h"
#include "commandpanel.h"
#include "jsontreeview.h"
#include "recentlist.h"
#include "preferencesdialog.h"
#include "timelinepanel.h"
#include "userguidedialog.h"

#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSplitter>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_recentConnections(std::make_unique<RecentList>(u"recent/connections"_s))
    , m_recentLogs(std::make_unique<RecentList>(u"recent/logs"_s))
{
    ui->setupUi(this);
    setAcceptDrops(true);

    m_commandPanel = new CommandPanel(ui->consoleSplitter);
    m_replyTree = new JsonTreeView(ui->consoleSplitter);
    ui->consoleSplitter->addWidget(m_commandPanel);
    ui->consoleSplitter->addWidget(m_replyTree);
    ui->consoleSplitter->setStretchFactor(0, 1);
    ui->consoleSplitter->setStretchFactor(1, 2);
    ui->consoleSplitter->setAccessibleName(tr("Console"));

    m_timelinePanel = new TimelinePanel(ui->timelineDock);
    ui->timelineDock->setWidget(m_timelinePanel);

    setUpActions();
    setUpShortcuts();
    restoreLayout();
    updateRecentMenus();
    showStatus(tr("Ready"));
}

MainWindow::~MainWindow() = default;

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
    connect(ui->actionFind, &QAction::triggered, this, &MainWindow::findInFocusedView);
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
    ui->actionReconnect->setShortcuts(QKeySequence::Refresh);
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
    restoreState(settings.value(u"window/state"_s).toByteArray());
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
    for (const QString &address : connections)
        ui->menuRecentConnections->addAction(address);
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
    Q_UNUSED(options);
}

bool MainWindow::openLog(const QString &fileName)
{
    showStatus(tr("Opening logs is not available yet: %1").arg(fileName), 5000);
    return false;
}

void MainWindow::openLogDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Event Log or Transcript"), QString(),
                                                      tr("JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)"));
    if (!file.isEmpty())
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
    m_replyTree->focusSearch();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
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
