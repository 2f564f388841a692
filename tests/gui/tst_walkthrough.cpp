// SPDX-License-Identifier: GPL-2.0-or-later
// What a new user runs into in the first minutes, offscreen: the timeline has room on first start;
// a language switch keeps the window title, the status line and the Devices dock in step; a
// failed connection reads the same in its row, its details and the status line; a mistyped
// address is asked again with the text kept; the save dialogs offer a name and add the suffix;
// an unplug started with Ctrl+Enter is selected alone and named below the tabs; reconnecting a
// dead sandbox starts a new one; the Devices tabs do not widen their dock; event names never seen
// are dimmed and the list sorts by count; a multi-line value (an HMP reply) keeps tree rows one
// line high; disconnecting the sandbox's row stops it.
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "connectionspanel.h"
#include "devicespanel.h"
#include "eventnamecountmodel.h"
#include "eventtimelinemodel.h"
#include "guiresources.h"
#include "jsontreeview.h"
#include "mainwindow.h"
#include "qemuprocess.h"
#include "qmpclient.h"
#include "sandboxvm.h"
#include "timelinepanel.h"
#include "unplugtracker.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

#include <memory>

#include <signal.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// Every string comes back marked, so that a test sees which ones followed a language switch.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return u"\u00bb"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Runs check on the next modal dialog of type T as soon as it is up; the caller then blocks in
// whatever opened it.
template <typename T, typename F>
void onNextModal(F check)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void timelineHasRoomOnFirstStart();
    void devicesTabsKeepTheDockWidth();
    void eventNamesSeenStandOut();
    void multiLineValueKeepsRowsOneLine();
    void languageSwitchKeepsTitleAndStatus();
    void failedConnectionReadsTheSameEverywhere();
    void mistypedAddressIsAskedAgain();
    void saveDialogOffersNameAndSuffix();
    void unplugSelectedAloneAndNamed();
    void reconnectingDeadSandboxStartsNewOne();
    void disconnectingSandboxStopsIt();

private:
    std::unique_ptr<MainWindow> openWindow();
    std::unique_ptr<MainWindow> openSandboxWindow();

    QTemporaryDir m_config;
    QTemporaryDir m_files;
};

void TestWalkthrough::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY(m_files.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("HOME", QFile::encodeName(m_files.path())); // Documents and home: this test's own
    QCoreApplication::setOrganizationName(u"qmp-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_walkthrough"_s);
    initGuiResources();
}

void TestWalkthrough::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestWalkthrough::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    return w;
}

// A window started as with --sandbox, its sandbox the current and connected session; null when
// that did not come about.
std::unique_ptr<MainWindow> TestWalkthrough::openSandboxWindow()
{
    auto w = openWindow();
    if (!w)
        return {};
    CommandLineOptions options;
    options.sandbox = true;
    w->applyOptions(options);
    const bool connected = QTest::qWaitFor([&w] {
        const ConnectionSession *s = w->connectionsPanel()->currentSession();
        return s && s->isConnected();
    }, waitMs);
    return connected ? std::move(w) : nullptr;
}

void TestWalkthrough::timelineHasRoomOnFirstStart()
{
    auto w = openWindow();
    QVERIFY(w);
    auto *timeline = w->findChild<QDockWidget *>(u"timelineDock"_s);
    QVERIFY(timeline);
    // The window's default size; the events table shows about ten rows, not three.
    QCOMPARE(w->size(), QSize(1280, 820));
    auto *table = w->timelinePanel()->findChild<QTableView *>();
    QVERIFY(table);
    const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 8, qPrintable(u"%1 rows of events visible"_s.arg(rows)));
}

void TestWalkthrough::devicesTabsKeepTheDockWidth()
{
    auto w = openWindow();
    QVERIFY(w);
    auto *dock = w->findChild<QDockWidget *>(u"devicesDock"_s);
    auto *tabs = w->devicesPanel()->findChild<QTabWidget *>();
    QVERIFY(dock && tabs);
    const int width = dock->width();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        // A page wider than the dock would push the dock wider, squeezing the console, on every switch.
        QVERIFY2(tabs->currentWidget()->minimumSizeHint().width() <= tabs->currentWidget()->width(),
                 qPrintable(u"page %1 needs %2 px of %3"_s.arg(tab).arg(tabs->currentWidget()->minimumSizeHint().width()).arg(tabs->currentWidget()->width())));
        QCoreApplication::processEvents();
        QCOMPARE(dock->width(), width);
    }
}

void TestWalkthrough::eventNamesSeenStandOut()
{
    const QString log = m_files.filePath(u"seen.jsonl"_s);
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 0}})" "\n"
                R"({"event": "RESUME", "timestamp": {"seconds": 2, "microseconds": 0}})" "\n"
                R"({"event": "STOP", "timestamp": {"seconds": 3, "microseconds": 0}})" "\n");
    }
    TimelinePanel panel;
    panel.nameModel()->setKnownNames({u"ACPI_DEVICE_OST"_s, u"BALLOON_CHANGE"_s, u"RESUME"_s, u"STOP"_s});
    QVERIFY(panel.openLog(log).ok);
    QAbstractItemModel *shown = panel.nameView()->model();
    const auto row = [&](const QString &name) {
        const QModelIndexList found = shown->match(shown->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        return found.value(0);
    };
    QTRY_COMPARE(row(u"STOP"_s).siblingAtColumn(1).data().toInt(), 2);
    const QColor dim = panel.nameView()->palette().color(QPalette::PlaceholderText);
    QCOMPARE(row(u"BALLOON_CHANGE"_s).data(Qt::ForegroundRole).value<QBrush>().color(), dim);
    QVERIFY(row(u"STOP"_s).data(Qt::ForegroundRole).value<QBrush>().color() != dim);

    // Sorted by count, the busiest come first; ticking still reaches the model.
    panel.nameView()->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), u"STOP"_s);
    QCOMPARE(shown->index(1, 0).data().toString(), u"RESUME"_s);
    QVERIFY(shown->setData(shown->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(panel.nameModel()->hiddenNames().contains(u"STOP"_s));
}

void TestWalkthrough::multiLineValueKeepsRowsOneLine()
{
    // What human-monitor-command returns for "info qtree": many lines in one string.
    QString text;
    for (int i = 0; i < 200; ++i)
        text += u"  dev: line %1\r\n"_s.arg(i);
    JsonTreeView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setValue(QmpValue::object({{u"return"_s, QmpValue(text)}, {u"id"_s, QmpValue(7)}}));
    QTreeView *tree = view.treeView();
    const QModelIndex first = tree->model()->index(0, 1);
    QVERIFY(first.data().toString().contains(u'\n')); // the model keeps the text as it came
    const int lineHeight = tree->fontMetrics().height();
    QVERIFY2(tree->visualRect(first).height() < 2 * lineHeight,
             qPrintable(u"row %1 px high"_s.arg(tree->visualRect(first).height())));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), text);
}

void TestWalkthrough::languageSwitchKeepsTitleAndStatus()
{
    auto w = openWindow();
    QVERIFY(w);
    w->connectTo(m_files.filePath(u"no-such.sock"_s));
    QTRY_VERIFY(w->windowTitle().contains(u"no-such.sock"_s));
    auto *status = w->statusBar()->findChild<QLabel *>(u"connectionStatus"_s);
    QVERIFY(status);

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_VERIFY(w->findChild<QDockWidget *>(u"devicesDock"_s)->windowTitle().startsWith(u"\u00bb"_s));
    QVERIFY2(w->windowTitle().contains(u"no-such.sock"_s), qPrintable(w->windowTitle()));
    QVERIFY2(w->windowTitle().startsWith(u"\u00bb"_s), qPrintable(w->windowTitle()));
    QVERIFY2(status->text().contains(u"\u00bb"_s), qPrintable(status->text()));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(w->findChild<QDockWidget *>(u"devicesDock"_s)->windowTitle(), u"Devices"_s);
    QVERIFY(!w->windowTitle().contains(u"\u00bb"_s));
}

void TestWalkthrough::failedConnectionReadsTheSameEverywhere()
{
    auto w = openWindow();
    QVERIFY(w);
    ConnectionSession *s = w->connectTo(m_files.filePath(u"no-such.sock"_s));
    QVERIFY(s);
    ConnectionListModel *model = w->connectionModel();
    const auto rowState = [&] { return model->data(model->indexOf(s, ConnectionListModel::StateColumn)).toString(); };
    QTRY_COMPARE(rowState(), u"failed"_s);
    const QString details = w->connectionsPanel()->detailsLabel()->text();
    QVERIFY2(details.contains(u"State: failed"_s), qPrintable(details));
    auto *status = w->statusBar()->findChild<QLabel *>(u"connectionStatus"_s);
    QVERIFY2(status->text().contains(u"failed"_s), qPrintable(status->text()));
    QVERIFY2(w->windowTitle().contains(u"failed"_s), qPrintable(w->windowTitle()));
}

void TestWalkthrough::mistypedAddressIsAskedAgain()
{
    auto w = openWindow();
    QVERIFY(w);
    QString secondOffer;
    bool warned = false;
    onNextModal<QInputDialog>([&](QInputDialog *first) {
        first->setTextValue(u"tcp:host:99999"_s);
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            warned = box->text().contains(u"99999"_s);
            onNextModal<QInputDialog>([&](QInputDialog *second) {
                secondOffer = second->textValue();
                second->reject();
            });
            box->accept();
        });
        first->accept();
    });
    w->connectionsPanel()->connectToAddress();
    QVERIFY(warned);
    QCOMPARE(secondOffer, u"tcp:host:99999"_s);
    QCOMPARE(w->connectionModel()->rowCount(), 0); // nothing was opened
}

void TestWalkthrough::saveDialogOffersNameAndSuffix()
{
    auto w = openWindow();
    QVERIFY(w);
    const QString documents = QDir(m_files.path()).filePath(u"Documents"_s);
    QVERIFY(QDir().mkpath(documents));
    auto *save = w->findChild<QAction *>(u"actionSaveEvents"_s);
    QVERIFY(save);

    QString offered;
    QString folder;
    onNextModal<QFileDialog>([&](QFileDialog *dialog) {
        offered = dialog->selectedFiles().value(0);
        folder = dialog->directory().absolutePath();
        // Typed without a suffix, as people do.
        dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(u"mine"_s);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks and adds the suffix
    });
    save->trigger();
    QCOMPARE(folder, documents);
    QVERIFY2(QFileInfo(offered).fileName().startsWith(u"events-"_s), qPrintable(offered));
    QVERIFY2(offered.endsWith(u".jsonl"_s), qPrintable(offered));
    QVERIFY2(QFileInfo::exists(QDir(documents).filePath(u"mine.jsonl"_s)), qPrintable(w->statusBar()->currentMessage()));

    // The next dialog, transcript or open, starts where the last file went.
    const QString elsewhere = m_files.filePath(u"logs"_s);
    QVERIFY(QDir().mkpath(elsewhere));
    onNextModal<QFileDialog>([&](QFileDialog *dialog) {
        offered = dialog->selectedFiles().value(0);
        dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(QDir(elsewhere).filePath(u"session"_s));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks and adds the suffix
    });
    w->findChild<QAction *>(u"actionSaveTranscript"_s)->trigger();
    QVERIFY2(QFileInfo(offered).fileName().startsWith(u"transcript-"_s), qPrintable(offered));
    QVERIFY(QFileInfo::exists(QDir(elsewhere).filePath(u"session.jsonl"_s)));
    onNextModal<QFileDialog>([&](QFileDialog *dialog) {
        folder = dialog->directory().absolutePath();
        dialog->reject();
    });
    w->findChild<QAction *>(u"actionOpenLog"_s)->trigger();
    QCOMPARE(folder, elsewhere);
}

void TestWalkthrough::unplugSelectedAloneAndNamed()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    QemuProcess qemu;
    const QStringList args = {u"-M"_s, u"q35"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                              u"-device"_s, u"qemu-xhci,id=xhci"_s,
                              u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(qemu.qmpSocket())};
    QVERIFY2(qemu.startWithArgs(args, qemu.qmpSocket(), waitMs), qPrintable(qemu.errorString()));
    QmpClient client;
    client.connectToServer(QmpAddress::unixSocket(qemu.qmpSocket()));
    QVERIFY(client.waitForConnected(waitMs));

    DevicesPanel panel;
    panel.resize(400, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setClient(&client);
    for (const QString &id : {u"k0"_s, u"k1"_s}) {
        std::unique_ptr<QmpReply> r(client.execute(u"device_add"_s, QmpValue::fromJson(
            u"{\"driver\": \"usb-kbd\", \"bus\": \"xhci.0\", \"id\": \"%1\"}"_s.arg(id).toUtf8())));
        QVERIFY(r->waitForFinished(waitMs));
        QVERIFY(r->isSuccess());
    }
    std::unique_ptr<QmpReply> first(client.execute(u"device_del"_s, QmpValue::fromJson(R"({"id": "k0"})")));
    QVERIFY(first->waitForFinished(waitMs));
    QTRY_COMPARE(panel.unplugTracker()->count(), 1);

    // Ctrl is still down when Ctrl+Enter has sent the command.
    QTest::keyPress(panel.unplugView(), Qt::Key_Control, Qt::ControlModifier);
    std::unique_ptr<QmpReply> second(client.execute(u"device_del"_s, QmpValue::fromJson(R"({"id": "k1"})")));
    QTRY_COMPARE(panel.unplugTracker()->count(), 2);
    QTest::keyRelease(panel.unplugView(), Qt::Key_Control, Qt::NoModifier);
    const QModelIndexList selected = panel.unplugView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 1);
    QVERIFY2(panel.statusText().contains(u"k1"_s), qPrintable(panel.statusText()));
    QTRY_VERIFY2(panel.unplugDetailText().contains(u"\"k1\""_s), qPrintable(panel.unplugDetailText()));
}

void TestWalkthrough::reconnectingDeadSandboxStartsNewOne()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    auto w = openSandboxWindow();
    QVERIFY(w);
    ConnectionSession *sandbox = w->connectionsPanel()->currentSession();
    const QString firstSocket = sandbox->address();
    const qint64 pid = w->sandbox()->processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(w->sandbox()->state() == SandboxVm::State::NotRunning, waitMs);
    QTRY_VERIFY(!sandbox->isConnected());
    QVERIFY2(sandbox->note().contains(u"Reconnect"_s), qPrintable(sandbox->note()));

    w->findChild<QAction *>(u"actionReconnect"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->isConnected(), waitMs);
    QCOMPARE(w->connectionModel()->rowCount(), 1); // the same row, a new VM behind it
    QVERIFY(sandbox->address() != firstSocket);
    QVERIFY2(sandbox->note().contains(w->sandbox()->toolsSocketPath()), qPrintable(sandbox->note()));
}

void TestWalkthrough::disconnectingSandboxStopsIt()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    auto w = openSandboxWindow();
    QVERIFY(w);
    auto *start = w->findChild<QAction *>(u"actionStartSandbox"_s);
    QVERIFY(!start->isEnabled());
    const qint64 pid = w->sandbox()->processId();
    QVERIFY(pid > 0);

    w->findChild<QAction *>(u"actionDisconnect"_s)->trigger();
    QCOMPARE(w->connectionModel()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(w->sandbox()->state() == SandboxVm::State::NotRunning, waitMs);
    QVERIFY(::kill(pid_t(pid), 0) != 0); // the QEMU is gone, not left running out of reach
    QVERIFY(start->isEnabled());

    start->trigger(); // and a new one comes back in a row of its own
    QTRY_VERIFY_WITH_TIMEOUT(w->connectionsPanel()->currentSession()
                                 && w->connectionsPanel()->currentSession()->isConnected(), waitMs);
    QCOMPARE(w->connectionModel()->rowCount(), 1);
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
