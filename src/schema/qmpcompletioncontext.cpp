// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpcompletioncontext.h"

#include <QtCore/QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Inserts value at a dotted path into an object, creating the objects on the way.
void insertPath(QmpValue &object, QStringList path, const QmpValue &value)
{
    if (path.isEmpty())
        return;
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QmpValue child = object.value(head);
    if (!child.isObject())
        child = QmpValue::object();
    insertPath(child, path, value);
    object.insert(head, child);
}

QmpValue shortFormValue(const QString &text)
{
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text.toUtf8(), &error);
    return error.ok() ? v : QmpValue(text);
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"';
}

// Where a short-form token that starts at i ends: at a space outside quotes, as qmp-shell's
// parser reads it ("id='a b'" is one token).
qsizetype tokenEnd(const QString &line, qsizetype i)
{
    QChar quote;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (quote.isNull()) {
            if (c.isSpace())
                break;
            if (isQuote(c))
                quote = c;
        } else if (c == quote) {
            quote = QChar();
        } else if (quote == u'"' && c == u'\\' && i + 1 < line.size()) {
            ++i;
        }
        ++i;
    }
    return i;
}

// The text of a short-form value without its quotes; *open tells whether a quote is still open
// at the end, and *openAt where its text starts.
QString unquote(const QString &value, bool *open = nullptr, qsizetype *openAt = nullptr)
{
    QString out;
    QChar quote;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quote.isNull()) {
            if (isQuote(c)) {
                quote = c;
                if (openAt)
                    *openAt = i + 1;
            } else {
                out += c;
            }
        } else if (c == quote) {
            quote = QChar();
        } else if (quote == u'"' && c == u'\\' && i + 1 < value.size()) {
            out += value.at(++i);
        } else {
            out += c;
        }
    }
    if (open)
        *open = !quote.isNull();
    return out;
}

struct Frame
{
    bool object = true;
    QmpValue value;
    QString key;        // object: the key being filled; array: the index as text
    bool haveKey = false; // object: the ':' after the key was read
    int index = 0;
};

void addToFrame(Frame &f, const QmpValue &v)
{
    if (f.object) {
        if (f.haveKey)
            f.value.insert(f.key, v);
    } else {
        f.value.append(v);
    }
}

} // namespace

QmpCompletionContext QmpCompletionContext::fromShortForm(const QString &line, qsizetype cursor)
{
    QmpCompletionContext ctx;
    cursor = qBound<qsizetype>(0, cursor, line.size());
    // Tokens are separated by spaces; qmp-shell has no quoting either.
    struct Token { qsizetype start; QString text; };
    QList<Token> tokens;
    int cursorToken = -1;
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        i = tokenEnd(line, i);
        if (cursorToken < 0 && cursor < start) { // the cursor sits in the spaces before this token
            cursorToken = int(tokens.size());
            tokens.append({cursor, QString()});
        }
        if (cursorToken < 0 && cursor <= i)
            cursorToken = int(tokens.size());
        tokens.append({start, line.mid(start, i - start)});
    }
    if (cursorToken < 0) {
        cursorToken = int(tokens.size());
        tokens.append({cursor, QString()});
    }
    ctx.arguments = QmpValue::object();
    for (int t = 1; t < tokens.size(); ++t) {
        if (t == cursorToken)
            continue;
        const QString &text = tokens.at(t).text;
        const qsizetype eq = text.indexOf(u'=');
        if (eq > 0)
            insertPath(ctx.arguments, text.left(eq).split(u'.'), shortFormValue(unquote(text.mid(eq + 1))));
    }
    if (!tokens.isEmpty() && cursorToken != 0)
        ctx.command = tokens.first().text;
    const Token &tok = tokens.at(cursorToken);
    const QString before = tok.text.left(cursor - tok.start);
    if (cursorToken == 0) {
        ctx.kind = CommandName;
        ctx.prefix = before;
        ctx.tokenStart = tok.start;
        return ctx;
    }
    const qsizetype eq = before.indexOf(u'=');
    if (eq < 0) {
        QStringList parts = before.split(u'.');
        ctx.prefix = parts.takeLast();
        ctx.path = parts;
        ctx.kind = Key;
        ctx.tokenStart = cursor - ctx.prefix.size();
    } else {
        QStringList parts = before.left(eq).split(u'.');
        ctx.key = parts.takeLast();
        ctx.path = parts;
        const QString typed = before.mid(eq + 1);
        bool open = false;
        qsizetype openAt = 0;
        ctx.prefix = unquote(typed, &open, &openAt);
        ctx.kind = Value;
        ctx.tokenStart = tok.start + eq + 1;
        if (open) {
            // Inside an open quote only the quoted text is replaced.
            ctx.quoted = true;
            ctx.prefix = unquote(typed.mid(openAt));
            ctx.tokenStart += openAt;
        }
    }
    return ctx;
}

QmpCompletionContext QmpCompletionContext::fromJson(const QString &text, qsizetype cursor)
{
    QmpCompletionContext ctx;
    cursor = qBound<qsizetype>(0, cursor, text.size());
    QList<Frame> stack;
    bool inToken = false;
    qsizetype i = 0;
    while (i < cursor) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'{' || c == u'[') {
            Frame f;
            f.object = c == u'{';
            f.value = f.object ? QmpValue::object() : QmpValue::array();
            if (!f.object)
                f.key = u"0"_s;
            stack.append(f);
            ++i;
            continue;
        }
        if (c == u'}' || c == u']') {
            if (!stack.isEmpty()) {
                const Frame done = stack.takeLast();
                if (!stack.isEmpty())
                    addToFrame(stack.last(), done.value);
            }
            ++i;
            continue;
        }
        if (c == u':') {
            if (!stack.isEmpty())
                stack.last().haveKey = true;
            ++i;
            continue;
        }
        if (c == u',') {
            if (!stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.object) {
                    f.haveKey = false;
                    f.key.clear();
                } else {
                    f.key = QString::number(++f.index);
                }
            }
            ++i;
            continue;
        }
        if (c == u'"') {
            const qsizetype start = i + 1;
            qsizetype j = start;
            QString s;
            bool closed = false;
            while (j < cursor) {
                const QChar d = text.at(j);
                if (d == u'\\' && j + 1 < cursor) {
                    s += text.at(j + 1);
                    j += 2;
                    continue;
                }
                if (d == u'"') {
                    closed = true;
                    break;
                }
                s += d;
                ++j;
            }
            if (!closed) {
                ctx.prefix = s;
                ctx.tokenStart = start;
                ctx.quoted = true;
                inToken = true;
                break;
            }
            if (!stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.object && !f.haveKey)
                    f.key = s;
                else
                    addToFrame(f, QmpValue(s));
            }
            i = j + 1;
            continue;
        }
        // A bare literal or number.
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace() && !QStringView(u",:{}[]\"").contains(text.at(i)))
            ++i;
        if (i >= cursor) {
            ctx.prefix = text.mid(start, cursor - start);
            ctx.tokenStart = start;
            inToken = true;
            break;
        }
        if (!stack.isEmpty())
            addToFrame(stack.last(), QmpValue::fromJson(text.mid(start, i - start).toUtf8()));
    }
    if (!inToken)
        ctx.tokenStart = cursor;

    // The command may be named after the cursor, so look at the whole text for it.
    static const QRegularExpression executeRe(u"\"(?:execute|exec-oob)\"\\s*:\\s*\"([^\"]*)\""_s);
    const QRegularExpressionMatch m = executeRe.match(text);
    if (m.hasMatch() && !(m.capturedStart(1) <= cursor && cursor <= m.capturedEnd(1)))
        ctx.command = m.captured(1);

    if (stack.isEmpty())
        return ctx;
    const Frame &top = stack.last();
    if (stack.size() == 1) {
        if (!top.haveKey) {
            ctx.kind = MessageKey;
        } else if (top.key == "execute"_L1 || top.key == "exec-oob"_L1) {
            ctx.kind = CommandName;
            ctx.command.clear();
        }
        return ctx;
    }
    if (stack.first().key != "arguments"_L1 || !stack.at(1).object)
        return ctx;
    // The arguments as far as they go: fold the open frames into their parents.
    QmpValue folded = top.value;
    for (qsizetype f = stack.size() - 2; f >= 1; --f) {
        Frame parent = stack.at(f);
        if (parent.object)
            parent.value.insert(parent.key, folded);
        else
            parent.value.append(folded);
        folded = parent.value;
    }
    ctx.arguments = folded;
    for (qsizetype f = 1; f < stack.size() - 1; ++f)
        ctx.path.append(stack.at(f).key);
    if (top.object && !top.haveKey) {
        ctx.kind = Key;
    } else {
        ctx.kind = Value;
        ctx.key = top.key;
    }
    return ctx;
}
