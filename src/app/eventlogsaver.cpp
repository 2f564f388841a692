// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlogsaver.h"

#include "eventtimelinemodel.h"
#include "timelinefilterproxy.h"

#include <QtCore/QSaveFile>

namespace {
constexpr qsizetype WriteChunk = 1 << 20;
} // namespace

bool EventLogSaver::save(const QString &fileName, qsizetype count, const LineSource &lineAt, QString *error)
{
    QSaveFile file(fileName);
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(fileName, why);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // The temporary file becomes the saved one: private before the first byte is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    QByteArray buffer;
    buffer.reserve(WriteChunk + 4096);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView line = lineAt(i);
        buffer.append(line);
        buffer.append('\n');
        if (buffer.size() >= WriteChunk || i + 1 == count) {
            if (file.write(buffer) != buffer.size())
                return failed(file.errorString());
            buffer.clear();
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool EventLogSaver::saveEvents(const QString &fileName, EventTimelineModel *model, QString *error)
{
    model->flush();
    const EventTimelineStore &store = model->store();
    return save(fileName, store.size(), [&store](qsizetype row) { return store.raw(row); }, error);
}

bool EventLogSaver::saveShownEvents(const QString &fileName, TimelineFilterProxy *proxy, QString *error)
{
    EventTimelineModel *model = proxy->timeline();
    if (!model)
        return save(fileName, 0, {}, error);
    model->flush();
    const EventTimelineStore &store = model->store();
    return save(fileName, proxy->rowCount(), [&](qsizetype row) {
        return store.raw(proxy->mapToSource(proxy->index(int(row), 0)).row());
    }, error);
}
