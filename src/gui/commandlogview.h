// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QTreeView>

class CommandLogModel;

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

Q_SIGNALS:
    void currentRowChanged(int row); // -1 when none

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    CommandLogModel *m_model = nullptr;
};
