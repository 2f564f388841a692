// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpevent.h"

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class QmpCtlConsole;

// Where qmpctl --events puts events: printed as JSON Lines exactly as received, optionally
// appended to a file (created mode 0600, flushed at least once a second), until a count is
// reached. While held, events are kept back, so the reply to COMMAND prints before them.
class QmpCtlEventSink : public QObject
{
    Q_OBJECT
public:
    explicit QmpCtlEventSink(QmpCtlConsole *console, QObject *parent = nullptr);
    ~QmpCtlEventSink() override;

    // Opens (creating mode 0600) or appends to file. False with *error set when it cannot.
    bool openSaveFile(const QString &fileName, QString *error);
    void setLimit(qint64 count) { m_limit = count; } // 0: none
    void setHeld(bool held);
    qint64 written() const { return m_written; }
    // The count was reached, or standard output was closed.
    bool isDone() const { return m_outputClosed || (m_limit > 0 && m_written >= m_limit); }
    QString saveError() const { return m_saveError; } // empty while the file is fine
    void flush();

    // One event as a JSON Lines line, without the newline: the bytes exactly as received.
    static QByteArray jsonLine(const QmpEvent &event);

public Q_SLOTS:
    void addEvent(const QmpEvent &event);

Q_SIGNALS:
    void done(); // the count was reached, or standard output was closed
    void saveFailed(const QString &message);

private:
    void emitEvent(const QmpEvent &event);

    QmpCtlConsole *m_console;
    QFile m_file;
    QTimer m_flushTimer;
    QList<QmpEvent> m_held;
    bool m_holding = false;
    qint64 m_limit = 0;
    qint64 m_written = 0;
    bool m_outputClosed = false;
    QString m_saveError;
};
