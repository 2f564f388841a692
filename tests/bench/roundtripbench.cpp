// SPDX-License-Identifier: GPL-2.0-or-later
#include "roundtripbench.h"

#include "benchclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTextStream>

#include <deque>
#include <functional>
#include <memory>

int runRoundTripBench(const QString &address, qint64 count, int window)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QmpClient client;
    QString error;
    if (!connectForBench(client, address, &error)) {
        err << "qmp-bench: " << error << Qt::endl;
        return 3;
    }
    qint64 sent = 0;
    qint64 done = 0;
    bool failed = false;
    QEventLoop loop;
    // Finished replies are deleted a few round trips later, once their finished() emission is
    // long over: deleteLater() would post an event, and so wake the event loop, for each one.
    std::deque<std::unique_ptr<QmpReply>> finished;
    // Each reply, on finishing, sends the next command: the window stays full, as in rawqmp.
    std::function<void()> sendOne = [&] {
        QmpReply *reply = client.execute(QStringLiteral("query-status"));
        ++sent;
        QObject::connect(reply, &QmpReply::finished, &loop, [&, reply] {
            if (!reply->isSuccess()) {
                err << "qmp-bench: " << reply->errorString() << Qt::endl;
                failed = true;
                loop.quit();
            } else if (++done == count) {
                loop.quit();
            } else if (sent < count) {
                sendOne();
            }
            // The next command is on its way before this bookkeeping, as a client that cares
            // about latency would order it.
            finished.emplace_back(reply);
            if (finished.size() > size_t(window) + 1)
                finished.pop_front();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < window && sent < count; ++i)
        sendOne();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (failed)
        return 3;
    out << (window > 1 ? "pipelined_cmds_per_s " : "seq_cmds_per_s ") << qRound64(double(count) / seconds) << Qt::endl;
    return 0;
}
