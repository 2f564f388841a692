// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventtimelinestore.h"

#include "eventlinescanner.h"

#include <cstring>

EventTimelineStore::EventTimelineStore() = default;
EventTimelineStore::~EventTimelineStore() = default;

quint32 EventTimelineStore::nameId(QByteArrayView utf8Name)
{
    // A flood is mostly one name over and over.
    if (!m_names.isEmpty() && utf8Name == m_lastName)
        return m_lastNameId;
    const QByteArray probe = QByteArray::fromRawData(utf8Name.data(), utf8Name.size());
    auto it = m_nameIds.constFind(probe);
    quint32 id;
    if (it != m_nameIds.cend()) {
        id = *it;
    } else {
        id = quint32(m_names.size());
        const QByteArray owned = utf8Name.toByteArray();
        m_nameIds.insert(owned, id);
        m_names.append(QString::fromUtf8(owned));
        m_nameCounts.push_back(0);
    }
    m_lastName = utf8Name.toByteArray();
    m_lastNameId = id;
    return id;
}

quint32 EventTimelineStore::nameId(const QString &name)
{
    return nameId(QByteArrayView(name.toUtf8()));
}

qint64 EventTimelineStore::findName(const QString &name) const
{
    auto it = m_nameIds.constFind(name.toUtf8());
    return it == m_nameIds.cend() ? -1 : qint64(*it);
}

quint16 EventTimelineStore::connectionId(const QString &name)
{
    const qsizetype i = m_connections.indexOf(name);
    if (i >= 0)
        return quint16(i);
    if (m_connections.size() >= NoConnection)
        return NoConnection - 1; // the last id is shared beyond 65534 connections
    m_connections.append(name);
    return quint16(m_connections.size() - 1);
}

EventTimelineStore::Chunk &EventTimelineStore::chunkFor(qsizetype length)
{
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < length) {
        Chunk c;
        c.capacity = std::max(ChunkSize, length);
        c.bytes.reset(new char[size_t(c.capacity)]);
        m_chunkBytes += c.capacity;
        m_chunks.push_back(std::move(c));
    }
    return m_chunks.back();
}

void EventTimelineStore::append(QByteArrayView line, quint32 nameId, quint16 connectionId,
                                qint64 qemuUsecs, qint64 receivedUsecs, qsizetype dataOffset,
                                qsizetype dataLength)
{
    Chunk &c = chunkFor(line.size());
    char *dst = c.bytes.get() + c.used;
    std::memcpy(dst, line.data(), size_t(line.size()));
    // One event per line in any file written from here: a line break can only be JSON
    // whitespace, so a blank takes its place without changing the value.
    for (char *p = static_cast<char *>(std::memchr(dst, '\n', size_t(line.size()))); p;
         p = static_cast<char *>(std::memchr(p, '\n', size_t(dst + line.size() - p))))
        *p = ' ';
    for (char *p = static_cast<char *>(std::memchr(dst, '\r', size_t(line.size()))); p;
         p = static_cast<char *>(std::memchr(p, '\r', size_t(dst + line.size() - p))))
        *p = ' ';

    if (dataOffset < 0 && !EventLineScanner::findDataMember(line, &dataOffset, &dataLength))
        dataOffset = dataLength = 0;
    if (dataOffset > 0xffff) {
        // Far from the start only in contrived events: search the whole line then.
        dataOffset = 0;
        dataLength = line.size();
    }

    Record r;
    r.qemuUsecs = qemuUsecs;
    r.receivedUsecs = receivedUsecs;
    r.chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    r.offset = quint32(c.used);
    r.length = quint32(line.size());
    r.dataLength = quint32(dataLength);
    r.nameId = nameId;
    r.dataOffset = quint16(dataOffset);
    r.connectionId = connectionId;
    m_records.push_back(r);
    c.used += line.size();
    m_rawBytes += line.size();
    ++m_nameCounts[nameId];
}

void EventTimelineStore::dropFront(qsizetype count)
{
    count = std::min(count, size());
    if (count <= 0)
        return;
    for (qsizetype i = 0; i < count; ++i) {
        const Record &r = m_records[size_t(i)];
        --m_nameCounts[r.nameId];
        m_rawBytes -= r.length;
    }
    m_records.erase(m_records.begin(), m_records.begin() + count);
    m_firstSerial += count;
    // Free the chunks no record points into any more (never the one being filled).
    const quint32 keepFrom = m_records.empty() ? m_firstChunk + quint32(m_chunks.size() - 1) : m_records.front().chunk;
    while (m_firstChunk < keepFrom && m_chunks.size() > 1) {
        m_chunkBytes -= m_chunks.front().capacity;
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

void EventTimelineStore::clear()
{
    m_firstSerial += size();
    m_records.clear();
    m_records.shrink_to_fit();
    m_chunks.clear();
    m_firstChunk = 0;
    m_rawBytes = 0;
    m_chunkBytes = 0;
    m_names.clear();
    m_nameIds.clear();
    m_nameCounts.clear();
    m_lastName.clear();
    // Connection ids are kept: their owners hold on to them.
}

qint64 EventTimelineStore::memoryBytes() const
{
    // std::deque keeps records in 512-byte blocks (plus malloc's header) and a map of pointers.
    constexpr qint64 perBlock = 512 / sizeof(Record);
    const qint64 recordBytes = (qint64(m_records.size()) / perBlock + 1) * (perBlock * qint64(sizeof(Record)) + 16 + 8);
    qint64 names = 0;
    for (const QString &n : m_names)
        names += 2 * n.size() * 3 + 64;
    return m_chunkBytes + recordBytes + names + qint64(m_chunks.size()) * qint64(sizeof(Chunk));
}
