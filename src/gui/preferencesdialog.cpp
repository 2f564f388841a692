// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "translationloader.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

PreferencesDialog::PreferencesDialog(TranslationLoader *translations, QWidget *parent)
    : QDialog(parent), m_translations(translations), m_language(new QComboBox(this)),
      m_languageLabel(new QLabel(this))
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
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
}
