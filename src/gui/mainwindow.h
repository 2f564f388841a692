// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandlineoptions.h"

#include <QtWidgets/QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class CommandLogModel;
class CommandLogView;
class CommandPanel;
class ConnectionListModel;
class ConnectionSession;
class ConnectionsPanel;
class DevicesPanel;
class SchemaCompletionSource;
class ConsoleController;
class ProfileStore;
class QDockWidget;
class QLabel;
class SandboxVm;
class SecurityBanner;
class JsonTreeView;
class RecentList;
class TimelinePanel;
class TranslationLoader;

// The main window: connections on the left, the command editor and replies in the middle, the
// event timeline below. Window state, dock layout and splitter sizes survive restarts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Acts on the start-up options: connections, sandbox, event log. Call once after show().
    void applyOptions(const CommandLineOptions &options);

    CommandPanel *commandPanel() const { return m_commandPanel; }
    JsonTreeView *replyTree() const { return m_replyTree; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    ConnectionsPanel *connectionsPanel() const { return m_connectionsPanel; }
    DevicesPanel *devicesPanel() const { return m_devicesPanel; }
    // The current connection's live schema: completion, diagnostics, descriptions, event names.
    SchemaCompletionSource *schemaSource() const { return m_schemaCompletion; }
    ConnectionListModel *connectionModel() const { return m_connections; }
    CommandLogModel *commandLog() const { return m_commandLog; }
    CommandLogView *commandLogView() const { return m_commandLogView; }
    SandboxVm *sandbox() const { return m_sandbox; }
    SecurityBanner *securityBanner() const { return m_securityBanner; }
    // Opens a connection to address (an unsaved profile), as --connect does.
    ConnectionSession *connectTo(const QString &address, bool guestAgent = false);
    // The preferences dialog switches the language through it.
    void setTranslationLoader(TranslationLoader *loader) { m_translationLoader = loader; }

public Q_SLOTS:
    bool openLog(const QString &fileName);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void setUpShortcuts();
    void restoreLayout();
    void saveLayout();
    void updateRecentMenus();
    void showStatus(const QString &text, int timeoutMs = 0);
    void openLogDialog();
    void showAbout();
    void showUserGuide();
    void findInFocusedView();
    void copyFromFocusedView();
    void setUpConnections();
    void startSandbox();
    void onCurrentSessionChanged(ConnectionSession *session);
    void updateConnectionStatus();
    void updateSandboxNote();

    std::unique_ptr<Ui::MainWindow> ui;
    CommandPanel *m_commandPanel;
    JsonTreeView *m_replyTree;
    TimelinePanel *m_timelinePanel;
    std::unique_ptr<ProfileStore> m_profiles;
    ConnectionListModel *m_connections = nullptr;
    CommandLogModel *m_commandLog = nullptr;
    CommandLogView *m_commandLogView = nullptr;
    ConnectionsPanel *m_connectionsPanel = nullptr;
    DevicesPanel *m_devicesPanel = nullptr;
    SchemaCompletionSource *m_schemaCompletion = nullptr;
    ConsoleController *m_console = nullptr;
    SandboxVm *m_sandbox = nullptr;
    ConnectionSession *m_sandboxSession = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QDockWidget *m_devicesDock = nullptr;
    bool m_sizeTimelineOnShow = false; // no saved layout: give the timeline its room once shown
    QString m_sandboxStopReason; // why the sandbox last ended, empty while it runs
    SecurityBanner *m_securityBanner = nullptr;
    TranslationLoader *m_translationLoader = nullptr;
    std::unique_ptr<RecentList> m_recentConnections;
    std::unique_ptr<RecentList> m_recentLogs;
    QStringList m_qemuVersionsSeen;
};
