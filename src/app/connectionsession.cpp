// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionsession.h"

#include <QtCore/QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// Where the run state goes at once on each event; query-status then says exactly (a STOP may
// mean "paused", "debug", "io-error", …).
QString runStateAfter(const QString &event)
{
    if (event == u"STOP"_s)
        return u"paused"_s;
    if (event == u"RESUME"_s || event == u"WAKEUP"_s)
        return u"running"_s;
    if (event == u"SUSPEND"_s || event == u"SUSPEND_DISK"_s)
        return u"suspended"_s;
    if (event == u"SHUTDOWN"_s)
        return u"shutdown"_s;
    if (event == u"GUEST_PANICKED"_s)
        return u"guest-panicked"_s;
    return {};
}

bool changesRunState(const QString &event)
{
    return event == u"RESET"_s || !runStateAfter(event).isEmpty();
}

} // namespace

ConnectionSession::ConnectionSession(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new QmpClient(this))
{
    connect(m_client, &QmpClient::stateChanged, this, &ConnectionSession::applyClientState);
    connect(m_client, &QmpClient::connected, this, &ConnectionSession::onConnected);
    connect(m_client, &QmpClient::greetingReceived, this, [this](const QmpGreeting &greeting) {
        setVersion(greeting.versionString());
    });
    connect(m_client, &QmpClient::eventReceived, this, &ConnectionSession::onEvent);
    connect(m_client, &QmpClient::errorOccurred, this, [this](const QmpError &error) {
        setLastError(error.message());
    });
    connect(m_client, &QmpClient::reconnectScheduled, this, [this](int delayMs) {
        m_reconnectDelayMs = delayMs;
        if (m_client->state() == QmpClient::State::Idle)
            setState(State::WaitingToReconnect);
    });
}

ConnectionSession::~ConnectionSession()
{
    // Quietly: nobody listens to a session that is going away.
    m_client->disconnect(this);
    m_client->disconnectFromServer();
}

void ConnectionSession::setProfile(const ConnectionProfile &profile)
{
    const QString oldName = name();
    const bool changed = m_profile != profile;
    m_profile = profile;
    if (name() != oldName)
        Q_EMIT nameChanged(name());
    if (changed)
        Q_EMIT profileChanged();
}

QString ConnectionSession::name() const
{
    return m_profile.name.isEmpty() ? m_profile.address : m_profile.name;
}

QString ConnectionSession::historyKey() const
{
    if (!m_historyKey.isEmpty())
        return m_historyKey;
    return isSavedProfile() ? m_profile.id : u"address:"_s + m_profile.address;
}

void ConnectionSession::setNote(const QString &note)
{
    if (m_note == note)
        return;
    m_note = note;
    Q_EMIT noteChanged(note);
}

void ConnectionSession::open()
{
    if (m_client->state() != QmpClient::State::Idle)
        return;
    setLastError({});
    QString why;
    const QmpAddress address = m_profile.parsedAddress(&why);
    if (!address.isValid()) {
        setLastError(tr("invalid address '%1': %2").arg(m_profile.address, why));
        setState(State::Disconnected);
        return;
    }
    m_client->setMode(m_profile.mode);
    m_client->setTlsOptions(m_profile.tls);
    m_client->setAutoReconnect(m_profile.reconnect);
    if (m_profile.serverMode) {
        if (!m_client->listen(address))
            setLastError(m_client->lastError().message());
    } else {
        m_client->connectToServer(address);
    }
}

void ConnectionSession::close()
{
    m_client->disconnectFromServer();
    setState(State::Disconnected);
}

void ConnectionSession::reopen()
{
    m_client->disconnectFromServer();
    open();
}

QString ConnectionSession::stateName(State state)
{
    switch (state) {
    case State::Disconnected: return tr("disconnected");
    case State::Connecting: return tr("connecting");
    case State::Connected: return tr("connected");
    case State::WaitingToReconnect: return tr("waiting to reconnect");
    case State::Disconnecting: return tr("disconnecting");
    }
    return {};
}

void ConnectionSession::applyClientState(QmpClient::State state)
{
    switch (state) {
    case QmpClient::State::Idle: setState(State::Disconnected); break;
    case QmpClient::State::Connecting: setState(State::Connecting); break;
    case QmpClient::State::Running: setState(State::Connected); break;
    case QmpClient::State::Disconnecting: setState(State::Disconnecting); break;
    }
}

void ConnectionSession::setState(State state)
{
    if (state != State::Connected)
        setRunState({});
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConnectionSession::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(error);
}

void ConnectionSession::setRunState(const QString &runState)
{
    if (m_runState == runState)
        return;
    m_runState = runState;
    Q_EMIT runStateChanged(runState);
}

void ConnectionSession::setVersion(const QString &version)
{
    if (m_version == version)
        return;
    m_version = version;
    Q_EMIT qemuVersionChanged(version);
}

void ConnectionSession::onConnected()
{
    setLastError({});
    if (m_client->mode() == QmpClient::Mode::GuestAgent) {
        queryGuestInfo();
        return;
    }
    refreshRunState();
    queryCommands();
}

void ConnectionSession::onEvent(const QmpEvent &event)
{
    const QString name = event.name();
    if (!changesRunState(name))
        return;
    if (const QString guess = runStateAfter(name); !guess.isEmpty())
        setRunState(guess);
    refreshRunState();
}

void ConnectionSession::refreshRunState()
{
    QmpReply *reply = m_client->execute(u"query-status"_s);
    connect(reply, &QmpReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QmpValue status = reply->result().value(u"status");
        if (reply->isSuccess() && status.isString() && m_state == State::Connected)
            setRunState(status.stringRef());
    });
}

void ConnectionSession::queryCommands()
{
    QmpReply *reply = m_client->execute(u"query-commands"_s);
    connect(reply, &QmpReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isSuccess())
            return;
        QStringList names;
        for (const QmpValue &command : reply->result().elements()) {
            const QmpValue name = command.value(u"name");
            if (name.isString())
                names.append(name.stringRef());
        }
        names.sort();
        m_commandNames = names;
        Q_EMIT commandNamesChanged(names);
    });
}

void ConnectionSession::queryGuestInfo()
{
    QmpReply *reply = m_client->execute(u"guest-info"_s);
    connect(reply, &QmpReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isSuccess())
            return;
        const QmpValue info = reply->result();
        const QmpValue version = info.value(u"version");
        if (version.isString())
            setVersion(tr("guest agent %1").arg(version.stringRef()));
        QStringList names;
        for (const QmpValue &command : info.value(u"supported_commands").elements()) {
            const QmpValue name = command.value(u"name");
            if (name.isString() && command.value(u"enabled").toBool(true))
                names.append(name.stringRef());
        }
        names.sort();
        m_commandNames = names;
        Q_EMIT commandNamesChanged(names);
    });
}
