// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QtCore/QSet>
#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class ProfileDialog;
}
class ProfileStore;
class QLabel;
class QLineEdit;

// Creates or edits a connection profile. What is wrong is said at the field it belongs to, as
// the user types; Save is refused while anything is wrong. With a store, saving writes the
// profile there (a name already taken is refused at the name field too).
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const; // as entered; the id of the profile being edited

    // Checks every field and shows each message at its field. True when the profile can be saved.
    bool validateAll();
    bool hasErrors() const { return m_hasErrors; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void showFieldError(QLabel *label, const QString &message);
    void browse(QLineEdit *edit, const QString &title);
    void updateTlsEnabled();

    std::unique_ptr<Ui::ProfileDialog> ui;
    ProfileStore *m_store;
    QString m_id;
    bool m_showAll = false;   // after a save attempt every error shows, not only those of touched fields
    QSet<QObject *> m_touched;
    bool m_hasErrors = false;
};
