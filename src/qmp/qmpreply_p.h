// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to QmpQt: the state of one QmpReply, shared with the client that tracks it.

#include "qmpreply.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>

#include <map>

struct QmpReply::Private
{
    QPointer<QmpClient> client;
    QString command;
    QmpValue id;
    QmpValue request;
    QByteArray key; // compact JSON of id: the pending table's key; empty for id-less raw sends
    bool outOfBand = false;
    bool tracked = false;  // in the client's pending table (or id-less queue)
    bool finished = false;
    bool internal = false; // sent by the client itself (negotiation), never handed out
    bool sending = false;  // inside execute(): the caller has not connected to the reply yet
    QmpError error;
    QmpValue response;
    QByteArray raw;
    qint64 sentUsecs = 0;
    qint64 roundTripNsecs = -1;
    QElapsedTimer sentTimer;
    int timeoutMs = 0;
    bool hasDeadline = false;
    std::multimap<qint64, QmpReply *>::iterator deadline;
};
