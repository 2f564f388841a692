// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandtext.h"

#include "qmpshortform.h"

using namespace Qt::Literals::StringLiterals;

namespace {

CommandText::Result invalid(const QString &text, int position, const QString &message)
{
    CommandText::Result r;
    r.state = CommandText::State::Invalid;
    r.error = message;
    r.errorPosition = qBound(0, position, int(text.size()));
    r.errorLine = 1;
    int lineStart = 0;
    for (int i = 0; i < r.errorPosition; ++i) {
        if (text.at(i) == u'\n') {
            ++r.errorLine;
            lineStart = i + 1;
        }
    }
    r.errorColumn = r.errorPosition - lineStart + 1;
    return r;
}

// The parser counts bytes of UTF-8; the editor counts UTF-16 characters.
int characterIndex(const QByteArray &utf8, qsizetype byteOffset)
{
    return int(QString::fromUtf8(utf8.left(byteOffset)).size());
}

int firstNonSpace(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

CommandText::Result interpretJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QmpJsonError error;
    const QmpValue message = QmpValue::fromJson(utf8, &error);
    if (!error.ok())
        return invalid(text, characterIndex(utf8, error.offset), error.message);
    const int start = firstNonSpace(text);
    if (!message.isObject())
        return invalid(text, start, CommandText::tr("A QMP command is a JSON object, not %1").arg(message.typeName()));

    const bool oob = message.contains(u"exec-oob");
    const QmpValue execute = message.value(oob ? u"exec-oob" : u"execute");
    if (execute.isUndefined())
        return invalid(text, start, CommandText::tr("The object needs an \"execute\" member with the command name"));
    if (!execute.isString() || execute.stringRef().isEmpty())
        return invalid(text, start, CommandText::tr("\"execute\" must be a non-empty string"));
    if (message.contains(u"execute") && oob)
        return invalid(text, start, CommandText::tr("Use either \"execute\" or \"exec-oob\", not both"));
    const QmpValue arguments = message.value(u"arguments");
    if (!arguments.isUndefined() && !arguments.isObject())
        return invalid(text, start, CommandText::tr("\"arguments\" must be an object, not %1").arg(arguments.typeName()));
    for (const QmpMember &m : message.members()) {
        if (m.key != u"execute" && m.key != u"exec-oob" && m.key != u"arguments" && m.key != u"id"
            && m.key != u"control")
            return invalid(text, start, CommandText::tr("Unknown member \"%1\" in a QMP command").arg(m.key));
    }

    CommandText::Result r;
    r.state = CommandText::State::Valid;
    r.form = CommandText::Form::Json;
    r.message = message;
    r.command = execute.stringRef();
    return r;
}

CommandText::Result interpretShortForm(const QString &text)
{
    const int start = firstNonSpace(text);
    const int newline = int(text.indexOf(u'\n', start));
    if (newline >= 0 && !QStringView(text).sliced(newline).trimmed().isEmpty())
        return invalid(text, newline, CommandText::tr("The short form is a single line; use JSON for more"));
    QmpShortFormError error;
    const QmpShortForm form = QmpShortForm::parse(QStringView(text).sliced(start).trimmed(), &error);
    if (!form.isValid())
        return invalid(text, start + qMax(0, error.column - 1), error.message);
    CommandText::Result r;
    r.state = CommandText::State::Valid;
    r.form = CommandText::Form::ShortForm;
    r.message = form.message();
    r.command = form.command();
    return r;
}

} // namespace

CommandText::Result CommandText::interpret(const QString &text, Mode mode)
{
    const int start = firstNonSpace(text);
    if (start == text.size())
        return {};
    if (mode == Mode::Hmp) {
        const QString line = text.trimmed();
        if (line.contains(u'\n'))
            return invalid(text, int(text.indexOf(u'\n', start)), tr("An HMP command is a single line"));
        Result r;
        r.state = State::Valid;
        r.form = Form::Hmp;
        r.command = u"human-monitor-command"_s;
        r.message = QmpValue::object({{u"execute"_s, r.command},
                                      {u"arguments"_s, QmpValue::object({{u"command-line"_s, line}})}});
        return r;
    }
    if (text.at(start) == u'{' || text.at(start) == u'[' || text.at(start) == u'"')
        return interpretJson(text);
    return interpretShortForm(text);
}

QString CommandText::preview(const Result &result)
{
    if (!result.isValid())
        return {};
    return QString::fromUtf8(result.message.toJson(QmpValue::Format::Indented));
}
