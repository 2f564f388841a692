// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"

#include <QtCore/QStringList>

// Where the command editor's completions come from. The editor asks with the text and cursor and
// gets the words that may replace the one being typed. Today's source knows command names from
// query-commands; a schema-driven source (argument names, enum values) plugs in the same way.
class CompletionSource
{
public:
    virtual ~CompletionSource() = default;
    // Candidates for the word that ends at cursor; *wordStart is set to where that word begins.
    // Empty when nothing should be completed at this place.
    virtual QStringList candidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const = 0;

    // A candidate with what the popup shows beside it ("str, optional").
    struct Candidate
    {
        QString word;
        QString detail;
    };
    // The same words with their details; the default has none.
    virtual QList<Candidate> detailedCandidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const;
};

// Completes the command name: the first word of the short form, or the string after "execute".
class CommandNameCompletion : public CompletionSource
{
public:
    void setCommandNames(const QStringList &names) { m_names = names; }
    QStringList commandNames() const { return m_names; }
    QStringList candidates(const QString &text, int cursor, CommandText::Mode mode, int *wordStart) const override;

private:
    QStringList m_names;
};
