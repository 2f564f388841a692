// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventbench.h"

#include "benchclient.h"
#include "qmpeventlistener.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTextStream>

int runEventBench(const QString &address)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QmpClient client;
    QString error;
    if (!connectForBench(client, address, &error)) {
        err << "qmp-bench: " << error << Qt::endl;
        return 3;
    }
    QmpEventListener listener(&client);
    qint64 delivered = 0;
    qint64 dataFields = 0;
    // A consumer that looks at every event and takes it from the listener's queue, as an
    // application would, so nothing the bench counts is left unread.
    QObject::connect(&listener, &QmpEventListener::eventReceived, [&](const QmpEvent &event) {
        ++delivered;
        dataFields += event.data().size();
        listener.take();
    });
    QElapsedTimer timer;
    timer.start();
    QmpReply *reply = client.execute(QStringLiteral("x-blast"));
    const bool finished = reply->waitForFinished(600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!finished || !reply->isSuccess()) {
        err << "qmp-bench: " << (finished ? reply->errorString() : QCoreApplication::translate("qmp-bench", "no reply")) << Qt::endl;
        return 3;
    }
    if (client.eventHistory().isEmpty() && delivered > 0) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "events were not kept in the client's history") << Qt::endl;
        return 3;
    }
    out << "events_per_s " << qRound64(double(delivered) / seconds) << " (" << delivered << " events)" << Qt::endl;
    delete reply;
    return dataFields >= 0 ? 0 : 1;
}
