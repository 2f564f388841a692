// SPDX-License-Identifier: GPL-2.0-or-later
// What the interactive shell is made of, without a terminal: Tab completion from the schema
// (QmpCtlCompleter) and the history file (QmpCtlShell's history helpers, QmpCtlHistory).
#include "qmpctlcompleter.h"
#include "qmpctlhistory.h"
#include "qmpctlshell.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestQmpCtlShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void completeWithoutSchema_data();
    void completeWithoutSchema();
    void suggestions_data();
    void suggestions();
    void historyFile();
    void historyIsBounded();
    void historyUnwritable();
    void redact_data();
    void redact();

private:
    QmpSchema m_schema;
};

void TestQmpCtlShell::initTestCase()
{
    QFile f(QStringLiteral(QMP_TESTDATA_DIR "/qmp-schema-7.2.22.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    m_schema = QmpSchema::fromJson(f.readAll(), &error);
    QVERIFY2(!m_schema.isEmpty(), qPrintable(error));
}

void TestQmpCtlShell::complete_data()
{
    QTest::addColumn<QString>("line"); // '|' marks the cursor; the end of the line when absent
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");
    QTest::addColumn<bool>("appendSpace");

    QTest::newRow("command prefix") << u"query-sta"_s << qsizetype(0)
                                    << QStringList{u"query-status"_s, u"query-stats"_s} << QStringList{u"stop"_s} << true;
    QTest::newRow("command, leading spaces") << u"  device_a"_s << qsizetype(2) << QStringList{u"device_add"_s}
                                             << QStringList{} << true;
    QTest::newRow("all commands") << QString() << qsizetype(0) << QStringList{u"cont"_s, u"stop"_s} << QStringList{} << true;
    QTest::newRow("key") << u"device_add dri"_s << qsizetype(11) << QStringList{u"driver="_s} << QStringList{u"id="_s}
                         << false;
    QTest::newRow("keys not yet used") << u"device_add driver=usb-kbd "_s << qsizetype(26)
                                       << QStringList{u"id="_s, u"bus="_s} << QStringList{u"driver="_s} << false;
    QTest::newRow("nested key") << u"blockdev-add driver=qcow2 file.dri"_s << qsizetype(31) << QStringList{u"driver="_s}
                                << QStringList{} << false;
    QTest::newRow("enum value") << u"blockdev-add driver=qco"_s << qsizetype(20) << QStringList{u"qcow"_s, u"qcow2"_s}
                                << QStringList{u"raw"_s} << true;
    QTest::newRow("value from the server") << u"device_add driver=usb-"_s << qsizetype(18)
                                           << QStringList{u"usb-kbd"_s, u"usb-tablet"_s} << QStringList{u"virtio-net-pci"_s}
                                           << true;
    QTest::newRow("server values only for their key") << u"device_add id=usb-"_s << qsizetype(14) << QStringList{}
                                                      << QStringList{u"usb-kbd"_s} << true;
    QTest::newRow("bool value") << u"set_link name=n0 up="_s << qsizetype(20) << QStringList{u"true"_s, u"false"_s}
                                << QStringList{} << true;
    QTest::newRow("cursor inside the command") << u"query-sta|tus"_s << qsizetype(0) << QStringList{u"query-status"_s}
                                               << QStringList{} << true;
    QTest::newRow("unknown command: no keys") << u"frobnicate a"_s << qsizetype(11) << QStringList{}
                                              << QStringList{u"driver="_s} << true;
}

void TestQmpCtlShell::complete()
{
    QFETCH(QString, line);
    QFETCH(qsizetype, start);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    QFETCH(bool, appendSpace);

    qsizetype cursor = line.indexOf(u'|');
    if (cursor >= 0)
        line.remove(cursor, 1);
    else
        cursor = line.size();
    QmpCtlCompleter completer;
    completer.setSchema(m_schema);
    completer.setValueChoices(u"device_add"_s, u"driver"_s, {u"usb-tablet"_s, u"usb-kbd"_s, u"virtio-net-pci"_s});
    const QmpCtlCompleter::Result r = completer.complete(line, cursor);
    QCOMPARE(r.start, start);
    for (const QString &c : mustHave)
        QVERIFY2(r.candidates.contains(c), qPrintable(c + u" missing from "_s + r.candidates.join(u' ')));
    for (const QString &c : mustNotHave)
        QVERIFY2(!r.candidates.contains(c), qPrintable(c));
    if (!r.candidates.isEmpty())
        QCOMPARE(r.appendSpace, appendSpace);
    QStringList sorted = r.candidates;
    sorted.sort();
    QCOMPARE(r.candidates, sorted);
}

void TestQmpCtlShell::completeWithoutSchema_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("candidates");
    QTest::newRow("prefix") << u"guest-p"_s << QStringList{u"guest-ping"_s};
    QTest::newRow("all") << QString() << QStringList{u"guest-info"_s, u"guest-ping"_s};
    QTest::newRow("none") << u"guest-x"_s << QStringList{};
    QTest::newRow("no arguments without a schema") << u"guest-ping a"_s << QStringList{};
}

void TestQmpCtlShell::completeWithoutSchema()
{
    QFETCH(QString, line);
    QFETCH(QStringList, candidates);
    QmpCtlCompleter completer;
    completer.setCommands({u"guest-ping"_s, u"guest-info"_s, u"guest-ping"_s});
    QCOMPARE(completer.complete(line, line.size()).candidates, candidates);
}

void TestQmpCtlShell::suggestions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");
    QTest::newRow("one letter missing") << u"query-staus"_s << QStringList{u"query-status"_s} << QStringList{};
    QTest::newRow("transposed") << u"qeury-status"_s << QStringList{u"query-status"_s} << QStringList{};
    QTest::newRow("swapped neighbours") << u"qom-gte"_s << QStringList{u"qom-get"_s} << QStringList{};
    QTest::newRow("underscore for dash") << u"device-add"_s << QStringList{u"device_add"_s} << QStringList{};
    QTest::newRow("prefix") << u"query-stat"_s << QStringList{u"query-status"_s, u"query-stats"_s} << QStringList{};
    QTest::newRow("short name, no wild guesses") << u"stap"_s << QStringList{u"stop"_s} << QStringList{u"cont"_s};
    QTest::newRow("nothing close") << u"frobnicate-everything"_s << QStringList{} << QStringList{u"query-status"_s};
}

void TestQmpCtlShell::suggestions()
{
    QFETCH(QString, name);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    QmpCtlCompleter completer;
    completer.setSchema(m_schema);
    const QStringList got = completer.suggestions(name);
    QVERIFY(got.size() <= 3);
    for (const QString &s : mustHave)
        QVERIFY2(got.contains(s), qPrintable(got.join(u' ')));
    for (const QString &s : mustNotHave)
        QVERIFY2(!got.contains(s), qPrintable(got.join(u' ')));
    if (mustHave.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got.join(u' ')));
}

void TestQmpCtlShell::historyFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"new/folder/history"_s);
    QVERIFY(QmpCtlShell::readHistory(file).isEmpty());
    QString error;
    QVERIFY2(QmpCtlShell::appendHistory(file, u"query-status"_s, &error), qPrintable(error));
    QVERIFY(QmpCtlShell::appendHistory(file, u"device_add driver=usb-kbd id=k0"_s));
    QCOMPARE(QmpCtlShell::readHistory(file), (QStringList{u"query-status"_s, u"device_add driver=usb-kbd id=k0"_s}));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // The default lives in the user's data folder, not next to the binary.
    QVERIFY(QmpCtlHistory::defaultFile().endsWith(u"/qmpctl/history"_s));
}

void TestQmpCtlShell::historyIsBounded()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"history"_s);
    const int total = 3 * QmpCtlShell::historyLimit;
    for (int i = 0; i < total; ++i)
        QVERIFY(QmpCtlShell::appendHistory(file, u"qom-get path=/machine/peripheral/device-number-%1 property=type"_s.arg(i)));
    const QStringList kept = QmpCtlShell::readHistory(file);
    QCOMPARE(kept.size(), QmpCtlShell::historyLimit);
    QVERIFY(kept.last().contains(QString::number(total - 1)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().count('\n') <= 2 * QmpCtlShell::historyLimit + 1);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u); // also after a rewrite
}

void TestQmpCtlShell::historyUnwritable()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    // A history "folder" that is a file: an error message, no crash.
    QVERIFY(!QmpCtlShell::appendHistory(dir.filePath(u"file/history"_s), u"stop"_s, &error));
    QVERIFY2(error.contains(u"history"_s), qPrintable(error));
}

void TestQmpCtlShell::redact_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("hmp");
    QTest::addColumn<QString>("secret"); // must not survive; empty: the line must stay as it is

    QTest::newRow("plain") << u"query-status"_s << false << QString();
    QTest::newRow("secret object data") << u"object-add qom-type=secret id=s0 data=hunter2"_s << false << u"hunter2"_s;
    QTest::newRow("password key") << u"change-vnc-password password=hunter2"_s << false << u"hunter2"_s;
    QTest::newRow("nested password") << u"blockdev-add driver=ssh node-name=s user=u server.host=h key-secret.password=hunter2"_s
                                     << false << u"hunter2"_s;
    QTest::newRow("JSON form") << u"change-vnc-password {\"password\": \"hunter2\"}"_s << false << u"hunter2"_s;
    QTest::newRow("whole message") << u"{\"execute\": \"change-vnc-password\", \"arguments\": {\"password\": \"hunter2\"}}"_s
                                   << false << u"hunter2"_s;
    QTest::newRow("unparsable line") << u"change-vnc-password password=\"hunter2"_s << false << u"hunter2"_s;
    QTest::newRow("hmp set_password") << u"set_password vnc hunter2"_s << true << u"hunter2"_s;
    QTest::newRow("hmp object_add") << u"object_add secret,id=s0,data=hunter2"_s << true << u"hunter2"_s;
    QTest::newRow("hmp plain") << u"info status"_s << true << QString();
}

void TestQmpCtlShell::redact()
{
    QFETCH(QString, line);
    QFETCH(bool, hmp);
    QFETCH(QString, secret);
    const QString kept = QmpCtlHistory::redact(line, hmp);
    if (secret.isEmpty()) {
        QCOMPARE(kept, line);
    } else {
        QVERIFY2(!kept.contains(secret), qPrintable(kept));
        QVERIFY2(kept.contains(QmpCtlHistory::placeholder()), qPrintable(kept));
    }
}

QTEST_GUILESS_MAIN(TestQmpCtlShell)
#include "tst_qmpctlshell.moc"
