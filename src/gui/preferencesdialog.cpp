// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "translationloader.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QVBoxLayout>

namespace {

QString schemeName(PreferencesDialog::ColorScheme scheme)
{
    switch (scheme) {
    case PreferencesDialog::ColorScheme::Light: return QStringLiteral("light");
    case PreferencesDialog::ColorScheme::Dark: return QStringLiteral("dark");
    case PreferencesDialog::ColorScheme::System: break;
    }
    return QStringLiteral("system");
}

// The style the desktop gave the application, to go back to from Fusion.
QString &systemStyleName()
{
    static QString name;
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(TranslationLoader *translations, QWidget *parent)
    : QDialog(parent), m_translations(translations), m_language(new QComboBox(this)),
      m_languageLabel(new QLabel(this)), m_colors(new QComboBox(this)), m_colorsLabel(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    QStringList languages = TranslationLoader::availableLanguages();
    if (!languages.contains(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    for (const QString &code : std::as_const(languages)) {
        const QLocale locale(code);
        // Each language in its own name, so a person who cannot read the current one finds theirs.
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    const QString current = QSettings().value(TranslationLoader::settingsKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_languageLabel->setBuddy(m_language);

    m_colors->setObjectName(QStringLiteral("colorSchemeCombo"));
    for (ColorScheme scheme : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
        m_colors->addItem(QString(), QVariant::fromValue(scheme));
    m_colors->setCurrentIndex(m_colors->findData(QVariant::fromValue(colorSchemeFromSettings())));
    m_colorsLabel->setBuddy(m_colors);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_colorsLabel, m_colors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    QSettings().setValue(TranslationLoader::settingsKey(), language);
    if (m_translations)
        m_translations->apply(language);
    const auto scheme = m_colors->currentData().value<ColorScheme>();
    if (scheme != colorSchemeFromSettings()) {
        QSettings().setValue(colorSchemeKey(), schemeName(scheme));
        applyColorScheme(scheme);
    }
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setToolTip(tr("The language of the user interface. English is used where no translation exists."));
    m_colorsLabel->setText(tr("&Colours:"));
    m_colors->setItemText(0, tr("Follow the desktop"));
    m_colors->setItemText(1, tr("Light"));
    m_colors->setItemText(2, tr("Dark"));
    m_colors->setToolTip(tr("Light and Dark use Qt's Fusion style, for desktops whose colours Qt does not pick up."));
}

QString PreferencesDialog::colorSchemeKey()
{
    return QStringLiteral("ui/colorScheme");
}

PreferencesDialog::ColorScheme PreferencesDialog::colorSchemeFromSettings()
{
    const QString name = QSettings().value(colorSchemeKey()).toString();
    for (ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        if (name == schemeName(scheme))
            return scheme;
    }
    return ColorScheme::System;
}

void PreferencesDialog::applyColorScheme(ColorScheme scheme)
{
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    if (scheme == ColorScheme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyleName()));
        // A palette that sets nothing: the desktop's, and it follows the desktop's changes.
        QApplication::setPalette(QPalette());
        return;
    }
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = scheme == ColorScheme::Dark ? darkPalette() : fusion->standardPalette();
    QApplication::setStyle(fusion);
    QApplication::setPalette(palette);
}

QPalette PreferencesDialog::darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x7f, 0x84, 0x8a);
    const QColor highlight(0x3d, 0x7a, 0xc7);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x48, 0x4b, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}
