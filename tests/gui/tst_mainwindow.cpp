// SPDX-License-Identifier: GPL-2.0-or-later
// The main window as a person uses it, offscreen, against a real QEMU: connect as --connect
// does, type a command, send it with Ctrl+Enter, read the reply in the tree; errors with their
// class; HMP; history across restarts; a busy socket; the sandbox VM and its failure.
#include "commandeditor.h"
#include "commandlineoptions.h"
#include "commandlogmodel.h"
#include "commandlogview.h"
#include "commandpanel.h"
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "connectionspanel.h"
#include "devicespanel.h"
#include "guiresources.h"
#include "jsontreemodel.h"
#include "jsontreeview.h"
#include "mainwindow.h"
#include "qemuprocess.h"
#include "sandboxvm.h"
#include "securitybanner.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void queryStatusWithCtrlEnter();
    void errorReplyShowsClass_data();
    void errorReplyShowsClass();
    void hmpCommand();
    void hmpReplyReadsAsText();
    void twoVmsTheChosenOneAnswers();
    void historyKeptAcrossRestarts();
    void busySocketSaysSo();
    void guestAgentWithQga();
    void recentConnectionReopens();
    void sandboxFailsClearly();
    void sandboxStartsAndConnects();
    void unprotectedConnectionWarns();

private:
    std::unique_ptr<MainWindow> openWindow(const QStringList &connect = {});
    ConnectionSession *waitForSession(MainWindow &w, int row = 0);
    void typeAndSend(MainWindow &w, const QString &text);
    // Sends line in HMP mode and waits for its success; the log names it by the line.
    bool sendHmp(MainWindow &w, const QString &line);
    static bool treeContains(JsonTreeView *view, const QString &text);

    QTemporaryDir m_config;
    std::unique_ptr<QemuProcess> m_qemu;
};

void TestMainWindow::initTestCase()
{
    // The app's settings (profiles, history, layout) in a folder of the test's own.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"qmp-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    initGuiResources();
    QSettings().clear();
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void TestMainWindow::init()
{
    m_qemu = std::make_unique<QemuProcess>();
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
}

void TestMainWindow::cleanup()
{
    m_qemu.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QStringList &connect)
{
    auto w = std::make_unique<MainWindow>();
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    CommandLineOptions options;
    options.connectAddresses = connect;
    w->applyOptions(options);
    return w;
}

ConnectionSession *TestMainWindow::waitForSession(MainWindow &w, int row)
{
    if (!QTest::qWaitFor([&] { return w.connectionModel()->rowCount() > row; }, 15000))
        return nullptr;
    ConnectionSession *s = w.connectionModel()->session(row);
    (void)QTest::qWaitFor([&] { return s->isConnected() && !s->runState().isEmpty(); }, 15000);
    return s;
}

void TestMainWindow::typeAndSend(MainWindow &w, const QString &text)
{
    CommandEditor *editor = w.commandPanel()->editor();
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    // The completion popup may have opened on the command name; a person would close it first.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QTRY_VERIFY_WITH_TIMEOUT(w.commandPanel()->canSend(), 10000);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}

bool TestMainWindow::treeContains(JsonTreeView *view, const QString &text)
{
    const QAbstractItemModel *model = view->treeView()->model();
    const QModelIndexList hits = model->match(model->index(0, JsonTreeModel::ValueColumn), Qt::DisplayRole, text, 1,
                                              Qt::MatchContains | Qt::MatchRecursive);
    return !hits.isEmpty();
}

void TestMainWindow::queryStatusWithCtrlEnter()
{
    auto w = openWindow({m_qemu->qmpSocket()});
    QVERIFY(w);
    ConnectionSession *s = waitForSession(*w);
    QVERIFY(s);
    QVERIFY2(s->isConnected(), qPrintable(s->lastError()));
    QCOMPARE(w->connectionsPanel()->currentSession(), s);
    QVERIFY(w->windowTitle().contains(s->name()));
    QVERIFY(w->findChild<QLabel *>(u"connectionStatus"_s)->text().contains(u"prelaunch"_s));

    typeAndSend(*w, u"query-status"_s);
    CommandLogModel *log = w->commandLog();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(log->index(0, 0).data(CommandLogModel::StatusRole).toInt(),
                              int(CommandLogModel::Status::Ok), 15000);
    QCOMPARE(log->index(0, CommandLogModel::CommandColumn).data().toString(), u"query-status"_s);
    QCOMPARE(log->index(0, CommandLogModel::ConnectionColumn).data().toString(), s->name());
    QVERIFY(!log->index(0, CommandLogModel::RoundTripColumn).data().toString().isEmpty());
    QCOMPARE(w->commandLogView()->currentIndex().row(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(treeContains(w->replyTree(), u"prelaunch"_s) || treeContains(w->replyTree(), u"running"_s),
                             15000);

    // Edit ▸ Copy in the command log copies the selected reply as JSON.
    w->commandLogView()->setFocus();
    QGuiApplication::clipboard()->clear();
    w->findChild<QAction *>(u"actionCopy"_s)->trigger();
    QVERIFY2(QGuiApplication::clipboard()->text().contains(u"\"status\": \"prelaunch\""_s),
             qPrintable(QGuiApplication::clipboard()->text()));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(w->commandLogView(), Qt::Key_C, Qt::ControlModifier); // and so does Ctrl+C there
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"\"status\": \"prelaunch\""_s));
}

void TestMainWindow::errorReplyShowsClass_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("unknown command") << u"no-such-command"_s << u"CommandNotFound"_s;
    QTest::newRow("json, bad argument") << u"{\"execute\": \"device_del\", \"arguments\": {\"id\": \"nope\"}}"_s
                                        << u"DeviceNotFound"_s;
    QTest::newRow("short form, missing argument") << u"device_add"_s << u"GenericError"_s;
}

void TestMainWindow::errorReplyShowsClass()
{
    QFETCH(QString, command);
    QFETCH(QString, errorClass);
    auto w = openWindow({m_qemu->qmpSocket()});
    QVERIFY(w);
    QVERIFY(waitForSession(*w));
    typeAndSend(*w, command);
    CommandLogModel *log = w->commandLog();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(log->index(0, 0).data(CommandLogModel::StatusRole).toInt(),
                              int(CommandLogModel::Status::Error), 15000);
    QCOMPARE(log->index(0, CommandLogModel::StatusColumn).data().toString(), errorClass);

    // The reply view shows class and description in the error banner.
    QLabel *banner = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const auto labels = w->replyTree()->findChildren<QLabel *>();
                                 for (QLabel *l : labels) {
                                     if (l->isVisible() && l->text().contains(errorClass))
                                         banner = l;
                                 }
                                 return banner != nullptr;
                             }()),
                             15000);
    QVERIFY(banner->text().contains(u": "_s));
}

bool TestMainWindow::sendHmp(MainWindow &w, const QString &line)
{
    w.commandPanel()->setMode(CommandText::Mode::Hmp);
    typeAndSend(w, line);
    const CommandLogModel *log = w.commandLog();
    const bool ok = QTest::qWaitFor([log] {
        return log->rowCount() == 1
            && log->index(0, 0).data(CommandLogModel::StatusRole).toInt() == int(CommandLogModel::Status::Ok);
    }, 15000);
    return ok && log->index(0, CommandLogModel::CommandColumn).data().toString() == u"HMP: "_s + line;
}

void TestMainWindow::hmpCommand()
{
    auto w = openWindow({m_qemu->qmpSocket()});
    QVERIFY(w);
    QVERIFY(waitForSession(*w));
    QVERIFY(sendHmp(*w, u"info status"_s));
    // What the reply view shows: the monitor's text, not the tree under it.
    JsonTreeView *view = w->replyTree();
    QTRY_VERIFY_WITH_TIMEOUT(view->isTextShown() && view->textView()->toPlainText().contains(u"VM status"_s), 15000);
}

void TestMainWindow::hmpReplyReadsAsText()
{
    auto w = openWindow({m_qemu->qmpSocket()});
    QVERIFY(w);
    QVERIFY(waitForSession(*w));
    QVERIFY(sendHmp(*w, u"info qtree"_s));

    // The reply is the monitor's text, line by line, as a terminal would show it.
    JsonTreeView *view = w->replyTree();
    QTRY_VERIFY_WITH_TIMEOUT(view->isTextShown(), 15000);
    QPlainTextEdit *text = view->textView();
    QVERIFY(text->isVisible());
    const QString shown = text->toPlainText();
    // "-M none": the tree is a bus and its type, on lines of their own.
    QVERIFY2(shown.contains(u"bus: main-system-bus\n  type System"_s), qPrintable(shown));
    QVERIFY2(text->document()->blockCount() >= 2, qPrintable(shown));
    QVERIFY(!shown.contains(u'\r'));
    QCOMPARE(text->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(text->lineWrapMode(), QPlainTextEdit::NoWrap);

    // Search finds within the text; Ctrl+U still shows the JSON as it came.
    view->searchEdit()->setText(u"type system"_s);
    QCOMPARE(text->textCursor().selectedText(), u"type System"_s);
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_U, Qt::ControlModifier);
    QVERIFY(view->isRawShown());
    QVERIFY(view->rawView()->toPlainText().contains(u"\\r\\n"_s));
    QTest::keyClick(view->rawView(), Qt::Key_U, Qt::ControlModifier);
    QVERIFY(view->isTextShown());

    // A QMP reply is a tree again.
    w->commandPanel()->setMode(CommandText::Mode::Qmp);
    typeAndSend(*w, u"query-status"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->rowCount(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(treeContains(view, u"prelaunch"_s), 15000);
    QVERIFY(!view->isTextShown());
    QVERIFY(view->treeView()->isVisible());
}

void TestMainWindow::twoVmsTheChosenOneAnswers()
{
    QemuProcess other;
    QVERIFY2(other.start({u"-name"_s, u"second-vm"_s}), qPrintable(other.errorString()));
    auto w = openWindow({m_qemu->qmpSocket(), other.qmpSocket()});
    QVERIFY(w);
    QVERIFY(waitForSession(*w, 0));
    ConnectionSession *second = waitForSession(*w, 1);
    QVERIFY(second && second->isConnected());
    QCOMPARE(w->connectionsPanel()->currentSession(), second); // the last one opened

    // Choosing the first in the editor's target list makes it current everywhere.
    QComboBox *target = w->commandPanel()->targetCombo();
    QCOMPARE(target->currentIndex(), 1);
    target->setCurrentIndex(0);
    Q_EMIT target->activated(0);
    ConnectionSession *first = w->connectionModel()->session(0);
    QCOMPARE(w->connectionsPanel()->currentSession(), first);
    QVERIFY(w->windowTitle().contains(first->name()));

    typeAndSend(*w, u"query-name"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->index(0, 0).data(CommandLogModel::StatusRole).toInt(),
                              int(CommandLogModel::Status::Ok), 15000);
    QVERIFY(!treeContains(w->replyTree(), u"second-vm"_s));

    // And back to the second, chosen in the connections panel this time.
    w->connectionsPanel()->setCurrentSession(second);
    QCOMPARE(target->currentIndex(), 1);
    typeAndSend(*w, u"query-name"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->rowCount(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(treeContains(w->replyTree(), u"second-vm"_s), 15000);
    QCOMPARE(w->commandLog()->index(1, CommandLogModel::ConnectionColumn).data().toString(), second->name());
}

void TestMainWindow::historyKeptAcrossRestarts()
{
    {
        auto w = openWindow({m_qemu->qmpSocket()});
        QVERIFY(w);
        QVERIFY(waitForSession(*w));
        typeAndSend(*w, u"query-name"_s);
        QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->rowCount(), 1, 15000);
        QVERIFY(w->commandPanel()->editor()->history().contains(u"query-name"_s));
        QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->index(0, 0).data(CommandLogModel::StatusRole).toInt(),
                                  int(CommandLogModel::Status::Ok), 15000);
    }
    auto w = openWindow({m_qemu->qmpSocket()});
    QVERIFY(w);
    QVERIFY(waitForSession(*w));
    QVERIFY(w->commandPanel()->editor()->history().contains(u"query-name"_s));
}

void TestMainWindow::busySocketSaysSo()
{
    // Two --connect of one socket: QEMU greets only the first; the second says why, and stops.
    auto w = openWindow({m_qemu->qmpSocket(), m_qemu->qmpSocket()});
    QVERIFY(w);
    QTRY_COMPARE_WITH_TIMEOUT(w->connectionModel()->rowCount(), 2, 15000);
    ConnectionSession *second = w->connectionModel()->session(1);
    QTRY_VERIFY_WITH_TIMEOUT(!second->lastError().isEmpty(), 30000);
    QVERIFY2(second->lastError().contains(u"another client"_s), qPrintable(second->lastError()));
    QCOMPARE(second->state(), ConnectionSession::State::Disconnected);
    QVERIFY(w->connectionModel()->session(0)->isConnected());
    w->connectionsPanel()->setCurrentSession(second);
    QVERIFY(w->connectionsPanel()->detailsLabel()->text().contains(u"another client"_s));
    QVERIFY(!w->commandPanel()->canSend());
}

void TestMainWindow::guestAgentWithQga()
{
    if (QemuProcess::guestAgentBinary().isEmpty())
        QSKIP("qemu-ga is not installed");
    QemuProcess agent;
    QVERIFY2(agent.startGuestAgent(), qPrintable(agent.errorString()));
    auto w = std::make_unique<MainWindow>();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    CommandLineOptions options;
    options.connectAddresses = {agent.guestAgentSocket()};
    options.guestAgent = true;
    w->applyOptions(options);
    QTRY_COMPARE_WITH_TIMEOUT(w->connectionModel()->rowCount(), 1, 15000);
    ConnectionSession *s = w->connectionModel()->session(0);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    QCOMPARE(s->client()->mode(), QmpClient::Mode::GuestAgent);
    QTRY_VERIFY_WITH_TIMEOUT(s->commandNames().contains(u"guest-ping"_s), 15000);
    QVERIFY(s->qemuVersion().contains(u"guest agent"_s));
    QVERIFY(s->runState().isEmpty()); // an agent knows nothing of the VM's run state

    typeAndSend(*w, u"guest-info"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w->commandLog()->index(0, 0).data(CommandLogModel::StatusRole).toInt(),
                              int(CommandLogModel::Status::Ok), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(treeContains(w->replyTree(), u"guest-ping"_s), 15000);
}

void TestMainWindow::recentConnectionReopens()
{
    {
        auto w = openWindow({m_qemu->qmpSocket()});
        QVERIFY(w);
        QVERIFY(waitForSession(*w));
    }
    // A new window, no --connect: the address is in Connection ▸ Recent Connections.
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->connectionModel()->rowCount(), 0);
    auto *menu = w->findChild<QMenu *>(u"menuRecentConnections"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *entry = nullptr;
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->text() == m_qemu->qmpSocket())
            entry = a;
    }
    QVERIFY(entry);
    entry->trigger();
    ConnectionSession *s = waitForSession(*w);
    QVERIFY(s);
    QVERIFY(s->isConnected());
}

void TestMainWindow::sandboxFailsClearly()
{
    auto w = openWindow();
    QVERIFY(w);
    w->sandbox()->setProgram(u"/nonexistent/qemu-system-x86_64"_s);
    CommandLineOptions options;
    options.sandbox = true;
    w->applyOptions(options);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = w->findChild<QMessageBox *>(u"sandboxErrorBox"_s)) != nullptr, 10000);
    QVERIFY(box->informativeText().contains(u"/nonexistent/qemu-system-x86_64"_s));
    QVERIFY(w->statusBar()->currentMessage().contains(u"not found"_s));
    QCOMPARE(w->connectionModel()->rowCount(), 0);
    box->close();
}

void TestMainWindow::sandboxStartsAndConnects()
{
    m_qemu.reset(); // the sandbox is its own QEMU
    auto w = openWindow();
    QVERIFY(w);
    CommandLineOptions options;
    options.sandbox = true;
    w->applyOptions(options);
    ConnectionSession *s = waitForSession(*w);
    QVERIFY(s);
    QVERIFY2(s->isConnected(), qPrintable(s->lastError()));
    QCOMPARE(s->runState(), u"running"_s);
    const QString tools = w->sandbox()->toolsSocketPath();
    QVERIFY(QFileInfo::exists(tools));
    QVERIFY(s->note().contains(tools));
    QVERIFY(w->connectionsPanel()->detailsLabel()->text().contains(tools));

    // "quit" ends it: the row says so, no dialog; started again, the same row reconnects.
    typeAndSend(*w, u"quit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w->sandbox()->state() == SandboxVm::State::NotRunning, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(s->note().contains(u"stopped"_s), 15000);
    QCOMPARE(w->findChild<QMessageBox *>(u"sandboxErrorBox"_s), nullptr);
    QVERIFY(w->findChild<QAction *>(u"actionStartSandbox"_s)->isEnabled());
    w->findChild<QAction *>(u"actionStartSandbox"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected() && s->runState() == u"running"_s, 30000);
    QCOMPARE(w->connectionModel()->rowCount(), 1);
    QVERIFY(w->commandPanel()->editor()->history().contains(u"quit"_s)); // history is the sandbox's, not the socket's
    const QString newTools = w->sandbox()->toolsSocketPath();
    QVERIFY(s->note().contains(newTools));
    const QString dir = QFileInfo(newTools).absolutePath();
    w.reset(); // the VM stops with the app
    QVERIFY(!QFileInfo::exists(dir));
}

void TestMainWindow::unprotectedConnectionWarns()
{
    // 192.0.2.0/24 is for documentation: nothing answers there, and nothing needs to.
    auto w = openWindow({u"192.0.2.1:4444"_s});
    QVERIFY(w);
    QVERIFY2(w->statusBar()->currentMessage().contains(u"without TLS"_s), qPrintable(w->statusBar()->currentMessage()));
    SecurityBanner *banner = w->securityBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"192.0.2.1:4444"_s), qPrintable(banner->text()));

    // A local connection made current: the banner goes; back to the remote one: it returns.
    ConnectionSession *local = w->connectTo(m_qemu->qmpSocket());
    QCOMPARE(w->connectionsPanel()->currentSession(), local);
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
    w->connectionsPanel()->setCurrentSession(w->connectionModel()->session(0));
    QVERIFY(banner->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
