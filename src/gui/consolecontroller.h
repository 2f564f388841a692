// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandtext.h"
#include "connectionsession.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class CommandHistory;
class CommandLogModel;
class CommandLogView;
class CommandPanel;
class JsonTreeView;
class QSettings;

// Ties the console together for the current connection: what the command panel sends goes to
// it (QMP JSON, short form or HMP), every command and its reply lands in the command log, the
// selected log entry shows in the reply tree, the editor gets the connection's command names and
// its history (per profile, kept in QSettings across restarts).
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // None of the arguments is owned; all must outlive the controller.
    ConsoleController(CommandPanel *panel, CommandLogModel *log, CommandLogView *logView, JsonTreeView *replyView,
                      QSettings *settings, QObject *parent = nullptr);
    ~ConsoleController() override;

    void setCurrentSession(ConnectionSession *session);
    ConnectionSession *currentSession() const { return m_session; }

    // Sends to the current connection; false (with statusMessage) when it cannot take commands.
    bool send(const CommandText::Result &command);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateTarget();
    void showEntry(int row);
    CommandHistory *historyFor(const ConnectionSession *session);

    CommandPanel *m_panel;
    CommandLogModel *m_log;
    CommandLogView *m_logView;
    JsonTreeView *m_replyView;
    QSettings *m_settings;
    QPointer<ConnectionSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    QHash<QString, CommandHistory *> m_histories;
};
