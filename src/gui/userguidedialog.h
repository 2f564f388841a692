// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QDialog>

class QTextBrowser;

// The user guide (docs/user-guide.md, compiled into the resources) in a browsable window.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
