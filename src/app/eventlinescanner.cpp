// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlinescanner.h"

#include <QtCore/QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cstring>
#include <limits>

namespace {
constexpr int MaxDepth = 1024;
constexpr size_t Padding = 32;
} // namespace

namespace {

// Index just past the string whose opening quote is at i, or n.
qsizetype skipString(const char *p, qsizetype i, qsizetype n)
{
    for (++i; i < n; ++i) {
        const char c = p[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
    }
    return n;
}

qsizetype skipBlanks(const char *p, qsizetype i, qsizetype n)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        ++i;
    return i;
}

// Index just past the value starting at i.
qsizetype skipValue(const char *p, qsizetype i, qsizetype n)
{
    if (i >= n)
        return n;
    if (p[i] == '"')
        return skipString(p, i, n);
    if (p[i] == '{' || p[i] == '[') {
        int depth = 0;
        for (; i < n; ++i) {
            const char c = p[i];
            if (c == '"') {
                i = skipString(p, i, n) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return n;
    }
    while (i < n && p[i] != ',' && p[i] != '}' && p[i] != ']' && p[i] != ' ' && p[i] != '\r' && p[i] != '\n' && p[i] != '\t')
        ++i;
    return i;
}

} // namespace

// RapidJSON SAX handler: validates everything, records only depth-1 members (and the two
// integers of "timestamp").
struct EventLineScannerHandler
{
    EventLineScanner &s;
    int depth = 0;
    bool inTimestamp = false;
    std::string subKey;
    bool tooDeep = false;

    // Spans are not taken here: RapidJSON reads tokens through a local copy of the stream, so
    // its position during a callback is that of the token's start. scan() measures them after.
    bool scalarAtTop() { return true; }
    bool integer(qint64 v)
    {
        if (depth == 1) {
            s.m_members.back().isInteger = true;
            s.m_members.back().integer = v;
        } else if (depth == 2 && inTimestamp) {
            if (subKey == "seconds")
                s.m_seconds = v;
            else if (subKey == "microseconds")
                s.m_micros = v;
        }
        return scalarAtTop();
    }

    bool Null() { return scalarAtTop(); }
    bool Bool(bool) { return scalarAtTop(); }
    bool Int(int i) { return integer(i); }
    bool Uint(unsigned u) { return integer(u); }
    bool Int64(int64_t i) { return integer(i); }
    // RapidJSON reports every non-negative 64-bit number here, also those that fit an int64.
    bool Uint64(uint64_t u) { return u <= uint64_t(std::numeric_limits<qint64>::max()) ? integer(qint64(u)) : scalarAtTop(); }
    bool Double(double) { return scalarAtTop(); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }
    bool String(const char *str, rapidjson::SizeType n, bool)
    {
        if (depth == 1) {
            s.m_members.back().isString = true;
            s.m_members.back().text.assign(str, n);
        }
        return scalarAtTop();
    }
    bool Key(const char *str, rapidjson::SizeType n, bool)
    {
        if (depth == 1) {
            s.m_members.emplace_back();
            s.m_members.back().key.assign(str, n);
        } else if (depth == 2 && inTimestamp) {
            subKey.assign(str, n);
        }
        return true;
    }
    bool StartObject()
    {
        if (depth == 1 && s.m_members.back().key == "timestamp")
            inTimestamp = true;
        return push();
    }
    bool EndObject(rapidjson::SizeType) { return pop(); }
    bool StartArray() { return push(); }
    bool EndArray(rapidjson::SizeType) { return pop(); }

    bool push()
    {
        if (++depth > MaxDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    }
    bool pop()
    {
        if (--depth == 1)
            inTimestamp = false;
        return true;
    }
};

bool EventLineScanner::scan(QByteArrayView line)
{
    m_members.clear();
    m_seconds = m_micros = -1;
    m_errorOffset = -1;
    m_error.clear();

    // Blanks and a CR around the object are not part of it.
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    while (end > start && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    if (start == end || line[start] != '{') {
        m_errorOffset = start;
        m_error = QCoreApplication::translate("EventLineScanner", "not a JSON object");
        return false;
    }
    const QByteArrayView text = line.sliced(start, end - start);
    if (std::memchr(text.data(), 0, size_t(text.size()))) {
        m_errorOffset = start + (static_cast<const char *>(std::memchr(text.data(), 0, size_t(text.size()))) - text.data());
        m_error = QCoreApplication::translate("EventLineScanner", "NUL byte");
        return false;
    }
    // RapidJSON's string stream wants a NUL-terminated text; the padding keeps its SIMD loads
    // inside the allocation.
    m_buffer.resize(size_t(text.size()) + Padding);
    std::memcpy(m_buffer.data(), text.data(), size_t(text.size()));
    std::memset(m_buffer.data() + text.size(), 0, Padding);

    rapidjson::StringStream stream(m_buffer.data());
    EventLineScannerHandler handler{*this, 0, false, {}, false};
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag;
    constexpr unsigned validating = flags | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = text.isValidUtf8() ? reader.Parse<flags>(stream, handler)
                                                             : reader.Parse<validating>(stream, handler);
    if (!result) {
        m_members.clear();
        m_errorOffset = start + qsizetype(result.Offset());
        m_error = handler.tooDeep
            ? QCoreApplication::translate("EventLineScanner", "nesting deeper than %1 levels").arg(MaxDepth)
            : QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        return false;
    }
    // The text is valid JSON now, so a light walk over the top level finds each value's span,
    // member by member in the order the handler saw them.
    const char *p = text.data();
    const qsizetype n = text.size();
    qsizetype i = 1;
    for (Member &m : m_members) {
        i = skipBlanks(p, i, n);
        i = skipBlanks(p, skipString(p, i, n), n) + 1; // key and colon
        i = skipBlanks(p, i, n);
        const qsizetype valueEnd = skipValue(p, i, n);
        m.offset = start + i;
        m.length = valueEnd - i;
        i = skipBlanks(p, valueEnd, n) + 1; // comma or the closing brace
    }
    return true;
}

qint64 EventLineScanner::timestampUsecs() const
{
    // Seconds beyond what microseconds can hold are as unusable as a failed clock.
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000000 - 1;
    if (m_seconds < 0 || m_micros < 0 || m_seconds > maxSeconds || m_micros >= 1000000)
        return -1;
    return m_seconds * 1000000 + m_micros;
}

const EventLineScanner::Member *EventLineScanner::member(std::string_view key) const
{
    for (const Member &m : m_members) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

bool EventLineScanner::isEvent() const
{
    const Member *m = member("event");
    return m && m->isString && !m->text.empty();
}

QByteArrayView EventLineScanner::eventName() const
{
    const Member *m = member("event");
    return m && m->isString ? QByteArrayView(m->text.data(), qsizetype(m->text.size())) : QByteArrayView();
}


bool EventLineScanner::findDataMember(QByteArrayView json, qsizetype *offset, qsizetype *length)
{
    const char *p = json.data();
    const qsizetype n = json.size();
    qsizetype i = skipBlanks(p, 0, n);
    if (i >= n || p[i] != '{')
        return false;
    ++i;
    while (i < n) {
        i = skipBlanks(p, i, n);
        if (i >= n || p[i] != '"')
            return false;
        const qsizetype keyStart = i + 1;
        i = skipString(p, i, n);
        const qsizetype keyEnd = i - 1;
        i = skipBlanks(p, i, n);
        if (i >= n || p[i] != ':')
            return false;
        i = skipBlanks(p, i + 1, n);
        const qsizetype valueEnd = skipValue(p, i, n);
        if (keyEnd - keyStart == 4 && std::memcmp(p + keyStart, "data", 4) == 0) {
            *offset = i;
            *length = valueEnd - i;
            return true;
        }
        i = skipBlanks(p, valueEnd, n);
        if (i >= n || p[i] != ',')
            return false;
        ++i;
    }
    return false;
}
