// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGui/QSyntaxHighlighter>
#include <QtGui/QTextCharFormat>

// Colours JSON text (keys, strings, numbers, keywords) with colours taken from the editor's
// palette. Strings never span lines in QMP, so the highlighter keeps no state between blocks.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    // Re-derives the colours, e.g. after a palette change (dark theme switched on).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_keyword, m_punctuation;
};
