// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpevent.h"
#include "qmpframer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>

#include <chrono>
#include <cstring>
#include <new>

struct QmpEvent::Data : QSharedData
{
    Data(QmpValue &&m, QByteArray &&r, bool placed) : raw(std::move(r)), message(std::move(m)), inRaw(placed) {}
    Data(const Data &) = delete; // never detached: every use of a QmpEvent's d is const

    // Made with new, or placed in the unused capacity of raw's own allocation (see create()).
    // Either way `delete` ends it: a Data inside raw's block must let raw go last, as its
    // memory is freed with raw.
    static void operator delete(Data *p, std::destroying_delete_t)
    {
        if (p->inRaw) {
            const QByteArray keep = std::move(p->raw);
            p->~Data();
        } else {
            p->~Data();
            ::operator delete(p);
        }
    }

    QByteArray raw;
    QmpValue message;
    QString name;
    qint64 seconds = -1;
    qint64 micros = -1;
    qint64 received = 0;
    qsizetype dataIndex = -1; // of the "data" member in message, found with the name
    bool inRaw; // lives in raw's allocation

    // A frame's bytes come with room to spare (QmpFramer::SpareCapacity): the record goes there,
    // and an event is one allocation. Only while nothing else shares raw (alone: raw had no
    // other holder than the caller), so that no other holder can be writing into that room:
    // any later holder detaches before it writes.
    static Data *create(QmpValue &&message, QByteArray &&raw, bool alone)
    {
        static_assert(sizeof(Data) + alignof(Data) < QmpFramer::SpareCapacity, "frames must have room for an event's record");
        if (alone && raw.capacity() > raw.size()) {
            char *bytes = const_cast<char *>(raw.constData());
            const quintptr end = quintptr(bytes + raw.size() + 1);
            const quintptr at = (end + alignof(Data) - 1) & ~quintptr(alignof(Data) - 1);
            if (at + sizeof(Data) <= quintptr(bytes + raw.capacity()))
                return new (reinterpret_cast<void *>(at)) Data(std::move(message), std::move(raw), true);
        }
        return new Data(std::move(message), std::move(raw), false);
    }
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
// A key against a literal: the length is known at compile time and the compare inlined. (A
// QStringView made from a literal at run time counts its characters first, for every event.)
template<size_t N>
inline bool isKey(const QString &key, const char16_t (&name)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.constData(), name, (N - 1) * sizeof(char16_t)) == 0;
}
} // namespace

QmpEvent QmpEvent::fromMessage(const QmpValue &message, const QByteArray &raw, qint64 receivedUsecs)
{
    // One walk over the members, by reference: this runs for every event of a flood. As with
    // QmpValue::value(), the first of repeated keys counts.
    const bool alone = raw.isDetached(); // before the copy below shares it
    return fromData(Data::create(QmpValue(message), QByteArray(raw), alone), receivedUsecs);
}

QmpEvent QmpEvent::fromMessage(QmpValue &&message, QByteArray &&raw, qint64 receivedUsecs)
{
    const bool alone = raw.isDetached();
    return fromData(Data::create(std::move(message), std::move(raw), alone), receivedUsecs);
}

QmpEvent QmpEvent::fromData(Data *d, qint64 receivedUsecs)
{
    bool name = false;
    bool timestamp = false;
    const QList<QmpMember> &members = d->message.members();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QmpMember &m = members.at(i);
        if (d->dataIndex < 0 && isKey(m.key, u"data")) {
            d->dataIndex = i;
        } else if (!name && isKey(m.key, u"event")) {
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
QmpValue QmpEvent::data() const
{
    if (!d || d->dataIndex < 0)
        return {};
    return d->message.members().at(d->dataIndex).value;
}
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
