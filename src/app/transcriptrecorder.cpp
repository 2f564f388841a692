// SPDX-License-Identifier: GPL-2.0-or-later
#include "transcriptrecorder.h"

#include "eventlogsaver.h"
#include "qmpclient.h"
#include "qmpevent.h"
#include "qmpvalue.h"
#include "transcriptredactor.h"

TranscriptRecorder::TranscriptRecorder(QObject *parent) : QObject(parent) {}

TranscriptRecorder::~TranscriptRecorder()
{
    const QList<QmpClient *> clients = m_clients.keys();
    for (QmpClient *c : clients)
        removeClient(c);
}

void TranscriptRecorder::addClient(QmpClient *client, const QString &connectionName)
{
    removeClient(client);
    QList<QMetaObject::Connection> connections = {
        connect(client, &QmpClient::messageSent, this, [this, connectionName](const QByteArray &raw) {
            record(Direction::Out, raw, connectionName, QmpEvent::nowUsecs());
        }),
        connect(client, &QmpClient::messageReceived, this, [this, connectionName](const QByteArray &raw) {
            record(Direction::In, raw, connectionName, QmpEvent::nowUsecs());
        }),
        connect(client, &QObject::destroyed, this, [this, client] { m_clients.remove(client); }),
    };
    m_clients.insert(client, connections);
}

void TranscriptRecorder::removeClient(QmpClient *client)
{
    const QList<QMetaObject::Connection> connections = m_clients.take(client);
    for (const QMetaObject::Connection &c : connections)
        disconnect(c);
}

QByteArray TranscriptRecorder::formatLine(Direction direction, QByteArrayView raw, const QString &connectionName, qint64 time)
{
    qsizetype start = 0;
    qsizetype end = raw.size();
    while (start < end && (raw[start] == ' ' || raw[start] == '\t' || raw[start] == '\r' || raw[start] == '\n'))
        ++start;
    while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == '\t' || raw[end - 1] == '\r' || raw[end - 1] == '\n'))
        --end;
    QByteArrayView message = raw.sliced(start, end - start);
    QByteArray redacted;
    const bool wasRedacted = TranscriptRedactor::redact(message, &redacted);
    if (wasRedacted)
        message = redacted;
    if (message.isEmpty())
        message = "null";

    QByteArray line;
    line.reserve(message.size() + connectionName.size() + 64);
    line += direction == Direction::Out ? R"({"dir":"out","time":)" : R"({"dir":"in","time":)";
    line += QByteArray::number(time);
    line += R"(,"conn":)";
    QmpValue(connectionName).appendJson(line);
    line += R"(,"msg":)";
    const qsizetype msgStart = line.size();
    line += message;
    for (qsizetype i = msgStart; i < line.size(); ++i) {
        if (line[i] == '\n' || line[i] == '\r')
            line[i] = ' ';
    }
    if (wasRedacted)
        line += R"(,"redacted":true)";
    line += '}';
    return line;
}

void TranscriptRecorder::record(Direction direction, QByteArrayView raw, const QString &connectionName, qint64 time)
{
    QByteArray line = formatLine(direction, raw, connectionName, time);
    m_bytes += line.size();
    m_lines.push_back(std::move(line));
    while (m_bytes > m_maxBytes && m_lines.size() > 1) {
        m_bytes -= m_lines.front().size();
        m_lines.pop_front();
        ++m_dropped;
    }
    emit sizeChanged(size());
}

void TranscriptRecorder::clear()
{
    m_lines.clear();
    m_bytes = 0;
    m_dropped = 0;
    emit sizeChanged(0);
}

void TranscriptRecorder::setMaxBytes(qsizetype bytes)
{
    m_maxBytes = std::max<qsizetype>(1, bytes);
}

bool TranscriptRecorder::save(const QString &fileName, QString *error) const
{
    return EventLogSaver::save(fileName, size(), [this](qsizetype i) { return line(i); }, error);
}
