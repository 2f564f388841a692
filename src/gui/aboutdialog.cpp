// SPDX-License-Identifier: GPL-2.0-or-later
#include "aboutdialog.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

AboutDialog::AboutDialog(const QStringList &qemuVersionsSeen, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About QMP Console"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/qmp-console.svg")).pixmap(64, 64));
    QString qemu;
    if (qemuVersionsSeen.isEmpty()) {
        qemu = tr("No QEMU seen yet in this session.");
    } else {
        QStringList items;
        for (const QString &v : qemuVersionsSeen)
            items.append(QStringLiteral("<li>%1</li>").arg(v.toHtmlEscaped()));
        qemu = tr("QEMU versions seen in this session:") + QStringLiteral("<ul>") + items.join(QString())
            + QStringLiteral("</ul>");
    }
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr("<h2>QMP Console %1</h2>"
                     "<p>A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, "
                     "and an event timeline.</p>"
                     "<p>Built with Qt %2, running on Qt %3.</p>")
                      .arg(QLatin1String(QMP_CONSOLE_VERSION), QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()))
                  + qemu + tr("<p>License: GNU GPL version 2 or later.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}
