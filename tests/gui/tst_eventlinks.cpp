// SPDX-License-Identifier: GPL-2.0-or-later
// From a command in the command log to the events it caused in the timeline, and back, against
// a fake QMP server inside the test that answers device_del with DEVICE_DELETED.
#include "commandlogmodel.h"
#include "commandlogview.h"
#include "eventnamecountmodel.h"
#include "eventtimelinemodel.h"
#include "fakeqmpserver.h"
#include "guiresources.h"
#include "qmpclient.h"
#include "timelinefilterproxy.h"
#include "timelinepanel.h"

#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QTableView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// Greets, answers every command with {}, and follows device_del with its DEVICE_DELETED.
void playQemu(FakeQmpServer &server)
{
    server.setGreetOnConnect(true);
    server.setResponder([&server](const QmpValue &command) {
        server.reply(command);
        if (command.value(u"execute").toString() == "device_del"_L1)
            server.send(FakeQmpServer::deviceEvent(u"DEVICE_DELETED"_s, command.value(u"arguments").value(u"id").toString()));
    });
}

} // namespace

class tst_EventLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandToEventsAndBack();
};

void tst_EventLinks::initTestCase()
{
    initGuiResources();
}

void tst_EventLinks::commandToEventsAndBack()
{
    FakeQmpServer qemu;
    playQemu(qemu);
    QmpClient client;
    TimelinePanel panel;
    panel.addClient(&client, u"vm"_s);
    CommandLogModel log;
    CommandLogView view;
    view.setLogModel(&log);
    client.connectToServer(qemu.address());
    QVERIFY2(client.waitForConnected(waitMs), qPrintable(client.lastError().message()));

    std::unique_ptr<QmpReply> stop(client.execute(u"stop"_s));
    log.addReply(u"vm"_s, stop.get());
    std::unique_ptr<QmpReply> del(client.execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"k0"_s}})));
    log.addReply(u"vm"_s, del.get());
    QVERIFY(del->waitForFinished(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, waitMs);

    // Command log -> timeline.
    QSignalSpy wanted(&view, &CommandLogView::linkedEventsRequested);
    view.setCurrentIndex(log.index(1, 0));
    view.showEventsAction()->trigger();
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().at(0).toString(), u"vm"_s);
    const QmpValue request = wanted.first().at(1).value<QmpValue>();
    QCOMPARE(request.value(u"execute").toString(), u"device_del"_s);

    QSignalSpy status(&panel, &TimelinePanel::statusMessage);
    QCOMPARE(panel.showEventsCausedBy(u"vm"_s, request), 1);
    const QModelIndex selected = panel.tableView()->currentIndex();
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(EventTimelineModel::NameRole).toString(), u"DEVICE_DELETED"_s);
    QVERIFY(status.last().first().toString().contains(u"DEVICE_DELETED"_s));
    QVERIFY(!panel.followsTail());

    // Timeline -> command log.
    QSignalSpy cause(&panel, &TimelinePanel::causingCommandRequested);
    panel.showCauseAction()->trigger();
    QCOMPARE(cause.count(), 1);
    QCOMPARE(cause.first().at(0).toString(), u"vm"_s);
    view.setCurrentIndex(log.index(0, 0));
    QVERIFY(view.selectRequest(u"vm"_s, cause.first().at(1).value<QmpValue>()));
    QCOMPARE(view.currentIndex().row(), 1);

    // A command that caused nothing, and one the log does not have.
    QCOMPARE(panel.showEventsCausedBy(u"vm"_s, log.index(0, 0).data(CommandLogModel::RequestRole).value<QmpValue>()), 0);
    QVERIFY(!view.selectRequest(u"vm"_s, QmpValue::object({{u"execute"_s, u"cont"_s}, {u"id"_s, 999}})));
    QVERIFY(!view.selectRequest(u"other"_s, request));

    // Any events of a connection, e.g. an unplug's, by the client that received them.
    QSignalSpy received(&client, &QmpClient::eventReceived);
    std::unique_ptr<QmpReply> again(client.execute(u"device_del"_s, QmpValue::object({{u"id"_s, u"k1"_s}})));
    QVERIFY(received.wait(waitMs));
    const QmpEvent k1 = received.first().first().value<QmpEvent>();
    panel.tableView()->setCurrentIndex({});
    QCOMPARE(panel.showEvents(&client, {k1}), 1);
    QCOMPARE(panel.tableView()->currentIndex().data(EventTimelineModel::RawJsonRole).toByteArray(), k1.raw());
    QCOMPARE(panel.showEvents(nullptr, {k1}), 0);

    // An event the filter hides is not selected, and the status line says so.
    panel.nameModel()->setChecked(u"DEVICE_DELETED"_s, false);
    panel.applyFilterNow();
    QCOMPARE(panel.proxy()->rowCount(), 0);
    QCOMPARE(panel.showEventsCausedBy(u"vm"_s, request), 1);
    QVERIFY2(status.last().first().toString().contains(u"hidden"_s), qPrintable(status.last().first().toString()));
    QCOMPARE(panel.showEvents(&client, {k1}), 0);

    panel.removeClient(&client);
    QCOMPARE(panel.showEventsCausedBy(u"vm"_s, request), 0); // the connection's links went with it
}

QTEST_MAIN(tst_EventLinks)
#include "tst_eventlinks.moc"
