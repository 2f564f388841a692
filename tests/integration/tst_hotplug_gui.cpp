// SPDX-License-Identifier: GPL-2.0-or-later
// The hotplug widgets offscreen against a real q35 QEMU: the devices panel adds a device from
// its property form and removes it, following the unplug and diffing query-pci; the schema
// completion source completes commands, keys, enum values and QOM paths.
#include "devicespanel.h"
#include "devicetreemodel.h"
#include "qemuprocess.h"
#include "qmpclient.h"
#include "replydiffmodel.h"
#include "replydiffview.h"
#include "schemacompletionsource.h"
#include "unplugtracker.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 20000;

std::pair<QString, int> splitCursor(const QString &marked)
{
    const int cursor = int(marked.indexOf(u'|'));
    QString text = marked;
    text.remove(cursor, 1);
    return {text, cursor};
}
} // namespace

class tst_HotplugGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addAndRemoveUsbDevice();
    void pendingUnplugInTree();
    void treeKeepsSelectionAndExpansion();
    void typedArguments();
    void addFails();
    void completion_data();
    void completion();
    void objectPathCompletion();
    void noSchemaNoCompletion();
    void diagnostics_data();
    void diagnostics();
    void describeAndEvents();
    void clientGoesAway();
    void guestAgentConnection();
    void panelWithoutClient();

private:
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<QmpClient> m_client;
};

void tst_HotplugGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    m_qemu = std::make_unique<QemuProcess>();
    const QStringList args = {u"-M"_s, u"q35"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                              u"-device"_s, u"qemu-xhci,id=xhci"_s,
                              u"-device"_s, u"pcie-root-port,id=rp0,chassis=1,slot=1"_s,
                              u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())};
    QVERIFY2(m_qemu->startWithArgs(args, m_qemu->qmpSocket(), waitMs), qPrintable(m_qemu->errorString()));
    m_client = std::make_unique<QmpClient>();
    m_client->connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY2(m_client->waitForConnected(waitMs), qPrintable(m_client->lastError().message()));
}

void tst_HotplugGui::cleanupTestCase()
{
    m_client.reset();
    m_qemu.reset();
}

void tst_HotplugGui::addAndRemoveUsbDevice()
{
    DevicesPanel panel;
    QAbstractItemModelTester tester(panel.deviceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy drivers(&panel, &DevicesPanel::driversLoaded);
    QSignalSpy refreshed(panel.deviceModel(), &DeviceTreeModel::refreshed);
    panel.setClient(m_client.get());
    panel.show();
    QVERIFY(drivers.count() || drivers.wait(waitMs));
    QVERIFY(refreshed.count() || refreshed.wait(waitMs));
    QVERIFY(panel.driverCombo()->findText(u"usb-kbd"_s) >= 0);
    QVERIFY(panel.driverCombo()->findText(u"e1000e"_s) >= 0);
    QVERIFY(panel.busCombo()->findText(u"xhci.0"_s) >= 0);
    QVERIFY(panel.busCombo()->findText(u"pcie.0"_s) >= 0);
    QVERIFY(!panel.removeButton()->isEnabled()); // nothing selected

    QSignalSpy properties(&panel, &DevicesPanel::propertiesLoaded);
    panel.driverCombo()->setCurrentText(u"usb-kbd"_s);
    QVERIFY(properties.wait(waitMs));
    QCOMPARE(properties.first().first().toString(), u"usb-kbd"_s);
    QVERIFY(panel.propertyNames().contains(u"port"_s));
    QVERIFY(panel.propertyNames().contains(u"usb_version"_s));
    panel.idEdit()->setText(u"kbd7"_s);
    panel.busCombo()->setCurrentText(u"xhci.0"_s);
    panel.setPropertyValue(u"usb_version"_s, u"2"_s);
    QVERIFY(panel.addButton()->isEnabled());

    QSignalSpy diff(&panel, &DevicesPanel::diffUpdated);
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.deviceModel()->indexForPath(u"/machine/peripheral/kbd7"_s).isValid(), waitMs);
    QVERIFY2(diff.count() || diff.wait(waitMs), qPrintable(panel.statusText()));
    QVERIFY(panel.diffView()->summary().contains(u"device_add kbd7"_s));

    // Select it in the tree and remove it: the unplug completes, the tree forgets it.
    const QModelIndex kbd = panel.deviceModel()->indexForPath(u"/machine/peripheral/kbd7"_s);
    panel.treeView()->setCurrentIndex(kbd);
    QVERIFY(panel.removeButton()->isEnabled());
    QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.unplugTracker()->count(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel.unplugTracker()->state(0), UnplugTracker::State::Completed, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.deviceModel()->indexForPath(u"/machine/peripheral/kbd7"_s).isValid(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(u"completed"_s), waitMs);
    // The unplug shows with its command, its reply and the event that ended it.
    QTRY_VERIFY_WITH_TIMEOUT(panel.unplugDetailText().contains(u"DEVICE_DELETED"_s), waitMs);
    QVERIFY(panel.unplugDetailText().contains(u"\"device_del\""_s));
    QVERIFY(panel.unplugDetailText().contains(u"State: completed"_s));
    // And leads to that event in the timeline.
    QVERIFY(panel.showUnplugEventsAction()->isEnabled());
    QSignalSpy wanted(&panel, &DevicesPanel::unplugEventsRequested);
    panel.showUnplugEventsAction()->trigger();
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().at(0).value<QmpClient *>(), m_client.get());
    const auto events = wanted.first().at(1).value<QList<QmpEvent>>();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().name(), u"DEVICE_DELETED"_s);
}

void tst_HotplugGui::treeKeepsSelectionAndExpansion()
{
    DevicesPanel panel;
    QSignalSpy refreshed(panel.deviceModel(), &DeviceTreeModel::refreshed);
    panel.setClient(m_client.get());
    panel.show();
    QVERIFY(refreshed.count() || refreshed.wait(waitMs));
    DeviceTreeModel *model = panel.deviceModel();
    QTreeView *tree = panel.treeView();
    const QString xhciPath = u"/machine/peripheral/xhci"_s;
    const QString rpBusPath = u"/machine/peripheral/rp0/rp0"_s;
    QVERIFY(model->indexForPath(xhciPath).isValid());
    QVERIFY(model->indexForPath(rpBusPath).isValid());
    QVERIFY(tree->isExpanded(model->indexForPath(xhciPath))); // a first look shows everything

    tree->collapse(model->indexForPath(xhciPath));
    tree->setCurrentIndex(model->indexForPath(rpBusPath));
    refreshed.clear();
    panel.refresh();
    QVERIFY(refreshed.wait(waitMs));
    QVERIFY(!tree->isExpanded(model->indexForPath(xhciPath)));
    QVERIFY(tree->isExpanded(model->indexForPath(rpBusPath).parent()));
    QCOMPARE(tree->currentIndex().data(DeviceTreeModel::PathRole).toString(), rpBusPath);

    // Opened again by hand, it stays open through the next rebuild too.
    tree->expand(model->indexForPath(xhciPath));
    refreshed.clear();
    panel.refresh();
    QVERIFY(refreshed.wait(waitMs));
    QVERIFY(tree->isExpanded(model->indexForPath(xhciPath)));
}

void tst_HotplugGui::pendingUnplugInTree()
{
    DevicesPanel panel;
    QSignalSpy refreshed(panel.deviceModel(), &DeviceTreeModel::refreshed);
    panel.setClient(m_client.get(), u"vm-a"_s);
    QVERIFY(refreshed.count() || refreshed.wait(waitMs));
    refreshed.clear();
    std::unique_ptr<QmpReply> add(m_client->execute(u"device_add"_s, QmpValue::object({{u"driver"_s, u"e1000e"_s},
                                                                                         {u"id"_s, u"nic5"_s},
                                                                                         {u"bus"_s, u"rp0"_s}})));
    QVERIFY(add->waitForFinished(waitMs));
    QVERIFY2(add->isSuccess(), qPrintable(add->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(panel.deviceModel()->indexForPath(u"/machine/peripheral/nic5"_s).isValid(), waitMs);
    QCOMPARE(panel.deviceLabel(u"/machine/peripheral/nic5"_s), u"nic5"_s);
    panel.treeView()->setCurrentIndex(panel.deviceModel()->indexForPath(u"/machine/peripheral/nic5"_s));
    panel.removeSelectedDevice();
    // No guest answers a PCIe unplug here: the tree says so next to the device.
    QTRY_VERIFY_WITH_TIMEOUT(panel.deviceLabel(u"/machine/peripheral/nic5"_s).startsWith(u"nic5 (unplug pending"_s), waitMs);
    QVERIFY(panel.unplugDetailText().contains(u"State: pending"_s));
    // QEMU's empty reply shows while the unplug is still pending.
    QTRY_VERIFY_WITH_TIMEOUT(panel.unplugDetailText().contains(u"Reply: {"_s), waitMs);
    QVERIFY2(!panel.unplugDetailText().contains(u"(none yet)"_s), qPrintable(panel.unplugDetailText()));
    QVERIFY(panel.unplugDetailText().contains(u"State: pending"_s));
    QVERIFY(panel.unplugDetailText().contains(u"Connection: vm-a"_s));
    QAbstractItemModel *unplugs = panel.unplugView()->model();
    QCOMPARE(unplugs->headerData(UnplugTracker::ConnectionColumn, Qt::Horizontal).toString(), u"Connection"_s);
    QCOMPARE(unplugs->index(0, UnplugTracker::ConnectionColumn).data().toString(), u"vm-a"_s);

    // A second VM selected: the first one's unplug stays listed, named by its connection, and
    // goes on being followed; the tree of the second VM has no such mark.
    QemuProcess second;
    QVERIFY2(second.start({}, waitMs), qPrintable(second.errorString()));
    QmpClient other;
    other.connectToServer(QmpAddress::unixSocket(second.qmpSocket()));
    QVERIFY2(other.waitForConnected(waitMs), qPrintable(other.lastError().message()));
    panel.setClient(&other, u"vm-b"_s);
    QCOMPARE(unplugs->rowCount(), 1);
    QCOMPARE(panel.unplugTracker()->state(0), UnplugTracker::State::Pending);
    QCOMPARE(panel.unplugTracker()->rowForDevice(u"nic5"_s), -1);
    QVERIFY(!panel.unplugView()->isColumnHidden(UnplugTracker::ConnectionColumn));
    panel.setClient(m_client.get(), u"vm-a"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel.deviceLabel(u"/machine/peripheral/nic5"_s).startsWith(u"nic5 (unplug pending"_s), waitMs);
    panel.setClient(nullptr);
}

void tst_HotplugGui::typedArguments()
{
    DevicesPanel panel;
    QSignalSpy drivers(&panel, &DevicesPanel::driversLoaded);
    panel.setClient(m_client.get());
    QVERIFY(drivers.count() || drivers.wait(waitMs));
    QSignalSpy properties(&panel, &DevicesPanel::propertiesLoaded);
    panel.driverCombo()->setCurrentText(u"usb-kbd"_s);
    QVERIFY(properties.wait(waitMs));
    panel.idEdit()->setText(u" k "_s);
    panel.setPropertyValue(u"usb_version"_s, u"0x2"_s); // uint32: an integer on the wire
    panel.setPropertyValue(u"port"_s, u"1"_s);          // str: stays a string
    panel.setPropertyValue(u"msos-desc"_s, u"off"_s);   // bool
    QCOMPARE(panel.deviceAddArguments().toJson(),
             QByteArray(R"({"driver":"usb-kbd","id":"k","port":"1","msos-desc":false,"usb_version":2})"));
}

void tst_HotplugGui::addFails()
{
    DevicesPanel panel;
    QSignalSpy drivers(&panel, &DevicesPanel::driversLoaded);
    panel.setClient(m_client.get());
    QVERIFY(drivers.count() || drivers.wait(waitMs));
    panel.driverCombo()->setCurrentText(u"usb-kbd"_s);
    panel.busCombo()->setCurrentText(u"no-such-bus"_s);
    panel.addDevice();
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(u"device_add failed"_s), waitMs);
    QVERIFY(panel.statusText().contains(u"no-such-bus"_s));
}

void tst_HotplugGui::completion_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<int>("wordStart");

    QTest::newRow("command") << u"device_d|"_s << QStringList{u"device_del"_s} << 0;
    QTest::newRow("short-form key") << u"device_add |"_s << QStringList{u"driver="_s, u"bus="_s, u"id="_s} << 11;
    QTest::newRow("enum value") << u"screendump filename=x format=|"_s << QStringList{u"ppm"_s, u"png"_s} << 29;
    QTest::newRow("variant key") << u"blockdev-add driver=file fi|"_s << QStringList{u"filename="_s} << 25;
    QTest::newRow("json key in quotes") << u"{\"execute\": \"device_del\", \"arguments\": {\"|"_s << QStringList{u"id"_s} << 41;
    QTest::newRow("json value without quote") << u"{\"execute\": \"screendump\", \"arguments\": {\"format\": |"_s
                                              << QStringList{u"\"ppm\""_s, u"\"png\""_s} << 50;
    QTest::newRow("json bool") << u"{\"execute\": \"set_link\", \"arguments\": {\"up\": |"_s
                               << QStringList{u"true"_s, u"false"_s} << 44;
}

void tst_HotplugGui::completion()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, mustContain);
    QFETCH(int, wordStart);
    SchemaCompletionSource source;
    QSignalSpy changed(&source, &SchemaCompletionSource::schemaChanged);
    source.setClient(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!source.schema().isEmpty(), waitMs);
    const auto [text, cursor] = splitCursor(marked);
    int start = -1;
    const QStringList words = source.candidates(text, cursor, CommandText::Mode::Qmp, &start);
    for (const QString &w : mustContain)
        QVERIFY2(words.contains(w), qPrintable(words.join(u' ')));
    QCOMPARE(start, wordStart);
    // The editor's popup filters by what is typed; every word must start with it.
    const QString typed = text.mid(start, cursor - start);
    for (const QString &w : words)
        QVERIFY2(w.startsWith(typed), qPrintable(w + u" / "_s + typed));
    // The popup's rows: the same words, in the same order (each with its type, where it has one).
    int detailedStart = -1;
    const QList<CompletionSource::Candidate> detailed = source.detailedCandidates(text, cursor, CommandText::Mode::Qmp, &detailedStart);
    QCOMPARE(detailedStart, start);
    QCOMPARE(detailed.size(), words.size());
    for (qsizetype i = 0; i < detailed.size(); ++i)
        QCOMPARE(detailed.at(i).word, words.at(i));
    int unused = -1;
    QVERIFY(source.candidates(text, cursor, CommandText::Mode::Hmp, &unused).isEmpty());
}

void tst_HotplugGui::objectPathCompletion()
{
    SchemaCompletionSource source;
    source.setClient(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!source.schema().isEmpty(), waitMs);
    const QString text = u"qom-list path=/machine/peri"_s;
    int start = -1;
    // The first ask starts a qom-list; the answer comes with objectPathsReady, then completes.
    QSignalSpy ready(&source, &SchemaCompletionSource::objectPathsReady);
    QVERIFY(source.candidates(text, int(text.size()), CommandText::Mode::Qmp, &start).isEmpty());
    QVERIFY(ready.wait(waitMs));
    const QStringList words = source.candidates(text, int(text.size()), CommandText::Mode::Qmp, &start);
    QVERIFY2(words.contains(u"/machine/peripheral"_s), qPrintable(words.join(u' ')));
    QVERIFY(words.contains(u"/machine/peripheral-anon"_s));
    QCOMPARE(start, 14);
}

namespace {
QmpSchema savedSchema()
{
    QFile file(QStringLiteral(QMP_TESTDATA_DIR "/qmp-schema-7.2.22.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the saved schema");
    return QmpSchema::fromJson(file.readAll());
}
} // namespace

void tst_HotplugGui::diagnostics_data()
{
    // « » mark the underlined span of the single diagnostic; no marks: none expected.
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("valid") << u"device_del id=k"_s << QString();
    QTest::newRow("unknown key") << u"device_del id=k «force»=true"_s << u"unknown key 'force'"_s;
    QTest::newRow("variant member missing") << u"«blockdev-add» driver=file"_s << u"filename"_s;
    QTest::newRow("enum") << uR"({"execute": "screendump", "arguments": {"filename": "f", "format": «"gif"»}})"_s
                          << u"'gif' is not one of: ppm, png"_s;
    QTest::newRow("oob") << uR"({«"exec-oob"»: "stop"})"_s << u"cannot run out of band"_s;
    QTest::newRow("syntax error is not ours") << uR"({"execute": )"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_HotplugGui::diagnostics()
{
    QFETCH(QString, marked);
    QFETCH(QString, messagePart);
    SchemaCompletionSource source;
    source.setSchema(savedSchema());
    QString text = marked;
    const qsizetype start = text.indexOf(u'«');
    if (start >= 0)
        text.remove(start, 1);
    const qsizetype end = text.indexOf(u'»');
    if (end >= 0)
        text.remove(end, 1);
    const QList<SchemaDiagnostic> found = source.diagnostics(text, CommandText::Mode::Qmp);
    if (messagePart.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().message.contains(messagePart), qPrintable(found.first().message));
    QCOMPARE(text.mid(found.first().start, found.first().length), text.mid(start, end - start));
    QVERIFY(source.diagnostics(text, CommandText::Mode::Hmp).isEmpty());
}

void tst_HotplugGui::describeAndEvents()
{
    SchemaCompletionSource source;
    QVERIFY(source.describe(u"device_del"_s).isEmpty());
    QVERIFY(source.eventNames().isEmpty());
    source.setSchema(savedSchema());
    QVERIFY(source.describe(u"device_del"_s).contains(u"id: str (required)"_s));
    QVERIFY(source.describe(u"DEVICE_DELETED"_s).contains(u"path: str (required)"_s));
    QVERIFY(source.describe(u"no-such"_s).isEmpty());
    QVERIFY(source.eventNames().contains(u"DEVICE_UNPLUG_GUEST_ERROR"_s));
}

void tst_HotplugGui::noSchemaNoCompletion()
{
    SchemaCompletionSource source;
    int start = -1;
    QVERIFY(source.candidates(u"que"_s, 3, CommandText::Mode::Qmp, &start).isEmpty());
    QCOMPARE(start, -1);
    source.setClient(nullptr);
    QVERIFY(source.schema().isEmpty());
}

void tst_HotplugGui::clientGoesAway()
{
    SchemaCompletionSource source;
    DevicesPanel panel;
    {
        QmpClient second;
        source.setClient(&second);
        panel.setClient(&second);
        source.setSchema(QmpSchema::fromJson(R"([{"name": "0", "meta-type": "object", "members": []},
            {"name": "stop", "meta-type": "command", "arg-type": "0", "ret-type": "0"}])"));
        int start = -1;
        QCOMPARE(source.candidates(u"st"_s, 2, CommandText::Mode::Qmp, &start), QStringList{u"stop"_s});
    }
    // The connection was closed and deleted while the widgets still knew it.
    QVERIFY(!source.client());
    QVERIFY(source.schema().isEmpty());
    int start = -1;
    QVERIFY(source.candidates(u"qom-list path=/ma"_s, 17, CommandText::Mode::Qmp, &start).isEmpty());
    QVERIFY(!panel.client());
    panel.refresh();
    panel.addDevice();
    source.setClient(nullptr);
    panel.setClient(nullptr);
}

void tst_HotplugGui::guestAgentConnection()
{
    QmpClient agent;
    agent.setMode(QmpClient::Mode::GuestAgent);
    DevicesPanel panel;
    panel.setClient(&agent);
    QVERIFY(!panel.client());
    QVERIFY(panel.statusText().contains(u"guest agent"_s));
    SchemaCompletionSource source;
    source.setClient(&agent);
    QCOMPARE(source.client(), &agent);
    QVERIFY(source.schema().isEmpty());
    int start = -1;
    QVERIFY(source.candidates(u"guest-"_s, 6, CommandText::Mode::Qmp, &start).isEmpty());
}

void tst_HotplugGui::panelWithoutClient()
{
    DevicesPanel panel;
    panel.setClient(nullptr);
    QCOMPARE(panel.deviceModel()->rowCount(), 0);
    QVERIFY(!panel.addButton()->isEnabled());
    QVERIFY(!panel.removeButton()->isEnabled());
    panel.addDevice();           // nothing to do, nothing breaks
    panel.removeSelectedDevice();
    panel.refresh();
    panel.diffView()->setReplies(QmpValue::object({{u"a"_s, 1}}), QmpValue::object({{u"a"_s, 2}}), u"t"_s);
    QVERIFY(panel.diffView()->summary().contains(u"0 added, 0 removed, 1 changed"_s));
}

QTEST_MAIN(tst_HotplugGui)
#include "tst_hotplug_gui.moc"
