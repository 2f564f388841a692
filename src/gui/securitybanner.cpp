// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitybanner.h"

#include "connectionsession.h"
#include "syntaxpalette.h"

#include <QtCore/QEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>

using namespace Qt::Literals::StringLiterals;

SecurityBanner::SecurityBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(u"securityBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"securityBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void SecurityBanner::setSession(ConnectionSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &ConnectionSession::profileChanged, this, &SecurityBanner::refresh);
        connect(session, &QObject::destroyed, this, &SecurityBanner::refresh);
    }
    refresh();
}

QString SecurityBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void SecurityBanner::refresh()
{
    const QString warning = m_session ? m_session->securityWarning() : QString();
    if (warning.isEmpty()) {
        hide();
        return;
    }
    // Translated when shown, so a language change only needs another refresh().
    m_text->setText(tr("<b>Unprotected connection:</b> %1. Use TLS, a UNIX socket or an SSH tunnel.")
                        .arg(warning.toHtmlEscaped()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    QPalette p = palette();
    p.setColor(QPalette::Window, SyntaxPalette(p).warningBackground());
    setPalette(p);
    show();
}

void SecurityBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
