// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <memory>

class QTranslator;

// Installs the application's and Qt's own translations for the language the person chose in the
// preferences, or for the system's languages when they chose none. Switching at run time sends
// QEvent::LanguageChange to every widget, so open windows retranslate themselves.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    static QString settingsKey(); // QSettings key of the chosen language, empty for "system"
    // The languages shipped (e.g. "de", "zh_CN"), found in the translation folders.
    static QStringList availableLanguages();
    // Folders searched for qmp-console_*.qm: beside the build tree's binaries and the installed share/.
    static QStringList searchPaths();

    // language: a shipped language code, or empty for the system's. Returns the language loaded,
    // empty when none is and the English original (with its plural forms) is used.
    QString apply(const QString &language);
    // apply() with the language from the settings.
    QString applyFromSettings();

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
