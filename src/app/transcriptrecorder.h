// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QObject>

#include <deque>

class QmpClient;

// A session transcript: every message of the attached clients in both directions (commands,
// replies, events, the greeting), with the local time and the connection's name, secrets
// redacted. Kept in memory, bounded by maxBytes() (the oldest lines go), saved as JSON Lines.
//
// Transcript format: one JSON object per line,
//   {"dir":"out"|"in","time":<microseconds since the epoch>,"conn":"<connection name>","msg":<message>}
// "out" is sent by this program, "in" received from the server. msg is the message exactly as
// on the wire (line breaks inside it turned into blanks), except when it carried a secret: then
// it is re-serialised with each secret replaced by "<redacted>" and the line ends with
// ,"redacted":true. EventLogReader opens such a file again.
class TranscriptRecorder : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Out, In };
    // Under an event flood the transcript is mostly events, which the timeline keeps anyway.
    static constexpr qsizetype DefaultMaxBytes = 64 << 20;

    explicit TranscriptRecorder(QObject *parent = nullptr);
    ~TranscriptRecorder() override;

    void addClient(QmpClient *client, const QString &connectionName);
    void removeClient(QmpClient *client);

    // One message; raw may end in CR LF. time: microseconds since the epoch.
    void record(Direction direction, QByteArrayView raw, const QString &connectionName, qint64 time);
    // A line exactly as it would be recorded (for tests and tools).
    static QByteArray formatLine(Direction direction, QByteArrayView raw, const QString &connectionName, qint64 time);

    qsizetype size() const { return qsizetype(m_lines.size()); }
    QByteArrayView line(qsizetype i) const { return m_lines[size_t(i)]; }
    qint64 droppedCount() const { return m_dropped; }
    void clear();
    void setMaxBytes(qsizetype bytes);
    qsizetype maxBytes() const { return m_maxBytes; }

    bool save(const QString &fileName, QString *error = nullptr) const;

signals:
    void sizeChanged(qsizetype lines);

private:
    std::deque<QByteArray> m_lines;
    qsizetype m_bytes = 0;
    qsizetype m_maxBytes = DefaultMaxBytes;
    qint64 m_dropped = 0;
    QHash<QmpClient *, QList<QMetaObject::Connection>> m_clients;
};
