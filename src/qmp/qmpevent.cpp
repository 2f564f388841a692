// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpevent.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>

#include <chrono>

struct QmpEvent::Data : QSharedData
{
    QmpValue message;
    QByteArray raw;
    QString name;
    qint64 seconds = -1;
    qint64 micros = -1;
    qint64 received = 0;
};

QmpEvent::QmpEvent() = default;
QmpEvent::QmpEvent(const QmpEvent &) = default;
QmpEvent::QmpEvent(QmpEvent &&) noexcept = default;
QmpEvent &QmpEvent::operator=(const QmpEvent &) = default;
QmpEvent &QmpEvent::operator=(QmpEvent &&) noexcept = default;
QmpEvent::~QmpEvent() = default;

qint64 QmpEvent::nowUsecs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QmpEvent QmpEvent::fromMessage(const QmpValue &message, const QByteArray &raw, qint64 receivedUsecs)
{
    QmpEvent e;
    e.d = new Data;
    e.d->message = message;
    e.d->raw = raw;
    e.d->name = message.value(u"event").toString();
    const QmpValue ts = message.value(u"timestamp");
    e.d->seconds = ts.value(u"seconds").toInt(-1);
    e.d->micros = ts.value(u"microseconds").toInt(-1);
    e.d->received = receivedUsecs ? receivedUsecs : nowUsecs();
    return e;
}

QmpEvent QmpEvent::fromJson(const QByteArray &line, QString *error, qint64 receivedUsecs)
{
    QmpJsonError err;
    QByteArray trimmed = line.trimmed();
    const QmpValue v = QmpValue::fromJson(trimmed, &err);
    if (!err.ok()) {
        if (error)
            *error = QCoreApplication::translate("QmpEvent", "not JSON at byte %1: %2").arg(err.offset).arg(err.message);
        return {};
    }
    if (!v.isObject() || !v.value(u"event").isString()) {
        if (error)
            *error = QCoreApplication::translate("QmpEvent", "not a QMP event: no \"event\" name");
        return {};
    }
    return fromMessage(v, trimmed, receivedUsecs);
}

bool QmpEvent::isValid() const { return d && !d->name.isEmpty(); }
QString QmpEvent::name() const { return d ? d->name : QString(); }
QmpValue QmpEvent::data() const { return d ? d->message.value(u"data") : QmpValue(); }
qint64 QmpEvent::seconds() const { return d ? d->seconds : -1; }
qint64 QmpEvent::microseconds() const { return d ? d->micros : -1; }
qint64 QmpEvent::timestampUsecs() const
{
    return (d && d->seconds >= 0 && d->micros >= 0) ? d->seconds * 1000000 + d->micros : -1;
}
qint64 QmpEvent::receivedUsecs() const { return d ? d->received : 0; }
QmpValue QmpEvent::message() const { return d ? d->message : QmpValue(); }
QByteArray QmpEvent::raw() const
{
    if (!d)
        return {};
    return d->raw.isEmpty() ? d->message.toJson() : d->raw;
}
