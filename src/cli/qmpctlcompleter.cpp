// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlcompleter.h"

#include "qmpcompletioncontext.h"
#include "qmpschemacompleter.h"

void QmpCtlCompleter::setCommands(const QStringList &names)
{
    m_commands = names;
    m_commands.sort();
    m_commands.removeDuplicates();
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
