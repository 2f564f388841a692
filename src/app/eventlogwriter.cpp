// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlogwriter.h"

#include <QtCore/QFileInfo>

#include <cstring>

namespace {
// A flood is written in pieces of about this size rather than waiting for the timer.
constexpr qsizetype EagerFlushBytes = 1 << 20;
constexpr qint64 TailChunk = 64 * 1024;
} // namespace

EventLogWriter::EventLogWriter(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // While the file cannot be written, keep trying at the same pace.
        if (!flush())
            m_timer.start();
    });
}

EventLogWriter::~EventLogWriter()
{
    close();
}

bool EventLogWriter::open(const QString &fileName)
{
    close();
    m_fileName = fileName;
    m_error.clear();
    m_removed = false;
    m_linesWritten = m_linesLost = 0;
    QString error;
    if (!openFile(&error)) {
        fail(error);
        return false;
    }
    return true;
}

bool EventLogWriter::openFile(QString *error)
{
    m_file.setFileName(m_fileName);
    // Unbuffered: each flush is one write of whole lines, so a crash can cut at most the last one.
    // A device (a pipe, /dev/full) can be neither read back nor appended to.
    const QFileInfo info(m_fileName);
    const QIODevice::OpenMode mode = (!info.exists() || info.isFile())
        ? QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered
        : QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (!m_file.open(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot open the event log %1: %2").arg(m_fileName, m_file.errorString());
        return false;
    }
    // A line cut by a crash or a full disk would sit before every line written from now on:
    // cut the file back to its last line break.
    qint64 size = m_file.size();
    if (m_file.isSequential())
        size = 0;
    qint64 end = size;
    while (end > 0) {
        const qint64 from = std::max<qint64>(0, end - TailChunk);
        if (!m_file.seek(from))
            break;
        const QByteArray chunk = m_file.read(end - from);
        if (chunk.size() != end - from)
            break;
        if (end == size && chunk.endsWith('\n'))
            break; // the common case: whole lines only
        const qsizetype nl = chunk.lastIndexOf('\n');
        if (nl >= 0) {
            end = from + nl + 1;
            break;
        }
        end = from;
    }
    if (end != size && !m_file.resize(end)) {
        *error = tr("Cannot repair the end of the event log %1: %2").arg(m_fileName, m_file.errorString());
        m_file.close();
        return false;
    }
    m_goodSize = m_file.isSequential() ? 0 : m_file.size();
    return true;
}

void EventLogWriter::close()
{
    m_timer.stop();
    if (m_file.isOpen()) {
        flush();
        m_file.close();
    }
}

void EventLogWriter::append(QByteArrayView line)
{
    if (m_fileName.isEmpty())
        return; // never opened: nowhere to write, nothing to keep
    const qsizetype start = m_pending.size();
    m_pending.append(line);
    char *p = m_pending.data() + start;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (p[i] == '\n' || p[i] == '\r')
            p[i] = ' ';
    }
    m_pending.append('\n');
    ++m_pendingLines;
    if (m_pending.size() >= EagerFlushBytes && !hasError()) {
        flush();
        return;
    }
    if (m_pending.size() > m_maxBacklog)
        trimBacklog();
    if (!m_timer.isActive())
        m_timer.start();
}

bool EventLogWriter::flush()
{
    if (m_pending.isEmpty() || m_fileName.isEmpty())
        return true;
    // Writing on into a file whose folder was removed would lose every line without an error.
    if (m_file.isOpen() && !m_file.isSequential() && !QFileInfo::exists(m_fileName)) {
        m_file.close();
        m_removed = true;
    }
    if (!m_file.isOpen()) {
        QString error;
        if (!openFile(&error)) {
            // Say what happened first, not what the retries run into.
            fail(m_removed ? tr("The event log %1 was removed. Events are kept in memory.").arg(m_fileName) : error);
            trimBacklog();
            return false;
        }
    }
    const qint64 written = m_file.write(m_pending);
    if (written != m_pending.size()) {
        const QString reason = m_file.errorString();
        // Take back a partial write; if even that fails, reopening cuts it back later.
        if (m_file.isSequential() || written <= 0 || !m_file.resize(m_goodSize))
            m_file.close();
        m_file.unsetError();
        fail(tr("Cannot write the event log %1: %2. Events are kept in memory.").arg(m_fileName, reason));
        trimBacklog();
        return false;
    }
    m_goodSize += written;
    m_removed = false;
    m_linesWritten += m_pendingLines;
    m_pending.clear();
    m_pendingLines = 0;
    if (hasError()) {
        m_error.clear();
        emit recovered();
    }
    return true;
}

void EventLogWriter::fail(const QString &message)
{
    // The same trouble once, not on every retry.
    if (message == m_error)
        return;
    m_error = message;
    emit errorOccurred(message);
}

void EventLogWriter::trimBacklog()
{
    if (m_pending.size() <= m_maxBacklog)
        return;
    const qsizetype cut = m_pending.indexOf('\n', m_pending.size() - m_maxBacklog - 1);
    if (cut < 0)
        return;
    const qsizetype lines = QByteArrayView(m_pending).first(cut + 1).count('\n');
    m_pending.remove(0, cut + 1);
    m_pendingLines -= lines;
    m_linesLost += lines;
}
