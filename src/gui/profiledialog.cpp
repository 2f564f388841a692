// SPDX-License-Identifier: GPL-2.0-or-later
#include "profiledialog.h"
#include "ui_profiledialog.h"

#include "profilestore.h"
#include "syntaxpalette.h"

#include <QtWidgets/QFileDialog>
#include <QtWidgets/QPushButton>

using namespace Qt::Literals::StringLiterals;

ProfileDialog::ProfileDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
{
    ui->setupUi(this);
    for (QLabel *label : {ui->nameError, ui->addressError, ui->tlsError, ui->warningLabel}) {
        label->hide();
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);

    for (QLineEdit *edit : {ui->nameEdit, ui->addressEdit, ui->caEdit, ui->certEdit, ui->keyEdit, ui->peerEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            revalidate();
        });
    }
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::revalidate);
    connect(ui->serverModeCheck, &QCheckBox::toggled, this, &ProfileDialog::revalidate);
    connect(ui->tlsGroup, &QGroupBox::toggled, this, [this] {
        m_touched.insert(ui->tlsGroup);
        revalidate();
    });
    connect(ui->caBrowse, &QToolButton::clicked, this, [this] { browse(ui->caEdit, tr("CA Certificate")); });
    connect(ui->certBrowse, &QToolButton::clicked, this, [this] { browse(ui->certEdit, tr("Client Certificate")); });
    connect(ui->keyBrowse, &QToolButton::clicked, this, [this] { browse(ui->keyEdit, tr("Client Key")); });
    revalidate();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const ConnectionProfile &profile)
{
    m_id = profile.id;
    ui->nameEdit->setText(profile.name);
    ui->addressEdit->setText(profile.address);
    ui->modeCombo->setCurrentIndex(profile.mode == QmpClient::Mode::GuestAgent ? 1 : 0);
    ui->serverModeCheck->setChecked(profile.serverMode);
    ui->autoConnectCheck->setChecked(profile.autoConnect);
    ui->reconnectCheck->setChecked(profile.reconnect);
    ui->tlsGroup->setChecked(profile.tls.isEnabled() || !profile.tls.certFile.isEmpty());
    ui->caEdit->setText(profile.tls.caFile);
    ui->certEdit->setText(profile.tls.certFile);
    ui->keyEdit->setText(profile.tls.keyFile);
    ui->peerEdit->setText(profile.tls.peerName);
    setWindowTitle(profile.id.isEmpty() ? tr("New Connection Profile") : tr("Edit Profile %1").arg(profile.name));
    // An existing profile shows what is wrong with it at once.
    m_showAll = !profile.id.isEmpty();
    revalidate();
    // The suggested name is there to be typed over.
    ui->nameEdit->setFocus();
    ui->nameEdit->selectAll();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.name = ui->nameEdit->text().trimmed();
    p.address = ui->addressEdit->text().trimmed();
    p.mode = ui->modeCombo->currentIndex() == 1 ? QmpClient::Mode::GuestAgent : QmpClient::Mode::Qmp;
    p.serverMode = ui->serverModeCheck->isChecked();
    p.autoConnect = ui->autoConnectCheck->isChecked();
    p.reconnect = ui->reconnectCheck->isChecked();
    if (ui->tlsGroup->isChecked()) {
        p.tls.caFile = ui->caEdit->text().trimmed();
        p.tls.certFile = ui->certEdit->text().trimmed();
        p.tls.keyFile = ui->keyEdit->text().trimmed();
        p.tls.peerName = ui->peerEdit->text().trimmed();
    }
    return p;
}

void ProfileDialog::revalidate()
{
    const ConnectionProfile p = profile();
    QStringList nameErrors, addressErrors, tlsErrors, warnings;
    const QList<ProfileIssue> issues = p.validate();
    for (const ProfileIssue &issue : issues) {
        if (issue.severity == ProfileIssue::Warning) {
            warnings.append(issue.message);
            continue;
        }
        switch (issue.field) {
        case ProfileIssue::Name: nameErrors.append(issue.message); break;
        case ProfileIssue::Address: addressErrors.append(issue.message); break;
        case ProfileIssue::Tls: tlsErrors.append(issue.message); break;
        case ProfileIssue::Security: warnings.append(issue.message); break;
        }
    }
    if (ui->tlsGroup->isChecked() && p.tls.caFile.isEmpty())
        tlsErrors.append(tr("TLS needs the CA certificate that signed the server's certificate"));
    if (m_store && !p.name.isEmpty()) {
        const ConnectionProfile other = m_store->profileByName(p.name);
        if (!other.id.isEmpty() && other.id != p.id)
            nameErrors.append(tr("another profile is already called '%1'").arg(p.name));
    }
    m_hasErrors = !nameErrors.isEmpty() || !addressErrors.isEmpty() || !tlsErrors.isEmpty();

    const bool tlsTouched = m_touched.contains(ui->tlsGroup) || m_touched.contains(ui->caEdit)
        || m_touched.contains(ui->certEdit) || m_touched.contains(ui->keyEdit);
    showFieldError(ui->nameError, m_showAll || m_touched.contains(ui->nameEdit) ? nameErrors.join(u'\n') : QString());
    showFieldError(ui->addressError,
                   m_showAll || m_touched.contains(ui->addressEdit) ? addressErrors.join(u'\n') : QString());
    showFieldError(ui->tlsError, m_showAll || tlsTouched ? tlsErrors.join(u'\n') : QString());
    ui->warningLabel->setText(warnings.join(u'\n'));
    QPalette warningPalette = ui->warningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, SyntaxPalette(palette()).warning());
    ui->warningLabel->setPalette(warningPalette);
    ui->warningLabel->setVisible(!warnings.isEmpty() && (m_showAll || m_touched.contains(ui->addressEdit)));

    const bool shownErrors = !ui->nameError->text().isEmpty() || !ui->addressError->text().isEmpty()
        || !ui->tlsError->text().isEmpty();
    QPushButton *save = ui->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(!shownErrors);
    save->setToolTip(shownErrors ? tr("Fix the fields marked in red first") : QString());
}

void ProfileDialog::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, SyntaxPalette(palette()).error());
        label->setPalette(p);
    }
    // The field itself says it too, for those who do not look below it.
    QWidget *field = label == ui->nameError      ? static_cast<QWidget *>(ui->nameEdit)
                     : label == ui->addressError ? static_cast<QWidget *>(ui->addressEdit)
                                                 : static_cast<QWidget *>(ui->caEdit);
    field->setToolTip(message);
    field->setAccessibleDescription(message);
}

bool ProfileDialog::validateAll()
{
    m_showAll = true;
    revalidate();
    return !m_hasErrors;
}

void ProfileDialog::accept()
{
    if (!validateAll()) {
        for (QLabel *label : {ui->nameError, ui->addressError, ui->tlsError}) {
            if (label->isVisible()) {
                QWidget *field = label == ui->nameError ? static_cast<QWidget *>(ui->nameEdit)
                                 : label == ui->addressError ? static_cast<QWidget *>(ui->addressEdit)
                                                             : static_cast<QWidget *>(ui->caEdit);
                field->setFocus();
                break;
            }
        }
        return;
    }
    if (m_store) {
        ConnectionProfile p = profile();
        QString error;
        if (!m_store->save(p, &error)) {
            showFieldError(ui->nameError, error);
            ui->nameEdit->setFocus();
            return;
        }
        m_id = p.id;
    }
    QDialog::accept();
}

void ProfileDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                      tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (file.isEmpty())
        return;
    edit->setText(file);
    m_touched.insert(edit);
    revalidate();
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
