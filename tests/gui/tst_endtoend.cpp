// SPDX-License-Identifier: GPL-2.0-or-later
// qmp-console as `qmp-console --sandbox --event-log FILE` starts it (the same parser and window
// main() uses), driven from outside: a second QMP client on the sandbox's tools socket stops and
// resumes the VM and hot-plugs and unplugs a USB keyboard; the app's timeline and its event log
// must both hold STOP, RESUME and DEVICE_DELETED, the log line for line as QEMU sent them.
#include "commandlineoptions.h"
#include "connectionlistmodel.h"
#include "connectionsession.h"
#include "eventtimelinemodel.h"
#include "guiresources.h"
#include "mainwindow.h"
#include "qmpclient.h"
#include "sandboxvm.h"
#include "timelinepanel.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 15000;

const QStringList expectedEvents = {u"STOP"_s, u"RESUME"_s, u"DEVICE_DELETED"_s};

// The raw events of one connection in the timeline, in order.
QList<QByteArray> timelineEvents(const EventTimelineModel &model, const QString &connection)
{
    QList<QByteArray> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        if (i.data(EventTimelineModel::ConnectionNameRole).toString() == connection)
            out.append(i.data(EventTimelineModel::RawJsonRole).toByteArray());
    }
    return out;
}

QStringList namesOf(const QList<QByteArray> &events)
{
    QStringList names;
    for (const QByteArray &raw : events)
        names.append(QJsonDocument::fromJson(raw).object().value("event"_L1).toString());
    return names;
}

// Every line of the file; a line that is not a JSON object makes the list empty.
QList<QByteArray> logLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (const QByteArray &line : std::as_const(lines)) {
        if (!QJsonDocument::fromJson(line).isObject())
            return {};
    }
    return lines;
}

bool containsInOrder(const QStringList &names, const QStringList &wanted)
{
    qsizetype at = 0;
    for (const QString &w : wanted) {
        at = names.indexOf(w, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}
} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sandboxDrivenFromASecondClient();

private:
    QTemporaryDir m_dir;
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    QCoreApplication::setOrganizationName(u"qmp-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_endtoend"_s);
    initGuiResources();
    QSettings().clear();
    if (QStandardPaths::findExecutable(u"qemu-system-x86_64"_s).isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void TestEndToEnd::sandboxDrivenFromASecondClient()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString logFile = m_dir.filePath(u"events.jsonl"_s);
    CommandLineOptionsParser parser;
    QCOMPARE(parser.parse({u"qmp-console"_s, u"--sandbox"_s, u"--event-log"_s, logFile}),
             CommandLineOptionsParser::Result::Ok);

    auto window = std::make_unique<MainWindow>();
    window->show();
    window->applyOptions(parser.options());
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionModel()->rowCount(), 1, waitMs);
    ConnectionSession *session = window->connectionModel()->session(0);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected() && session->runState() == u"running"_s, waitMs);
    QVERIFY(QFileInfo::exists(logFile));
    QCOMPARE(QFileInfo(logFile).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());

    // The outside tool: its own socket, as qmpctl or qmp-shell would use it.
    const QString tools = window->sandbox()->toolsSocketPath();
    QVERIFY(QFileInfo::exists(tools));
    QmpClient outside;
    outside.connectToServer(QmpAddress::unixSocket(tools));
    QVERIFY2(outside.waitForConnected(waitMs), qPrintable(outside.lastError().message()));
    const auto run = [&outside](const QString &command, const QmpValue &arguments = {}) {
        std::unique_ptr<QmpReply> reply(outside.execute(command, arguments));
        if (!reply->waitForFinished(waitMs))
            return u"%1: no reply"_s.arg(command);
        return reply->isSuccess() ? QString() : u"%1: %2"_s.arg(command, reply->errorString());
    };

    QString error = run(u"stop"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The app sees the run state change from the events alone: nobody asked it.
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"paused"_s, waitMs);
    error = run(u"cont"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session->runState(), u"running"_s, waitMs);

    QSignalSpy events(&outside, &QmpClient::eventReceived);
    error = run(u"device_add"_s, QmpValue::object({{u"driver"_s, u"usb-kbd"_s}, {u"id"_s, u"k0"_s}, {u"bus"_s, u"xhci.0"_s}}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = run(u"device_del"_s, QmpValue::object({{u"id"_s, u"k0"_s}}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto deletedSeen = [&events] {
        for (const QList<QVariant> &args : std::as_const(events)) {
            const auto e = args.at(0).value<QmpEvent>();
            if (e.name() == "DEVICE_DELETED"_L1 && e.data().value(u"device").toString() == "k0"_L1)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(deletedSeen(), waitMs);

    // The timeline: the app's own connection got every event, in order.
    const EventTimelineModel *timeline = window->timelinePanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(containsInOrder(namesOf(timelineEvents(*timeline, session->name())), expectedEvents), waitMs);
    const QList<QByteArray> shown = timelineEvents(*timeline, session->name());

    // The log, while the app runs (it flushes at least once a second): the same events, each
    // line exactly the bytes the timeline holds as received.
    QTRY_VERIFY_WITH_TIMEOUT(containsInOrder(namesOf(logLines(logFile)), expectedEvents), waitMs);
    const QList<QByteArray> logged = logLines(logFile);
    for (const QByteArray &raw : shown)
        QVERIFY2(logged.contains(raw), raw.constData());
    for (const QByteArray &line : logged) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY2(event.contains("event"_L1) && event.value("timestamp"_L1).isObject(), line.constData());
    }
    const qsizetype deletedAt = namesOf(logged).indexOf(u"DEVICE_DELETED"_s);
    QVERIFY(deletedAt >= 0);
    QVERIFY(logged.at(deletedAt).contains("\"k0\""));

    // Quitting stops the sandbox and leaves the log whole.
    const QString sandboxDir = QFileInfo(tools).absolutePath();
    window.reset();
    QVERIFY(!QFileInfo::exists(sandboxDir));
    QVERIFY(logLines(logFile).size() >= logged.size());
    qInfo("end to end: %lld ms, %lld events logged", qint64(elapsed.elapsed()), qint64(logged.size()));
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
