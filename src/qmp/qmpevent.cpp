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

namespace {
inline bool isKey(const QString &key, QStringView name)
{
    return key.size() == name.size() && QStringView(key) == name;
}
} // namespace

QmpEvent QmpEvent::fromMessage(const QmpValue &message, const QByteArray &raw, qint64 receivedUsecs)
{
    // One walk over the members, by reference: this runs for every event of a flood. As with
    // QmpValue::value(), the first of repeated keys counts.
    Data *d = new Data;
    d->message = message;
    d->raw = raw;
    bool name = false;
    bool timestamp = false;
    for (const QmpMember &m : message.members()) {
        if (!name && isKey(m.key, u"event")) {
            name = true;
            d->name = m.value.stringRef();
        } else if (!timestamp && isKey(m.key, u"timestamp")) {
            timestamp = true;
            bool seconds = false;
            bool micros = false;
            for (const QmpMember &t : m.value.members()) {
                if (!seconds && isKey(t.key, u"seconds")) {
                    seconds = true;
                    d->seconds = t.value.toInt(-1);
                } else if (!micros && isKey(t.key, u"microseconds")) {
                    micros = true;
                    d->micros = t.value.toInt(-1);
                }
            }
        }
    }
    d->received = receivedUsecs ? receivedUsecs : nowUsecs();
    QmpEvent e;
    e.d = d;
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
