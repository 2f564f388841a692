// SPDX-License-Identifier: GPL-2.0-or-later
// How qmp-console fits a desktop, offscreen: a saved log dropped on the window opens; window
// state, docks and splitters come back after a restart; the JSON preview as wide as the command
// editor; standard shortcuts and no ambiguous ones; every menu and action reachable from the
// keyboard; accessible names on the main widgets; icons sharp on a high-DPI screen; recent
// connections; the About dialog names the QEMU seen and Qt; a dark palette leaves nothing light
// behind; English plural forms when no other translation applies.
#include "aboutdialog.h"
#include "argumentformpanel.h"
#include "commandeditor.h"
#include "commandpanel.h"
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "eventtimelinemodel.h"
#include "fakeqmpserver.h"
#include "guiresources.h"
#include "jsontreeview.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "timelinefilterbar.h"
#include "timelinefilterproxy.h"
#include "timelinepanel.h"
#include "translationloader.h"

#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QDragEnterEvent>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestDesktopFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void dropSavedLogOpensIt();
    void dropOfTextIsRefused();
    void layoutRestored();
    void commandPreviewHasItsShare();
    void standardShortcuts();
    void noAmbiguousShortcuts();
    void findSearchesTheFocusedView();
    void menusReachableByKeyboard();
    void toolBarActionsAlsoInMenus();
    void accessibleNames();
    void iconsSharpAtHighDpi();
    void recentConnectionsMenu();
    void aboutNamesQemuAndQt();
    void darkPaletteFollowed_data();
    void darkPaletteFollowed();
    void englishPluralForms();

private:
    std::unique_ptr<MainWindow> openWindow();
    static QList<QAction *> windowActions(MainWindow &w);

    QTemporaryDir m_config;
    QTemporaryDir m_files;
};

void TestDesktopFit::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY(m_files.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"qmp-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_desktopfit"_s);
    initGuiResources();
}

void TestDesktopFit::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestDesktopFit::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    w->applyOptions({});
    return w;
}

QList<QAction *> TestDesktopFit::windowActions(MainWindow &w)
{
    QList<QAction *> actions;
    const auto menus = w.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        const auto inMenu = menu->actions();
        for (QAction *a : inMenu) {
            if (!a->isSeparator() && !a->menu() && !actions.contains(a))
                actions.append(a);
        }
    }
    return actions;
}

void TestDesktopFit::dropSavedLogOpensIt()
{
    const QString log = m_files.filePath(u"saved.jsonl"_s);
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"event": "STOP", "timestamp": {"seconds": 1700000000, "microseconds": 1}})"
                "\n"
                R"({"event": "DEVICE_DELETED", "data": {"device": "kbd7", "path": "/machine/peripheral/kbd7"}, "timestamp": {"seconds": 1700000001, "microseconds": 2}})"
                "\n"
                R"({"event": "RESUME", "timestamp": {"seconds": 1700000002, "microseconds": 3}})"
                "\n");
    }
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->timelinePanel()->model()->rowCount(), 0);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(log)});
    const QPoint at = w->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);

    EventTimelineModel *model = w->timelinePanel()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, EventTimelineModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{u"STOP"_s, u"DEVICE_DELETED"_s, u"RESUME"_s}));
    QVERIFY(w->timelinePanel()->proxy()->rowCount() == 3);
    // It is a recent log now, under File ▸ Open Recent.
    auto *recent = w->findChild<QMenu *>(u"menuRecentLogs"_s);
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QVERIFY(std::any_of(recent->actions().cbegin(), recent->actions().cend(),
                        [&](const QAction *a) { return a->text() == log; }));
}

void TestDesktopFit::dropOfTextIsRefused()
{
    auto w = openWindow();
    QVERIFY(w);
    QMimeData mime;
    mime.setText(u"{\"event\": \"STOP\"}"_s);
    QDragEnterEvent enter(w->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(w.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDesktopFit::layoutRestored()
{
    QList<int> consoleSizes;
    QList<int> replySizes;
    QSize size;
    {
        auto w = openWindow();
        QVERIFY(w);
        w->resize(1100, 760);
        auto *console = w->findChild<QSplitter *>(u"consoleSplitter"_s);
        auto *reply = w->findChild<QSplitter *>(u"replySplitter"_s);
        QVERIFY(console && reply);
        const int withTimeline = console->height();
        w->findChild<QDockWidget *>(u"timelineDock"_s)->hide();
        QTRY_VERIFY(console->height() > withTimeline);
        const int consoleTotal = console->sizes().value(0) + console->sizes().value(1);
        console->setSizes({consoleTotal / 4, consoleTotal - consoleTotal / 4});
        const int replyTotal = reply->sizes().value(0) + reply->sizes().value(1);
        reply->setSizes({replyTotal / 3, replyTotal - replyTotal / 3});
        consoleSizes = console->sizes();
        replySizes = reply->sizes();
        size = w->size();
        QVERIFY(w->close());
    }
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->size(), size);
    QVERIFY(w->findChild<QDockWidget *>(u"timelineDock"_s)->isHidden());
    QVERIFY(!w->findChild<QDockWidget *>(u"connectionsDock"_s)->isHidden());
    QCOMPARE(w->findChild<QSplitter *>(u"consoleSplitter"_s)->sizes(), consoleSizes);
    QCOMPARE(w->findChild<QSplitter *>(u"replySplitter"_s)->sizes(), replySizes);
}

void TestDesktopFit::commandPreviewHasItsShare()
{
    QList<int> editorSizes;
    {
        auto w = openWindow(); // first start, default size
        QVERIFY(w);
        auto *split = w->findChild<QSplitter *>(u"editorSplitter"_s);
        QVERIFY(split);
        auto *preview = w->findChild<QPlainTextEdit *>(u"commandPreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY(preview->width() > 0);
        // The exact JSON to be sent: a line such as  "execute": "query-status"  fits unbroken,
        // and the preview is as wide as the editor it mirrors.
        const int line = QFontMetrics(preview->font()).horizontalAdvance(u"\"execute\": \"query-status\""_s);
        QVERIFY2(preview->viewport()->width() >= line, qPrintable(u"%1 px for %2"_s.arg(preview->viewport()->width()).arg(line)));
        QVERIFY2(preview->width() * 10 >= split->width() * 3, qPrintable(u"%1 of %2 px"_s.arg(preview->width()).arg(split->width())));
        QVERIFY(qAbs(w->commandPanel()->editor()->width() - preview->width()) <= 2);
        QVERIFY(w->commandPanel()->argumentForm()->width() >= w->commandPanel()->argumentForm()->minimumSizeHint().width());

        // A share the person chose comes back after a restart.
        const int total = split->sizes().value(0) + split->sizes().value(1) + split->sizes().value(2);
        split->setSizes({total / 3, total / 3, total - 2 * (total / 3)});
        editorSizes = split->sizes();
        QVERIFY(w->close());
    }
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->findChild<QSplitter *>(u"editorSplitter"_s)->sizes(), editorSizes);
}

void TestDesktopFit::standardShortcuts()
{
    auto w = openWindow();
    QVERIFY(w);
    const QList<std::pair<const char *, QKeySequence::StandardKey>> expected{
        {"actionOpenLog", QKeySequence::Open},         {"actionSaveEvents", QKeySequence::Save},
        {"actionSaveTranscript", QKeySequence::SaveAs}, {"actionQuit", QKeySequence::Quit},
        {"actionCopy", QKeySequence::Copy},             {"actionFind", QKeySequence::Find},
        {"actionPreferences", QKeySequence::Preferences}, {"actionNewProfile", QKeySequence::New},
        {"actionFullScreen", QKeySequence::FullScreen}, {"actionUserGuide", QKeySequence::HelpContents},
    };
    for (const auto &[name, key] : expected) {
        auto *action = w->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(key));
    }
    // Refresh, less any key another action has (some desktops bind Ctrl+R to it too).
    auto *reconnect = w->findChild<QAction *>(u"actionReconnect"_s);
    QVERIFY(!reconnect->shortcuts().isEmpty());
    for (const QKeySequence &k : reconnect->shortcuts())
        QVERIFY(QKeySequence::keyBindings(QKeySequence::Refresh).contains(k));
}

void TestDesktopFit::noAmbiguousShortcuts()
{
    // Two actions on one key in the same window: Qt fires neither ("ambiguous shortcut").
    auto w = openWindow();
    QVERIFY(w);
    QHash<QKeySequence, QString> owners;
    const auto actions = w->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        if (a->associatedObjects().isEmpty())
            continue; // on no widget: its shortcut is not active
        const auto keys = a->shortcuts();
        for (const QKeySequence &k : keys) {
            QVERIFY2(!owners.contains(k), qPrintable(u"%1 is both %2 and %3"_s.arg(k.toString(), owners.value(k), a->objectName())));
            owners.insert(k, a->objectName());
        }
    }
    QVERIFY(owners.size() > 10);
}

void TestDesktopFit::findSearchesTheFocusedView()
{
    auto w = openWindow();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *find = w->findChild<QAction *>(u"actionFind"_s);
    QVERIFY(find);
    w->timelinePanel()->tableView()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), w->timelinePanel()->tableView());
    find->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), w->timelinePanel()->filterBar()->textEdit());
    w->commandPanel()->editor()->setFocus();
    find->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), w->replyTree()->searchEdit());
}

void TestDesktopFit::menusReachableByKeyboard()
{
    // Alt+letter opens each menu, a letter picks each entry: one mnemonic each, none twice.
    auto w = openWindow();
    QVERIFY(w);
    auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    };
    QSet<QChar> bar;
    const auto top = w->menuBar()->actions();
    for (QAction *a : top) {
        const QChar m = mnemonic(a->text());
        QVERIFY2(!m.isNull(), qPrintable(a->text()));
        QVERIFY2(!bar.contains(m), qPrintable(a->text()));
        bar.insert(m);
        QSet<QChar> inMenu;
        const auto entries = a->menu()->actions();
        for (QAction *e : entries) {
            if (e->isSeparator() || !e->isVisible())
                continue;
            // The Panels menu lists the docks' own toggle actions, named after their titles.
            if (a->menu()->objectName() == "menuPanels"_L1)
                continue;
            const QChar em = mnemonic(e->text());
            QVERIFY2(!em.isNull(), qPrintable(a->text() + u" ▸ "_s + e->text()));
            QVERIFY2(!inMenu.contains(em), qPrintable(a->text() + u" ▸ "_s + e->text() + u": '"_s + em + u"' twice"_s));
            inMenu.insert(em);
        }
    }
    QCOMPARE(bar.size(), 6);
}

void TestDesktopFit::toolBarActionsAlsoInMenus()
{
    // A tool bar button never takes focus: what it does must be in a menu too.
    auto w = openWindow();
    QVERIFY(w);
    const QList<QAction *> inMenus = windowActions(*w);
    const auto bars = w->findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    for (QToolBar *bar : bars) {
        if (bar->parentWidget() != w.get())
            continue;
        const auto actions = bar->actions();
        for (QAction *a : actions) {
            if (!a->isSeparator())
                QVERIFY2(inMenus.contains(a), qPrintable(a->objectName()));
        }
    }
}

void TestDesktopFit::accessibleNames()
{
    // Screen readers name the main widgets; views and editors never go unnamed.
    auto w = openWindow();
    QVERIFY(w);
    QWidget *named[] = {w->commandPanel()->editor(), w->replyTree()->treeView(),
                        w->timelinePanel()->tableView(), w->timelinePanel()->nameView()};
    for (QWidget *widget : named) {
        QVERIFY(widget);
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName() + u' ' + QLatin1String(widget->metaObject()->className())));
    }
    const auto views = w->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *v : views) {
        if (!v->isVisibleTo(w.get()) || qobject_cast<QMenu *>(v->window()))
            continue;
        if (qobject_cast<QHeaderView *>(v) || (v->parentWidget() && v->parentWidget()->inherits("QComboBoxPrivateContainer")))
            continue; // part of its view, or a combo box's own popup list
        QVERIFY2(!v->accessibleName().isEmpty(),
                 qPrintable(u"%1 in %2"_s.arg(QLatin1String(v->metaObject()->className()),
                                                v->parentWidget() ? QLatin1String(v->parentWidget()->metaObject()->className()) : "-"_L1)));
    }
}

void TestDesktopFit::iconsSharpAtHighDpi()
{
    // Every icon of the window's actions, and the application's, renders at twice its size on a
    // 2x screen instead of being scaled up from a small bitmap.
    auto w = openWindow();
    QVERIFY(w);
    QList<std::pair<QString, QIcon>> icons{{u"application"_s, QIcon(u":/icons/qmp-console.svg"_s)}};
    const auto actions = w->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (!a->icon().isNull() && !a->objectName().startsWith("_q_"_L1)) // Qt's own, as the line edits' clear button
            icons.append({a->objectName().isEmpty() ? a->text() : a->objectName(), a->icon()});
    }
    QVERIFY(icons.size() > 15);
    for (const auto &[name, icon] : std::as_const(icons)) {
        const QPixmap pixmap = icon.pixmap(QSize(32, 32), 2.0);
        QVERIFY2(pixmap.size() == QSize(64, 64) && pixmap.deviceIndependentSize().toSize() == QSize(32, 32),
                 qPrintable(u"%1: %2x%3 pixels"_s.arg(name).arg(pixmap.width()).arg(pixmap.height())));
    }
}

void TestDesktopFit::recentConnectionsMenu()
{
    FakeQmpServer server;
    QVERIFY(server.isListening());
    {
        auto w = openWindow();
        QVERIFY(w);
        w->connectTo(server.path());
        QVERIFY(server.handshake());
        server.setAutoReply(true);
        QTRY_VERIFY(w->connectionModel()->rowCount() == 1 && w->connectionModel()->session(0)->isConnected());
        QVERIFY(w->close());
    }
    server.closePeer();
    auto w = openWindow();
    QVERIFY(w);
    auto *menu = w->findChild<QMenu *>(u"menuRecentConnections"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    const auto actions = menu->actions();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [&](const QAction *a) { return a->text() == server.path(); }));
}

void TestDesktopFit::aboutNamesQemuAndQt()
{
    FakeQmpServer server; // greets as QEMU 7.2.0
    QVERIFY(server.isListening());
    auto w = openWindow();
    QVERIFY(w);
    w->connectTo(server.path());
    QVERIFY(server.handshake());
    server.setAutoReply(true);
    QTRY_COMPARE(w->connectionModel()->rowCount(), 1);
    QTRY_VERIFY(!w->connectionModel()->session(0)->qemuVersion().isEmpty());

    QString text;
    QTimer::singleShot(0, this, [&] {
        auto *about = w->findChild<AboutDialog *>();
        if (!about)
            return;
        if (auto *label = about->findChild<QLabel *>(u"aboutText"_s))
            text = label->text();
        about->reject();
    });
    auto *action = w->findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(action);
    action->trigger(); // modal: returns once the timer closed it
    QVERIFY2(text.contains(u"7.2.0"_s), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(QT_VERSION_STR)), qPrintable(text));
}

void TestDesktopFit::darkPaletteFollowed_data()
{
    QTest::addColumn<bool>("switchWhileOpen");
    QTest::newRow("dark from the start") << false;
    QTest::newRow("switched to dark while open") << true;
}

void TestDesktopFit::darkPaletteFollowed()
{
    QFETCH(bool, switchWhileOpen);
    const QPalette before = QApplication::palette();
    const QString styleBefore = QApplication::style()->name();
    auto restore = qScopeGuard([] { PreferencesDialog::applyColorScheme(PreferencesDialog::ColorScheme::System); });
    if (!switchWhileOpen)
        PreferencesDialog::applyColorScheme(PreferencesDialog::ColorScheme::Dark);

    const QString log = m_files.filePath(u"dark.jsonl"_s);
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            f.write(R"({"event": "STOP", "timestamp": {"seconds": 1700000000, "microseconds": 1}})"
                    "\n");
    }
    auto w = openWindow();
    QVERIFY(w);
    w->resize(1200, 800);
    QVERIFY(w->openLog(log));
    QTRY_COMPARE(w->timelinePanel()->model()->rowCount(), 20);
    if (switchWhileOpen)
        PreferencesDialog::applyColorScheme(PreferencesDialog::ColorScheme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QCoreApplication::processEvents();
    const QImage shot = w->grab().toImage();
    qsizetype light = 0;
    qsizetype total = 0;
    for (int y = 0; y < shot.height(); y += 2) {
        for (int x = 0; x < shot.width(); x += 2) {
            ++total;
            if (QColor(shot.pixel(x, y)).lightness() > 170)
                ++light;
        }
    }
    // Text and icons are light; backgrounds are not: a hard-coded white panel would be far more.
    const double share = double(light) / double(total);
    qInfo("dark palette: %.1f%% light pixels", share * 100);
    if (share >= 0.04)
        shot.save(m_files.filePath(u"dark.png"_s));
    QVERIFY2(share < 0.04, qPrintable(u"%1% light pixels, see %2"_s.arg(share * 100, 0, 'f', 1).arg(m_files.filePath(u"dark.png"_s))));

    restore.dismiss();
    PreferencesDialog::applyColorScheme(PreferencesDialog::ColorScheme::System);
    QCOMPARE(QApplication::style()->name(), styleBefore);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
}

void TestDesktopFit::englishPluralForms()
{
    // English has a translation file of its own only for its plural forms: "1 event", "2 events".
    TranslationLoader loader;
    if (TranslationLoader::availableLanguages().isEmpty())
        QSKIP("no .qm files beside the build tree");
    QVERIFY(TranslationLoader::availableLanguages().contains(u"en"_s));
    loader.apply(u"en"_s);
    QCOMPARE(TimelineFilterProxy::tr("%1 of %n events", nullptr, 1).arg(1), u"1 of 1 event"_s);
    QCOMPARE(TimelineFilterProxy::tr("%1 of %n events", nullptr, 2).arg(1), u"1 of 2 events"_s);
    loader.apply(u"de"_s);
    QCOMPARE(TimelineFilterProxy::tr("%1 of %n events", nullptr, 1).arg(1), u"1 von 1 Ereignis"_s);
    QCOMPARE(TimelineFilterProxy::tr("%1 of %n events", nullptr, 5).arg(2), u"2 von 5 Ereignissen"_s);
    // A language without a translation gets that English, not the bare source text ("1 events").
    QVERIFY(!TranslationLoader::availableLanguages().contains(u"it"_s));
    QVERIFY(loader.apply(u"it"_s).isEmpty());
    QCOMPARE(TimelineFilterProxy::tr("%1 of %n events", nullptr, 1).arg(1), u"1 of 1 event"_s);
}

QTEST_MAIN(TestDesktopFit)
#include "tst_desktopfit.moc"
