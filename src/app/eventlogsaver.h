// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <functional>

class EventTimelineModel;
class TimelineFilterProxy;

// Saves JSON Lines as a whole or not at all (QSaveFile) and private to the user (mode 0600):
// every event of a timeline, only those a filter shows, or any lines (a transcript).
class EventLogSaver
{
    Q_DECLARE_TR_FUNCTIONS(EventLogSaver)
public:
    // lineAt(i) for i in [0, count): one line without its terminator.
    using LineSource = std::function<QByteArrayView(qsizetype)>;
    static bool save(const QString &fileName, qsizetype count, const LineSource &lineAt, QString *error = nullptr);

    // Each event exactly as received, oldest first. Pending rows are shown (flushed) first.
    static bool saveEvents(const QString &fileName, EventTimelineModel *model, QString *error = nullptr);
    static bool saveShownEvents(const QString &fileName, TimelineFilterProxy *proxy, QString *error = nullptr);
};
