// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandwatcher.h"

#include "qmpclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Commands whose reply never comes (a server gone quiet) must not pile up for ever.
constexpr qsizetype maxInFlight = 4096;
}

CommandWatcher::CommandWatcher(QObject *parent) : QObject(parent) {}

void CommandWatcher::setClient(QmpClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_inFlight.clear();
    if (!client)
        return;
    connect(client, &QmpClient::messageSent, this, &CommandWatcher::onSent);
    connect(client, &QmpClient::messageReceived, this, &CommandWatcher::onReceived);
    connect(client, &QmpClient::disconnected, this, [this] { m_inFlight.clear(); });
}

void CommandWatcher::onSent(const QByteArray &, const QmpValue &message)
{
    QString command = message.value(u"execute").toString();
    if (command.isEmpty())
        command = message.value(u"exec-oob").toString();
    if (command.isEmpty() || (!m_commands.isEmpty() && !m_commands.contains(command)))
        return;
    const QmpValue id = message.value(u"id");
    if (!id.isUndefined()) {
        if (m_inFlight.size() >= maxInFlight)
            m_inFlight.clear();
        m_inFlight.insert(id.toJson(), message);
    }
    Q_EMIT commandSent(command, message);
}

void CommandWatcher::onReceived(const QByteArray &, const QmpValue &message)
{
    if (m_inFlight.isEmpty() || message.contains(u"event"))
        return;
    const QmpValue id = message.value(u"id");
    if (id.isUndefined())
        return;
    const QmpValue sent = m_inFlight.take(id.toJson());
    if (sent.isUndefined())
        return;
    QString command = sent.value(u"execute").toString();
    if (command.isEmpty())
        command = sent.value(u"exec-oob").toString();
    Q_EMIT commandFinished(command, sent, message);
}
