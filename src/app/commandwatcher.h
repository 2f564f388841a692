// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

class QmpClient;

// Sees the commands a QmpClient sends, whoever sends them (the editor, a panel, a script), and
// the reply to each, matched by id. The hotplug models use it to react to device_add and
// device_del without owning the command.
class CommandWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CommandWatcher(QObject *parent = nullptr);

    void setClient(QmpClient *client); // nullptr: watch nothing
    QmpClient *client() const { return m_client; }
    // Only these commands are reported; empty (the default): all of them.
    void setCommands(const QSet<QString> &commands) { m_commands = commands; }

Q_SIGNALS:
    // message: the whole command as sent ("execute" or "exec-oob", "arguments", "id").
    void commandSent(const QString &command, const QmpValue &message);
    // reply: the whole reply ("return" or "error"). Commands sent without an id are never
    // matched; a reply lost to a disconnect is never reported.
    void commandFinished(const QString &command, const QmpValue &message, const QmpValue &reply);

private:
    void onSent(const QByteArray &raw, const QmpValue &message);
    void onReceived(const QByteArray &raw, const QmpValue &message);

    QPointer<QmpClient> m_client;
    QSet<QString> m_commands;
    QHash<QByteArray, QmpValue> m_inFlight; // id as compact JSON -> the command
};
