// SPDX-License-Identifier: GPL-2.0-or-later
#include "translationloader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>

using namespace Qt::Literals::StringLiterals;

TranslationLoader::TranslationLoader(QObject *parent) : QObject(parent) {}

TranslationLoader::~TranslationLoader()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString TranslationLoader::settingsKey()
{
    return u"ui/language"_s;
}

QStringList TranslationLoader::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths;
    const QString env = qEnvironmentVariable("QMP_CONSOLE_TRANSLATIONS");
    if (!env.isEmpty())
        paths.append(env);
    paths.append(QDir::cleanPath(appDir + u"/../translations"_s));                 // build tree
    paths.append(QDir::cleanPath(appDir + u"/../share/qmp-console/translations"_s)); // installed
    return paths;
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    for (const QString &path : searchPaths()) {
        const QStringList files = QDir(path).entryList({u"qmp-console_*.qm"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(12, file.size() - 12 - 3); // between "qmp-console_" and ".qm"
            if (!languages.contains(code))
                languages.append(code);
        }
    }
    return languages;
}

QString TranslationLoader::apply(const QString &language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto app = std::make_unique<QTranslator>();
    bool loaded = false;
    for (const QString &path : searchPaths()) {
        // QTranslator::load(QLocale, ...) walks the locale's UI languages in order of preference.
        if (app->load(locale, u"qmp-console"_s, u"_"_s, path)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        // No translation for this language: English, with its plural forms ("1 event").
        for (const QString &path : searchPaths()) {
            if (app->load(u"qmp-console_en"_s, path)) {
                QCoreApplication::installTranslator(app.get());
                m_app = std::move(app);
                break;
            }
        }
        return {};
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QCoreApplication::installTranslator(app.get());
    const QString loadedLanguage = app->language();
    m_app = std::move(app);
    return loadedLanguage;
}

QString TranslationLoader::applyFromSettings()
{
    return apply(QSettings().value(settingsKey()).toString());
}
