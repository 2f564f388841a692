// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

class EventTimelineModel;
class QIODevice;

// Opens a saved event log or a session transcript (both JSON Lines) into a timeline for offline
// study, as a connection of its own named after the file. Events keep their bytes exactly; a
// transcript's events get its local receive times. Bad lines are skipped and reported with their
// line number; nothing in a file can crash or hang it.
class EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(EventLogReader)
public:
    struct Problem
    {
        qint64 line; // 1-based
        QString message;
    };
    struct Result
    {
        bool ok = false;         // false: the file could not be read at all (see error)
        QString error;
        QString connectionName;  // what the events are filed under
        bool transcript = false; // it held transcript lines
        qint64 events = 0;
        qint64 otherMessages = 0; // commands and replies of a transcript: not timeline rows
        qint64 badLines = 0;
        QList<Problem> problems; // the first MaxProblems bad lines
        // "12 events read; 2 bad lines skipped (line 7: ...)"
        QString summary() const;
    };
    static constexpr int MaxProblems = 100;
    static constexpr qsizetype MaxLineBytes = 64 << 20;

    // connectionName: empty means the file's name.
    static Result read(const QString &fileName, EventTimelineModel *model, const QString &connectionName = {});
    static Result read(QIODevice *device, EventTimelineModel *model, const QString &connectionName);
};
