// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionprofile.h"
#include "qmpclient.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QTimer;

// One live connection as the console shows it: a QmpClient opened from a profile, with what a
// person wants to know about the other end kept current: state, QEMU version, the VM's run state
// (query-status, then the run-state events) and the command names (query-commands, or guest-info
// for a guest agent). The profile may be an unsaved one (an address typed at start-up).
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect, Disconnecting };
    Q_ENUM(State)

    explicit ConnectionSession(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~ConnectionSession() override;

    QmpClient *client() const { return m_client; }
    ConnectionProfile profile() const { return m_profile; }
    // Takes effect at the next open(); the name shows at once.
    void setProfile(const ConnectionProfile &profile);
    bool isSavedProfile() const { return !m_profile.id.isEmpty(); }
    QString name() const;
    QString address() const { return m_profile.address; }
    // Non-empty while the profile is plain TCP to a host other than loopback.
    QString securityWarning() const { return m_profile.securityWarning(); }
    // Key of the command history: the profile id, or "address:<address>" for an unsaved profile,
    // unless set (the sandbox VM's socket moves on every start, its history should not).
    QString historyKey() const;
    void setHistoryKey(const QString &key) { m_historyKey = key; }

    // Extra lines for the connection's details, e.g. where outside tools can reach the VM.
    void setNote(const QString &note);
    QString note() const { return m_note; }

    // Connects (or listens, in server mode) with the profile's mode, TLS and reconnect policy.
    // Failures arrive as lastError() with state Disconnected (or WaitingToReconnect).
    void open();
    void close();
    void reopen(); // close, then open again at once

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    static QString stateName(State state); // translated, for views
    QString qemuVersion() const { return m_version; } // "7.2.0 (Debian …)"; guest agent: its version
    QString runState() const { return m_runState; }   // "running", "paused", "prelaunch", …; empty when unknown
    QStringList commandNames() const { return m_commandNames; }
    QString lastError() const { return m_lastError; }
    int reconnectDelayMs() const { return m_reconnectDelayMs; }

Q_SIGNALS:
    void stateChanged(ConnectionSession::State state);
    void qemuVersionChanged(const QString &version);
    void runStateChanged(const QString &runState);
    void commandNamesChanged(const QStringList &names);
    void lastErrorChanged(const QString &error);
    void nameChanged(const QString &name);
    void profileChanged();
    void noteChanged(const QString &note);

private:
    void applyClientState(QmpClient::State state);
    void setState(State state);
    void setLastError(const QString &error);
    void setRunState(const QString &runState);
    void setVersion(const QString &version);
    void onConnected();
    void onEvent(const QmpEvent &event);
    void refreshRunState();
    void queryCommands();
    void queryGuestInfo();

    ConnectionProfile m_profile;
    QmpClient *m_client;
    State m_state = State::Disconnected;
    QString m_version;
    QString m_runState;
    QStringList m_commandNames;
    QString m_lastError;
    QString m_note;
    QString m_historyKey;
    int m_reconnectDelayMs = 0;
};
