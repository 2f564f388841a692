// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "eventlinkdirectory.h"
#include "eventlogreader.h"
#include "qmpevent.h"
#include "qmpvalue.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

class EventLogWriter;
class EventNameCountModel;
class EventTimelineModel;
class JsonTreeView;
class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QTreeView;
class QmpClient;
class QmpSchema;
class TimelineFilterBar;
class TimelineFilterDebouncer;
class TimelineFilterProxy;
class TranscriptRecorder;

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
    // What the current connection's QEMU can send: the name list offers every event at once
    // (count 0) and the text filter completes their data fields. An empty schema (still
    // loading, a guest agent) keeps what the last one said.
    void setEventSchema(const QmpSchema &schema);

    // --- links between commands and events ---
    // Selects the first event the command (request: the message as sent) caused on that
    // connection and says in the status line which ones it caused; the number found.
    int showEventsCausedBy(const QString &connectionName, const QmpValue &request);
    // Selects the first of these events of client (an unplug's, say); the number shown.
    int showEvents(QmpClient *client, const QList<QmpEvent> &events);
    QAction *showCauseAction() const { return m_causeAction; }

    // --- event logs ---
    // `--event-log FILE`: every event of every connection from now on, appended to fileName.
    bool startEventLog(const QString &fileName, QString *error = nullptr);
    EventLogWriter *eventLog() const { return m_eventLog; }
    bool saveEvents(const QString &fileName, bool shownOnly, QString *error = nullptr);
    bool saveTranscript(const QString &fileName, QString *error = nullptr);
    // Opens an event log or transcript as a connection of its own named after the file.
    EventLogReader::Result openLog(const QString &fileName);

    // --- view ---
    bool followsTail() const;
    QAction *followTailAction() const { return m_followAction; }
    QAction *clearAction() const { return m_clearAction; }
    void setMaxEvents(qsizetype max);
    void applyFilterNow();

    EventTimelineModel *model() const { return m_model; }
    TimelineFilterProxy *proxy() const { return m_proxy; }
    EventNameCountModel *nameModel() const { return m_names; }
    TranscriptRecorder *transcript() const { return m_transcript; }
    TimelineFilterBar *filterBar() const { return m_filterBar; }
    QTableView *tableView() const { return m_table; }
    QTreeView *nameView() const { return m_nameView; }
    JsonTreeView *detailView() const { return m_detail; }
    QSpinBox *maxEventsBox() const { return m_maxEvents; }
    QLabel *errorBanner() const { return m_banner; }

public Q_SLOTS:
    void setFollowTail(bool on);
    void clear();

Q_SIGNALS:
    // Something worth a line in the status bar (timeoutMs 0: until replaced).
    void statusMessage(const QString &text, int timeoutMs);
    // "Show Causing Command" on an event: the message, as sent, of the command that caused it.
    void causingCommandRequested(const QString &connectionName, const QmpValue &request);
    void eventLogError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateCount();
    void showCurrentEvent();
    void scrollToTailIfFollowing();
    void onScrolled(int value);
    void showBanner(const QString &text);
    void requestCause();
    // Selects the first of events that the filter lets through; how many it hides.
    int selectEvents(const QString &connectionName, const QList<EventLinkDirectory::EventRef> &events);

    EventTimelineModel *m_model;
    TimelineFilterProxy *m_proxy;
    EventNameCountModel *m_names;
    TimelineFilterDebouncer *m_debouncer;
    TranscriptRecorder *m_transcript;
    EventLogWriter *m_eventLog = nullptr;

    QLabel *m_banner;
    TimelineFilterBar *m_filterBar;
    QSpinBox *m_maxEvents;
    QLabel *m_maxEventsLabel;
    QTreeView *m_nameView;
    QTableView *m_table;
    JsonTreeView *m_detail;
    QAction *m_followAction;
    QAction *m_clearAction;
    QAction *m_causeAction;
    EventLinkDirectory *m_links;
    bool m_scrolling = false; // the view is being moved by us, not by the person
    qsizetype m_knownConnections = 0;
    QHash<QmpClient *, QList<QMetaObject::Connection>> m_clients;
};
