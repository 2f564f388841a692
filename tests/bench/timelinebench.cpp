// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinebench.h"

#include "eventtimelinemodel.h"
#include "timelinefilterproxy.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

constexpr qint64 BaseUsecs = 1732250000LL * 1000000;

// Resident memory of the process, to measure what the timeline really holds (allocator
// overhead included) rather than trust its own accounting alone.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : -1;
}

// The events as blastserver and QEMU write them, one per line. Every fourth is a
// NIC_RX_FILTER_CHANGED so that hiding a name leaves work for the filter.
struct SyntheticEvents
{
    QByteArray bytes;
    std::vector<qsizetype> ends;
    qsizetype start(qint64 i) const { return i == 0 ? 0 : ends[size_t(i - 1)]; }
    static bool isNicEvent(qint64 i) { return i % 4 == 3; }

    explicit SyntheticEvents(qint64 count)
    {
        bytes.reserve(count * 160);
        ends.reserve(size_t(count));
        char line[256];
        for (qint64 i = 0; i < count; ++i) {
            const qint64 usecs = BaseUsecs + i * 10;
            const long seconds = long(usecs / 1000000);
            const long micros = long(usecs % 1000000);
            const int nic = int(i % 64);
            const int n = isNicEvent(i)
                ? std::snprintf(line, sizeof line,
                                "{\"timestamp\": {\"seconds\": %ld, \"microseconds\": %ld}, \"event\": \"NIC_RX_FILTER_CHANGED\", "
                                "\"data\": {\"name\": \"nic%d\", \"path\": \"/machine/peripheral/nic%d/virtio-backend\"}}",
                                seconds, micros, nic, nic)
                : std::snprintf(line, sizeof line,
                                "{\"timestamp\": {\"seconds\": %ld, \"microseconds\": %ld}, \"event\": \"DEVICE_DELETED\", "
                                "\"data\": {\"path\": \"/machine/peripheral/nic%d/virtio-backend\", \"device\": \"nic%d\"}}",
                                seconds, micros, nic, nic);
            bytes.append(line, n);
            ends.push_back(bytes.size());
        }
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runTimelineBench(qint64 count)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (count > 0xffffffffLL / 2) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "too many events for one timeline") << Qt::endl;
        return 2;
    }
    const SyntheticEvents events(count);
    const QByteArrayView deviceDeleted("DEVICE_DELETED");
    const QByteArrayView nicChanged("NIC_RX_FILTER_CHANGED");

    const qint64 residentBefore = residentBytes();
    EventTimelineModel model;
    model.setMaxEvents(std::max<qsizetype>(count, EventTimelineModel::DefaultMaxEvents));
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    const quint16 connection = model.connectionId(QStringLiteral("vm0"));

    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype start = events.start(i);
        const qint64 usecs = BaseUsecs + i * 10;
        model.appendRaw(QByteArrayView(events.bytes.constData() + start, events.ends[size_t(i)] - start),
                        SyntheticEvents::isNicEvent(i) ? nicChanged : deviceDeleted, usecs, usecs + 5, connection);
    }
    model.flush();
    const double ingestSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 residentAfter = residentBytes();
    if (proxy.rowCount() != count) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "the timeline shows %1 of %2 events").arg(proxy.rowCount()).arg(count) << Qt::endl;
        return 1;
    }

    timer.restart();
    proxy.setHiddenNames({QStringLiteral("NIC_RX_FILTER_CHANGED")});
    const double nameMs = msSince(timer);
    const qint64 nicEvents = count / 4;
    if (proxy.rowCount() != count - nicEvents) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "the name filter shows %1 events, not %2").arg(proxy.rowCount()).arg(count - nicEvents) << Qt::endl;
        return 1;
    }
    timer.restart();
    proxy.setText(QStringLiteral("NIC7/"));
    const double textMs = msSince(timer);
    qint64 expected = 0;
    for (qint64 i = 0; i < count; ++i)
        expected += (!SyntheticEvents::isNicEvent(i) && i % 64 == 7) ? 1 : 0;
    if (proxy.rowCount() != expected) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "the text filter shows %1 events, not %2").arg(proxy.rowCount()).arg(expected) << Qt::endl;
        return 1;
    }

    // Text that names the events rather than their data: decided once per name, not per event.
    timer.restart();
    proxy.setText(QStringLiteral("device_del"));
    const double nameTextMs = msSince(timer);
    if (proxy.rowCount() != count - nicEvents) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "the text filter shows %1 events, not %2").arg(proxy.rowCount()).arg(count - nicEvents) << Qt::endl;
        return 1;
    }

    const double jsonPerEvent = double(events.bytes.size()) / double(count);
    out << "timeline_ingest_events_per_s " << qRound64(double(count) / ingestSeconds) << Qt::endl;
    out << "timeline_name_filter_ms " << QString::number(nameMs, 'f', 1) << Qt::endl;
    out << "timeline_text_filter_ms " << QString::number(textMs, 'f', 1) << Qt::endl;
    out << "timeline_name_text_filter_ms " << QString::number(nameTextMs, 'f', 1) << Qt::endl;
    out << "timeline_filter_ms " << QString::number(std::max({nameMs, textMs, nameTextMs}), 'f', 1) << Qt::endl;
    if (residentBefore >= 0 && residentAfter >= 0)
        out << "timeline_bytes_per_event " << QString::number(double(residentAfter - residentBefore) / double(count), 'f', 1) << Qt::endl;
    out << "timeline_model_bytes_per_event "
        << QString::number(double(model.memoryBytes() + proxy.memoryBytes()) / double(count), 'f', 1) << Qt::endl;
    out << "timeline_json_bytes_per_event " << QString::number(jsonPerEvent, 'f', 1) << Qt::endl;
    return 0;
}
