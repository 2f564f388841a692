// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGui/QColor>
#include <QtGui/QPalette>

// Colours for JSON text, validity states and error replies, derived from the widget palette so
// they stay readable on light and dark themes alike.
class SyntaxPalette
{
public:
    explicit SyntaxPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor key() const;
    QColor string() const;
    QColor number() const;
    QColor keyword() const; // true, false, null
    QColor punctuation() const;
    QColor error() const;           // text of errors
    QColor warning() const;         // what the schema doubts but QEMU may still accept
    QColor validBackground() const; // a faint tint behind a valid editor
    QColor invalidBackground() const;
    QColor warningBackground() const; // a faint tint behind a valid command the schema doubts
    QColor matchingBracket() const;

private:
    QColor pick(const char *light, const char *dark) const;
    QPalette m_palette;
    bool m_dark = false;
};
