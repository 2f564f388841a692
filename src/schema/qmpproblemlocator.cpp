// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpproblemlocator.h"

#include <QtCore/QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

using Span = QmpProblemLocator::Span;

// "arguments.caps[1].state" -> {"arguments", "caps", "[1]", "state"}
QStringList splitPath(const QString &path)
{
    QStringList out;
    QString current;
    for (const QChar c : path) {
        if (c == u'.' || c == u'[') {
            if (!current.isEmpty())
                out << current;
            current = c == u'[' ? u"["_s : QString();
        } else if (c == u']') {
            out << current + u']';
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// A recursive walk over JSON text that records the spans of the keys and values of one path.
// The text was parsed already before it was validated, so a malformed part just ends the walk.
class JsonWalker
{
public:
    JsonWalker(const QString &text, const QStringList &target) : m_text(text), m_target(target) {}

    Span key, value;

    void run()
    {
        QStringList path;
        skipSpace();
        parseValue(path);
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool parseString(QString *out)
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
            return false;
        ++m_pos;
        QString s;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
            if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos; // the escaped character itself; only key names matter here
            s += m_text.at(m_pos++);
        }
        if (m_pos >= m_text.size())
            return false;
        ++m_pos;
        if (out)
            *out = s;
        return true;
    }
    bool parseValue(QStringList &path)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const qsizetype start = m_pos;
        const QChar c = m_text.at(m_pos);
        bool ok = true;
        if (c == u'{') {
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                ++m_pos;
            } else {
                for (;;) {
                    skipSpace();
                    const qsizetype keyStart = m_pos;
                    QString k;
                    if (!parseString(&k))
                        return false;
                    path.append(k);
                    if (path == m_target)
                        key = {keyStart, m_pos - keyStart};
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text.at(m_pos) != u':')
                        return false;
                    ++m_pos;
                    ok = parseValue(path);
                    path.removeLast();
                    if (!ok)
                        return false;
                    skipSpace();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                        ++m_pos;
                        break;
                    }
                    return false;
                }
            }
        } else if (c == u'[') {
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                ++m_pos;
            } else {
                for (int index = 0;; ++index) {
                    path.append(u'[' + QString::number(index) + u']');
                    ok = parseValue(path);
                    path.removeLast();
                    if (!ok)
                        return false;
                    skipSpace();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                        ++m_pos;
                        break;
                    }
                    return false;
                }
            }
        } else if (c == u'"') {
            if (!parseString(nullptr))
                return false;
        } else {
            while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && !QStringView(u",]}").contains(m_text.at(m_pos)))
                ++m_pos;
            if (m_pos == start)
                return false;
        }
        if (path == m_target)
            value = {start, m_pos - start};
        return true;
    }

    const QString &m_text;
    const QStringList m_target;
    qsizetype m_pos = 0;
};

Span locateShortForm(const QString &text, const QString &path, bool wantValue)
{
    // Tokens: COMMAND key=value a.b=value ... ; "arguments.a.b" is the token "a.b=...".
    struct Token { qsizetype start; QString text; };
    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        QChar quote; // a quoted value may hold spaces: "id='a b'" is one token
        while (i < text.size() && (!quote.isNull() || !text.at(i).isSpace())) {
            const QChar c = text.at(i);
            if (quote.isNull() && (c == u'\'' || c == u'"'))
                quote = c;
            else if (c == quote)
                quote = QChar();
            else if (quote == u'"' && c == u'\\' && i + 1 < text.size())
                ++i;
            ++i;
        }
        tokens.append({start, text.mid(start, i - start)});
    }
    if (tokens.isEmpty())
        return {};
    if (path == "execute"_L1 || path == "exec-oob"_L1)
        return {tokens.first().start, tokens.first().text.size()};
    if (!path.startsWith("arguments."_L1))
        return {};
    const QString dotted = path.mid(10);
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        const Token &tok = tokens.at(t);
        const qsizetype eq = tok.text.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = tok.text.left(eq);
        if (key == dotted)
            return wantValue ? Span{tok.start + eq + 1, tok.text.size() - eq - 1} : Span{tok.start, eq};
        // A problem inside a JSON value given to a key ("caps=[{...}]"): point at the value.
        if (dotted.startsWith(key + u'.') || dotted.startsWith(key + u'['))
            return {tok.start + eq + 1, tok.text.size() - eq - 1};
    }
    return {};
}

} // namespace

Span QmpProblemLocator::locatePath(const QString &text, const QString &path, bool wantValue)
{
    if (!text.trimmed().startsWith(u'{'))
        return locateShortForm(text, path, wantValue);
    JsonWalker walker(text, splitPath(path));
    walker.run();
    return wantValue ? walker.value : walker.key;
}

Span QmpProblemLocator::locate(const QString &text, const QmpSchemaProblem &problem)
{
    const bool json = text.trimmed().startsWith(u'{');
    switch (problem.kind) {
    case QmpSchemaProblem::UnknownCommand:
    case QmpSchemaProblem::WrongType:
    case QmpSchemaProblem::OutOfRange:
    case QmpSchemaProblem::NotInEnum:
        if (const Span s = locatePath(text, problem.path, true); s.isValid())
            return s;
        break;
    case QmpSchemaProblem::OobNotAllowed:
    case QmpSchemaProblem::UnknownKey:
        if (const Span s = locatePath(text, problem.path, false); s.isValid())
            return s;
        if (const Span s = locatePath(text, problem.path, true); s.isValid())
            return s; // "arguments" given to a command without any: the whole value
        break;
    case QmpSchemaProblem::MissingKey: {
        // Nothing to underline where the key is not: mark the object it should be in.
        QString parent = problem.path;
        while (!parent.isEmpty()) {
            parent = parent.left(qMax(parent.lastIndexOf(u'.'), qsizetype(0)));
            if (parent.isEmpty())
                break;
            if (const Span s = locatePath(text, parent, json); s.isValid())
                return s;
        }
        break;
    }
    case QmpSchemaProblem::BadMessage:
        break;
    }
    // Nothing more precise: the command name, which the problem is about, else everything.
    for (const QString &command : {u"execute"_s, u"exec-oob"_s}) {
        if (const Span s = locatePath(text, command, true); s.isValid())
            return s;
    }
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return {start, text.trimmed().size()};
}
