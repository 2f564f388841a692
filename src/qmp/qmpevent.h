// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QSharedDataPointer>

// One QMP event as the server sent it: name, data, QEMU's timestamp, the exact bytes received
// (what event logs store) and the local time it arrived. Implicitly shared; cheap to copy.
class QmpEvent
{
public:
    QmpEvent();
    QmpEvent(const QmpEvent &);
    QmpEvent(QmpEvent &&) noexcept;
    QmpEvent &operator=(const QmpEvent &);
    QmpEvent &operator=(QmpEvent &&) noexcept;
    ~QmpEvent();

    // message: the parsed event object. raw: its bytes as received; empty means "serialize
    // message when asked". receivedUsecs: microseconds since the epoch, 0 means now.
    static QmpEvent fromMessage(const QmpValue &message, const QByteArray &raw = {}, qint64 receivedUsecs = 0);
    // The same, taking both over: no reference counts change hands.
    static QmpEvent fromMessage(QmpValue &&message, QByteArray &&raw, qint64 receivedUsecs = 0);
    // Parses one line of an event log; invalid (isValid() false) with *error set when it is not an event.
    static QmpEvent fromJson(const QByteArray &line, QString *error = nullptr, qint64 receivedUsecs = 0);

    bool isValid() const;
    QString name() const;
    QmpValue data() const; // Undefined when the event has none
    qint64 seconds() const;      // QEMU's timestamp; -1 when the host clock failed
    qint64 microseconds() const;
    bool hasTimestamp() const { return seconds() >= 0; }
    qint64 timestampUsecs() const; // seconds*1e6 + microseconds, or -1
    qint64 receivedUsecs() const;  // local receive time, microseconds since the epoch
    QmpValue message() const;
    QByteArray raw() const; // exactly as received, no line terminator

    static qint64 nowUsecs();

private:
    struct Data;
    static QmpEvent fromData(Data *d, qint64 receivedUsecs);
    QSharedDataPointer<Data> d;
};

Q_DECLARE_METATYPE(QmpEvent)
