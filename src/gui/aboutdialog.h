// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QDialog>

// The About box: the app's version, the Qt it runs on, and the QEMU versions seen this session.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QStringList &qemuVersionsSeen, QWidget *parent = nullptr);
};
