// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QtWidgets/QWidget>

#include <functional>

class ConnectionListModel;
class ConnectionSession;
class ProfileStore;
class QAction;
class QLabel;
class QListWidget;
class QTreeView;

// The connections dock: saved profiles above, live connections below, the current connection's
// details at the bottom. It carries out the connection actions (connect, disconnect, reconnect,
// new/edit/duplicate/delete profile) on what is selected; the current live connection is the one
// commands go to.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    // The actions it drives; any may be null. The panel connects, enables and disables them.
    struct Actions
    {
        QAction *connect = nullptr;
        QAction *disconnect = nullptr;
        QAction *reconnect = nullptr;
        QAction *connectTo = nullptr;
        QAction *newProfile = nullptr;
        QAction *editProfile = nullptr;
        QAction *duplicateProfile = nullptr;
        QAction *deleteProfile = nullptr;
    };

    // model and store are not owned and must outlive the panel.
    ConnectionsPanel(ConnectionListModel *model, ProfileStore *store, QWidget *parent = nullptr);
    ~ConnectionsPanel() override;

    void setActions(const Actions &actions);
    // Asked first whenever the person reconnects a listed session (Reconnect, Connect, double-click);
    // returning true means it took care of it. A session whose server the app itself runs needs this.
    void setReopener(std::function<bool(ConnectionSession *)> reopener) { m_reopener = std::move(reopener); }

    // Opens a connection for profile: the live one of a saved profile is reused, else a new
    // session joins the model. It becomes the current connection.
    ConnectionSession *openConnection(const ConnectionProfile &profile);
    // Lists session (the model takes it) unless listed, opens it unless live, makes it current.
    void openConnection(ConnectionSession *session);
    // Connects every saved profile marked auto-connect.
    void connectAutoProfiles();

    ConnectionSession *currentSession() const { return m_current; }
    void setCurrentSession(ConnectionSession *session);
    QString selectedProfileId() const;
    void selectProfile(const QString &id);

    QListWidget *profileList() const { return m_profiles; }
    QTreeView *connectionView() const { return m_connections; }
    QLabel *detailsLabel() const { return m_details; }

public Q_SLOTS:
    void connectSelected();
    void disconnectCurrent();
    void reconnectCurrent();
    void connectToAddress();
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();

Q_SIGNALS:
    void currentSessionChanged(ConnectionSession *session);
    // A connection to an address without a saved profile was opened (for the recent list).
    void addressOpened(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadProfiles();
    void markLiveProfiles();
    void updateActions();
    void updateDetails();
    void retranslate();
    void reopen(ConnectionSession *session);
    ConnectionProfile profileInScope() const; // the selected profile, else that of the current connection

    ConnectionListModel *m_model;
    ProfileStore *m_store;
    Actions m_actions;
    std::function<bool(ConnectionSession *)> m_reopener;
    QLabel *m_profilesTitle;
    QListWidget *m_profiles;
    QLabel *m_connectionsTitle;
    QTreeView *m_connections;
    QLabel *m_details;
    ConnectionSession *m_current = nullptr;
    bool m_profileSideActive = false; // the last selection made was a profile, not a live connection
};
