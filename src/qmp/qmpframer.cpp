// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpframer.h"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

#ifdef __SSE2__
// Sixteen bytes at a time: the framer looks at a handful of byte values only, and every other
// byte of a message (most of them) is skipped in bulk.
inline unsigned bytesEqual(__m128i block, char c)
{
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8(c))));
}
#endif

// The first '"', '\\' or 0xFF at or after p, or end.
inline const char *findStringStop(const char *p, const char *end)
{
#ifdef __SSE2__
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (const unsigned mask = bytesEqual(block, '"') | bytesEqual(block, '\\') | bytesEqual(block, char(0xFF)))
            return p + __builtin_ctz(mask);
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && uchar(*p) != 0xFF)
        ++p;
    return p;
}

// The first byte at or after p that matters inside a container: a quote, a bracket or 0xFF.
inline const char *findStructural(const char *p, const char *end)
{
#ifdef __SSE2__
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // '[' and ']' differ from '{' and '}' only in bit 5.
        const __m128i folded = _mm_or_si128(block, _mm_set1_epi8(0x20));
        if (const unsigned mask = bytesEqual(block, '"') | bytesEqual(folded, '{') | bytesEqual(folded, '}')
                                  | bytesEqual(block, char(0xFF)))
            return p + __builtin_ctz(mask);
    }
#endif
    while (p < end) {
        const char c = *p;
        if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || uchar(c) == 0xFF)
            break;
        ++p;
    }
    return p;
}

constexpr qsizetype LargeCapacity = 8 * 1024 * 1024;

} // namespace

QmpFramer::QmpFramer(qsizetype maxMessageSize) : m_max(maxMessageSize) {}

void QmpFramer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty()) // may have no data pointer, which memcpy must not be given
        return;
    std::memcpy(reserve(bytes.size()), bytes.data(), size_t(bytes.size()));
    commit(bytes.size());
}

char *QmpFramer::reserve(qsizetype n)
{
    compact();
    const qsizetype old = m_buf.size();
    m_buf.resize(old + n);
    m_reserved = n;
    return m_buf.data() + old;
}

void QmpFramer::commit(qsizetype written)
{
    m_buf.truncate(m_buf.size() - (m_reserved - qBound<qsizetype>(0, written, m_reserved)));
    m_reserved = 0;
}

void QmpFramer::compact()
{
    if (m_start == 0)
        return;
    // Only the unfinished tail moves; it is rarely more than part of one message. It moves
    // within the same allocation, so the next read lands in pages already mapped: a buffer
    // reallocated for every read cost a page fault per 4 KiB of a flood.
    const qsizetype tail = m_buf.size() - m_start;
    char *b = m_buf.data();
    std::memmove(b, b + m_start, size_t(tail));
    m_buf.truncate(tail);
    m_pos -= m_start;
    m_start = 0;
    // After a very large message, give the memory back rather than hold it for good.
    if (m_buf.capacity() > LargeCapacity && tail < m_buf.capacity() / 8)
        m_buf.squeeze();
}

void QmpFramer::resetScanState()
{
    m_depth = 0;
    m_inString = m_escape = m_inScalar = m_skipping = false;
    m_skipped = 0;
}

void QmpFramer::clear()
{
    m_buf.clear();
    m_start = m_pos = 0;
    resetScanState();
}

bool QmpFramer::hasPartialMessage() const
{
    return m_depth > 0 || m_inScalar || m_skipping;
}

bool QmpFramer::next(Frame *frame)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype i = m_pos;
    while (i < n) {
        const unsigned char c = uchar(d[i]);
        if (c == 0xFF) {
            // 0xFF never occurs in UTF-8 text: the guest agent's mark that a fresh stream begins.
            resetScanState();
            m_start = m_pos = i + 1;
            *frame = {Kind::Delimiter, {}, 0};
            return true;
        }
        if (m_depth == 0 && !m_inScalar) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                m_start = ++i;
                continue;
            }
            m_start = i;
            if (c == '{' || c == '[')
                m_depth = 1;
            else
                m_inScalar = true;
            ++i;
            continue;
        }
#ifdef __SSE2__
        if (!m_inScalar && !m_inString && n - i >= 16) {
            // Inside a container, sixteen bytes at a time: every quote, backslash, bracket and
            // 0xFF of a block is found at once and walked in order, strings included, without
            // reloading after each one. What needs the state machine below (0xFF, the bracket
            // that closes the message) ends the walk there; so does the last partial block.
            const char *p = d + i;
            const char *end = d + n;
            const char *stop = nullptr; // where the walk handed over, when it did
            int depth = m_depth;
            bool inString = false;
            bool escaped = false; // the first byte of the next block is escaped
            while (!stop && end - p >= 16) {
                const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                const __m128i folded = _mm_or_si128(block, _mm_set1_epi8(0x20));
                const unsigned quotes = bytesEqual(block, '"');
                const unsigned brackets = bytesEqual(folded, '{') | bytesEqual(folded, '}');
                const unsigned special = bytesEqual(block, '\\') | bytesEqual(block, char(0xFF));
                if (!special && !escaped) {
                    // No backslash and no 0xFF, as in nearly every block: which bytes lie inside
                    // strings follows from the quotes alone (a prefix XOR of their bits), and only
                    // the brackets outside strings are walked, not every quote.
                    unsigned in = quotes;
                    in ^= in << 1;
                    in ^= in << 2;
                    in ^= in << 4;
                    in ^= in << 8;
                    if (inString)
                        in = ~in;
                    in &= 0xFFFF;
                    inString = in >> 15;
                    for (unsigned outside = brackets & ~in; outside; outside &= outside - 1) {
                        const unsigned bit = unsigned(__builtin_ctz(outside));
                        const char c = p[bit];
                        if (c == '{' || c == '[') {
                            ++depth;
                        } else if (depth == 1) {
                            stop = p + bit; // outside any string, by construction
                            inString = false;
                            break;
                        } else {
                            --depth;
                        }
                    }
                    if (!stop)
                        p += 16;
                    continue;
                }
                unsigned mask = quotes | brackets | special;
                if (escaped) {
                    if (uchar(p[0]) == 0xFF) {
                        stop = p;
                        break;
                    }
                    mask &= ~1u;
                    escaped = false;
                }
                while (mask) {
                    const unsigned bit = unsigned(__builtin_ctz(mask));
                    const uchar c = uchar(p[bit]);
                    if (c == 0xFF) {
                        stop = p + bit;
                        break;
                    }
                    if (inString) {
                        if (c == '"') {
                            inString = false;
                        } else if (c == '\\') {
                            if (bit == 15) {
                                escaped = true;
                            } else if (uchar(p[bit + 1]) == 0xFF) {
                                escaped = true;
                                stop = p + bit + 1;
                                break;
                            } else {
                                mask &= ~(1u << (bit + 1)); // whatever is escaped, even a quote
                            }
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        ++depth;
                    } else if (c == '}' || c == ']') {
                        if (depth == 1) {
                            stop = p + bit;
                            break;
                        }
                        --depth;
                    }
                    mask &= mask - 1;
                }
                if (!stop)
                    p += 16;
            }
            const char *at = stop ? stop : p;
            if (at != d + i) {
                m_depth = depth;
                m_inString = inString || escaped;
                m_escape = escaped;
                i = at - d;
                continue;
            }
        }
#endif
        if (!m_inScalar && !m_inString) {
            // Inside a container: run from one bracket or whole string to the next without
            // going round this loop. Anything unusual (a string cut by the end of the input,
            // 0xFF, the bracket that closes the message) is left to the code below.
            const char *p = d + i;
            const char *end = d + n;
            for (;;) {
                p = findStructural(p, end);
                if (p == end)
                    break;
                const char b = *p;
                if (b == '"') {
                    const char *q = p + 1;
                    for (;;) {
                        q = findStringStop(q, end);
                        if (q == end || *q != '\\' || end - q < 2 || uchar(q[1]) == 0xFF)
                            break;
                        q += 2; // whatever is escaped, even a quote, belongs to the string
                    }
                    if (q == end || *q != '"')
                        break;
                    p = q + 1;
                } else if (b == '{' || b == '[') {
                    ++m_depth;
                    ++p;
                } else if ((b == '}' || b == ']') && m_depth > 1) {
                    --m_depth;
                    ++p;
                } else {
                    break;
                }
            }
            if (p != d + i) {
                i = p - d;
                continue;
            }
        }
        if (m_inScalar) {
            const char *p = d + i;
            const char *end = d + n;
            while (p < end && *p != '\n' && uchar(*p) != 0xFF)
                ++p;
            i = p - d;
            if (i >= n || uchar(*p) == 0xFF)
                continue;
            ++i;
            qsizetype last = i - 1;
            while (last > m_start && (d[last - 1] == '\r' || d[last - 1] == ' '))
                --last;
            // The limit holds however the bytes arrived, also for a message that came in one read.
            if (m_skipping || last - m_start > m_max)
                *frame = {Kind::Oversize, {}, m_skipped + (last - m_start)};
            else
                *frame = {Kind::Scalar, QByteArray(d + m_start, last - m_start), last - m_start};
            resetScanState();
            m_start = m_pos = i;
            return true;
        }
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                ++i;
                continue;
            }
            // Skip ahead to the next quote or backslash: strings are most of a message's bytes.
            const char *p = findStringStop(d + i, d + n);
            i = p - d;
            if (i >= n || uchar(*p) == 0xFF)
                continue;
            if (*p == '"')
                m_inString = false;
            else
                m_escape = true;
            ++i;
            continue;
        }
        switch (c) {
        case '"': m_inString = true; break;
        case '{':
        case '[': ++m_depth; break;
        case '}':
        case ']':
            if (--m_depth == 0) {
                ++i;
                const qsizetype len = i - m_start;
                if (m_skipping || len > m_max) {
                    const qsizetype tail = qMin(len, OversizeTail);
                    *frame = {Kind::Oversize, QByteArray(d + i - tail, tail), m_skipped + len};
                } else {
                    // Allocated with SpareCapacity to spare (see there), copied, NUL-terminated.
                    QByteArray::DataPointer bytes(QTypedArrayData<char>::allocate(len + 1 + SpareCapacity), len);
                    std::memcpy(bytes.data(), d + m_start, size_t(len));
                    bytes.data()[len] = '\0';
                    *frame = {Kind::Message, QByteArray(std::move(bytes)), len};
                }
                resetScanState();
                m_start = m_pos = i;
                return true;
            }
            break;
        default:
            // Numbers, literals, separators and blanks: nothing to follow until the next quote
            // or bracket.
            i = findStructural(d + i + 1, d + n) - d;
            continue;
        }
        ++i;
    }
    m_pos = i;
    // Bound what one message may hold in memory: past the limit, drop its bytes as they come and
    // report it once it ends, so the stream stays in step.
    if (m_depth > 0 || m_inScalar) {
        const qsizetype pending = m_pos - m_start;
        if (m_skipping || pending > m_max) {
            // Keep the last few bytes: they hold a reply's id, so its command can still be told.
            const qsizetype keep = qMin(pending, OversizeTail);
            m_skipping = true;
            m_skipped += pending - keep;
            m_start = m_pos - keep;
        }
    }
    return false;
}
