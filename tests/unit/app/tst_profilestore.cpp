// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandhistory.h"
#include "profilestore.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QLocalServer>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ProfileIssue::Severity)
Q_DECLARE_METATYPE(ProfileIssue::Field)

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void renameDuplicateRemove();
    void refusedSaves_data();
    void refusedSaves();
    void validation_data();
    void validation();
    void validProfilesHaveNoIssues_data();
    void validProfilesHaveNoIssues();
    void history();
    void historyRedactor();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QLocalServer m_server;
};

void TestProfileStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(path(u"live.sock"_s)));
    QFile notPem(path(u"garbage.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is not a certificate\n");
    QFile plain(path(u"plain-file"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
}

void TestProfileStore::roundTrip()
{
    const QString ini = path(u"roundtrip.ini"_s);
    ConnectionProfile p;
    p.name = u"web/vm 1"_s; // '/' must not turn into a settings group
    p.address = u"tcp:[::1]:4444"_s;
    p.mode = QmpClient::Mode::GuestAgent;
    p.tls = {u"/ca.pem"_s, u"/c.pem"_s, u"/k.pem"_s, u"vm.example"_s};
    p.serverMode = true;
    p.autoConnect = true;
    p.reconnect = true;
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy changed(&store, &ProfileStore::changed);
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(changed.count(), 1);
        ConnectionProfile q;
        q.name = u"another"_s;
        q.address = u"/run/qmp.sock"_s;
        QVERIFY(store.save(q));
        QCOMPARE(store.names(), (QStringList{u"another"_s, u"web/vm 1"_s}));
    }
    QSettings settings(ini, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profile(p.id), p);
    QCOMPARE(store.profileByName(u"web/vm 1"_s), p);
    QVERIFY(store.profileByName(u"another"_s).mode == QmpClient::Mode::Qmp);
    QVERIFY(!store.profileByName(u"another"_s).serverMode);
}

void TestProfileStore::renameDuplicateRemove()
{
    QSettings settings(path(u"rename.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile p;
    p.name = u"vm"_s;
    p.address = u"localhost:4444"_s;
    QVERIFY(store.save(p));
    CommandHistory history(&settings, p.id);
    history.add(u"query-status"_s);

    QVERIFY(store.rename(p.id, u"vm-renamed"_s));
    QCOMPARE(store.profile(p.id).name, u"vm-renamed"_s);
    QCOMPARE(CommandHistory(&settings, p.id).entries(), QStringList{u"query-status"_s}); // history follows the id

    const ConnectionProfile copy = store.duplicate(p.id);
    QCOMPARE(copy.name, u"vm-renamed (2)"_s);
    QVERIFY(copy.id != p.id);
    QCOMPARE(copy.address, p.address);
    QCOMPARE(store.duplicate(copy.id).name, u"vm-renamed (3)"_s);

    QString error;
    QVERIFY(!store.rename(copy.id, u"vm-renamed"_s, &error));
    QVERIFY(error.contains(u"exists"_s));

    QVERIFY(store.remove(p.id));
    QVERIFY(!store.contains(p.id));
    QVERIFY(!store.remove(p.id));
    QCOMPARE(CommandHistory(&settings, p.id).size(), 0);
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::refusedSaves_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("taken") << u"taken"_s;
    QTest::newRow("taken with spaces") << u" taken "_s;
}

void TestProfileStore::refusedSaves()
{
    QFETCH(QString, name);
    QSettings settings(path(u"refused.ini"_s), QSettings::IniFormat);
    settings.clear();
    ProfileStore store(&settings);
    ConnectionProfile taken;
    taken.name = u"taken"_s;
    QVERIFY(store.save(taken));
    ConnectionProfile p;
    p.name = name;
    QString error;
    QVERIFY(!store.save(p, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("serverMode");
    QTest::addColumn<QStringList>("tls"); // ca, cert, key
    QTest::addColumn<ProfileIssue::Severity>("severity");
    QTest::addColumn<ProfileIssue::Field>("field");
    QTest::addColumn<QString>("says"); // part of the message

    const QStringList noTls;
    const auto E = ProfileIssue::Error;
    const auto W = ProfileIssue::Warning;
    QTest::newRow("empty address") << QString() << false << noTls << E << ProfileIssue::Address << u"empty"_s;
    QTest::newRow("port zero") << u"localhost:0"_s << false << noTls << E << ProfileIssue::Address << u"port"_s;
    QTest::newRow("port too big") << u"localhost:65536"_s << false << noTls << E << ProfileIssue::Address << u"65536"_s;
    QTest::newRow("port not a number") << u"tcp:localhost:qmp"_s << false << noTls << E << ProfileIssue::Address << u"qmp"_s;
    QTest::newRow("missing port") << u"tcp:localhost:"_s << false << noTls << E << ProfileIssue::Address << u"port"_s;
    QTest::newRow("missing host") << u"tcp::4444"_s << false << noTls << E << ProfileIssue::Address << u"host"_s;
    QTest::newRow("v6 without brackets") << u"tcp:::1:4444"_s << false << noTls << E << ProfileIssue::Address << u"brackets"_s;
    QTest::newRow("unclosed bracket") << u"[::1:4444"_s << false << noTls << E << ProfileIssue::Address << u"]"_s;
    QTest::newRow("bad v6") << u"[nothost]:4444"_s << false << noTls << E << ProfileIssue::Address << u"IPv6"_s;
    QTest::newRow("unix without path") << u"unix:"_s << false << noTls << E << ProfileIssue::Address << u"path"_s;
    QTest::newRow("socket missing") << path(u"nope.sock"_s) << false << noTls << W << ProfileIssue::Address << u"does not exist"_s;
    QTest::newRow("not a socket") << path(u"plain-file"_s) << false << noTls << E << ProfileIssue::Address << u"not a socket"_s;
    QTest::newRow("server in missing folder") << path(u"no/such/dir/q.sock"_s) << true << noTls << E << ProfileIssue::Address << u"folder"_s;
    QTest::newRow("server over a file") << path(u"plain-file"_s) << true << noTls << E << ProfileIssue::Address << u"not a socket"_s;
    QTest::newRow("remote plain tcp") << u"192.0.2.7:4444"_s << false << noTls << W << ProfileIssue::Security << u"authentication"_s;
    QTest::newRow("remote by name") << u"vmhost.example:4444"_s << false << noTls << W << ProfileIssue::Security << u"vmhost.example"_s;
    QTest::newRow("listen on all") << u"0.0.0.0:4444"_s << true << noTls << W << ProfileIssue::Security << u"TLS"_s;
    QTest::newRow("tls on unix") << path(u"live.sock"_s) << false << QStringList{path(u"garbage.pem"_s)} << E << ProfileIssue::Tls << u"TCP"_s;
    QTest::newRow("tls ca missing") << u"localhost:4444"_s << false << QStringList{path(u"none.pem"_s)} << E << ProfileIssue::Tls << u"does not exist"_s;
    QTest::newRow("tls ca not pem") << u"localhost:4444"_s << false << QStringList{path(u"garbage.pem"_s)} << E << ProfileIssue::Tls << u"PEM"_s;
    QTest::newRow("tls cert without ca") << u"localhost:4444"_s << false << QStringList{QString(), path(u"garbage.pem"_s), path(u"garbage.pem"_s)} << E << ProfileIssue::Tls << u"CA"_s;
}

void TestProfileStore::validation()
{
    QFETCH(QString, address);
    QFETCH(bool, serverMode);
    QFETCH(QStringList, tls);
    QFETCH(ProfileIssue::Severity, severity);
    QFETCH(ProfileIssue::Field, field);
    QFETCH(QString, says);
    ConnectionProfile p;
    p.name = u"vm"_s;
    p.address = address;
    p.serverMode = serverMode;
    p.tls.caFile = tls.value(0);
    p.tls.certFile = tls.value(1);
    p.tls.keyFile = tls.value(2);
    const QList<ProfileIssue> issues = p.validate();
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [&](const ProfileIssue &i) {
                             return i.severity == severity && i.field == field && i.message.contains(says);
                         }),
             qPrintable(issues.isEmpty() ? u"no issues"_s : issues.constFirst().message));
    QCOMPARE(p.hasErrors(), severity == ProfileIssue::Error);
    QCOMPARE(!p.securityWarning().isEmpty(), field == ProfileIssue::Security);
}

void TestProfileStore::validProfilesHaveNoIssues_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("serverMode");
    QTest::newRow("live socket") << path(u"live.sock"_s) << false;
    QTest::newRow("unix: live socket") << u"unix:"_s + path(u"live.sock"_s) << false;
    QTest::newRow("localhost") << u"localhost:4444"_s << false;
    QTest::newRow("loopback v4") << u"tcp:127.0.0.1:4444"_s << false;
    QTest::newRow("loopback v6") << u"[::1]:4444"_s << false;
    QTest::newRow("server socket to create") << path(u"new.sock"_s) << true;
}

void TestProfileStore::validProfilesHaveNoIssues()
{
    QFETCH(QString, address);
    QFETCH(bool, serverMode);
    ConnectionProfile p;
    p.name = u"vm"_s;
    p.address = address;
    p.serverMode = serverMode;
    const auto issues = p.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.constFirst().message));
    ConnectionProfile unnamed = p;
    unnamed.name.clear();
    QCOMPARE(unnamed.validate().constFirst().field, ProfileIssue::Name);
}

void TestProfileStore::history()
{
    const QString ini = path(u"history.ini"_s);
    {
        QSettings settings(ini, QSettings::IniFormat);
        CommandHistory h(&settings, u"address:unix:/tmp/a/b.sock"_s);
        QSignalSpy changed(&h, &CommandHistory::changed);
        h.add(u"query-status"_s);
        h.add(u"query-status"_s); // not repeated
        h.add(u"stop"_s);
        h.add(u"  "_s);           // nothing
        h.add(u"device_add driver=usb-kbd id=k0"_s);
        h.add(u"query-status"_s); // moves to the end
        QCOMPARE(h.entries(), (QStringList{u"stop"_s, u"device_add driver=usb-kbd id=k0"_s, u"query-status"_s}));
        QCOMPARE(changed.count(), 4);
        CommandHistory other(&settings, u"other"_s);
        other.add(u"cont"_s);
    }
    QSettings settings(ini, QSettings::IniFormat);
    CommandHistory h(&settings, u"address:unix:/tmp/a/b.sock"_s);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.search(u"QUERY"_s), QStringList{u"query-status"_s});
    QCOMPARE(h.search(u"st"_s), (QStringList{u"query-status"_s, u"stop"_s}));
    QCOMPARE(h.search(u"QUERY"_s, Qt::CaseSensitive), QStringList());
    QCOMPARE(CommandHistory(&settings, u"other"_s).entries(), QStringList{u"cont"_s});
    h.setLimit(2);
    QCOMPARE(h.entries(), (QStringList{u"device_add driver=usb-kbd id=k0"_s, u"query-status"_s}));
    for (int i = 0; i < 5; ++i)
        h.add(QString::number(i));
    QCOMPARE(h.entries(), (QStringList{u"3"_s, u"4"_s}));
    h.clear();
    QCOMPARE(CommandHistory(&settings, h.key()).size(), 0);
}

void TestProfileStore::historyRedactor()
{
    QSettings settings(path(u"redact.ini"_s), QSettings::IniFormat);
    CommandHistory h(&settings, u"r"_s);
    h.setRedactor([](const QString &c) { return QString(c).replace(u"hunter2"_s, u"***"_s); });
    h.add(u"set_password protocol=vnc password=hunter2"_s);
    QCOMPARE(h.entries(), QStringList{u"set_password protocol=vnc password=***"_s});
    QVERIFY(!QFile(settings.fileName()).open(QIODevice::ReadOnly) || !QFile(settings.fileName()).readAll().contains("hunter2"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
