// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QObject>
#include <QtCore/QTimer>

// A live event log (`--event-log FILE`): appends each event as one JSON Line exactly as received,
// written out at least once a second in whole lines only. The file is created mode 0600. A write
// error is reported through errorOccurred() and the lines wait in memory (up to a bound) while
// the writer retries, so the file never holds a broken line before a good one.
class EventLogWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultFlushIntervalMs = 500;
    static constexpr qsizetype DefaultMaxBacklogBytes = 64 << 20;

    explicit EventLogWriter(QObject *parent = nullptr);
    ~EventLogWriter() override; // writes what is pending

    // Opens (creating 0600, or appending to) fileName. A file that ends in the middle of a line
    // (a crash during a write) is cut back to its last whole line first. False with
    // errorString() set when it cannot be opened.
    bool open(const QString &fileName);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_fileName; }

    // One event, without its line terminator. Line breaks inside it (JSON whitespace) become
    // blanks so that it stays one line.
    void append(QByteArrayView line);
    // Writes the pending lines now; false when that failed (they stay pending).
    bool flush();

    void setFlushInterval(int ms) { m_timer.setInterval(ms); }
    int flushInterval() const { return m_timer.interval(); }
    // Pending bytes kept while the file cannot be written; beyond it the oldest lines go.
    void setMaxBacklogBytes(qsizetype bytes) { m_maxBacklog = bytes; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 linesWritten() const { return m_linesWritten; }
    qint64 linesPending() const { return m_pendingLines; }
    qint64 linesLost() const { return m_linesLost; } // dropped from a full backlog

signals:
    void errorOccurred(const QString &message);
    void recovered(); // writing works again after an error

private:
    bool openFile(QString *error);
    void fail(const QString &message);
    void trimBacklog();

    QString m_fileName;
    QFile m_file;
    QTimer m_timer;
    QByteArray m_pending;       // whole lines, each ending in '\n'
    qint64 m_pendingLines = 0;
    qint64 m_goodSize = 0;      // the file's size after the last complete write
    qint64 m_linesWritten = 0;
    qint64 m_linesLost = 0;
    qsizetype m_maxBacklog = DefaultMaxBacklogBytes;
    QString m_error;
    bool m_removed = false; // the file vanished while open
};
