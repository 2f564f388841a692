// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QMutex>
#include <QtCore/QVariantList>
#include <QtCore/QVariantMap>

// x86-64 always has SSE2; RapidJSON then skips whitespace and copies strings 16 bytes at a time.
#if defined(__SSE4_2__)
#define RAPIDJSON_SSE42
#elif defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>

#include <cmath>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

static_assert(sizeof(QString) <= sizeof(void *) * 3 && sizeof(QList<QmpValue>) <= sizeof(void *) * 3
              && sizeof(QList<QmpMember>) <= sizeof(void *) * 3);

QString &QmpValue::stringData() { return *std::launder(reinterpret_cast<QString *>(m_scalar.storage)); }
const QString &QmpValue::stringData() const { return *std::launder(reinterpret_cast<const QString *>(m_scalar.storage)); }
QList<QmpValue> &QmpValue::elementData() { return *std::launder(reinterpret_cast<QList<QmpValue> *>(m_scalar.storage)); }
const QList<QmpValue> &QmpValue::elementData() const
{
    return *std::launder(reinterpret_cast<const QList<QmpValue> *>(m_scalar.storage));
}
QList<QmpMember> &QmpValue::memberData() { return *std::launder(reinterpret_cast<QList<QmpMember> *>(m_scalar.storage)); }
const QList<QmpMember> &QmpValue::memberData() const
{
    return *std::launder(reinterpret_cast<const QList<QmpMember> *>(m_scalar.storage));
}

void QmpValue::destroy() noexcept
{
    switch (m_type) {
    case String: stringData().~QString(); break;
    case Array: elementData().~QList(); break;
    case Object: memberData().~QList(); break;
    default: break;
    }
    m_type = Undefined;
}

namespace {
const QList<QmpValue> &emptyElements()
{
    static const QList<QmpValue> e;
    return e;
}
const QList<QmpMember> &emptyMembers()
{
    static const QList<QmpMember> m;
    return m;
}
} // namespace

QmpValue::QmpValue(std::nullptr_t) noexcept : m_type(Null) {}
QmpValue::QmpValue(bool b) noexcept : m_type(Bool) { m_scalar.b = b; }
QmpValue::QmpValue(int i) noexcept : m_type(Int) { m_scalar.i = i; }
QmpValue::QmpValue(qint64 i) noexcept : m_type(Int) { m_scalar.i = i; }
QmpValue::QmpValue(double d) noexcept : m_type(Double) { m_scalar.d = d; }
QmpValue::QmpValue(const QString &s) : m_type(String) { new (m_scalar.storage) QString(s); }
QmpValue::QmpValue(QString &&s) noexcept : m_type(String) { new (m_scalar.storage) QString(std::move(s)); }
QmpValue::QmpValue(const char16_t *s) : QmpValue(QString::fromUtf16(s)) {}
QmpValue::QmpValue(QLatin1StringView s) : QmpValue(QString(s)) {}

QmpValue::QmpValue(quint64 u) noexcept
{
    // Keep one representation per number so that == and the views need not ask which one.
    if (u <= quint64(std::numeric_limits<qint64>::max())) {
        m_type = Int;
        m_scalar.i = qint64(u);
    } else {
        m_type = UInt;
        m_scalar.u = u;
    }
}

QmpValue::QmpValue(const QmpValue &other) : m_type(other.m_type)
{
    switch (m_type) {
    case String: new (m_scalar.storage) QString(other.stringData()); break;
    case Array: new (m_scalar.storage) QList<QmpValue>(other.elementData()); break;
    case Object: new (m_scalar.storage) QList<QmpMember>(other.memberData()); break;
    default: m_scalar = other.m_scalar; break;
    }
}

QmpValue &QmpValue::operator=(const QmpValue &other)
{
    // Through a copy: other may live inside this value's own tree.
    if (this != &other)
        *this = QmpValue(other);
    return *this;
}

QmpValue &QmpValue::operator=(QmpValue &&other) noexcept
{
    if (this != &other) {
        QmpValue taken(std::move(other)); // other may live inside the tree destroyed next
        destroy();
        m_type = taken.m_type;
        std::memcpy(static_cast<void *>(&m_scalar), &taken.m_scalar, sizeof m_scalar);
        taken.m_type = Undefined;
    }
    return *this;
}

QmpValue QmpValue::array(QList<QmpValue> elements)
{
    QmpValue v;
    new (v.m_scalar.storage) QList<QmpValue>(std::move(elements));
    v.m_type = Array;
    return v;
}

QmpValue QmpValue::object(QList<QmpMember> members)
{
    QmpValue v;
    new (v.m_scalar.storage) QList<QmpMember>(std::move(members));
    v.m_type = Object;
    return v;
}

QmpValue QmpValue::object(std::initializer_list<std::pair<QString, QmpValue>> members)
{
    QList<QmpMember> list;
    list.reserve(qsizetype(members.size()));
    for (const auto &m : members)
        list.append({m.first, m.second});
    return object(std::move(list));
}

QString QmpValue::typeName() const
{
    switch (m_type) {
    case Undefined: return QStringLiteral("undefined");
    case Null: return QStringLiteral("null");
    case Bool: return QStringLiteral("boolean");
    case Int:
    case UInt: return QStringLiteral("integer");
    case Double: return QStringLiteral("number");
    case String: return QStringLiteral("string");
    case Array: return QStringLiteral("array");
    case Object: return QStringLiteral("object");
    }
    return {};
}

qint64 QmpValue::toInt(qint64 fallback) const
{
    if (m_type == Int)
        return m_scalar.i;
    return fallback;
}

quint64 QmpValue::toUInt(quint64 fallback) const
{
    if (m_type == UInt)
        return m_scalar.u;
    if (m_type == Int && m_scalar.i >= 0)
        return quint64(m_scalar.i);
    return fallback;
}

double QmpValue::toDouble(double fallback) const
{
    switch (m_type) {
    case Int: return double(m_scalar.i);
    case UInt: return double(m_scalar.u);
    case Double: return m_scalar.d;
    default: return fallback;
    }
}

qsizetype QmpValue::size() const
{
    if (m_type == Array)
        return elementData().size();
    if (m_type == Object)
        return memberData().size();
    return 0;
}

static const QmpValue &undefinedValue()
{
    static const QmpValue undefined;
    return undefined;
}

const QmpValue &QmpValue::at(qsizetype i) const
{
    if (m_type != Array || i < 0 || i >= elementData().size())
        return undefinedValue();
    return elementData().at(i);
}

const QList<QmpValue> &QmpValue::elements() const
{
    return m_type == Array ? elementData() : emptyElements();
}

const QList<QmpMember> &QmpValue::members() const
{
    return m_type == Object ? memberData() : emptyMembers();
}

const QmpValue &QmpValue::value(QStringView key) const
{
    if (m_type != Object)
        return undefinedValue();
    for (const QmpMember &m : memberData())
        if (m.key == key)
            return m.value;
    return undefinedValue();
}

bool QmpValue::contains(QStringView key) const
{
    if (m_type != Object)
        return false;
    for (const QmpMember &m : memberData())
        if (m.key == key)
            return true;
    return false;
}

QStringList QmpValue::keys() const
{
    QStringList out;
    for (const QmpMember &m : members())
        out.append(m.key);
    return out;
}

QString QmpValue::toString(const QString &fallback) const
{
    return m_type == String ? stringData() : fallback;
}

const QString &QmpValue::stringRef() const
{
    static const QString empty;
    return m_type == String ? stringData() : empty;
}

// The lists detach themselves when shared.
QmpValue &QmpValue::insert(const QString &key, const QmpValue &v)
{
    if (m_type != Object)
        *this = object();
    for (QmpMember &m : memberData()) {
        if (m.key == key) {
            m.value = v;
            return *this;
        }
    }
    memberData().append({key, v});
    return *this;
}

QmpValue &QmpValue::append(const QmpValue &v)
{
    if (m_type != Array)
        *this = array();
    elementData().append(v);
    return *this;
}

bool QmpValue::remove(QStringView key)
{
    if (m_type != Object)
        return false;
    const QList<QmpMember> &read = memberData();
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (read.at(i).key == key) {
            memberData().removeAt(i);
            return true;
        }
    }
    return false;
}

bool QmpValue::operator==(const QmpValue &o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Undefined:
    case Null: return true;
    case Bool: return m_scalar.b == o.m_scalar.b;
    case Int: return m_scalar.i == o.m_scalar.i;
    case UInt: return m_scalar.u == o.m_scalar.u;
    case Double: return m_scalar.d == o.m_scalar.d;
    case String: return stringData() == o.stringData();
    case Array: return elementData() == o.elementData();
    case Object: return memberData() == o.memberData();
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Serializer

namespace {

void appendEscapedSlow(QByteArray &out, const QString &s);

// Keys and command names are printable ASCII without quotes or backslashes: those are copied
// straight from UTF-16, with no UTF-8 conversion in between and no allocation of their own.
void appendEscaped(QByteArray &out, const QString &s)
{
    const qsizetype n = s.size();
    const qsizetype old = out.size();
    out.resize(old + n + 2);
    char *d = out.data() + old;
    const QChar *p = s.constData();
    *d++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < 0x20 || c > 0x7e || c == u'"' || c == u'\\') {
            out.truncate(old);
            appendEscapedSlow(out, s);
            return;
        }
        d[i] = char(c);
    }
    d[n] = '"';
}

void appendEscapedSlow(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.append('"');
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p != end; ++p) {
        const unsigned char c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, p - run);
    out.append('"');
}

void appendNewline(QByteArray &out, int depth)
{
    out.append('\n');
    out.append(QByteArray(depth * 4, ' '));
}

void write(QByteArray &out, const QmpValue &v, QmpValue::Format format, int depth)
{
    const bool indent = format == QmpValue::Format::Indented;
    switch (v.type()) {
    case QmpValue::Undefined:
    case QmpValue::Null: out.append("null", 4); return;
    case QmpValue::Bool: v.toBool() ? out.append("true", 4) : out.append("false", 5); return;
    case QmpValue::Int:
    case QmpValue::UInt: {
        char digits[24];
        const auto r = v.type() == QmpValue::Int ? std::to_chars(digits, digits + sizeof digits, v.toInt())
                                                  : std::to_chars(digits, digits + sizeof digits, v.toUInt());
        out.append(digits, r.ptr - digits);
        return;
    }
    case QmpValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out.append("null", 4); // JSON has no NaN or infinity
            return;
        }
        QByteArray n = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        // Keep it a JSON number that reads back as a double, not as an integer.
        if (!n.contains('.') && !n.contains('e'))
            n.append(".0");
        out.append(n);
        return;
    }
    case QmpValue::String: appendEscaped(out, v.stringRef()); return;
    case QmpValue::Array: {
        const auto &es = v.elements();
        out.append('[');
        for (qsizetype i = 0; i < es.size(); ++i) {
            if (i)
                out.append(',');
            if (indent)
                appendNewline(out, depth + 1);
            write(out, es.at(i), format, depth + 1);
        }
        if (indent && !es.isEmpty())
            appendNewline(out, depth);
        out.append(']');
        return;
    }
    case QmpValue::Object: {
        const auto &ms = v.members();
        out.append('{');
        for (qsizetype i = 0; i < ms.size(); ++i) {
            if (i)
                out.append(',');
            if (indent)
                appendNewline(out, depth + 1);
            appendEscaped(out, ms.at(i).key);
            indent ? out.append(": ", 2) : out.append(':');
            write(out, ms.at(i).value, format, depth + 1);
        }
        if (indent && !ms.isEmpty())
            appendNewline(out, depth);
        out.append('}');
        return;
    }
    }
}

} // namespace

void QmpValue::appendJson(QByteArray &out, Format format) const
{
    write(out, *this, format, 0);
}

QByteArray QmpValue::toJson(Format format) const
{
    QByteArray out;
    appendJson(out, format);
    return out;
}

QString QmpValue::toDisplayString(int maxChars) const
{
    QByteArray json;
    appendJson(json);
    QString s = QString::fromUtf8(json);
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Parser: RapidJSON's SAX reader, strict and iterative, building QmpValue directly (one pass).
// This is the hot path of the whole project (every message, every event), hence the scratch
// buffer parsed in place, the string cache and the single value stack below.

namespace {

// Texts the cache hands out live here for the rest of the process, so that the QStrings over
// them (QString::fromRawData) are copied and destroyed without touching a reference count: with
// a dozen repeated keys and names per event, those atomic operations were a good part of what a
// flood cost. Each distinct text is stored once, and the pool is bounded per thread; once it is
// full, texts not yet in it become ordinary shared QStrings.
class InternPool
{
public:
    QString intern(const char *s, qsizetype n)
    {
        const auto it = m_index.constFind(QByteArray::fromRawData(s, n));
        if (it != m_index.cend())
            return *it;
        QString text = QString::fromUtf8(s, n);
        const qsizetype units = text.size();
        if (units == 0 || m_index.size() >= MaxTexts)
            return text;
        // Sized once for all it may hold: a flood of distinct paths otherwise grows the index
        // by rehashing tens of thousands of keys in one go, a stall of some 10 ms.
        if (m_index.isEmpty())
            m_index.reserve(MaxTexts);
        if (m_left < units) {
            if (m_blocks == MaxBlocks)
                return text;
            // Deliberately never freed: strings made from it may outlive this thread. Kept in a
            // process-wide list, so they stay owned (and leak checkers see them so).
            m_next = new char16_t[BlockUnits];
            retainForever(m_next);
            m_left = BlockUnits;
            ++m_blocks;
        }
        char16_t *p = m_next;
        std::memcpy(p, text.utf16(), size_t(units) * sizeof(char16_t));
        m_next += units;
        m_left -= units;
        const QString interned = QString::fromRawData(reinterpret_cast<const QChar *>(p), units);
        m_index.insert(QByteArray(s, n), interned);
        return interned;
    }

private:
    static void retainForever(char16_t *block)
    {
        static QBasicMutex mutex;
        static std::vector<char16_t *> *blocks = new std::vector<char16_t *>;
        const QMutexLocker lock(&mutex);
        blocks->push_back(block);
    }

    static constexpr qsizetype BlockUnits = 64 * 1024;
    static constexpr int MaxBlocks = 16; // 2 MiB of text per parsing thread at most
    static constexpr qsizetype MaxTexts = 30000; // about as many paths as those 2 MiB hold
    QHash<QByteArray, QString> m_index; // UTF-8 text to its interned copy
    char16_t *m_next = nullptr;
    qsizetype m_left = 0;
    int m_blocks = 0;
};

// Keys and short values repeat in every message ("event", "data", "timestamp", "DEVICE_DELETED",
// "running", ...). Sharing one QString per distinct text saves an allocation and a UTF-8
// conversion each; a small two-way table keeps the lookup to a hash and a compare.
class StringCache
{
public:
    static constexpr rapidjson::SizeType MaxLength = 40;

    QString get(const char *s, rapidjson::SizeType n)
    {
        if (n > MaxLength)
            return QString::fromUtf8(s, n);
        quint64 head = 0;
        quint64 tail = 0;
        quint64 h = n * 0x9E3779B97F4A7C15ull;
        if (n < 8) {
            // Byte by byte: the parser has just written the terminating NUL at s[n], and a wide
            // load over a byte still in the store buffer stalls.
            for (rapidjson::SizeType i = 0; i < n; ++i)
                head |= quint64(uchar(s[i])) << (8 * i);
            h ^= head * 0xC2B2AE3D27D4EB4Full;
        } else {
            std::memcpy(&head, s, 8);
            std::memcpy(&tail, s + n - 8, 8);
            // Every word counts: paths share their head and tail ("/machine/...-backend").
            // Rotations keep the chain short; the multiplications below mix it.
            h ^= head ^ std::rotl(tail, 29);
            for (rapidjson::SizeType i = 8; i + 8 < n; i += 8) {
                quint64 w;
                std::memcpy(&w, s + i, 8);
                h = std::rotl(h, 23) ^ w;
            }
        }
        // A product carries differences only upwards: fold the high bits down before indexing.
        h ^= h >> 32;
        h *= 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
        // Two ways per set: a flood's hundred or so distinct strings then rarely evict each other,
        // and the few thousand of a query-qmp-schema reply mostly stay from one call to the next.
        Slot *set = &m_slots[h & (SlotCount - 2)];
        for (int way = 0; way < 2; ++way) {
            const Slot &slot = set[way];
            // The first and last eight bytes are already at hand: up to 16 bytes they are the text.
            if (slot.length == n && slot.head == head && slot.tail == tail && slot.hasText
                && (n <= 16 || sameMiddle(slot.bytes, s, n)))
                return slot.text;
        }
        Slot &slot = set[!set[0].hasText ? 0 : !set[1].hasText ? 1 : (h >> 20) & 1];
        slot.text = m_pool.intern(s, n);
        slot.length = n;
        slot.head = head;
        slot.tail = tail;
        slot.hasText = true;
        std::memcpy(slot.bytes, s, n);
        return slot.text;
    }

private:
    // Bytes 8 .. n-8 of two texts of n (16 < n <= MaxLength) bytes, a word at a time.
    static bool sameMiddle(const char *a, const char *b, rapidjson::SizeType n)
    {
        for (rapidjson::SizeType i = 8; i < n - 8; i += 8) {
            quint64 x;
            quint64 y;
            std::memcpy(&x, a + i, 8); // the last word may overlap the tail: still inside the text
            std::memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        return true;
    }

    static constexpr quint32 SlotCount = 4096;
    struct Slot
    {
        QString text;
        quint64 head = 0;
        quint64 tail = 0;
        rapidjson::SizeType length = 0;
        bool hasText = false;
        char bytes[MaxLength];
    };
    Slot m_slots[SlotCount];
    InternPool m_pool;
};

// The members (and, key unused, elements) of every open container, innermost last. Not a
// std::vector: a closing container takes its members out with one memcpy (QString and QmpValue
// are relocatable), instead of moving each and then destroying what the move left behind.
class MemberStack
{
public:
    MemberStack() = default;
    MemberStack(const MemberStack &) = delete;
    MemberStack &operator=(const MemberStack &) = delete;
    ~MemberStack()
    {
        clear();
        ::operator delete(m_data);
    }

    void clear()
    {
        for (size_t i = 0; i < m_size; ++i)
            m_data[i].~QmpMember();
        m_size = 0;
    }
    void push(QString &&key, QmpValue &&value)
    {
        if (m_size == m_capacity)
            grow();
        new (m_data + m_size) QmpMember{std::move(key), std::move(value)};
        ++m_size;
    }
    size_t size() const { return m_size; }
    // The last n members, which the caller relocates elsewhere and then forget()s.
    QmpMember *top(size_t n) { return m_data + (m_size - n); }
    void forget(size_t n) { m_size -= n; }

private:
    void grow()
    {
        const size_t capacity = m_capacity ? m_capacity * 2 : 64;
        auto *data = static_cast<QmpMember *>(::operator new(capacity * sizeof(QmpMember)));
        if (m_size)
            std::memcpy(static_cast<void *>(data), m_data, m_size * sizeof(QmpMember));
        ::operator delete(m_data);
        m_data = data;
        m_capacity = capacity;
    }

    QmpMember *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

// A number's text as the reader has checked it. Integers, nearly all QMP numbers, are read here;
// the rest (fractions, exponents, integers beyond 64 bits) go through RapidJSON's own full-precision
// conversion, so every number comes out as it did when the reader converted them all.
QmpValue numberValue(const char *s, size_t n)
{
    // An integer reads to the end of the text; a fraction or an exponent stops the read early.
    const char *end = s + n;
    if (*s == '-') {
        qint64 i;
        const auto r = std::from_chars(s, end, i);
        if (r.ec == std::errc() && r.ptr == end)
            return QmpValue(i);
    } else {
        quint64 u;
        const auto r = std::from_chars(s, end, u);
        if (r.ec == std::errc() && r.ptr == end)
            return QmpValue(u);
    }
    // A fraction or an exponent: std::from_chars rounds correctly and ignores the locale.
    // RapidJSON's own conversion reads some underflowing texts (75e-326) as NaN.
    double d;
    const auto r = std::from_chars(s, end, d);
    if (r.ec == std::errc() && r.ptr == end)
        return QmpValue(d);
    if (r.ec == std::errc::result_out_of_range && r.ptr == end) {
        const char *e = std::find_if(s, end, [](char c) { return c == 'e' || c == 'E'; });
        if (e + 1 < end && e[1] == '-') // too small for a double: zero, with its sign
            return QmpValue(*s == '-' ? -0.0 : 0.0);
    }
    struct Number : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Number>
    {
        QmpValue value;
        bool Default() { return false; }
        bool Int(int i) { value = QmpValue(qint64(i)); return true; }
        bool Uint(unsigned u) { value = QmpValue(qint64(u)); return true; }
        bool Int64(int64_t i) { value = QmpValue(qint64(i)); return true; }
        bool Uint64(uint64_t u) { value = QmpValue(quint64(u)); return true; }
        bool Double(double d) { value = QmpValue(d); return true; }
    };
    std::string text(s, n); // the reader wants it NUL-terminated
    Number number;
    rapidjson::Reader reader;
    rapidjson::StringStream stream(text.c_str());
    reader.Parse<rapidjson::kParseFullPrecisionFlag>(stream, number);
    return std::move(number.value);
}

class Builder
{
public:
    // The stacks outlive the builder, so that their memory is reused from message to message.
    Builder(int maxDepth, StringCache &cache, MemberStack &stack, std::vector<QString> &openKeys)
        : m_maxDepth(maxDepth), m_cache(cache), m_stack(stack), m_openKeys(openKeys)
    {
        m_stack.clear();
        m_openKeys.clear();
    }
    ~Builder()
    {
        // After an error the stacks still hold the values of the open containers.
        m_stack.clear();
        m_openKeys.clear();
    }

    bool Null() { return add(QmpValue(nullptr)); }
    bool Bool(bool b) { return add(QmpValue(b)); }
    bool Int(int i) { return add(QmpValue(qint64(i))); }
    bool Uint(unsigned u) { return add(QmpValue(qint64(u))); }
    bool Int64(int64_t i) { return add(QmpValue(qint64(i))); }
    bool Uint64(uint64_t u) { return add(QmpValue(quint64(u))); }
    bool Double(double d) { return add(QmpValue(d)); }
    // Numbers come as text (kParseNumbersAsStringsFlag): in place, the reader then need not copy
    // each digit aside for its full-precision conversion, which integers never use.
    bool RawNumber(const char *s, rapidjson::SizeType n, bool) { return add(numberValue(s, n)); }
    bool String(const char *s, rapidjson::SizeType n, bool) { return add(QmpValue(m_cache.get(s, n))); }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        m_key = m_cache.get(s, n);
        return true;
    }
    bool StartObject() { return push(); }
    bool EndObject(rapidjson::SizeType n)
    {
        QList<QmpMember> members;
        if (n) {
            // Relocated: the stack's members are taken over bit for bit, and forgotten there.
            QArrayDataPointer<QmpMember> moved(QTypedArrayData<QmpMember>::allocate(n), n);
            std::memcpy(static_cast<void *>(moved.data()), m_stack.top(n), n * sizeof(QmpMember));
            m_stack.forget(n);
            members = QList<QmpMember>(std::move(moved));
        }
        return pop(QmpValue::object(std::move(members)));
    }
    bool StartArray() { return push(); }
    bool EndArray(rapidjson::SizeType n)
    {
        QList<QmpValue> elements;
        if (n) {
            QArrayDataPointer<QmpValue> moved(QTypedArrayData<QmpValue>::allocate(n), n);
            QmpMember *first = m_stack.top(n);
            for (rapidjson::SizeType i = 0; i < n; ++i) {
                first[i].key.~QString(); // null: elements have no key
                std::memcpy(static_cast<void *>(moved.data() + i), &first[i].value, sizeof(QmpValue));
            }
            m_stack.forget(n);
            elements = QList<QmpValue>(std::move(moved));
        }
        return pop(QmpValue::array(std::move(elements)));
    }

    bool tooDeep = false;
    QmpValue root;

private:
    bool add(QmpValue &&v)
    {
        if (m_depth == 0)
            root = std::move(v);
        else
            m_stack.push(std::move(m_key), std::move(v));
        return true;
    }
    bool push()
    {
        if (m_depth >= m_maxDepth) {
            tooDeep = true;
            return false;
        }
        ++m_depth;
        // The key this container will be stored under; its own members reuse m_key meanwhile.
        m_openKeys.push_back(std::move(m_key));
        return true;
    }
    bool pop(QmpValue &&container)
    {
        --m_depth;
        m_key = std::move(m_openKeys.back());
        m_openKeys.pop_back();
        return add(std::move(container));
    }

    int m_maxDepth;
    int m_depth = 0;
    StringCache &m_cache;
    QString m_key;
    // Members (and, key unused, elements) of every open container, innermost last; RapidJSON
    // tells each End* how many belong to the container it closes.
    MemberStack &m_stack;
    std::vector<QString> &m_openKeys;
};

struct ParserScratch
{
    std::vector<char> buffer;
    StringCache cache;
    MemberStack stack;
    std::vector<QString> openKeys;
};

} // namespace

QmpValue QmpValue::fromJson(QByteArrayView json, QmpJsonError *error, int maxDepth)
{
    constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseInsituFlag;
    constexpr unsigned validatingFlags = flags | rapidjson::kParseValidateEncodingFlag;
    // In-place parsing needs a writable, NUL-terminated copy; the padding lets RapidJSON's SIMD
    // loads run past the end without leaving the allocation.
    static thread_local ParserScratch scratch;
    const size_t n = size_t(json.size());
    // Room before the text too: hashing a short key in place (the string cache) may load a
    // few bytes ahead of it.
    scratch.buffer.resize(16 + n + 32);
    char *text = scratch.buffer.data() + 16;
    if (n > 0) // an empty view may have no data pointer at all
        std::memcpy(text, json.data(), n);
    std::memset(text + n, 0, 32);
    // RapidJSON would take a NUL byte for the end of the text; one is never valid JSON anyway.
    const void *nul = n > 0 ? std::memchr(json.data(), 0, n) : nullptr;

    Builder builder(maxDepth, scratch.cache, scratch.stack, scratch.openKeys);
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(text);
    // Qt's UTF-8 check runs through ASCII many bytes at a time, much faster than RapidJSON's
    // per-byte validation, which is kept for locating the error in text that fails.
    rapidjson::ParseResult result;
    bool badUtf8 = false;
    if (nul) {
        result = rapidjson::ParseResult(rapidjson::kParseErrorValueInvalid, 0);
    } else if (json.isValidUtf8()) {
        result = reader.Parse<flags>(stream, builder);
    } else {
        badUtf8 = true;
        result = reader.Parse<validatingFlags>(stream, builder);
        if (result) // Qt and RapidJSON disagree on an edge (e.g. encoded surrogates): refuse it
            result = rapidjson::ParseResult(rapidjson::kParseErrorStringInvalidEncoding, 0);
    }
    if (result) {
        if (error)
            *error = {};
        return std::move(builder.root);
    }
    if (error) {
        if (builder.tooDeep) {
            error->kind = QmpJsonError::TooDeep;
            // RapidJSON reports the position after the bracket it had just taken: point at the bracket.
            error->offset = qMax<qsizetype>(0, qsizetype(result.Offset()) - 1);
            error->message = QStringLiteral("nesting deeper than %1 levels").arg(maxDepth);
        } else if (nul || (badUtf8 && result.Code() == rapidjson::kParseErrorStringInvalidEncoding && result.Offset() == 0)) {
            error->kind = QmpJsonError::Syntax;
            error->offset = nul ? static_cast<const char *>(nul) - json.data() : 0;
            error->message = nul ? QStringLiteral("NUL byte in the text") : QStringLiteral("invalid UTF-8");
        } else {
            error->kind = QmpJsonError::Syntax;
            error->offset = qsizetype(result.Offset());
            error->message = QString::fromLatin1(rapidjson::GetParseError_En(result.Code()));
            if (error->message.endsWith(QLatin1Char('.')))
                error->message.chop(1);
            error->message = error->message.toLower();
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Qt interop

QJsonValue QmpValue::toJsonValue() const
{
    switch (m_type) {
    case Undefined: return QJsonValue(QJsonValue::Undefined);
    case Null: return QJsonValue(QJsonValue::Null);
    case Bool: return m_scalar.b;
    case Int: return m_scalar.i;
    case UInt: return double(m_scalar.u);
    case Double: return m_scalar.d;
    case String: return stringData();
    case Array: {
        QJsonArray a;
        for (const QmpValue &e : elements())
            a.append(e.toJsonValue());
        return a;
    }
    case Object: {
        QJsonObject o;
        for (const QmpMember &m : members())
            o.insert(m.key, m.value.toJsonValue());
        return o;
    }
    }
    return {};
}

QmpValue QmpValue::fromJsonValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return nullptr;
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        QList<QmpValue> es;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            es.append(fromJsonValue(e));
        return array(std::move(es));
    }
    case QJsonValue::Object: {
        QList<QmpMember> ms;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            ms.append({it.key(), fromJsonValue(it.value())});
        return object(std::move(ms));
    }
    case QJsonValue::Undefined: return {};
    }
    return {};
}

QVariant QmpValue::toVariant() const
{
    switch (m_type) {
    case Undefined: return {};
    case Null: return QVariant::fromValue(nullptr);
    case Bool: return m_scalar.b;
    case Int: return m_scalar.i;
    case UInt: return m_scalar.u;
    case Double: return m_scalar.d;
    case String: return stringData();
    case Array: {
        QVariantList l;
        for (const QmpValue &e : elements())
            l.append(e.toVariant());
        return l;
    }
    case Object: {
        QVariantMap m;
        for (const QmpMember &mem : members())
            m.insert(mem.key, mem.value.toVariant());
        return m;
    }
    }
    return {};
}

QmpValue QmpValue::fromVariant(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::UnknownType: return {};
    case QMetaType::Nullptr: return nullptr;
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short: return qint64(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort: return quint64(v.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: return v.toDouble();
    case QMetaType::QString: return v.toString();
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QList<QmpValue> es;
        const QVariantList l = v.toList();
        for (const QVariant &e : l)
            es.append(fromVariant(e));
        return array(std::move(es));
    }
    case QMetaType::QVariantMap: {
        QList<QmpMember> ms;
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            ms.append({it.key(), fromVariant(it.value())});
        return object(std::move(ms));
    }
    default:
        if (v.canConvert<QmpValue>())
            return v.value<QmpValue>();
        return v.toString();
    }
}
