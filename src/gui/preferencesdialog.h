// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGui/QPalette>
#include <QtWidgets/QDialog>

class QComboBox;
class TranslationLoader;

// Application preferences: the language of the user interface, which overrides the system's, and
// the colours; both apply at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // The desktop's own palette and style, or Qt's Fusion style with a light or a dark palette, for
    // desktops whose dark theme Qt does not pick up.
    enum class ColorScheme { System, Light, Dark };
    Q_ENUM(ColorScheme)

    explicit PreferencesDialog(TranslationLoader *translations, QWidget *parent = nullptr);

    void accept() override;

    static QString colorSchemeKey(); // QSettings key: "system", "light" or "dark"
    static ColorScheme colorSchemeFromSettings();
    // Sets the application's style and palette; every widget gets a QEvent::PaletteChange.
    static void applyColorScheme(ColorScheme scheme);
    static QPalette darkPalette();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TranslationLoader *m_translations;
    QComboBox *m_language;
    class QLabel *m_languageLabel;
    QComboBox *m_colors;
    class QLabel *m_colorsLabel;
};
