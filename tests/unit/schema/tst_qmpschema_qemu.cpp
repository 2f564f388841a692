// SPDX-License-Identifier: GPL-2.0-or-later
// The schema layer against a real QEMU: the live schema loaded and cached per version, the
// validator's verdicts compared with QEMU's own, and QOM paths completed from qom-list.
#include "qemuprocess.h"
#include "qmpclient.h"
#include "qmpqompathlister.h"
#include "qmpschemaloader.h"
#include "qmpschemavalidator.h"
#include "schematestdata.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class tst_QmpSchemaQemu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void liveSchema();
    void secondLoadFromCache();
    void cacheDisabled();
    void notConnected();
    void validatorAgreesWithQemu_data();
    void validatorAgreesWithQemu();
    void qomPaths_data();
    void qomPaths();
    void qomPathFailure();

private:
    bool loadInto(QmpSchemaLoader &loader);
    std::unique_ptr<QemuProcess> m_qemu;
    std::unique_ptr<QmpClient> m_client;
    QTemporaryDir m_cacheDir;
    QmpSchema m_live;
};

void tst_QmpSchemaQemu::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    m_qemu = std::make_unique<QemuProcess>();
    QVERIFY2(m_qemu->start(), qPrintable(m_qemu->errorString()));
    m_client = std::make_unique<QmpClient>();
    m_client->connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY2(m_client->waitForConnected(15000), qPrintable(m_client->lastError().message()));
}

void tst_QmpSchemaQemu::cleanupTestCase()
{
    m_client.reset();
    m_qemu.reset();
}

bool tst_QmpSchemaQemu::loadInto(QmpSchemaLoader &loader)
{
    QSignalSpy ready(&loader, &QmpSchemaLoader::ready);
    QSignalSpy failed(&loader, &QmpSchemaLoader::failed);
    loader.load();
    if (!ready.count() && !failed.count() && !ready.wait(30000))
        return false;
    return ready.count() == 1 && failed.isEmpty() && !loader.isLoading();
}

void tst_QmpSchemaQemu::liveSchema()
{
    QmpSchemaLoader loader(m_client.get());
    loader.setCacheDirectory(m_cacheDir.path());
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(loadInto(loader), qPrintable(loader.errorString()));
    qInfo("schema from QEMU (query-qmp-schema, parsed, cached) in %lld ms", qint64(timer.elapsed()));
    QVERIFY(!loader.isFromCache());
    m_live = loader.schema();
    QVERIFY(!m_live.isEmpty());
    QVERIFY(m_live.command(u"query-status"_s));
    QVERIFY(m_live.command(u"device_add"_s));
    QVERIFY(m_live.event(u"DEVICE_DELETED"_s));
    QVERIFY(m_live.commandNames().size() > 150);
    QVERIFY(m_live.eventNames().size() > 30);

    // The same QEMU build the saved schema came from reports the same schema.
    const QmpGreeting greeting = m_client->greeting();
    if (greeting.major() == 7 && greeting.minor() == 2 && greeting.micro() == 22) {
        const QmpSchema saved = savedSchema();
        QCOMPARE(m_live.entityCount(), saved.entityCount());
        QCOMPARE(m_live.commandNames(), saved.commandNames());
        QCOMPARE(m_live.eventNames(), saved.eventNames());
    }
    // Every command's return type and every event's data resolve to readable labels.
    for (const QString &name : m_live.commandNames()) {
        const QmpSchemaEntity *cmd = m_live.command(name);
        QVERIFY(m_live.type(cmd->argType));
        QVERIFY(m_live.type(cmd->retType));
        QVERIFY(!m_live.typeLabel(cmd->retType).front().isDigit());
    }
}

void tst_QmpSchemaQemu::secondLoadFromCache()
{
    QVERIFY(!m_live.isEmpty());
    QmpSchemaLoader loader(m_client.get());
    loader.setCacheDirectory(m_cacheDir.path());
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(loadInto(loader), qPrintable(loader.errorString()));
    qInfo("schema from the cache in %lld ms", qint64(timer.elapsed()));
    QVERIFY(loader.isFromCache());
    QCOMPARE(loader.schema().entityCount(), m_live.entityCount());
    QCOMPARE(loader.schema().commandNames(), m_live.commandNames());
    // Exactly one file: keyed by this QEMU's version, package and target.
    QCOMPARE(QDir(m_cacheDir.path()).entryList(QDir::Files).size(), 1);
    QVERIFY(QDir(m_cacheDir.path()).entryList(QDir::Files).first().startsWith(
        u"qemu-%1.%2.%3-"_s.arg(m_client->greeting().major()).arg(m_client->greeting().minor()).arg(m_client->greeting().micro())));
}

void tst_QmpSchemaQemu::cacheDisabled()
{
    QmpSchemaLoader loader(m_client.get());
    loader.setCacheDirectory(m_cacheDir.path());
    loader.setCacheEnabled(false);
    QVERIFY2(loadInto(loader), qPrintable(loader.errorString()));
    QVERIFY(!loader.isFromCache());
    // A restarted load (a second load() while the first is under way) still ends once.
    QSignalSpy ready(&loader, &QmpSchemaLoader::ready);
    QSignalSpy failed(&loader, &QmpSchemaLoader::failed);
    loader.load();
    loader.load();
    QVERIFY(ready.wait(30000));
    QTest::qWait(50); // nothing more may arrive from the abandoned first load
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void tst_QmpSchemaQemu::notConnected()
{
    QmpClient idle;
    QmpSchemaLoader loader(&idle);
    QSignalSpy failed(&loader, &QmpSchemaLoader::failed);
    QSignalSpy ready(&loader, &QmpSchemaLoader::ready);
    loader.load();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!loader.isLoading());
    QVERIFY(!loader.errorString().isEmpty());
    QVERIFY(loader.schema().isEmpty());
}

void tst_QmpSchemaQemu::validatorAgreesWithQemu_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("arguments");

    // Rows QEMU refuses before doing anything, and harmless ones it accepts.
    QTest::newRow("ok: query-status") << u"query-status"_s << u"{}"_s;
    QTest::newRow("ok: qom-list") << u"qom-list"_s << uR"({"path": "/machine"})"_s;
    QTest::newRow("ok: blockdev-add null-co") << u"blockdev-add"_s << uR"({"driver": "null-co", "node-name": "null0"})"_s;
    QTest::newRow("unknown command") << u"query-everything"_s << u"{}"_s;
    QTest::newRow("unknown key") << u"query-status"_s << uR"({"verbose": true})"_s;
    QTest::newRow("missing key") << u"qom-list"_s << u"{}"_s;
    QTest::newRow("wrong type") << u"qom-list"_s << uR"({"path": 5})"_s;
    QTest::newRow("not in enum") << u"blockdev-add"_s << uR"({"driver": "no-such-driver", "node-name": "n"})"_s;
    QTest::newRow("variant member missing") << u"blockdev-add"_s << uR"({"driver": "file", "node-name": "f0"})"_s;
    QTest::newRow("other variant's key") << u"blockdev-add"_s << uR"({"driver": "null-co", "node-name": "n1", "filename": "/x"})"_s;
    QTest::newRow("array element type") << u"migrate-set-capabilities"_s << uR"({"capabilities": [{"capability": "xbzrle", "state": 1}]})"_s;
}

void tst_QmpSchemaQemu::validatorAgreesWithQemu()
{
    QFETCH(QString, command);
    QFETCH(QString, arguments);
    QVERIFY(!m_live.isEmpty());
    const QmpValue args = json(arguments.toUtf8().constData());
    const QmpSchemaValidator validator(m_live);
    const QList<QmpSchemaProblem> problems = validator.validate(command, args);
    std::unique_ptr<QmpReply> reply(m_client->execute(command, args));
    QVERIFY(reply->waitForFinished(15000));
    QCOMPARE(problems.isEmpty(), reply->isSuccess());
    if (!reply->isSuccess())
        qInfo("QEMU: %s / validator: %s", qPrintable(reply->errorString()), qPrintable(problems.first().toString()));
}

void tst_QmpSchemaQemu::qomPaths_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("root") << u"/"_s << QStringList{u"/machine"_s, u"/chardevs"_s} << QStringList();
    QTest::newRow("/mach") << u"/mach"_s << QStringList{u"/machine"_s} << QStringList{u"/chardevs"_s};
    QTest::newRow("/machine/peri") << u"/machine/peri"_s
                                   << QStringList{u"/machine/peripheral"_s, u"/machine/peripheral-anon"_s}
                                   << QStringList{u"/machine/unattached"_s};
    QTest::newRow("no such parent") << u"/nowhere/x"_s << QStringList() << QStringList{u"/machine"_s};
}

void tst_QmpSchemaQemu::qomPaths()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    QmpQomPathLister lister(m_client.get());
    QSignalSpy ready(&lister, &QmpQomPathLister::completionsReady);
    QSignalSpy failed(&lister, &QmpQomPathLister::failed);
    lister.complete(prefix);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() == 1, 15000);
    if (mustContain.isEmpty()) {
        QCOMPARE(failed.count(), 1);
        return;
    }
    QCOMPARE(ready.first().at(0).toString(), prefix);
    QStringList paths;
    for (const QmpCompletion &c : ready.first().at(1).value<QList<QmpCompletion>>()) {
        QCOMPARE(c.kind, QmpCompletion::ObjectPath);
        QVERIFY(c.text.startsWith(prefix));
        paths << c.text;
    }
    for (const QString &p : mustContain)
        QVERIFY2(paths.contains(p), qPrintable(paths.join(u' ')));
    for (const QString &p : mustNotContain)
        QVERIFY(!paths.contains(p));

    // A second completion under the same parent is answered from what was listed, still async.
    lister.complete(prefix);
    QCOMPARE(ready.count(), 1);
    QTRY_COMPARE(ready.count(), 2);
}

void tst_QmpSchemaQemu::qomPathFailure()
{
    QmpQomPathLister lister(m_client.get());
    QSignalSpy failed(&lister, &QmpQomPathLister::failed);
    lister.fetch(u"/no/such/object"_s);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(0).toString(), u"/no/such/object"_s);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_QmpSchemaQemu)
#include "tst_qmpschema_qemu.moc"
