// SPDX-License-Identifier: GPL-2.0-or-later
// CommandLogModel with replies from a real QEMU: pending, ok, error with class and desc,
// round-trip times, replies deleted early, the row limit; under QAbstractItemModelTester.
#include "commandlogmodel.h"
#include "qemuprocess.h"
#include "qmpclient.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestCommandLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void okAndErrorReplies_data();
    void okAndErrorReplies();
    void replyDeletedBeforeItFinished();
    void limitAndClear();
    void hmpShowsTheLineTyped();

private:
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<QmpClient> m_client;
    std::unique_ptr<CommandLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCommandLogModel::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    m_qemu = std::make_unique<QemuProcess>();
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
}

void TestCommandLogModel::init()
{
    m_client = std::make_unique<QmpClient>();
    m_client->connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY2(m_client->waitForConnected(15000), qPrintable(m_client->lastError().message()));
    m_model = std::make_unique<CommandLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCommandLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
}

void TestCommandLogModel::okAndErrorReplies_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("ok") << u"query-status"_s << QString() << false << QString();
    QTest::newRow("unknown command") << u"no-such-command"_s << QString() << true << u"CommandNotFound"_s;
    QTest::newRow("bad argument") << u"device_del"_s << u"{\"id\": \"nothing-here\"}"_s << true
                                  << u"DeviceNotFound"_s;
    QTest::newRow("missing argument") << u"device_add"_s << u"{}"_s << true << u"GenericError"_s;
}

void TestCommandLogModel::okAndErrorReplies()
{
    QFETCH(QString, command);
    QFETCH(QString, arguments);
    QFETCH(bool, isError);
    QFETCH(QString, errorClass);

    const QmpValue args = arguments.isEmpty() ? QmpValue() : QmpValue::fromJson(arguments.toUtf8());
    QmpReply *reply = m_client->execute(command, args);
    m_model->addReply(u"vm"_s, reply);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex row = m_model->index(0, 0);
    QCOMPARE(row.siblingAtColumn(CommandLogModel::CommandColumn).data().toString(), command);
    QCOMPARE(row.siblingAtColumn(CommandLogModel::ConnectionColumn).data().toString(), u"vm"_s);

    QTRY_VERIFY_WITH_TIMEOUT(row.data(CommandLogModel::StatusRole).toInt() != int(CommandLogModel::Status::Pending),
                             15000);
    QCOMPARE(row.data(CommandLogModel::IsErrorRole).toBool(), isError);
    QCOMPARE(row.data(CommandLogModel::ErrorClassRole).toString(), errorClass);
    QVERIFY(row.data(CommandLogModel::RoundTripNsecsRole).toLongLong() > 0);
    QVERIFY(!row.siblingAtColumn(CommandLogModel::RoundTripColumn).data().toString().isEmpty());
    const QmpValue response = row.data(CommandLogModel::ResponseRole).value<QmpValue>();
    QVERIFY(response.isObject());
    QCOMPARE(response.contains(u"error"), isError);
    const QString status = row.siblingAtColumn(CommandLogModel::StatusColumn).data().toString();
    QCOMPARE(status, isError ? errorClass : u"ok"_s);
    if (isError) {
        QVERIFY(row.data(CommandLogModel::ErrorRole).toString().startsWith(errorClass + u": "_s));
        QVERIFY(!row.siblingAtColumn(CommandLogModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }
    delete reply;
    QCOMPARE(m_model->entry(0).status, isError ? CommandLogModel::Status::Error : CommandLogModel::Status::Ok);
}

void TestCommandLogModel::replyDeletedBeforeItFinished()
{
    // The timeout keeps the reply pending for a long time; deleting it must end the row's wait.
    QmpReply *reply = m_client->executeHmp(u"info version"_s);
    m_model->addReply(u"vm"_s, reply);
    delete reply;
    const QModelIndex row = m_model->index(0, 0);
    QCOMPARE(row.data(CommandLogModel::StatusRole).toInt(), int(CommandLogModel::Status::Error));
    QVERIFY(!row.data(CommandLogModel::ErrorRole).toString().isEmpty());
}

void TestCommandLogModel::limitAndClear()
{
    m_model->setLimit(3);
    std::vector<std::unique_ptr<QmpReply>> replies;
    for (int i = 0; i < 5; ++i) {
        replies.emplace_back(m_client->execute(u"query-name"_s));
        m_model->addReply(u"vm"_s, replies.back().get());
    }
    QCOMPARE(m_model->rowCount(), 3);
    for (auto &reply : replies)
        QVERIFY(reply->waitForFinished(15000));
    QTRY_COMPARE(m_model->index(2, 0).data(CommandLogModel::StatusRole).toInt(), int(CommandLogModel::Status::Ok));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    CommandLogModel::Entry e;
    e.command = u"loaded"_s;
    m_model->append(e);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, CommandLogModel::StatusColumn).data().toString(), u"pending"_s);
}

void TestCommandLogModel::hmpShowsTheLineTyped()
{
    std::unique_ptr<QmpReply> reply(m_client->executeHmp(u"info qtree"_s));
    m_model->addReply(u"vm"_s, reply.get());
    const QModelIndex command = m_model->index(0, CommandLogModel::CommandColumn);
    QCOMPARE(command.data().toString(), u"HMP: info qtree"_s);
    QCOMPARE(command.data(CommandLogModel::HmpCommandLineRole).toString(), u"info qtree"_s);
    QVERIFY(reply->waitForFinished(15000));
    QTRY_COMPARE(command.data(CommandLogModel::StatusRole).toInt(), int(CommandLogModel::Status::Ok));
    QCOMPARE(command.data().toString(), u"HMP: info qtree"_s);
    QCOMPARE(m_model->entry(0).command, u"human-monitor-command"_s); // what was executed stays on record
    QVERIFY(command.data(Qt::ToolTipRole).toString().contains(u"human-monitor-command"_s));

    // A loaded session shows it the same way; QMP commands keep their names.
    CommandLogModel::Entry loaded;
    loaded.command = u"human-monitor-command"_s;
    loaded.request = QmpValue::fromJson(R"({"execute": "human-monitor-command", "arguments": {"command-line": "info status"}})");
    m_model->append(loaded);
    QCOMPARE(m_model->index(1, CommandLogModel::CommandColumn).data().toString(), u"HMP: info status"_s);
    CommandLogModel::Entry qmp;
    qmp.command = u"query-status"_s;
    qmp.request = QmpValue::fromJson(R"({"execute": "query-status"})");
    m_model->append(qmp);
    QCOMPARE(m_model->index(2, CommandLogModel::CommandColumn).data().toString(), u"query-status"_s);
    QVERIFY(m_model->index(2, 0).data(CommandLogModel::HmpCommandLineRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLogModel)
#include "tst_commandlogmodel.moc"
