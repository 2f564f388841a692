// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmperror.h"
#include "qmpvalue.h"

#include <QtCore/QObject>

class QmpClient;

// The pending result of one command, in the manner of QNetworkReply. The caller owns it and
// deletes it (deleteLater() in a slot), unless QmpClient::setAutoDeleteReplies(true) is on.
// finished() is emitted exactly once, also for errors and aborts; errorOccurred() before it.
class QmpReply : public QObject
{
    Q_OBJECT
public:
    ~QmpReply() override;

    QString command() const;    // "query-status"; empty for raw sends
    QmpValue id() const;        // the id sent (any JSON value), Undefined when none was sent
    QmpValue request() const;   // the whole message sent
    bool isOutOfBand() const;
    bool isFinished() const;
    bool isSuccess() const { return isFinished() && !error().isError(); }
    QmpError error() const;
    QString errorString() const { return error().message(); }
    const QmpValue &result() const;   // the "return" value on success; valid while the reply lives
    const QmpValue &response() const; // the whole reply message as received (Undefined if none)
    QByteArray rawResponse() const; // the reply's bytes exactly as received
    qint64 sentUsecs() const;       // local send time, microseconds since the epoch
    qint64 roundTripNsecs() const;  // from send to reply, -1 until finished with a reply

    // Blocks, running a local event loop, until finished or msecs pass (-1: the reply's own
    // timeout decides, which always exists). Returns isFinished(). For scripts and tests.
    bool waitForFinished(int msecs = -1);
    // Stops waiting: the reply finishes with an Aborted error. A late server reply is dropped.
    void abort();

Q_SIGNALS:
    void finished();
    void errorOccurred(const QmpError &error);

private:
    friend class QmpClient;
    friend class QmpClientPrivate;
    explicit QmpReply(QObject *parent = nullptr);
    struct Private;
    Private *d;
};
