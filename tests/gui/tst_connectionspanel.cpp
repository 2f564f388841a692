// SPDX-License-Identifier: GPL-2.0-or-later
// ConnectionsPanel with a real QEMU: auto-connect, connect/disconnect/reconnect on the selection,
// duplicate and delete (with its question answered), failures shown in the details; the
// connection model under QAbstractItemModelTester throughout.
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "connectionspanel.h"
#include "profilestore.h"
#include "qemuprocess.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestConnectionsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void autoConnectProfilesConnect();
    void connectReusesTheLiveConnection();
    void disconnectRemovesTheRow();
    void reconnectComesBack();
    void duplicateProfile();
    void deleteProfileAsksFirst();
    void failureShowsInDetails();
    void unprotectedConnectionIsMarked();

private:
    ConnectionProfile saveProfile(const QString &name, const QString &address, bool autoConnect = false);

    QTemporaryDir m_dir;
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConnectionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ConnectionsPanel> m_panel;
    ConnectionsPanel::Actions m_actions;
    QList<QAction *> m_ownedActions;
};

void TestConnectionsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    m_qemu = std::make_unique<QemuProcess>();
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
}

void TestConnectionsPanel::init()
{
    QFile::remove(m_dir.filePath(u"panel.ini"_s));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"panel.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_model = std::make_unique<ConnectionListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel = std::make_unique<ConnectionsPanel>(m_model.get(), m_store.get());
    for (QAction **slot : {&m_actions.connect, &m_actions.disconnect, &m_actions.reconnect, &m_actions.connectTo,
                           &m_actions.newProfile, &m_actions.editProfile, &m_actions.duplicateProfile,
                           &m_actions.deleteProfile}) {
        *slot = new QAction(m_panel.get());
    }
    m_panel->setActions(m_actions);
    m_panel->show();
}

void TestConnectionsPanel::cleanup()
{
    m_panel.reset();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_settings.reset();
}

ConnectionProfile TestConnectionsPanel::saveProfile(const QString &name, const QString &address, bool autoConnect)
{
    ConnectionProfile p;
    p.name = name;
    p.address = address;
    p.autoConnect = autoConnect;
    m_store->save(p);
    return p;
}

void TestConnectionsPanel::autoConnectProfilesConnect()
{
    const ConnectionProfile a = saveProfile(u"auto"_s, m_qemu->qmpSocket(), true);
    saveProfile(u"manual"_s, m_qemu->qmpSocket(), false);
    m_panel->connectAutoProfiles();
    QCOMPARE(m_model->rowCount(), 1);
    ConnectionSession *s = m_model->session(0);
    QCOMPARE(s->profile().id, a.id);
    QCOMPARE(m_panel->currentSession(), s);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->detailsLabel()->text().contains(u"prelaunch"_s), 15000);
}

void TestConnectionsPanel::connectReusesTheLiveConnection()
{
    const ConnectionProfile p = saveProfile(u"vm"_s, m_qemu->qmpSocket());
    QVERIFY(!m_actions.connect->isEnabled()); // nothing selected yet
    m_panel->selectProfile(p.id);
    QCOMPARE(m_panel->selectedProfileId(), p.id);
    QVERIFY(m_actions.connect->isEnabled());
    QVERIFY(m_actions.editProfile->isEnabled());
    m_actions.connect->trigger();
    QCOMPARE(m_model->rowCount(), 1);
    ConnectionSession *s = m_model->session(0);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    m_panel->selectProfile(p.id);
    m_actions.connect->trigger();
    QCOMPARE(m_model->rowCount(), 1); // the same connection, not a second client on a busy socket
    QVERIFY(s->isConnected());
    QVERIFY(m_panel->profileList()->currentItem()->font().bold()); // the profile shows it is live
    QCOMPARE(m_panel->connectionView()->currentIndex().row(), 0);
}

void TestConnectionsPanel::disconnectRemovesTheRow()
{
    const ConnectionProfile p = saveProfile(u"vm"_s, m_qemu->qmpSocket());
    ConnectionSession *s = m_panel->openConnection(p);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    QVERIFY(m_actions.disconnect->isEnabled());
    QSignalSpy current(m_panel.get(), &ConnectionsPanel::currentSessionChanged);
    m_actions.disconnect->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_panel->profileList()->item(0)->font().bold());
    QCOMPARE(m_panel->currentSession(), nullptr);
    QVERIFY(!current.isEmpty());
    QVERIFY(!m_actions.disconnect->isEnabled());
    QVERIFY(!m_actions.reconnect->isEnabled());
    QCOMPARE(m_store->profiles().size(), 1); // the profile stays
}

void TestConnectionsPanel::reconnectComesBack()
{
    ConnectionProfile adHoc;
    adHoc.address = m_qemu->qmpSocket();
    QSignalSpy opened(m_panel.get(), &ConnectionsPanel::addressOpened);
    ConnectionSession *s = m_panel->openConnection(adHoc);
    QCOMPARE(opened.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    QSignalSpy states(s, &ConnectionSession::stateChanged);
    m_actions.reconnect->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected() && states.size() >= 3, 15000);
    QVERIFY(!m_actions.editProfile->isEnabled()); // no saved profile behind it
}

void TestConnectionsPanel::duplicateProfile()
{
    const ConnectionProfile p = saveProfile(u"vm"_s, m_qemu->qmpSocket());
    m_panel->selectProfile(p.id);
    m_actions.duplicateProfile->trigger();
    QCOMPARE(m_store->profiles().size(), 2);
    const ConnectionProfile copy = m_store->profileByName(u"vm (2)"_s);
    QVERIFY(!copy.id.isEmpty());
    QCOMPARE(copy.address, p.address);
    QCOMPARE(m_panel->selectedProfileId(), copy.id);
    QCOMPARE(m_panel->profileList()->count(), 2);
}

void TestConnectionsPanel::deleteProfileAsksFirst()
{
    const ConnectionProfile p = saveProfile(u"vm"_s, m_qemu->qmpSocket());
    ConnectionSession *s = m_panel->openConnection(p);
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    m_panel->selectProfile(p.id);

    for (const auto button : {QMessageBox::No, QMessageBox::Yes}) {
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            box->button(button)->click();
        });
        m_actions.deleteProfile->trigger();
        QVERIFY(asked);
        QCOMPARE(m_store->contains(p.id), button == QMessageBox::No);
        m_panel->selectProfile(p.id);
    }
    // The live connection carries on, as an unsaved one.
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(s->isConnected());
    QVERIFY(s->profile().id.isEmpty());
}

void TestConnectionsPanel::failureShowsInDetails()
{
    const ConnectionProfile p = saveProfile(u"gone"_s, m_dir.filePath(u"nothing-here.sock"_s));
    ConnectionSession *s = m_panel->openConnection(p);
    QTRY_VERIFY_WITH_TIMEOUT(!s->lastError().isEmpty(), 15000);
    QCOMPARE(m_model->index(0, ConnectionListModel::StateColumn).data().toString(), u"failed"_s);
    QVERIFY(m_model->index(0, 0).data(ConnectionListModel::FailedRole).toBool());
    QVERIFY2(m_panel->detailsLabel()->text().contains(s->lastError().toHtmlEscaped()),
             qPrintable(m_panel->detailsLabel()->text()));
    QVERIFY(m_actions.connect->isEnabled()); // try again

    // The socket appears (QEMU started late): activating the row connects.
    QemuProcess late;
    QVERIFY2(late.startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s, u"-qmp"_s,
                                 u"unix:"_s + p.address + u",server=on,wait=off"_s},
                                p.address),
             qPrintable(late.errorString()));
    Q_EMIT m_panel->connectionView()->activated(m_model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 15000);
    QVERIFY(s->lastError().isEmpty());
    QVERIFY(!m_panel->detailsLabel()->text().contains(u"<span"_s));
    QVERIFY(!m_model->index(0, 0).data(ConnectionListModel::FailedRole).toBool());
}

void TestConnectionsPanel::unprotectedConnectionIsMarked()
{
    // 192.0.2.0/24 is for documentation: nothing answers, which is all this needs.
    const ConnectionProfile remote = saveProfile(u"remote"_s, u"192.0.2.1:4444"_s);
    const ConnectionProfile local = saveProfile(u"local"_s, u"127.0.0.1:4444"_s);
    auto *profiles = m_panel->findChild<QListWidget *>(u"profileList"_s);
    QVERIFY(profiles);
    const auto itemFor = [profiles](const QString &name) -> QListWidgetItem * {
        const QList<QListWidgetItem *> items = profiles->findItems(name, Qt::MatchExactly);
        return items.isEmpty() ? nullptr : items.first();
    };
    QVERIFY(itemFor(u"remote"_s)->toolTip().contains(u"without TLS"_s));
    QVERIFY(!itemFor(u"local"_s)->toolTip().contains(u"without TLS"_s));

    ConnectionSession *r = m_panel->openConnection(remote);
    ConnectionSession *l = m_panel->openConnection(local);
    const QModelIndex rIndex = m_model->indexOf(r);
    const QModelIndex lIndex = m_model->indexOf(l);
    QVERIFY(rIndex.data(ConnectionListModel::SecurityWarningRole).toString().contains(u"192.0.2.1:4444"_s));
    QVERIFY(rIndex.data(Qt::ToolTipRole).toString().contains(u"without TLS"_s));
    QVERIFY(lIndex.data(ConnectionListModel::SecurityWarningRole).toString().isEmpty());
    QVERIFY(!lIndex.data(Qt::ToolTipRole).toString().contains(u"without TLS"_s));

    m_panel->setCurrentSession(r);
    QVERIFY(m_panel->detailsLabel()->text().contains(u"without TLS"_s));
    m_panel->setCurrentSession(l);
    QVERIFY(!m_panel->detailsLabel()->text().contains(u"without TLS"_s));

    // With TLS the same host is fine.
    ConnectionProfile withTls = remote;
    withTls.tls.caFile = u"/etc/ssl/certs/ca-certificates.crt"_s;
    r->setProfile(withTls);
    QVERIFY(m_model->indexOf(r).data(ConnectionListModel::SecurityWarningRole).toString().isEmpty());
}

QTEST_MAIN(TestConnectionsPanel)
#include "tst_connectionspanel.moc"
