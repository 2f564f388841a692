// SPDX-License-Identifier: GPL-2.0-or-later
#include "completionsource.h"

#include <QtCore/QRegularExpression>

static bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

QList<CompletionSource::Candidate> CompletionSource::detailedCandidates(const QString &text, int cursor,
                                                                      CommandText::Mode mode, int *wordStart) const
{
    QList<Candidate> out;
    for (const QString &word : candidates(text, cursor, mode, wordStart))
        out.append({word, {}});
    return out;
}

QStringList CommandNameCompletion::candidates(const QString &text, int cursor, CommandText::Mode mode,
                                              int *wordStart) const
{
    if (mode != CommandText::Mode::Qmp || m_names.isEmpty())
        return {};
    int start = cursor;
    while (start > 0 && isNameChar(text.at(start - 1)))
        --start;
    const QStringView before = QStringView(text).left(start);

    bool atCommandName = false;
    if (before.trimmed().isEmpty()) {
        atCommandName = true; // first word of the short form
    } else {
        static const QRegularExpression executeString(QStringLiteral("\"(execute|exec-oob)\"\\s*:\\s*\"$"));
        atCommandName = executeString.match(before.toString()).hasMatch();
    }
    if (!atCommandName)
        return {};
    const QStringView prefix = QStringView(text).sliced(start, cursor - start);
    QStringList out;
    for (const QString &name : m_names) {
        if (name.startsWith(prefix) && name.size() > prefix.size())
            out.append(name);
    }
    *wordStart = start;
    return out;
}
