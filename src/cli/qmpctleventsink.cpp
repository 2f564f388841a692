// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctleventsink.h"

#include "qmpctlconsole.h"

#include <QtCore/QCoreApplication>

QmpCtlEventSink::QmpCtlEventSink(QmpCtlConsole *console, QObject *parent)
    : QObject(parent), m_console(console)
{
    // A crash or kill loses at most the last second of a saved log.
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &QmpCtlEventSink::flush);
}

QmpCtlEventSink::~QmpCtlEventSink()
{
    flush();
}

bool QmpCtlEventSink::openSaveFile(const QString &fileName, QString *error)
{
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate("qmpctl", "--save '%1': %2").arg(fileName, m_file.errorString());
        return false;
    }
    m_flushTimer.start();
    return true;
}

void QmpCtlEventSink::setHeld(bool held)
{
    m_holding = held;
    if (held)
        return;
    const QList<QmpEvent> events = std::exchange(m_held, {});
    for (const QmpEvent &e : events) {
        if (isDone())
            break;
        emitEvent(e);
    }
}

void QmpCtlEventSink::addEvent(const QmpEvent &event)
{
    if (isDone())
        return;
    if (m_holding) {
        m_held.append(event);
        return;
    }
    emitEvent(event);
}

QByteArray QmpCtlEventSink::jsonLine(const QmpEvent &event)
{
    // Events built by hand (not read from a server) have no raw bytes.
    const QByteArray raw = event.raw();
    return raw.isEmpty() ? event.message().toJson() : raw;
}

void QmpCtlEventSink::emitEvent(const QmpEvent &event)
{
    const QByteArray line = jsonLine(event) + '\n';
    m_console->write(line);
    if (m_console->outputFailed())
        m_outputClosed = true; // e.g. `qmpctl --events ... | head -3`: nobody reads any more
    if (m_file.isOpen() && m_saveError.isEmpty()) {
        if (m_file.write(line) != line.size()) {
            m_saveError = QCoreApplication::translate("qmpctl", "--save '%1': cannot write: %2")
                              .arg(m_file.fileName(), m_file.errorString());
            Q_EMIT saveFailed(m_saveError);
        }
    }
    ++m_written;
    if (isDone()) {
        flush();
        Q_EMIT done();
    }
}

void QmpCtlEventSink::flush()
{
    if (!m_file.isOpen() || !m_saveError.isEmpty())
        return;
    if (!m_file.flush()) {
        m_saveError = QCoreApplication::translate("qmpctl", "--save '%1': cannot write: %2")
                          .arg(m_file.fileName(), m_file.errorString());
        Q_EMIT saveFailed(m_saveError);
    }
}
