// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinepanel.h"

#include "qmpclient.h"

TimelinePanel::TimelinePanel(QWidget *parent) : QWidget(parent) {}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::addClient(QmpClient *client, const QString &connectionName)
{
    Q_UNUSED(client);
    Q_UNUSED(connectionName);
}

void TimelinePanel::removeClient(QmpClient *client)
{
    Q_UNUSED(client);
}
