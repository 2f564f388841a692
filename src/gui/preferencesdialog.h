// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class TranslationLoader;

// Application preferences: for now the language of the user interface, which overrides the
// system's and applies at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(TranslationLoader *translations, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TranslationLoader *m_translations;
    QComboBox *m_language;
    class QLabel *m_languageLabel;
};
