// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonhighlighter.h"

#include "syntaxpalette.h"

#include <QtGui/QGuiApplication>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const SyntaxPalette colours(palette);
    m_key.setForeground(colours.key());
    m_string.setForeground(colours.string());
    m_number.setForeground(colours.number());
    m_keyword.setForeground(colours.keyword());
    m_keyword.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(colours.punctuation());
    rehighlight();
}

static bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            j = qMin(j + 1, n);
            // A string followed by ':' is an object key.
            qsizetype k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            setFormat(int(i), int(j - i), k < n && text.at(k) == u':' ? m_key : m_string);
            i = j;
        } else if (c.isDigit() || c == u'-') {
            qsizetype j = i + 1;
            while (j < n && isNumberChar(text.at(j)))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && text.at(j).isLetterOrNumber())
                ++j;
            const QStringView word = QStringView(text).sliced(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_keyword);
            i = j;
        } else {
            if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',')
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}
