// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpreply.h"
#include "qmpclient_p.h"
#include "qmpreply_p.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

QmpReply::QmpReply(QObject *parent) : QObject(parent), d(new Private) {}

QmpReply::~QmpReply()
{
    if (d->tracked && d->client)
        d->client->d->forget(this);
    delete d;
}

QString QmpReply::command() const { return d->command; }
QmpValue QmpReply::id() const { return d->id; }
QmpValue QmpReply::request() const { return d->request; }
bool QmpReply::isOutOfBand() const { return d->outOfBand; }
bool QmpReply::isFinished() const { return d->finished; }
QmpError QmpReply::error() const { return d->error; }
const QmpValue &QmpReply::result() const { return d->response.value(u"return"); }
const QmpValue &QmpReply::response() const { return d->response; }
QByteArray QmpReply::rawResponse() const { return d->raw; }
qint64 QmpReply::sentUsecs() const { return d->sentUsecs; }
qint64 QmpReply::roundTripNsecs() const { return d->roundTripNsecs; }

bool QmpReply::waitForFinished(int msecs)
{
    if (d->finished)
        return true;
    if (msecs < 0) {
        // The reply's own timeout ends it; the margin lets that timeout fire first. A reply sent
        // without a timeout still gets a bound here, so a script never hangs.
        const int own = d->timeoutMs > 0 ? d->timeoutMs
                                         : (d->client ? d->client->commandTimeout() : 30000);
        msecs = own + 1000;
    }
    QPointer<QmpReply> self(this);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QmpReply::finished, &loop, &QEventLoop::quit);
    timer.start(msecs);
    QmpClient::Private::execWaitLoop(d->client, loop);
    // An auto-deleted reply may be gone by now: it was finished, or it would still be here.
    return !self || d->finished;
}

void QmpReply::abort()
{
    if (d->finished)
        return;
    const QmpError error(QmpError::Aborted, tr("aborted"));
    if (d->client)
        d->client->d->abandon(this, error);
    else
        QmpClient::Private::finishDetached(this, error);
}
