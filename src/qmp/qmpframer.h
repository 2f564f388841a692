// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>

// Cuts a byte stream into JSON messages, whatever the read boundaries: it follows brackets and
// strings, as QEMU's own JSON streamer does, so it needs no newline between messages and never
// takes one socket read for one message. It does not parse; QmpValue::fromJson does that.
class QmpFramer
{
public:
    enum class Kind {
        Message,   // a complete bracketed value, parse it
        Scalar,    // a line of text at top level that is not bracketed: never a valid QMP message
        Oversize,  // a message longer than the limit; its bytes were dropped
        Delimiter, // a 0xFF byte, the guest agent's resynchronisation mark
    };
    struct Frame
    {
        Kind kind = Kind::Message;
        // The message exactly as received; for Oversize only its last OversizeTail bytes (where
        // QEMU puts a reply's id); empty for Delimiter.
        QByteArray bytes;
        qsizetype size = 0; // its length in bytes, also for Oversize
    };

    static constexpr qsizetype DefaultMaxMessageSize = 64 * 1024 * 1024;
    static constexpr qsizetype OversizeTail = 128;
    // Unused capacity a Message frame's bytes carry after their end: QmpEvent keeps its record
    // there, so that an event and its bytes are one allocation, not two.
    static constexpr qsizetype SpareCapacity = 160;

    explicit QmpFramer(qsizetype maxMessageSize = DefaultMaxMessageSize);

    void append(QByteArrayView bytes);
    // Where to read into directly, avoiding a copy: reserve n bytes, write, then commit(written).
    char *reserve(qsizetype n);
    void commit(qsizetype written);

    bool next(Frame *frame);

    // Bytes of a message begun but not complete: what an EOF now would cut off.
    bool hasPartialMessage() const;
    qsizetype bufferedBytes() const { return m_buf.size() - m_start; }
    qsizetype maxMessageSize() const { return m_max; }
    void clear();

private:
    void compact();
    void resetScanState();

    QByteArray m_buf;
    qsizetype m_start = 0; // first byte of the message being scanned (or of unscanned input)
    qsizetype m_pos = 0;   // next byte to scan
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_inScalar = false;
    bool m_skipping = false; // inside an oversize message: drop until it ends
    qsizetype m_skipped = 0;
    qsizetype m_max;
    qsizetype m_reserved = 0;
};
