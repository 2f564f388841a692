// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxpalette.h"

SyntaxPalette::SyntaxPalette(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness())
{
}

QColor SyntaxPalette::pick(const char *light, const char *dark) const
{
    return QColor::fromString(QLatin1String(m_dark ? dark : light));
}

QColor SyntaxPalette::key() const { return pick("#1f4e9e", "#8cb4ff"); }
QColor SyntaxPalette::string() const { return pick("#2e7d32", "#a5d6a7"); }
QColor SyntaxPalette::number() const { return pick("#a63c00", "#ffb37a"); }
QColor SyntaxPalette::keyword() const { return pick("#8e24aa", "#e1a6f0"); }
QColor SyntaxPalette::punctuation() const
{
    QColor c = m_palette.color(QPalette::Text);
    c.setAlphaF(0.7f);
    return c;
}
QColor SyntaxPalette::error() const { return pick("#c62828", "#ff8a80"); }
QColor SyntaxPalette::warning() const { return pick("#b45f00", "#ffcc66"); }

static QColor blend(const QColor &base, const QColor &tint, float amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

QColor SyntaxPalette::validBackground() const
{
    return blend(m_palette.color(QPalette::Base), QColor(0x4c, 0xaf, 0x50), m_dark ? 0.12f : 0.08f);
}

QColor SyntaxPalette::invalidBackground() const
{
    return blend(m_palette.color(QPalette::Base), QColor(0xe5, 0x39, 0x35), m_dark ? 0.18f : 0.10f);
}

QColor SyntaxPalette::warningBackground() const
{
    return blend(m_palette.color(QPalette::Base), QColor(0xff, 0xa0, 0x00), m_dark ? 0.14f : 0.10f);
}

QColor SyntaxPalette::matchingBracket() const
{
    return blend(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.35f);
}
