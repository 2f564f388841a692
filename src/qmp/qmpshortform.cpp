// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpshortform.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QmpShortForm", text);
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"';
}

bool isCommandChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
}

// Character index in text of a byte offset into text's UTF-8 form.
int charColumn(QStringView text, qsizetype byteOffset)
{
    const QByteArray utf8 = text.toUtf8();
    if (byteOffset < 0)
        return 0;
    return int(QString::fromUtf8(utf8.left(byteOffset)).size());
}

// Collects key=value pairs into one object, refusing duplicates and keys that would both hold
// a value and nest (a=1 a.b=2).
class ArgumentBuilder
{
public:
    // Returns an error message, empty on success.
    QString add(const QString &key, const QmpValue &value)
    {
        const QStringList path = key.split(u'.');
        for (const QString &part : path) {
            if (part.isEmpty())
                return tr("empty key part in '%1'").arg(key);
        }
        QString prefix;
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            prefix += (i ? QStringLiteral(".") : QString()) + path[i];
            if (m_leaves.contains(prefix))
                return tr("'%1' already has a value, so '%2' cannot nest into it").arg(prefix, key);
        }
        if (m_leaves.contains(key))
            return tr("duplicate key '%1'").arg(key);
        if (m_nested.contains(key))
            return tr("'%1' already holds nested keys, so it cannot also have a value").arg(key);
        m_leaves.insert(key);
        prefix.clear();
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            prefix += (i ? QStringLiteral(".") : QString()) + path[i];
            m_nested.insert(prefix);
        }
        setPath(m_object, path, 0, value);
        return {};
    }
    QmpValue object() const { return m_object; }

private:
    static void setPath(QmpValue &object, const QStringList &path, qsizetype i, const QmpValue &value)
    {
        if (i + 1 == path.size()) {
            object.insert(path[i], value);
            return;
        }
        QmpValue child = object.value(path[i]);
        if (!child.isObject())
            child = QmpValue::object();
        setPath(child, path, i + 1, value);
        object.insert(path[i], child);
    }

    QmpValue m_object = QmpValue::object();
    QSet<QString> m_leaves;
    QSet<QString> m_nested;
};

// A value's text becomes JSON where it parses as JSON; else it stays a string. Text that starts
// like an object or array must be valid JSON: a typo there should not silently become a string.
// Text with surrounding spaces is a string, so quoting can keep them.
QmpValue valueFromText(const QString &text, QmpJsonError *jsonError)
{
    if (text.isEmpty() || text != text.trimmed())
        return QmpValue(text);
    QmpJsonError e;
    QmpValue v = QmpValue::fromJson(text.toUtf8(), &e);
    if (e.ok())
        return v;
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        if (jsonError)
            *jsonError = e;
        return {};
    }
    return QmpValue(text);
}

QmpShortFormError makeError(int column, const QString &message, int argument = 0)
{
    QmpShortFormError e;
    e.column = column;
    e.argument = argument;
    e.message = message;
    return e;
}

// Checks the command name; returns the 0-based index of the first bad character, or -1.
qsizetype badCommandChar(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isCommandChar(name[i]))
            return i;
    }
    return -1;
}

} // namespace

QString QmpShortFormError::toString() const
{
    if (argument > 0 && column > 0)
        return QCoreApplication::translate("QmpShortForm", "argument %1, column %2: %3").arg(argument).arg(column).arg(message);
    if (argument > 0)
        return QCoreApplication::translate("QmpShortForm", "argument %1: %2").arg(argument).arg(message);
    if (column > 0)
        return QCoreApplication::translate("QmpShortForm", "column %1: %2").arg(column).arg(message);
    return message;
}

QmpValue QmpShortForm::message() const
{
    if (!isValid())
        return {};
    QmpValue m = QmpValue::object();
    m.insert(m_outOfBand ? QStringLiteral("exec-oob") : QStringLiteral("execute"), QmpValue(m_command));
    if (!m_arguments.isUndefined())
        m.insert(QStringLiteral("arguments"), m_arguments);
    if (!m_id.isUndefined())
        m.insert(QStringLiteral("id"), m_id);
    return m;
}

QmpShortForm QmpShortForm::parse(QStringView line, QmpShortFormError *error)
{
    if (error)
        *error = {};
    qsizetype pos = 0;
    const qsizetype n = line.size();
    auto skipSpace = [&] {
        while (pos < n && isSpace(line[pos]))
            ++pos;
    };
    skipSpace();
    if (pos == n) {
        if (error)
            *error = makeError(1, tr("empty command"));
        return {};
    }
    QmpShortForm result;
    if (line[pos] == u'{') {
        QmpJsonError je;
        const QStringView text = line.mid(pos);
        const QmpValue m = QmpValue::fromJson(text.toUtf8(), &je);
        if (!je.ok()) {
            if (error)
                *error = makeError(int(pos) + charColumn(text, je.offset) + 1, tr("invalid JSON: %1").arg(je.message));
            return {};
        }
        const int column = int(pos) + 1;
        auto fail = [&](const QString &message) {
            if (error)
                *error = makeError(column, message);
            return QmpShortForm();
        };
        if (!m.isObject())
            return fail(tr("a message must be a JSON object"));
        for (const QmpMember &member : m.members()) {
            if (member.key == u"execute" || member.key == u"exec-oob") {
                if (!result.m_command.isEmpty())
                    return fail(tr("a message needs exactly one of 'execute' and 'exec-oob'"));
                if (!member.value.isString() || member.value.stringRef().isEmpty())
                    return fail(tr("'%1' must be a command name").arg(member.key));
                if (const qsizetype bad = badCommandChar(member.value.stringRef()); bad >= 0)
                    return fail(tr("unexpected '%1' in command name '%2'").arg(member.value.stringRef().at(bad), member.value.stringRef()));
                result.m_command = member.value.stringRef();
                result.m_outOfBand = member.key == u"exec-oob";
            } else if (member.key == u"arguments") {
                if (!member.value.isObject())
                    return fail(tr("'arguments' must be a JSON object, not %1").arg(member.value.typeName()));
                result.m_arguments = member.value;
            } else if (member.key == u"id") {
                result.m_id = member.value;
            } else {
                return fail(tr("unknown member '%1' in the message (expected execute or exec-oob, arguments, id)").arg(member.key));
            }
        }
        if (result.m_command.isEmpty())
            return fail(tr("a message needs 'execute' or 'exec-oob'"));
        result.m_wholeMessage = true;
        return result;
    }

    const qsizetype nameStart = pos;
    while (pos < n && !isSpace(line[pos]))
        ++pos;
    const QStringView name = line.mid(nameStart, pos - nameStart);
    if (const qsizetype bad = badCommandChar(name); bad >= 0) {
        if (error) {
            const QString message = name.contains(u'=')
                ? tr("expected a command name before '%1'").arg(name)
                : tr("unexpected '%1' in command name '%2'").arg(name[bad]).arg(name);
            *error = makeError(int(nameStart + bad) + 1, message);
        }
        return {};
    }
    result.m_command = name.toString();

    skipSpace();
    if (pos == n)
        return result;
    if (line[pos] == u'{') {
        QmpJsonError je;
        const QStringView text = line.mid(pos);
        const QmpValue args = QmpValue::fromJson(text.toUtf8(), &je);
        if (!je.ok()) {
            if (error)
                *error = makeError(int(pos) + charColumn(text, je.offset) + 1, tr("invalid JSON object: %1").arg(je.message));
            return {};
        }
        result.m_arguments = args;
        return result;
    }
    if (line[pos] == u'[') {
        if (error)
            *error = makeError(int(pos) + 1, tr("arguments are key=value pairs or one JSON object, not an array"));
        return {};
    }

    ArgumentBuilder builder;
    while (pos < n) {
        const qsizetype keyStart = pos;
        while (pos < n && line[pos] != u'=' && !isSpace(line[pos])) {
            if (isQuote(line[pos])) {
                if (error)
                    *error = makeError(int(pos) + 1, tr("quote in a key; only values can be quoted"));
                return {};
            }
            ++pos;
        }
        const QString key = line.mid(keyStart, pos - keyStart).toString();
        if (pos == n || line[pos] != u'=') {
            if (error) {
                *error = key.startsWith(u'{')
                    ? makeError(int(keyStart) + 1, tr("a JSON object must be the only argument"))
                    : makeError(int(keyStart) + 1, tr("'%1' has no '=': arguments are key=value").arg(key));
            }
            return {};
        }
        if (key.isEmpty()) {
            if (error)
                *error = makeError(int(keyStart) + 1, tr("empty key before '='"));
            return {};
        }
        ++pos; // '='
        const qsizetype valueStart = pos;
        QString text;
        bool quoted = false;
        while (pos < n && !isSpace(line[pos])) {
            const QChar c = line[pos];
            if (!isQuote(c)) {
                text += c;
                ++pos;
                continue;
            }
            quoted = true;
            const qsizetype quoteAt = pos++;
            bool closed = false;
            while (pos < n) {
                const QChar q = line[pos];
                if (q == c) {
                    closed = true;
                    ++pos;
                    break;
                }
                if (c == u'"' && q == u'\\' && pos + 1 < n && (line[pos + 1] == u'"' || line[pos + 1] == u'\\')) {
                    text += line[pos + 1];
                    pos += 2;
                    continue;
                }
                text += q;
                ++pos;
            }
            if (!closed) {
                if (error)
                    *error = makeError(int(quoteAt) + 1, tr("unterminated %1 quote in the value of '%2'").arg(c).arg(key));
                return {};
            }
        }
        QmpJsonError je;
        const QmpValue value = valueFromText(text, &je);
        if (value.isUndefined()) {
            if (error)
                *error = makeError(int(valueStart) + (quoted ? 1 : 0) + charColumn(text, je.offset) + 1,
                                   tr("the value of '%1' is not valid JSON: %2").arg(key, je.message));
            return {};
        }
        if (const QString e = builder.add(key, value); !e.isEmpty()) {
            if (error)
                *error = makeError(int(keyStart) + 1, e);
            return {};
        }
        skipSpace();
    }
    result.m_arguments = builder.object();
    return result;
}

QmpShortForm QmpShortForm::parse(const QString &command, const QStringList &arguments, QmpShortFormError *error)
{
    if (error)
        *error = {};
    if (command.trimmed().startsWith(u'{')) {
        if (!arguments.isEmpty()) {
            if (error)
                *error = makeError(0, tr("nothing may follow a whole JSON message"), 1);
            return {};
        }
        return parse(command, error);
    }
    if (command.isEmpty()) {
        if (error)
            *error = makeError(0, tr("empty command name"));
        return {};
    }
    if (const qsizetype bad = badCommandChar(command); bad >= 0) {
        if (error) {
            *error = command.contains(u'=')
                ? makeError(0, tr("expected a command name before '%1'").arg(command))
                : makeError(int(bad) + 1, tr("unexpected '%1' in command name '%2'").arg(command[bad]).arg(command));
        }
        return {};
    }
    QmpShortForm result;
    result.m_command = command;
    if (arguments.isEmpty())
        return result;

    if (arguments.first().trimmed().startsWith(u'{')) {
        if (arguments.size() > 1) {
            if (error)
                *error = makeError(0, tr("a JSON object must be the only argument"), 2);
            return {};
        }
        const QString &text = arguments.first();
        QmpJsonError je;
        const QmpValue args = QmpValue::fromJson(text.toUtf8(), &je);
        if (!je.ok()) {
            if (error)
                *error = makeError(charColumn(text, je.offset) + 1, tr("invalid JSON object: %1").arg(je.message), 1);
            return {};
        }
        result.m_arguments = args;
        return result;
    }

    ArgumentBuilder builder;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const int index = int(i) + 1;
        const qsizetype eq = arg.indexOf(u'=');
        if (eq < 0) {
            if (error) {
                *error = arg.trimmed().startsWith(u'{')
                    ? makeError(0, tr("a JSON object must be the only argument"), index)
                    : makeError(0, tr("'%1' has no '=': arguments are key=value").arg(arg), index);
            }
            return {};
        }
        const QString key = arg.left(eq);
        if (key.isEmpty()) {
            if (error)
                *error = makeError(1, tr("empty key before '='"), index);
            return {};
        }
        if (const qsizetype space = key.indexOf(QRegularExpression(QStringLiteral("\\s"))); space >= 0) {
            if (error)
                *error = makeError(int(space) + 1, tr("space in key '%1'").arg(key), index);
            return {};
        }
        const QString text = arg.mid(eq + 1);
        QmpJsonError je;
        const QmpValue value = valueFromText(text, &je);
        if (value.isUndefined()) {
            if (error)
                *error = makeError(int(eq) + 1 + charColumn(text, je.offset) + 1,
                                   tr("the value of '%1' is not valid JSON: %2").arg(key, je.message), index);
            return {};
        }
        if (const QString e = builder.add(key, value); !e.isEmpty()) {
            if (error)
                *error = makeError(0, e, index);
            return {};
        }
    }
    result.m_arguments = builder.object();
    return result;
}

// --- formatting ---

namespace {

bool isSimpleKey(const QString &key)
{
    if (key.isEmpty() || key.startsWith(u'{') || key.startsWith(u'['))
        return false;
    for (const QChar c : key) {
        if (isSpace(c) || isQuote(c) || c == u'=' || c == u'.')
            return false;
    }
    return true;
}

bool flattenable(const QmpValue &object)
{
    for (const QmpMember &m : object.members()) {
        if (!isSimpleKey(m.key))
            return false;
        if (m.value.isObject() && !m.value.isEmpty() && !flattenable(m.value))
            return false;
    }
    return true;
}

QString quoted(const QString &text)
{
    if (!text.contains(u'\''))
        return u'\'' + text + u'\'';
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        if (isSpace(c) || isQuote(c))
            return true;
    }
    return false;
}

QString formatValue(const QmpValue &value)
{
    if (value.isString()) {
        const QString &s = value.stringRef();
        if (valueFromText(s, nullptr) == value)
            return needsQuotes(s) ? quoted(s) : s;
        return quoted(QString::fromUtf8(value.toJson()));
    }
    const QString json = QString::fromUtf8(value.toJson());
    return needsQuotes(json) ? quoted(json) : json;
}

void flatten(const QString &prefix, const QmpValue &object, QStringList &out)
{
    for (const QmpMember &m : object.members()) {
        const QString key = prefix.isEmpty() ? m.key : prefix + u'.' + m.key;
        if (m.value.isObject() && !m.value.isEmpty())
            flatten(key, m.value, out);
        else
            out += key + u'=' + formatValue(m.value);
    }
}

} // namespace

QString QmpShortForm::format(const QString &command, const QmpValue &arguments)
{
    if (arguments.isUndefined())
        return command;
    if (!arguments.isObject() || arguments.isEmpty() || !flattenable(arguments))
        return command + u' ' + QString::fromUtf8(arguments.toJson());
    QStringList parts{command};
    flatten(QString(), arguments, parts);
    return parts.join(u' ');
}
