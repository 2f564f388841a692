// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlcompleter.h"

#include "qmpcompletioncontext.h"
#include "qmpschemacompleter.h"

#include <algorithm>
#include <vector>

namespace {

// Edits between two names, a swap of neighbours counting as one (optimal string alignment):
// "qom-gte" is one slip away from "qom-get". Names are short, so a full table is fine.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> d(size_t((n + 1) * (m + 1)));
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(n, m);
}

} // namespace

void QmpCtlCompleter::setCommands(const QStringList &names)
{
    m_commands = names;
    m_commands.sort();
    m_commands.removeDuplicates();
}

void QmpCtlCompleter::setValueChoices(const QString &command, const QString &key, const QStringList &values)
{
    QStringList sorted = values;
    sorted.sort();
    sorted.removeDuplicates();
    m_valueChoices.insert(command + u' ' + key, sorted);
}

QmpCtlCompleter::Result QmpCtlCompleter::complete(const QString &line, qsizetype cursor) const
{
    Result result;
    cursor = qBound(qsizetype(0), cursor, line.size());
    const QmpCompletionContext context = QmpCompletionContext::fromShortForm(line, cursor);
    result.start = context.tokenStart;

    if (m_schema.isEmpty()) {
        if (context.kind != QmpCompletionContext::CommandName)
            return result; // only a schema knows arguments
        for (const QString &name : m_commands) {
            if (name.startsWith(context.prefix))
                result.candidates.append(name);
        }
        return result;
    }

    if (context.kind == QmpCompletionContext::Value && context.path.isEmpty()) {
        const auto choices = m_valueChoices.constFind(context.command + u' ' + context.key);
        if (choices != m_valueChoices.cend()) {
            for (const QString &value : *choices) {
                if (value.startsWith(context.prefix))
                    result.candidates.append(value);
            }
            return result;
        }
    }

    const QList<QmpCompletion> completions = QmpSchemaCompleter(m_schema).complete(context);
    bool allKeys = !completions.isEmpty();
    for (const QmpCompletion &c : completions) {
        if (c.kind == QmpCompletion::Key) {
            result.candidates.append(c.text + u'=');
        } else {
            result.candidates.append(c.text);
            allKeys = false;
        }
    }
    result.candidates.sort();
    result.candidates.removeDuplicates();
    result.appendSpace = !allKeys;
    return result;
}

QStringList QmpCtlCompleter::suggestions(const QString &name, int max) const
{
    const QStringList names = m_schema.isEmpty() ? m_commands : m_schema.commandNames();
    // Allow about one edit in four characters, so "query-staus" finds "query-status" but
    // "stop" does not suggest "cont".
    const int allowed = std::max(1, int(name.size() / 4));
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : names) {
        int score = editDistance(name, candidate);
        if (name.size() >= 3 && candidate.startsWith(name))
            score = std::min(score, 1);
        if (score <= allowed)
            scored.append({score, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < scored.size() && i < max; ++i)
        out.append(scored.at(i).second);
    return out;
}
