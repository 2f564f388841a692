// SPDX-License-Identifier: GPL-2.0-or-later
// ConnectionSession and ConnectionListModel against a real QEMU: state, version, run state kept
// current by events, command names, a busy socket, bad addresses, removal; the model under
// QAbstractItemModelTester throughout.
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "qemuprocess.h"

#include <QtCore/QPointer>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestConnectionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectsAndKeepsRunStateCurrent();
    void secondClientOnBusySocket();
    void badAddresses_data();
    void badAddresses();
    void reconnectPolicyFromProfile();
    void serverModeWaitsForQemu();
    void removeAndHeaders();

private:
    ConnectionProfile profileFor(const QString &address, const QString &name = {}) const;
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<ConnectionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConnectionListModel::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void TestConnectionListModel::init()
{
    m_qemu = std::make_unique<QemuProcess>();
    m_model = std::make_unique<ConnectionListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConnectionListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_qemu.reset();
}

ConnectionProfile TestConnectionListModel::profileFor(const QString &address, const QString &name) const
{
    ConnectionProfile p;
    p.name = name;
    p.address = address;
    return p;
}

void TestConnectionListModel::connectsAndKeepsRunStateCurrent()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    auto *session = new ConnectionSession(profileFor(m_qemu->qmpSocket(), u"vm1"_s));
    QSignalSpy names(session, &ConnectionSession::commandNamesChanged);
    m_model->addSession(session);
    QCOMPARE(m_model->rowCount(), 1);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"prelaunch"_s, 15000);
    QVERIFY(names.wait(15000) || !session->commandNames().isEmpty());
    QVERIFY(session->commandNames().contains(u"query-status"_s));
    QVERIFY(session->lastError().isEmpty());

    const QModelIndex row = m_model->index(0, 0);
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::NameColumn).data().toString(), u"vm1"_s);
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::AddressColumn).data().toString(), m_qemu->qmpSocket());
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::StateColumn).data().toString(), u"connected"_s);
    QVERIFY(row.siblingAtColumn(ConnectionListModel::VersionColumn).data().toString().startsWith(u"7."_s)
            || !row.siblingAtColumn(ConnectionListModel::VersionColumn).data().toString().isEmpty());
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::RunStateColumn).data().toString(), u"prelaunch"_s);
    QCOMPARE(row.data(ConnectionListModel::SessionRole).value<ConnectionSession *>(), session);

    // cont and stop come back as RESUME and STOP; the row follows.
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    std::unique_ptr<QmpReply> cont(session->client()->execute(u"cont"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"running"_s, 15000);
    QVERIFY(!changes.isEmpty());
    std::unique_ptr<QmpReply> stop(session->client()->execute(u"stop"_s));
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"paused"_s, 15000);
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::RunStateColumn).data().toString(), u"paused"_s);

    // QEMU going away: the state says so and the run state is no longer claimed.
    m_qemu->kill();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::Disconnected, 15000);
    QVERIFY(session->runState().isEmpty());
    QVERIFY(!session->lastError().isEmpty());
    QCOMPARE(row.siblingAtColumn(ConnectionListModel::StateColumn).data().toString(), u"failed"_s);
}

void TestConnectionListModel::secondClientOnBusySocket()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    auto *first = new ConnectionSession(profileFor(m_qemu->qmpSocket(), u"first"_s));
    auto *second = new ConnectionSession(profileFor(m_qemu->qmpSocket(), u"second"_s));
    m_model->addSession(first);
    m_model->addSession(second);
    first->open();
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), ConnectionSession::State::Connected, 15000);

    second->client()->setConnectTimeout(1500);
    QSignalSpy errors(second, &ConnectionSession::lastErrorChanged);
    second->open();
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), ConnectionSession::State::Disconnected, 15000);
    QVERIFY2(second->lastError().contains(u"another client"_s), qPrintable(second->lastError()));
    QVERIFY(m_model->index(1, ConnectionListModel::StateColumn).data(Qt::ToolTipRole).toString()
                .contains(u"another client"_s));
    QCOMPARE(m_model->index(1, 0).data(ConnectionListModel::LastErrorRole).toString(), second->lastError());
    QCOMPARE(first->state(), ConnectionSession::State::Connected);
}

void TestConnectionListModel::badAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"invalid address"_s;
    QTest::newRow("bad port") << u"localhost:99999"_s << u"invalid address"_s;
    QTest::newRow("no port") << u"tcp:localhost"_s << u"invalid address"_s;
    QTest::newRow("missing socket") << u"/nonexistent/qmp.sock"_s << QString();
}

void TestConnectionListModel::badAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    auto *session = new ConnectionSession(profileFor(address, u"bad"_s));
    m_model->addSession(session);
    session->open();
    QTRY_VERIFY_WITH_TIMEOUT(!session->lastError().isEmpty(), 15000);
    QCOMPARE(session->state(), ConnectionSession::State::Disconnected);
    if (!expected.isEmpty())
        QVERIFY2(session->lastError().contains(expected), qPrintable(session->lastError()));
    QCOMPARE(m_model->index(0, ConnectionListModel::StateColumn).data().toString(), u"failed"_s);
}

void TestConnectionListModel::reconnectPolicyFromProfile()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    ConnectionProfile p = profileFor(m_qemu->qmpSocket(), u"comes back"_s);
    p.reconnect = true;
    auto *session = new ConnectionSession(p);
    m_model->addSession(session);
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::Connected, 15000);
    QVERIFY(session->client()->autoReconnect());

    m_qemu->kill();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::WaitingToReconnect, 15000);
    QCOMPARE(m_model->index(0, ConnectionListModel::StateColumn).data().toString(), u"waiting to reconnect"_s);
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::Connected, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"prelaunch"_s, 15000);

    // close() ends the policy too: nothing comes back after a deliberate disconnect.
    session->close();
    QCOMPARE(session->state(), ConnectionSession::State::Disconnected);
    QVERIFY(session->lastError().isEmpty());
}

void TestConnectionListModel::serverModeWaitsForQemu()
{
    // The app listens; QEMU started with a client-mode -qmp connects in.
    ConnectionProfile p = profileFor(m_qemu->path(u"listen.sock"_s), u"listening"_s);
    p.serverMode = true;
    auto *session = new ConnectionSession(p);
    m_model->addSession(session);
    session->open();
    QCOMPARE(session->state(), ConnectionSession::State::Connecting);
    QVERIFY(session->lastError().isEmpty());
    QVERIFY2(m_qemu->startWithArgs({u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
                                    u"-qmp"_s, u"unix:"_s + p.address},
                                   QString()),
             qPrintable(m_qemu->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionSession::State::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"prelaunch"_s, 15000);
}

void TestConnectionListModel::removeAndHeaders()
{
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    for (int column = 0; column < ConnectionListModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());

    ConnectionProfile saved = profileFor(m_qemu->qmpSocket(), u"saved"_s);
    saved.id = u"id-1"_s;
    auto *a = new ConnectionSession(saved);
    auto *b = new ConnectionSession(profileFor(m_qemu->qmpSocket()));
    m_model->addSession(a);
    m_model->addSession(b);
    QCOMPARE(m_model->sessionForProfile(u"id-1"_s), a);
    QCOMPARE(m_model->sessionForProfile(u"other"_s), nullptr);
    QCOMPARE(b->name(), m_qemu->qmpSocket()); // no name: the address stands in
    QCOMPARE(a->historyKey(), u"id-1"_s);
    QCOMPARE(b->historyKey(), u"address:"_s + m_qemu->qmpSocket());

    a->open();
    QTRY_COMPARE_WITH_TIMEOUT(a->state(), ConnectionSession::State::Connected, 15000);
    QSignalSpy aboutToRemove(m_model.get(), &ConnectionListModel::sessionAboutToBeRemoved);
    QPointer<ConnectionSession> guard(a);
    m_model->removeSession(a);
    QCOMPARE(aboutToRemove.size(), 1);
    QVERIFY(guard.isNull());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->session(0), b);
    QCOMPARE(m_model->rowOf(b), 0);

    // The socket is free again for the next one.
    b->open();
    QTRY_COMPARE_WITH_TIMEOUT(b->state(), ConnectionSession::State::Connected, 15000);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionListModel)
#include "tst_connectionlistmodel.moc"
