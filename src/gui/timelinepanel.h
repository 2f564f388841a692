// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QWidget>

class QmpClient;

// The event timeline dock: every event of every connection, filters, the selected event as a
// tree, event logs and transcripts. Connections are attached by the main window.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);
    ~TimelinePanel() override;

    // Starts recording client's events (and its messages, for transcripts) under connectionName.
    void addClient(QmpClient *client, const QString &connectionName);
    void removeClient(QmpClient *client);
};
