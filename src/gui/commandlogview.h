// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QTreeView>

class CommandLogModel;
class QmpValue;

// The list of commands sent and their replies (time sent, connection, command, round trip,
// status), error rows in the error colour, the newest kept in view while it is followed.
class CommandLogView : public QTreeView
{
    Q_OBJECT
public:
    explicit CommandLogView(QWidget *parent = nullptr);

    void setLogModel(CommandLogModel *model);
    CommandLogModel *logModel() const { return m_model; }
    // Selects the newest row (the command just sent) and scrolls to it.
    void selectNewest();
    // The selected entry's reply (or, while none came, its request) as indented JSON to the clipboard.
    void copyReply();
    // Selects the newest entry of connectionName whose message, as sent, is request (matched by
    // its "id" when it has one); false when the log has none.
    bool selectRequest(const QString &connectionName, const QmpValue &request);
    QAction *showEventsAction() const { return m_showEvents; }

Q_SIGNALS:
    void currentRowChanged(int row); // -1 when none
    // "Show Linked Events" on the selected entry: its connection and its message as sent.
    void linkedEventsRequested(const QString &connectionName, const QmpValue &request);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateShowEvents();

    CommandLogModel *m_model = nullptr;
    QAction *m_showEvents = nullptr;
};
