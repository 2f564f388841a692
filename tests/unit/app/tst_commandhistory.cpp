// SPDX-License-Identifier: GPL-2.0-or-later
// CommandHistory::redactSecrets: what the console stores for commands that carry secrets, and
// that ordinary commands are stored as typed.
#include "commandhistory.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactSecrets_data();
    void redactSecrets();
    void storedRedacted();
};

void TestCommandHistory::redactSecrets_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << u"query-status"_s << u"query-status"_s;
    QTest::newRow("short form, no secret") << u"device_add driver=usb-kbd id=k0"_s << u"device_add driver=usb-kbd id=k0"_s;
    QTest::newRow("short form password")
        << u"change-vnc-password password=hunter2"_s << u"change-vnc-password password=***"_s;
    QTest::newRow("short form, two secrets")
        << u"set_password protocol=vnc password=a1 connected=keep token=t0"_s
        << u"set_password protocol=vnc password=*** connected=keep token=***"_s;
    QTest::newRow("json password")
        << u"{\"execute\": \"change-vnc-password\", \"arguments\": {\"password\": \"hunter2\"}}"_s
        << u"{\"execute\": \"change-vnc-password\", \"arguments\": {\"password\": \"***\"}}"_s;
    QTest::newRow("json escaped quote")
        << u"{\"arguments\": {\"new-password\": \"a\\\"b\"}}"_s << u"{\"arguments\": {\"new-password\": \"***\"}}"_s;
    QTest::newRow("json secret object")
        << u"{\"execute\": \"object-add\", \"arguments\": {\"qom-type\": \"secret\", \"id\": \"s0\", \"data\": \"pw\"}}"_s
        << u"{\"execute\": \"object-add\", \"arguments\": {\"qom-type\": \"secret\", \"id\": \"s0\", \"data\": \"***\"}}"_s;
    QTest::newRow("short form secret object")
        << u"object-add qom-type=secret id=s0 data=pw"_s << u"object-add qom-type=secret id=s0 data=***"_s;
    QTest::newRow("data without a secret stays") << u"guest-file-write handle=1 buf-b64=aGk="_s
                                                 << u"guest-file-write handle=1 buf-b64=aGk="_s;
    QTest::newRow("hmp set_password") << u"set_password vnc hunter2"_s << u"set_password vnc ***"_s;
    QTest::newRow("upper case key") << u"{\"Password\": \"x\"}"_s << u"{\"Password\": \"***\"}"_s;
}

void TestCommandHistory::redactSecrets()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(CommandHistory::redactSecrets(typed), stored);
}

void TestCommandHistory::storedRedacted()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"h.ini"_s), QSettings::IniFormat);
    {
        CommandHistory history(&settings, u"p1"_s);
        history.setRedactor(&CommandHistory::redactSecrets);
        history.add(u"change-vnc-password password=hunter2"_s);
    }
    settings.sync();
    QFile file(dir.filePath(u"h.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
    QCOMPARE(CommandHistory(&settings, u"p1"_s).entries(), QStringList{u"change-vnc-password password=***"_s});
}

QTEST_GUILESS_MAIN(TestCommandHistory)
#include "tst_commandhistory.moc"
