// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <deque>
#include <memory>
#include <vector>

// The events of a timeline in compact form: each event's bytes exactly as received, packed into
// large chunks, and a small fixed record per event (interned name, connection, times, where
// its "data" lies). Nothing is parsed here; rows are dropped only from the front.
class EventTimelineStore
{
public:
    struct Record
    {
        qint64 qemuUsecs;     // QEMU's timestamp, -1 when unknown
        qint64 receivedUsecs; // local receive time, -1 when unknown (read from an event log)
        quint32 chunk;        // serial number of the chunk holding the bytes
        quint32 offset;
        quint32 length;
        quint32 dataLength;   // 0: no "data" member
        quint32 nameId;
        quint16 dataOffset;   // from the start of the event's bytes
        quint16 connectionId;
    };
    static_assert(sizeof(Record) == 40);

    static constexpr qsizetype ChunkSize = 1 << 20;
    static constexpr quint16 NoConnection = 0xffff;

    EventTimelineStore();
    ~EventTimelineStore();
    EventTimelineStore(const EventTimelineStore &) = delete;
    EventTimelineStore &operator=(const EventTimelineStore &) = delete;

    qsizetype size() const { return qsizetype(m_records.size()); }
    // Serial number of row 0. Serials never change; rows shift when the front is dropped.
    qint64 firstSerial() const { return m_firstSerial; }
    const Record &record(qsizetype row) const { return m_records[size_t(row)]; }
    QByteArrayView raw(qsizetype row) const
    {
        const Record &r = record(row);
        return {chunkData(r.chunk) + r.offset, qsizetype(r.length)};
    }
    QByteArrayView data(qsizetype row) const
    {
        const Record &r = record(row);
        return {chunkData(r.chunk) + r.offset + r.dataOffset, qsizetype(r.dataLength)};
    }

    // Names and connections are interned; ids stay valid until clear().
    quint32 nameId(QByteArrayView utf8Name);
    quint32 nameId(const QString &name);
    QString name(quint32 id) const { return m_names.at(qsizetype(id)); }
    qsizetype nameCount() const { return m_names.size(); }
    qsizetype countOfName(quint32 id) const { return m_nameCounts[size_t(id)]; }
    // -1 when the name never occurred.
    qint64 findName(const QString &name) const;

    quint16 connectionId(const QString &name);
    QString connectionName(quint16 id) const { return id < m_connections.size() ? m_connections.at(id) : QString(); }
    qsizetype connectionCount() const { return m_connections.size(); }

    // line: the event exactly as received, one line (no terminator). The data span is found
    // here when dataOffset is -1.
    void append(QByteArrayView line, quint32 nameId, quint16 connectionId, qint64 qemuUsecs,
                qint64 receivedUsecs, qsizetype dataOffset = -1, qsizetype dataLength = 0);
    void dropFront(qsizetype count);
    void clear();

    // Bytes held: chunks, records and tables, for the memory figure.
    qint64 memoryBytes() const;
    qint64 rawBytes() const { return m_rawBytes; } // the events' own size

private:
    struct Chunk
    {
        std::unique_ptr<char[]> bytes;
        qsizetype capacity = 0;
        qsizetype used = 0;
    };
    const char *chunkData(quint32 serial) const { return m_chunks[serial - m_firstChunk].bytes.get(); }
    Chunk &chunkFor(qsizetype length);

    std::deque<Record> m_records;
    std::deque<Chunk> m_chunks;
    quint32 m_firstChunk = 0;
    qint64 m_firstSerial = 0;
    qint64 m_rawBytes = 0;
    qint64 m_chunkBytes = 0;

    QStringList m_names;
    QHash<QByteArray, quint32> m_nameIds;
    std::vector<qsizetype> m_nameCounts;
    QByteArray m_lastName;
    quint32 m_lastNameId = 0;
    QStringList m_connections;
};
