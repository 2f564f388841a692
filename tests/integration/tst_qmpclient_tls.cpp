// SPDX-License-Identifier: GPL-2.0-or-later
// QmpClient over TLS against a real QEMU with tls-creds-x509 and verify-peer=on. The test makes
// its own CA, server and client certificates with openssl; every way of getting them wrong must
// end in a Connect error (the server certificate is always verified), never in a hang.
#include "qemuprocess.h"
#include "qmpclient.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Patience = 10000;
}

class tst_QmpClientTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void connects_data();
    void connects();
    void refused_data();
    void refused();
    void plainClientOnTlsPort();
    void tlsClientOnPlainPort();
    void tlsOnUnixSocketIsRefused();

private:
    bool openssl(const QStringList &args);
    // A CA in dir: ca-cert.pem and ca-key.pem.
    bool makeCa(const QString &dir, const QString &name);
    // A key and certificate signed by the CA in caDir; ext: the X.509 extensions, one per line.
    bool makeCert(const QString &caDir, const QString &keyPath, const QString &certPath, const QString &subject,
                  const QString &ext);
    QmpTlsOptions goodOptions() const;
    QString path(const QString &name) const { return m_qemu->path(name); }

    std::unique_ptr<QemuProcess> m_qemu;
    QString m_openssl;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
};

bool tst_QmpClientTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_openssl, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "openssl" << args << "failed:" << p.readAll();
        return false;
    }
    return true;
}

bool tst_QmpClientTls::makeCa(const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    QFile ext(dir + u"/ca.ext"_s);
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier=hash\n");
    ext.close();
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                    u"-keyout"_s, dir + u"/ca-key.pem"_s, u"-out"_s, dir + u"/ca-cert.pem"_s,
                    u"-subj"_s, u"/CN="_s + name, u"-extensions"_s, u"v3_ca"_s,
                    u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
}

bool tst_QmpClientTls::makeCert(const QString &caDir, const QString &keyPath, const QString &certPath,
                                const QString &subject, const QString &ext)
{
    const QString csr = certPath + u".csr"_s;
    const QString extFile = certPath + u".ext"_s;
    QFile f(extFile);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(ext.toUtf8());
    f.close();
    return openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyPath, u"-out"_s, csr,
                    u"-subj"_s, subject})
           && openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, caDir + u"/ca-cert.pem"_s, u"-CAkey"_s,
                       caDir + u"/ca-key.pem"_s, u"-CAcreateserial"_s, u"-out"_s, certPath, u"-days"_s, u"2"_s,
                       u"-extfile"_s, extFile});
}

void tst_QmpClientTls::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed: cannot make test certificates");
    m_qemu = std::make_unique<QemuProcess>();

    // QEMU's tls-creds-x509 reads ca-cert.pem, server-cert.pem and server-key.pem from one folder.
    const QString server = path(u"server"_s);
    QVERIFY(makeCa(server, u"QMP test CA"_s));
    const QString serverExt = u"basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                              "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"_s;
    QVERIFY(makeCert(server, server + u"/server-key.pem"_s, server + u"/server-cert.pem"_s, u"/CN=127.0.0.1"_s, serverExt));
    const QString clientExt = u"basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                              "extendedKeyUsage=clientAuth\n"_s;
    QVERIFY(makeCert(server, path(u"client-key.pem"_s), path(u"client-cert.pem"_s), u"/CN=qmp-console"_s, clientExt));
    // A second CA that QEMU does not trust, and that does not trust QEMU.
    const QString other = path(u"other"_s);
    QVERIFY(makeCa(other, u"Some other CA"_s));
    QVERIFY(makeCert(other, other + u"/client-key.pem"_s, other + u"/client-cert.pem"_s, u"/CN=intruder"_s, clientExt));
    // The same name as the real server, signed by the other CA.
    QVERIFY(makeCert(other, other + u"/server-key.pem"_s, other + u"/server-cert.pem"_s, u"/CN=127.0.0.1"_s, serverExt));

    m_tlsPort = QemuProcess::freeTcpPort();
    m_plainPort = QemuProcess::freeTcpPort();
    QVERIFY(m_tlsPort && m_plainPort && m_tlsPort != m_plainPort);
    // The UNIX monitor comes last: once its socket exists, the TCP ones listen too.
    const QStringList args{
        u"-M"_s, u"none"_s, u"-S"_s, u"-nodefaults"_s, u"-display"_s, u"none"_s,
        u"-object"_s, u"tls-creds-x509,id=tls0,dir=%1,endpoint=server,verify-peer=on"_s.arg(server),
        u"-chardev"_s, u"socket,id=mon0,host=127.0.0.1,port=%1,server=on,wait=off,tls-creds=tls0"_s.arg(m_tlsPort),
        u"-mon"_s, u"chardev=mon0,mode=control"_s,
        u"-qmp"_s, u"tcp:127.0.0.1:%1,server=on,wait=off"_s.arg(m_plainPort),
        u"-qmp"_s, u"unix:%1,server=on,wait=off"_s.arg(m_qemu->qmpSocket())};
    QVERIFY2(m_qemu->startWithArgs(args, m_qemu->qmpSocket()), qPrintable(m_qemu->errorString()));
}

void tst_QmpClientTls::cleanupTestCase()
{
    m_qemu.reset();
}

QmpTlsOptions tst_QmpClientTls::goodOptions() const
{
    QmpTlsOptions tls;
    tls.caFile = path(u"server/ca-cert.pem"_s);
    tls.certFile = path(u"client-cert.pem"_s);
    tls.keyFile = path(u"client-key.pem"_s);
    return tls;
}

void tst_QmpClientTls::connects_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("peerName");
    QTest::newRow("by IP address") << u"127.0.0.1"_s << QString();
    QTest::newRow("by name") << u"localhost"_s << QString();
    QTest::newRow("IP, peer name given") << u"127.0.0.1"_s << u"localhost"_s;
}

void tst_QmpClientTls::connects()
{
    QFETCH(QString, host);
    QFETCH(QString, peerName);
    QmpClient client;
    QmpTlsOptions tls = goodOptions();
    tls.peerName = peerName;
    QCOMPARE(tls.validate(), QString());
    client.setTlsOptions(tls);
    client.setConnectTimeout(Patience);
    // A blocking call from the connected() slot, as a script might make, works over TLS too.
    QString versionInSlot;
    QObject context;
    connect(&client, &QmpClient::connected, &context, [&] {
        std::unique_ptr<QmpReply> v(client.execute(u"query-version"_s));
        if (v->waitForFinished(5000) && v->isSuccess())
            versionInSlot = v->result().value(u"package").toString();
    });
    client.connectToServer(QmpAddress::tcp(host, m_tlsPort));
    QVERIFY2(client.waitForConnected(Patience), qPrintable(client.lastError().message()));
    QVERIFY(!versionInSlot.isEmpty());
    QVERIFY(client.greeting().isValid());
    std::unique_ptr<QmpReply> r(client.execute(u"query-status"_s));
    QVERIFY(r->waitForFinished());
    QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
    QCOMPARE(r->result().value(u"status").toString(), u"prelaunch"_s);
    // Many at once: none may be left behind in the server's TLS buffer.
    std::vector<std::unique_ptr<QmpReply>> many;
    for (int i = 0; i < 200; ++i)
        many.emplace_back(client.execute(i % 2 ? u"query-status"_s : u"query-version"_s));
    for (const auto &m : many) {
        QVERIFY(m->waitForFinished());
        QVERIFY2(m->isSuccess(), qPrintable(m->errorString()));
    }
    client.disconnectFromServer();
    QCOMPARE(client.state(), QmpClient::State::Idle);
}

void tst_QmpClientTls::refused_data()
{
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<QString>("mentions"); // a word the message must contain (case-insensitive)

    QTest::newRow("no client certificate") << u"server/ca-cert.pem"_s << QString() << QString() << QString() << QString();
    QTest::newRow("client certificate from another CA")
        << u"server/ca-cert.pem"_s << u"other/client-cert.pem"_s << u"other/client-key.pem"_s << QString() << QString();
    QTest::newRow("wrong CA") << u"other/ca-cert.pem"_s << u"client-cert.pem"_s << u"client-key.pem"_s << QString()
                              << u"certificate"_s;
    QTest::newRow("wrong CA, no client certificate") << u"other/ca-cert.pem"_s << QString() << QString() << QString()
                                                     << u"certificate"_s;
    QTest::newRow("wrong peer name") << u"server/ca-cert.pem"_s << u"client-cert.pem"_s << u"client-key.pem"_s
                                     << u"qemu.example.org"_s << u"name"_s;
    QTest::newRow("CA file missing") << u"nonexistent.pem"_s << u"client-cert.pem"_s << u"client-key.pem"_s << QString()
                                     << u"nonexistent.pem"_s;
    QTest::newRow("CA file is not PEM") << u"server/server-cert.pem.ext"_s << u"client-cert.pem"_s << u"client-key.pem"_s
                                        << QString() << QString();
    QTest::newRow("key does not match the certificate")
        << u"server/ca-cert.pem"_s << u"client-cert.pem"_s << u"other/client-key.pem"_s << QString() << QString();
    QTest::newRow("client certificate but no CA") << QString() << u"client-cert.pem"_s << u"client-key.pem"_s << QString()
                                                  << u"CA"_s;
    QTest::newRow("peer name but no CA") << QString() << QString() << QString() << u"localhost"_s << u"CA"_s;
    QTest::newRow("certificate without key") << u"server/ca-cert.pem"_s << u"client-cert.pem"_s << QString() << QString()
                                             << QString();
    QTest::newRow("a key for a certificate") << u"server/ca-cert.pem"_s << u"client-key.pem"_s << u"client-key.pem"_s
                                             << QString() << QString();
}

void tst_QmpClientTls::refused()
{
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, peerName);
    QFETCH(QString, mentions);
    QmpTlsOptions tls;
    tls.caFile = ca.isEmpty() ? QString() : path(ca);
    tls.certFile = cert.isEmpty() ? QString() : path(cert);
    tls.keyFile = key.isEmpty() ? QString() : path(key);
    tls.peerName = peerName;
    QmpClient client;
    client.setTlsOptions(tls);
    client.setConnectTimeout(Patience);
    QSignalSpy errors(&client, &QmpClient::errorOccurred);
    QSignalSpy connected(&client, &QmpClient::connected);
    QElapsedTimer t;
    t.start();
    client.connectToServer(QmpAddress::tcp(u"127.0.0.1"_s, m_tlsPort));
    QVERIFY(!client.waitForConnected(Patience + 2000));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QmpClient::State::Idle, Patience);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(client.lastError().kind(), QmpError::Connect);
    // A refusal is known at once; it must not look like (or wait for) a missing greeting.
    QVERIFY2(t.elapsed() < Patience, qPrintable(client.lastError().message()));
    QVERIFY(errors.count() >= 1);
    const QString message = client.lastError().message();
    QVERIFY(!message.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    qInfo("%s", qPrintable(message));

    // The monitor is still there for a client that gets it right.
    QmpClient good;
    good.setTlsOptions(goodOptions());
    good.connectToServer(QmpAddress::tcp(u"127.0.0.1"_s, m_tlsPort));
    QVERIFY2(good.waitForConnected(Patience), qPrintable(good.lastError().message()));
}

void tst_QmpClientTls::plainClientOnTlsPort()
{
    // The server waits for a TLS hello, the client for a greeting: a clear error, bounded.
    QmpClient client;
    client.setConnectTimeout(1000);
    client.connectToServer(QmpAddress::tcp(u"127.0.0.1"_s, m_tlsPort));
    QVERIFY(!client.waitForConnected(Patience));
    QCOMPARE(client.state(), QmpClient::State::Idle);
    QCOMPARE(client.lastError().kind(), QmpError::Greeting);
    QVERIFY2(client.lastError().message().contains(u"TLS"_s), qPrintable(client.lastError().message()));
}

void tst_QmpClientTls::tlsClientOnPlainPort()
{
    QmpClient client;
    client.setTlsOptions(goodOptions());
    client.setConnectTimeout(Patience);
    QElapsedTimer t;
    t.start();
    client.connectToServer(QmpAddress::tcp(u"127.0.0.1"_s, m_plainPort));
    QVERIFY(!client.waitForConnected(Patience + 2000));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QmpClient::State::Idle, Patience);
    QCOMPARE(client.lastError().kind(), QmpError::Connect);
    QVERIFY(t.elapsed() < Patience);
}

void tst_QmpClientTls::tlsOnUnixSocketIsRefused()
{
    QmpClient client;
    client.setTlsOptions(goodOptions());
    client.connectToServer(QmpAddress::unixSocket(m_qemu->qmpSocket()));
    QVERIFY(!client.waitForConnected(Patience));
    QCOMPARE(client.lastError().kind(), QmpError::Connect);
    QVERIFY(client.lastError().message().contains(u"TLS"_s));
}

QTEST_GUILESS_MAIN(tst_QmpClientTls)
#include "tst_qmpclient_tls.moc"
