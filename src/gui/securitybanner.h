// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QFrame>

class ConnectionSession;
class QLabel;

// A strip above the console that stays visible while the current connection is plain TCP to a
// host other than loopback: QMP has no authentication, and a status-bar message is gone too soon.
class SecurityBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SecurityBanner(QWidget *parent = nullptr);

    // The connection commands go to; nullptr hides the banner.
    void setSession(ConnectionSession *session);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<ConnectionSession> m_session;
    QLabel *m_icon;
    QLabel *m_text;
};
