// SPDX-License-Identifier: GPL-2.0-or-later
// ProfileDialog: every kind of bad input is refused with its message at the field it belongs to,
// nothing reaches the store; good input is saved.
#include "profiledialog.h"
#include "profilestore.h"

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QLocalServer>
#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void savesGoodInput_data();
    void savesGoodInput();
    void editKeepsIdAndShowsProblemsAtOnce();
    void freshDialogShowsNoErrorsUntilTouched();
    void unprotectedAddressWarns_data();
    void unprotectedAddressWarns();

private:
    void fill(ProfileDialog &dialog, const QString &name, const QString &address, const QString &ca,
              const QString &cert, const QString &key, bool tls, bool serverMode);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QLocalServer m_server;
    bool m_haveCa = false;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(path(u"vm.sock"_s)));
    QFile bogus(path(u"bogus.pem"_s));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    // A real certificate for the rows that must pass; openssl is part of the build set-up.
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s, u"/CN=qmp-test-ca"_s,
                                 u"-days"_s, u"2"_s, u"-keyout"_s, path(u"ca-key.pem"_s), u"-out"_s, path(u"ca.pem"_s)});
    m_haveCa = openssl.waitForFinished(30000) && openssl.exitCode() == 0 && QFile::exists(path(u"ca.pem"_s));
}

void TestProfileDialog::init()
{
    QFile::remove(path(u"settings.ini"_s));
    m_settings = std::make_unique<QSettings>(path(u"settings.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    ConnectionProfile taken;
    taken.name = u"taken"_s;
    taken.address = path(u"vm.sock"_s);
    QVERIFY(m_store->save(taken));
}

void TestProfileDialog::cleanup()
{
    m_store.reset();
    m_settings.reset();
}

void TestProfileDialog::fill(ProfileDialog &dialog, const QString &name, const QString &address, const QString &ca,
                             const QString &cert, const QString &key, bool tls, bool serverMode)
{
    // Typed, as a person would, so every edit goes through the same checks.
    auto type = [&dialog](const char *objectName, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(objectName));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    };
    dialog.findChild<QCheckBox *>(u"serverModeCheck"_s)->setChecked(serverMode);
    dialog.findChild<QGroupBox *>(u"tlsGroup"_s)->setChecked(tls);
    type("nameEdit", name);
    type("addressEdit", address);
    if (tls) {
        type("caEdit", ca);
        type("certEdit", cert);
        type("keyEdit", key);
    }
}

void TestProfileDialog::rejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("serverMode");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");

    const QString sock = path(u"vm.sock"_s);
    const QString ca = path(u"ca.pem"_s);
    QTest::newRow("empty name") << u""_s << sock << false << QString() << QString() << QString() << false
                                << u"nameError"_s << u"needs a name"_s;
    QTest::newRow("name taken") << u"taken"_s << sock << false << QString() << QString() << QString() << false
                                << u"nameError"_s << u"already called"_s;
    QTest::newRow("empty address") << u"a"_s << u""_s << false << QString() << QString() << QString() << false
                                   << u"addressError"_s << u"empty address"_s;
    QTest::newRow("unknown address form") << u"a"_s << u"vsock:3:4444"_s << false << QString() << QString()
                                          << QString() << false << u"addressError"_s << u"unknown form 'vsock:'"_s;
    QTest::newRow("url") << u"a"_s << u"http://localhost:4444"_s << false << QString() << QString() << QString()
                         << false << u"addressError"_s << u"unknown form 'http:'"_s;
    QTest::newRow("port too big") << u"a"_s << u"localhost:70000"_s << false << QString() << QString() << QString()
                                  << false << u"addressError"_s << u"bad port"_s;
    QTest::newRow("port zero") << u"a"_s << u"localhost:0"_s << false << QString() << QString() << QString() << false
                               << u"addressError"_s << u"bad port"_s;
    QTest::newRow("port not a number") << u"a"_s << u"localhost:qmp"_s << false << QString() << QString()
                                       << QString() << false << u"addressError"_s << u"bad port"_s;
    QTest::newRow("no port") << u"a"_s << u"tcp:localhost"_s << false << QString() << QString() << QString() << false
                             << u"addressError"_s << u"PORT"_s;
    QTest::newRow("unbracketed v6") << u"a"_s << u"::1:4444"_s << false << QString() << QString() << QString()
                                    << false << u"addressError"_s << u"brackets"_s;
    QTest::newRow("not a socket") << u"a"_s << ca << false << QString() << QString() << QString() << false
                                  << u"addressError"_s << u"not a socket"_s;
    QTest::newRow("server mode, no folder") << u"a"_s << u"/nonexistent/dir/qmp.sock"_s << false << QString()
                                            << QString() << QString() << true << u"addressError"_s
                                            << u"does not exist"_s;
    QTest::newRow("TLS CA missing") << u"a"_s << u"localhost:4444"_s << true << path(u"nope.pem"_s) << QString()
                                    << QString() << false << u"tlsError"_s << u"TLS"_s;
    QTest::newRow("TLS without CA") << u"a"_s << u"localhost:4444"_s << true << QString() << QString() << QString()
                                    << false << u"tlsError"_s << u"CA"_s;
    QTest::newRow("TLS key without cert") << u"a"_s << u"localhost:4444"_s << true << ca << QString()
                                          << path(u"ca-key.pem"_s) << false << u"tlsError"_s << u"certificate"_s;
    QTest::newRow("TLS cert missing") << u"a"_s << u"localhost:4444"_s << true << ca << path(u"nope-cert.pem"_s)
                                      << path(u"nope-key.pem"_s) << false << u"tlsError"_s << u"TLS"_s;
    QTest::newRow("TLS CA not a certificate") << u"a"_s << u"localhost:4444"_s << true << path(u"bogus.pem"_s)
                                              << QString() << QString() << false << u"tlsError"_s
                                              << u"no PEM certificate"_s;
    QTest::newRow("TLS on UNIX socket") << u"a"_s << sock << true << ca << QString() << QString() << false
                                        << u"tlsError"_s << u"TCP"_s;
}

void TestProfileDialog::rejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, tls);
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(bool, serverMode);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);

    ProfileDialog dialog(m_store.get());
    ConnectionProfile fresh;
    fresh.name = u"New connection"_s;
    dialog.setProfile(fresh);
    dialog.show();
    fill(dialog, name, address, ca, cert, key, tls, serverMode);

    QVERIFY(dialog.hasErrors());
    // Saving anyway (Save, Enter, or a script calling accept) is refused, and the message shows
    // at its field even when that field was never typed in.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *label = dialog.findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QVERIFY2(label->isVisible(), qPrintable(errorLabel));
    QVERIFY2(label->text().contains(message, Qt::CaseInsensitive), qPrintable(label->text()));
    auto *save = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::savesGoodInput_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("serverMode");
    QTest::newRow("unix socket") << path(u"vm.sock"_s) << false << false;
    QTest::newRow("unix socket not there yet") << path(u"later.sock"_s) << false << false;
    QTest::newRow("tcp localhost") << u"localhost:4444"_s << false << false;
    QTest::newRow("tcp v6") << u"[::1]:4444"_s << false << false;
    QTest::newRow("tls") << u"vm.example:4444"_s << true << false;
    QTest::newRow("server mode") << path(u"listen.sock"_s) << false << true;
}

void TestProfileDialog::savesGoodInput()
{
    QFETCH(QString, address);
    QFETCH(bool, tls);
    QFETCH(bool, serverMode);
    if (tls && !m_haveCa)
        QSKIP("openssl could not make a test certificate");
    ProfileDialog dialog(m_store.get());
    dialog.setProfile({});
    dialog.show();
    fill(dialog, u"good"_s, address, path(u"ca.pem"_s), QString(), QString(), tls, serverMode);
    dialog.findChild<QCheckBox *>(u"autoConnectCheck"_s)->setChecked(true);
    QVERIFY(!dialog.hasErrors());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConnectionProfile saved = m_store->profileByName(u"good"_s);
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.id, dialog.profile().id);
    QCOMPARE(saved.address, address);
    QCOMPARE(saved.serverMode, serverMode);
    QCOMPARE(saved.tls.isEnabled(), tls);
    QVERIFY(saved.autoConnect);
}

void TestProfileDialog::editKeepsIdAndShowsProblemsAtOnce()
{
    ConnectionProfile p = m_store->profileByName(u"taken"_s);
    p.address = u"localhost:99999"_s; // as if the stored profile went bad
    ProfileDialog dialog(m_store.get());
    dialog.setProfile(p);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(u"addressError"_s)->isVisible());
    auto *address = dialog.findChild<QLineEdit *>(u"addressEdit"_s);
    address->selectAll();
    QTest::keyClicks(address, u"localhost:4444"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"addressError"_s)->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profile(p.id).address, u"localhost:4444"_s);
}

void TestProfileDialog::freshDialogShowsNoErrorsUntilTouched()
{
    ProfileDialog dialog(m_store.get());
    dialog.setProfile({});
    dialog.show();
    for (const QString &label : {u"nameError"_s, u"addressError"_s, u"tlsError"_s})
        QVERIFY(!dialog.findChild<QLabel *>(label)->isVisible());
    QVERIFY(dialog.hasErrors()); // empty name and address
    dialog.accept();
    QVERIFY(dialog.findChild<QLabel *>(u"nameError"_s)->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"addressError"_s)->isVisible());
}

void TestProfileDialog::unprotectedAddressWarns_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("warn");
    QTest::newRow("unix") << path(u"vm.sock"_s) << false << false;
    QTest::newRow("loopback") << u"127.0.0.1:4444"_s << false << false;
    QTest::newRow("localhost") << u"localhost:4444"_s << false << false;
    QTest::newRow("loopback v6") << u"[::1]:4444"_s << false << false;
    QTest::newRow("lan") << u"192.168.1.20:4444"_s << false << true;
    QTest::newRow("host name") << u"tcp:vmhost.example:4444"_s << false << true;
    QTest::newRow("v6") << u"[2001:db8::1]:4444"_s << false << true;
    QTest::newRow("lan with tls") << u"192.168.1.20:4444"_s << true << false;
}

void TestProfileDialog::unprotectedAddressWarns()
{
    QFETCH(QString, address);
    QFETCH(bool, tls);
    QFETCH(bool, warn);
    if (tls && !m_haveCa)
        QSKIP("openssl could not make a CA certificate");
    ProfileDialog dialog(m_store.get());
    dialog.show();
    // As the address is typed, not only when saving: the person sees it before connecting.
    fill(dialog, u"remote"_s, address, path(u"ca.pem"_s), {}, {}, tls, false);
    auto *warning = dialog.findChild<QLabel *>(u"warningLabel"_s);
    QVERIFY(warning);
    QCOMPARE(warning->isVisible(), warn);
    if (warn) {
        QVERIFY2(warning->text().contains(u"without TLS"_s), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QmpAddress::parse(address).toString()));
    }
    // A warning, not an error: such a profile can still be saved.
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
