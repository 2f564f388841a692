// SPDX-License-Identifier: GPL-2.0-or-later
// Many live VMs at once: 50 real QEMU processes, each with its own client in one process, each
// emitting events; then all of them killed with commands in flight, and brought back.
#include "qemuprocess.h"
#include "qmpclient.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

class tst_Scale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fiftyConnections();

private:
    static constexpr int Vms = 50;
    static constexpr int Rounds = 5; // stop + cont each: two events a round
};

void tst_Scale::initTestCase()
{
    if (QemuProcess::qemuBinary().isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
}

void tst_Scale::fiftyConnections()
{
    std::vector<std::unique_ptr<QemuProcess>> vms;
    std::vector<std::unique_ptr<QmpClient>> clients;
    std::vector<int> events(Vms, 0);
    for (int i = 0; i < Vms; ++i) {
        vms.push_back(std::make_unique<QemuProcess>());
        QVERIFY2(vms.back()->start({}, 30000), qPrintable(vms.back()->errorString()));
    }
    for (int i = 0; i < Vms; ++i) {
        auto client = std::make_unique<QmpClient>();
        client->setConnectTimeout(30000);
        client->setAutoReconnect(true, 100, 1000);
        connect(client.get(), &QmpClient::eventReceived, this, [&events, i](const QmpEvent &) { ++events[size_t(i)]; });
        client->connectToServer(QmpAddress::unixSocket(vms[size_t(i)]->qmpSocket()));
        clients.push_back(std::move(client));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isRunning(); }),
                             60000);

    // QEMU starts paused (-S), and stopping a paused VM emits nothing: let them run first.
    std::vector<std::unique_ptr<QmpReply>> replies;
    for (auto &c : clients)
        replies.emplace_back(c->execute(u"cont"_s));
    for (auto &r : replies)
        QVERIFY(r->waitForFinished(30000) && r->isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(events.cbegin(), events.cend(), [](int n) { return n == 1; }), 30000);
    std::fill(events.begin(), events.end(), 0);
    replies.clear();

    // Every VM emits STOP and RESUME, all at the same time; none may be lost or crossed over.
    for (int round = 0; round < Rounds; ++round) {
        for (auto &c : clients) {
            replies.emplace_back(c->execute(u"stop"_s));
            replies.emplace_back(c->execute(u"cont"_s));
        }
    }
    for (auto &r : replies) {
        QVERIFY(r->waitForFinished(30000));
        QVERIFY2(r->isSuccess(), qPrintable(r->errorString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(events.cbegin(), events.cend(), [](int n) { return n >= 2 * Rounds; }), 30000);
    for (int i = 0; i < Vms; ++i)
        QCOMPARE(events[size_t(i)], 2 * Rounds);
    replies.clear();

    // kill -9 of every VM with eight commands in flight each: all fail as interrupted at once.
    for (auto &vm : vms)
        vm->pause();
    std::vector<std::unique_ptr<QmpReply>> inFlight;
    for (auto &c : clients) {
        for (int k = 0; k < 8; ++k)
            inFlight.emplace_back(c->execute(u"query-status"_s));
    }
    QElapsedTimer failTimer;
    failTimer.start();
    for (auto &vm : vms)
        vm->kill();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(inFlight.cbegin(), inFlight.cend(), [](const auto &r) { return r->isFinished(); }),
                             30000);
    const qint64 failMs = failTimer.elapsed();
    for (const auto &r : inFlight)
        QCOMPARE(r->error().kind(), QmpError::Interrupted);

    // QEMU comes back on the same sockets; every client reconnects by its policy.
    QElapsedTimer recoverTimer;
    recoverTimer.start();
    for (auto &vm : vms)
        QVERIFY2(vm->start({}, 30000), qPrintable(vm->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->isRunning(); }),
                             60000);
    const qint64 recoverMs = recoverTimer.elapsed();
    std::unique_ptr<QmpReply> check(clients.back()->execute(u"query-status"_s));
    QVERIFY(check->waitForFinished(30000));
    QVERIFY(check->isSuccess());
    qInfo("%d VMs: %d events each, none lost; %d commands interrupted within %lld ms of the kill; "
          "all reconnected %lld ms after QEMU was restarted",
          Vms, 2 * Rounds, int(inFlight.size()), failMs, recoverMs);
}

QTEST_GUILESS_MAIN(tst_Scale)
#include "tst_scale.moc"
