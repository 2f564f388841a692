// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlogreader.h"

#include "eventlinescanner.h"
#include "eventtimelinemodel.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace {

constexpr qint64 ReadChunk = 4 << 20;

QByteArrayView trimmed(QByteArrayView line)
{
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    while (end > start && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    return line.sliced(start, end - start);
}

// One file's worth of lines into a model.
class LineSink
{
    Q_DECLARE_TR_FUNCTIONS(EventLogReader)
public:
    LineSink(EventTimelineModel *model, const QString &name, EventLogReader::Result &result)
        : m_model(model), m_name(name), m_result(result)
    {
    }

    void problem(qint64 line, const QString &message)
    {
        ++m_result.badLines;
        if (m_result.problems.size() < EventLogReader::MaxProblems)
            m_result.problems.append({line, message});
    }

    void take(QByteArrayView raw, qint64 lineNumber)
    {
        const QByteArrayView line = trimmed(raw);
        if (line.isEmpty())
            return;
        if (!m_scanner.scan(line)) {
            problem(lineNumber, tr("not JSON at byte %1: %2").arg(m_scanner.errorOffset() + 1).arg(m_scanner.errorString()));
            return;
        }
        if (m_scanner.isEvent()) {
            m_model->appendRaw(line, m_scanner.eventName(), m_scanner.timestampUsecs(), -1, fileConnection());
            ++m_result.events;
            return;
        }
        const EventLineScanner::Member *msg = m_scanner.member("msg");
        const EventLineScanner::Member *dir = m_scanner.member("dir");
        if (!msg || !dir) {
            problem(lineNumber, tr("neither a QMP event nor a transcript line"));
            return;
        }
        if (!dir->isString || (dir->text != "in" && dir->text != "out")) {
            problem(lineNumber, tr("transcript line with a \"dir\" other than \"in\" or \"out\""));
            return;
        }
        m_result.transcript = true;
        const EventLineScanner::Member *time = m_scanner.member("time");
        const EventLineScanner::Member *conn = m_scanner.member("conn");
        const qint64 received = time && time->isInteger && time->integer >= 0 ? time->integer : -1;
        const QByteArrayView message = line.sliced(msg->offset, msg->length);
        if (dir->text == "out" || !m_message.scan(message) || !m_message.isEvent()) {
            ++m_result.otherMessages;
            return;
        }
        quint16 connection;
        if (!conn || !conn->isString || conn->text.empty()) {
            connection = fileConnection();
        } else {
            const QString connName = QString::fromStdString(conn->text);
            auto it = m_transcriptConnections.constFind(connName);
            if (it == m_transcriptConnections.cend())
                it = m_transcriptConnections.insert(connName, m_model->connectionId(tr("%1: %2").arg(m_name, connName)));
            connection = *it;
        }
        m_model->appendRaw(message, m_message.eventName(), m_message.timestampUsecs(), received, connection);
        ++m_result.events;
    }

private:
    // Registered with the first event filed under the file's own name: a transcript whose
    // events all name their connection must not leave an empty entry in the connection filter.
    quint16 fileConnection()
    {
        if (!m_hasConnection) {
            m_connection = m_model->connectionId(m_name);
            m_hasConnection = true;
        }
        return m_connection;
    }

    EventTimelineModel *m_model;
    QString m_name;
    EventLogReader::Result &m_result;
    quint16 m_connection = 0;
    bool m_hasConnection = false;
    EventLineScanner m_scanner;
    EventLineScanner m_message;
    QHash<QString, quint16> m_transcriptConnections;
};

} // namespace

QString EventLogReader::Result::summary() const
{
    if (!ok)
        return error;
    // Each part a whole clause with its own plural form; translators choose how parts are joined.
    QStringList parts{tr("%n events read", nullptr, int(events))};
    if (otherMessages > 0)
        parts.append(tr("%n commands and replies not shown", nullptr, int(otherMessages)));
    if (badLines > 0) {
        parts.append(problems.isEmpty()
                         ? tr("%n bad lines skipped", nullptr, int(badLines))
                         : tr("%n bad lines skipped (line %1: %2)", nullptr, int(badLines))
                               .arg(problems.constFirst().line)
                               .arg(problems.constFirst().message));
    }
    QString text = parts.takeFirst();
    for (const QString &part : std::as_const(parts)) {
        //: Joins two parts of a summary, as in "12 events read; 2 bad lines skipped"
        text = tr("%1; %2").arg(text, part);
    }
    return text;
}

EventLogReader::Result EventLogReader::read(const QString &fileName, EventTimelineModel *model, const QString &connectionName)
{
    QFile file(fileName);
    const QString name = connectionName.isEmpty() ? QFileInfo(fileName).fileName() : connectionName;
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.connectionName = name;
        r.error = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return r;
    }
    return read(&file, model, name);
}

EventLogReader::Result EventLogReader::read(QIODevice *device, EventTimelineModel *model, const QString &connectionName)
{
    Result result;
    result.connectionName = connectionName;
    LineSink sink(model, connectionName, result);
    QByteArray buffer;
    qint64 lineNumber = 1;
    bool skippingLongLine = false;
    bool first = true;
    for (;;) {
        const QByteArray chunk = device->read(ReadChunk);
        if (chunk.isEmpty()) {
            if (device->atEnd() || !device->isReadable())
                break;
            if (!device->waitForReadyRead(1000)) // sockets and pipes; files never get here
                break;
            continue;
        }
        buffer.append(chunk);
        if (first && buffer.size() >= 3) {
            if (buffer.startsWith("\xef\xbb\xbf"))
                buffer.remove(0, 3);
            first = false;
        }
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = buffer.indexOf('\n', start);
            if (nl < 0)
                break;
            if (!skippingLongLine)
                sink.take(QByteArrayView(buffer).sliced(start, nl - start), lineNumber);
            skippingLongLine = false;
            ++lineNumber;
            start = nl + 1;
        }
        buffer.remove(0, start);
        if (buffer.size() > MaxLineBytes && !skippingLongLine) {
            sink.problem(lineNumber, tr("line longer than %1 MiB").arg(MaxLineBytes >> 20));
            skippingLongLine = true;
        }
        if (skippingLongLine)
            buffer.clear();
    }
    // The last line may lack its line break (or be cut short: then it is reported).
    if (!skippingLongLine && !buffer.isEmpty())
        sink.take(buffer, lineNumber);
    model->flush();
    result.ok = true;
    return result;
}
