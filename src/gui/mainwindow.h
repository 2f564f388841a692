// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandlineoptions.h"

#include <QtWidgets/QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class CommandPanel;
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
    // The preferences dialog switches the language through it.
    void setTranslationLoader(TranslationLoader *loader) { m_translationLoader = loader; }

public Q_SLOTS:
    bool openLog(const QString &fileName);

protected:
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

    std::unique_ptr<Ui::MainWindow> ui;
    CommandPanel *m_commandPanel;
    JsonTreeView *m_replyTree;
    TimelinePanel *m_timelinePanel;
    TranslationLoader *m_translationLoader = nullptr;
    std::unique_ptr<RecentList> m_recentConnections;
    std::unique_ptr<RecentList> m_recentLogs;
    QStringList m_qemuVersionsSeen;
};
