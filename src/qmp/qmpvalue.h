// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <cstring>
#include <initializer_list>
#include <utility>

class QJsonValue;
class QmpValue;
struct QmpMember;

// Where and why a text failed to parse as JSON.
struct QmpJsonError
{
    enum Kind { NoError, Syntax, TooDeep, TooLarge };
    Kind kind = NoError;
    qsizetype offset = -1; // byte offset into the input
    QString message;

    bool ok() const { return kind == NoError; }
};

// A JSON value as QMP carries it: integers exact over the whole range QEMU uses
// (-2^63 .. 2^64-1), object members in the order the server sent them. QJsonValue cannot hold
// that range, so the message layer and the views use this type. Implicitly shared; cheap to copy.
class QmpValue
{
public:
    enum Type : quint8 { Undefined, Null, Bool, Int, UInt, Double, String, Array, Object };
    enum class Format { Compact, Indented };

    QmpValue() noexcept = default; // Undefined: "no such value", as QJsonValue::Undefined
    QmpValue(std::nullptr_t) noexcept;
    QmpValue(bool b) noexcept;
    QmpValue(int i) noexcept;
    QmpValue(qint64 i) noexcept;
    QmpValue(quint64 u) noexcept;
    QmpValue(double d) noexcept;
    QmpValue(const QString &s);
    QmpValue(QString &&s) noexcept;
    QmpValue(const char16_t *s);
    QmpValue(QLatin1StringView s);
    QmpValue(const QmpValue &other);
    // QString and QList are relocatable: their bytes move, and the source is left holding nothing.
    // Inline, as is the destructor's test below: a parse moves and drops values by the dozen.
    QmpValue(QmpValue &&other) noexcept : m_type(other.m_type)
    {
        std::memcpy(static_cast<void *>(&m_scalar), &other.m_scalar, sizeof m_scalar);
        other.m_type = Undefined;
    }
    QmpValue &operator=(const QmpValue &other);
    QmpValue &operator=(QmpValue &&other) noexcept;
    ~QmpValue()
    {
        if (m_type >= String) // only strings, arrays and objects own anything
            destroy();
    }

    static QmpValue array(QList<QmpValue> elements = {});
    static QmpValue object(QList<QmpMember> members = {});
    static QmpValue object(std::initializer_list<std::pair<QString, QmpValue>> members);

    Type type() const { return m_type; }
    QString typeName() const; // "object", "integer", ... for messages a person reads
    bool isUndefined() const { return m_type == Undefined; }
    bool isNull() const { return m_type == Null; }
    bool isBool() const { return m_type == Bool; }
    bool isInteger() const { return m_type == Int || m_type == UInt; }
    bool isNumber() const { return isInteger() || m_type == Double; }
    bool isString() const { return m_type == String; }
    bool isArray() const { return m_type == Array; }
    bool isObject() const { return m_type == Object; }

    bool toBool(bool fallback = false) const { return m_type == Bool ? m_scalar.b : fallback; }
    qint64 toInt(qint64 fallback = 0) const;    // Int, or UInt that fits
    quint64 toUInt(quint64 fallback = 0) const; // UInt, or non-negative Int
    double toDouble(double fallback = 0) const; // any number
    QString toString(const QString &fallback = {}) const;
    const QString &stringRef() const; // empty unless String

    // Arrays and objects. On other types: size 0, at() and value() give Undefined.
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // References into this value (or to a shared Undefined), so that chains such as
    // `for (auto &m : info.value(u"members").elements())` never point into a dead temporary.
    const QmpValue &at(qsizetype i) const;
    const QList<QmpValue> &elements() const;
    const QList<QmpMember> &members() const;
    const QmpValue &value(QStringView key) const;
    const QmpValue &operator[](QStringView key) const { return value(key); }
    const QmpValue &operator[](qsizetype i) const { return at(i); }
    bool contains(QStringView key) const;
    QStringList keys() const;

    // Building. insert() replaces an existing key in place; both detach a shared container.
    QmpValue &insert(const QString &key, const QmpValue &v);
    QmpValue &append(const QmpValue &v);
    bool remove(QStringView key);

    // Text. The serializer writes every integer exactly; the parser is strict JSON (RFC 8259)
    // and refuses nesting deeper than maxDepth, so a hostile peer cannot exhaust the stack.
    QByteArray toJson(Format format = Format::Compact) const;
    void appendJson(QByteArray &out, Format format = Format::Compact) const;
    static QmpValue fromJson(QByteArrayView json, QmpJsonError *error = nullptr, int maxDepth = 1024);
    // One line, for summaries and lists: compact JSON cut at maxChars with an ellipsis.
    QString toDisplayString(int maxChars = 200) const;

    // Qt interop. QJsonValue turns integers beyond 2^53 into doubles; QVariant keeps them exact.
    QJsonValue toJsonValue() const;
    static QmpValue fromJsonValue(const QJsonValue &v);
    QVariant toVariant() const;
    static QmpValue fromVariant(const QVariant &v);

    bool operator==(const QmpValue &other) const;
    bool operator!=(const QmpValue &other) const { return !(*this == other); }

private:
    QString &stringData();
    const QString &stringData() const;
    QList<QmpValue> &elementData();
    const QList<QmpValue> &elementData() const;
    QList<QmpMember> &memberData();
    const QList<QmpMember> &memberData() const;
    void destroy() noexcept;

    Type m_type = Undefined;
    // By m_type, a scalar or the storage of one QString (String), QList<QmpValue> (Array) or
    // QList<QmpMember> (Object): each is three pointers, shared and relocatable. So a value is
    // 32 bytes, and an object or an array is one allocation, its list's. (The lists cannot be
    // named members here: their element types are not complete yet.)
    union {
        bool b;
        qint64 i;
        quint64 u;
        double d;
        alignas(void *) char storage[3 * sizeof(void *)];
    } m_scalar{};
};
// A value is a few pointers to shared data: QList may move it with memmove.
Q_DECLARE_TYPEINFO(QmpValue, Q_RELOCATABLE_TYPE);

struct QmpMember
{
    QString key;
    QmpValue value;
    bool operator==(const QmpMember &o) const { return key == o.key && value == o.value; }
};
Q_DECLARE_TYPEINFO(QmpMember, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(QmpValue)
