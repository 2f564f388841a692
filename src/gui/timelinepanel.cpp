// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinepanel.h"

#include "eventlinkdirectory.h"
#include "eventlogsaver.h"
#include "eventlogwriter.h"
#include "eventnamecountmodel.h"
#include "eventtimelinemodel.h"
#include "jsontreeview.h"
#include "qmpclient.h"
#include "qmpeventschema.h"
#include "qmpschemadescriber.h"
#include "syntaxpalette.h"
#include "timelinefilterbar.h"
#include "timelinefilterdebouncer.h"
#include "timelinefilterproxy.h"
#include "transcriptrecorder.h"

#include <QtCore/QEvent>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QAction>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString MaxEventsKey = u"timeline/maxEvents"_s;

// The spin box shows "100,000 events": the suffix takes the plural form of the number it follows.
QString keptEventsSuffix(int count)
{
    return TimelinePanel::tr(" events", "suffix of the number of events kept", count);
}

// The name list holds every event this QEMU can send, most never seen: those are dimmed so that
// the few that came stand out, and a click on a header sorts (by count: the busiest first or last).
class EventNameSortProxy : public QSortFilterProxyModel
{
public:
    EventNameSortProxy(QWidget *view, QObject *parent) : QSortFilterProxyModel(parent), m_view(view) {}

    void setSourceModel(QAbstractItemModel *source) override
    {
        QSortFilterProxyModel::setSourceModel(source);
        // The source tells only the count column changed; the name's colour follows the count.
        connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &bottomRight) {
            if (bottomRight.column() == EventNameCountModel::CountColumn && rowCount() > 0)
                Q_EMIT dataChanged(index(0, EventNameCountModel::NameColumn),
                                   index(rowCount() - 1, EventNameCountModel::NameColumn), {Qt::ForegroundRole});
        });
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.isValid()
            && index.data(EventNameCountModel::CountRole).toLongLong() == 0)
            return m_view->palette().brush(QPalette::PlaceholderText);
        return QSortFilterProxyModel::data(index, role);
    }

private:
    QWidget *m_view;
};
} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTimelineModel(this))
    , m_proxy(new TimelineFilterProxy(this))
    , m_names(new EventNameCountModel(this))
    , m_debouncer(new TimelineFilterDebouncer(this))
    , m_transcript(new TranscriptRecorder(this))
    , m_banner(new QLabel(this))
    , m_filterBar(new TimelineFilterBar(this))
    , m_maxEvents(new QSpinBox(this))
    , m_maxEventsLabel(new QLabel(this))
    , m_nameView(new QTreeView(this))
    , m_table(new QTableView(this))
    , m_detail(new JsonTreeView(this))
    , m_followAction(new QAction(this))
    , m_clearAction(new QAction(this))
    , m_causeAction(new QAction(this))
    , m_links(new EventLinkDirectory(this))
{
    m_proxy->setSourceModel(m_model);
    m_names->setTimeline(m_model);

    // --- widgets ---
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(u"timelineErrorBanner"_s);

    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIcon(QIcon(u":/icons/follow-tail.svg"_s));
    auto *followButton = new QToolButton(this);
    followButton->setDefaultAction(m_followAction);
    followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearAction->setIcon(QIcon::fromTheme(u"edit-clear-all"_s, QIcon(u":/icons/clear.svg"_s)));
    auto *clearButton = new QToolButton(this);
    clearButton->setDefaultAction(m_clearAction);

    m_maxEvents->setRange(1000, 100000000);
    m_maxEvents->setSingleStep(100000);
    m_maxEvents->setGroupSeparatorShown(true);
    m_maxEvents->setAccelerated(true);
    m_maxEventsLabel->setBuddy(m_maxEvents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterBar, 1);
    bar->addWidget(m_maxEventsLabel);
    bar->addWidget(m_maxEvents);
    bar->addWidget(followButton);
    bar->addWidget(clearButton);

    auto *namesSorted = new EventNameSortProxy(m_nameView, this);
    namesSorted->setSourceModel(m_names);
    m_nameView->setModel(namesSorted);
    m_nameView->sortByColumn(EventNameCountModel::NameColumn, Qt::AscendingOrder);
    m_nameView->setSortingEnabled(true);
    m_nameView->setRootIsDecorated(false);
    m_nameView->setUniformRowHeights(true);
    m_nameView->setAlternatingRowColors(true);
    m_nameView->header()->setStretchLastSection(false);
    m_nameView->header()->setSectionResizeMode(EventNameCountModel::NameColumn, QHeaderView::Stretch);
    m_nameView->header()->setSectionResizeMode(EventNameCountModel::CountColumn, QHeaderView::ResizeToContents);
    auto *allButton = new QToolButton(this);
    auto *noneButton = new QToolButton(this);
    allButton->setObjectName(u"timelineNamesAll"_s);
    noneButton->setObjectName(u"timelineNamesNone"_s);
    auto *namesBox = new QWidget(this);
    auto *namesLayout = new QVBoxLayout(namesBox);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    namesLayout->addWidget(m_nameView, 1);
    auto *namesButtons = new QHBoxLayout;
    namesButtons->addWidget(allButton);
    namesButtons->addWidget(noneButton);
    namesButtons->addStretch(1);
    namesLayout->addLayout(namesButtons);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(false); // arrival order is the point of a timeline
    m_causeAction->setObjectName(u"timelineShowCause"_s);
    m_table->addAction(m_causeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // A million rows: every row the same height, never measured one by one.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(u"00:00:00.000000"_s) + 24;
    columns->resizeSection(EventTimelineModel::QemuTimeColumn, timeWidth);
    columns->resizeSection(EventTimelineModel::ReceivedTimeColumn, timeWidth);
    columns->resizeSection(EventTimelineModel::ConnectionColumn, m_table->fontMetrics().horizontalAdvance(u"/run/vm/connection"_s));
    // Connection names are mostly paths: their end tells them apart.
    m_table->setTextElideMode(Qt::ElideMiddle);
    columns->resizeSection(EventTimelineModel::NameColumn, m_table->fontMetrics().horizontalAdvance(u"DEVICE_TRAY_MOVED__"_s) + 16);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"timelineSplitter"_s);
    splitter->addWidget(namesBox);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    // Room for a common name beside its check box, count and sort arrow, so the list is not all "…".
    const int namesWidth = m_nameView->fontMetrics().horizontalAdvance(u"BLOCK_JOB_COMPLETED"_s)
        + m_nameView->fontMetrics().horizontalAdvance(u"00000"_s) + 90;
    splitter->setSizes({namesWidth, 800, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    retranslate();

    // --- behaviour ---
    QSettings settings;
    setMaxEvents(settings.value(MaxEventsKey, qlonglong(EventTimelineModel::DefaultMaxEvents)).toLongLong());
    connect(m_maxEvents, &QSpinBox::editingFinished, this, [this] {
        setMaxEvents(m_maxEvents->value());
        QSettings().setValue(MaxEventsKey, m_maxEvents->value());
    });

    connect(m_filterBar, &TimelineFilterBar::changed, m_debouncer, &TimelineFilterDebouncer::poke);
    connect(m_filterBar, &TimelineFilterBar::returnPressed, m_debouncer, &TimelineFilterDebouncer::fireNow);
    connect(m_names, &EventNameCountModel::hiddenNamesChanged, m_debouncer, &TimelineFilterDebouncer::poke);
    connect(m_debouncer, &TimelineFilterDebouncer::triggered, this, &TimelinePanel::applyFilter);
    connect(allButton, &QToolButton::clicked, this, [this] { m_names->setAllChecked(true); });
    connect(noneButton, &QToolButton::clicked, this, [this] { m_names->setAllChecked(false); });
    connect(m_proxy, &TimelineFilterProxy::countsChanged, this, &TimelinePanel::updateCount);
    connect(m_proxy, &TimelineFilterProxy::filterErrorChanged, m_filterBar, &TimelineFilterBar::setTextError);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::scrollToTailIfFollowing);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TimelinePanel::scrollToTailIfFollowing);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelinePanel::onScrolled);
    connect(m_followAction, &QAction::toggled, this, &TimelinePanel::setFollowTail);
    connect(m_clearAction, &QAction::triggered, this, &TimelinePanel::clear);
    connect(m_causeAction, &QAction::triggered, this, &TimelinePanel::requestCause);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePanel::showCurrentEvent);
    connect(m_model, &EventTimelineModel::eventsDropped, this, &TimelinePanel::updateCount);
    updateCount();
}

TimelinePanel::~TimelinePanel()
{
    const QList<QmpClient *> clients = m_clients.keys();
    for (QmpClient *c : clients)
        removeClient(c);
}

void TimelinePanel::retranslate()
{
    m_followAction->setText(tr("Follow"));
    m_followAction->setToolTip(tr("Keep the newest event in view (pauses when you scroll up)"));
    m_causeAction->setText(tr("Show &Causing Command"));
    m_causeAction->setToolTip(tr("Select in the command log the command that caused this event"));
    m_clearAction->setText(tr("Clear"));
    m_clearAction->setToolTip(tr("Remove every event from the timeline"));
    m_maxEventsLabel->setText(tr("&Keep:"));
    m_maxEvents->setSuffix(keptEventsSuffix(m_maxEvents->value()));
    m_maxEvents->setToolTip(tr("At most this many events are kept; the oldest go first"));
    m_nameView->setToolTip(tr("Untick an event name to hide those events"));
    m_table->setAccessibleName(tr("Event timeline"));
    m_nameView->setAccessibleName(tr("Event names"));
    m_detail->setAccessibleName(tr("Selected event"));
    if (auto *all = findChild<QToolButton *>(u"timelineNamesAll"_s))
        all->setText(tr("All"));
    if (auto *none = findChild<QToolButton *>(u"timelineNamesNone"_s))
        none->setText(tr("None"));
    updateCount();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::addClient(QmpClient *client, const QString &connectionName)
{
    if (!client)
        return;
    removeClient(client);
    const quint16 id = m_model->connectionId(connectionName);
    // The model batches: a flood reaches the view as one insertion per batch interval.
    QList<QMetaObject::Connection> connections = {
        connect(client, &QmpClient::eventReceived, this, [this, id](const QmpEvent &event) {
            m_model->appendEvent(event, id);
            if (m_eventLog)
                m_eventLog->append(event.raw());
        }),
        connect(client, &QObject::destroyed, this, [this, client] { m_clients.remove(client); }),
    };
    m_clients.insert(client, connections);
    m_transcript->addClient(client, connectionName);
    m_links->addClient(client, connectionName);
    updateCount();
}

void TimelinePanel::setEventSchema(const QmpSchema &schema)
{
    if (schema.isEmpty())
        return;
    const QmpEventSchema events(schema);
    const QmpSchemaDescriber describer(schema);
    QHash<QString, QString> descriptions;
    for (const QString &name : events.eventNames())
        descriptions.insert(name, describer.describeEvent(name));
    m_names->setKnownNames(events.eventNames());
    m_names->setDescriptions(descriptions);
    // The text filter searches names as well as data: it completes both.
    m_filterBar->setFieldNames(events.allFieldPaths() + events.eventNames());
}

void TimelinePanel::removeClient(QmpClient *client)
{
    const QList<QMetaObject::Connection> connections = m_clients.take(client);
    for (const QMetaObject::Connection &c : connections)
        disconnect(c);
    m_transcript->removeClient(client);
    m_links->removeClient(client);
}

int TimelinePanel::showEventsCausedBy(const QString &connectionName, const QmpValue &request)
{
    const QList<EventLinkDirectory::EventRef> caused = m_links->eventsCausedBy(connectionName, request);
    if (caused.isEmpty()) {
        Q_EMIT statusMessage(tr("No event is known to have come from this command"), 5000);
        return 0;
    }
    QStringList names;
    for (const EventLinkDirectory::EventRef &ref : caused)
        names << ref.name;
    const QString list = names.join(u", "_s);
    const int hidden = selectEvents(connectionName, caused);
    const QString text = hidden > 0 ? tr("Caused by this command: %1 (%n hidden by the filter)", nullptr, hidden).arg(list)
                                    : tr("Caused by this command: %1").arg(list);
    Q_EMIT statusMessage(text, 0);
    return int(caused.size());
}

int TimelinePanel::showEvents(QmpClient *client, const QList<QmpEvent> &events)
{
    const QString connectionName = m_links->connectionNameOf(client);
    QList<EventLinkDirectory::EventRef> refs;
    for (const QmpEvent &e : events)
        refs.append({e.receivedUsecs(), e.name()});
    if (refs.isEmpty() || connectionName.isEmpty())
        return 0;
    const int hidden = selectEvents(connectionName, refs);
    if (hidden > 0)
        Q_EMIT statusMessage(tr("%n of these events hidden by the filter", nullptr, hidden), 5000);
    return int(refs.size()) - hidden;
}

int TimelinePanel::selectEvents(const QString &connectionName, const QList<EventLinkDirectory::EventRef> &events)
{
    m_model->flush(); // an event that came a moment ago may still wait for its batch
    // Arrival order: the events are near the end, found walking back from it.
    QModelIndex first;
    int hidden = 0;
    for (const EventLinkDirectory::EventRef &ref : events) {
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            const QModelIndex at = m_model->index(row, EventTimelineModel::NameColumn);
            const qint64 received = at.data(EventTimelineModel::ReceivedTimeRole).toLongLong();
            if (received < ref.receivedUsecs)
                break;
            if (received != ref.receivedUsecs || at.data(EventTimelineModel::NameRole).toString() != ref.name
                || at.data(EventTimelineModel::ConnectionNameRole).toString() != connectionName)
                continue;
            const QModelIndex shown = m_proxy->mapFromSource(at);
            if (!shown.isValid())
                ++hidden;
            else if (!first.isValid())
                first = shown;
            break;
        }
    }
    if (first.isValid()) {
        setFollowTail(false); // the event stays where the person can see it
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first, QAbstractItemView::PositionAtCenter);
    }
    return hidden;
}

void TimelinePanel::requestCause()
{
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    if (!source.isValid())
        return;
    const QString connection = source.data(EventTimelineModel::ConnectionNameRole).toString();
    const QList<QmpValue> causes = m_links->causesOf(connection, source.data(EventTimelineModel::ReceivedTimeRole).toLongLong(),
                                                     source.data(EventTimelineModel::NameRole).toString());
    if (causes.isEmpty()) {
        Q_EMIT statusMessage(tr("No command sent from this app is known to have caused this event"), 5000);
        return;
    }
    // The most recent cause is the one the event answers.
    Q_EMIT causingCommandRequested(connection, causes.constLast());
}

bool TimelinePanel::startEventLog(const QString &fileName, QString *error)
{
    if (!m_eventLog) {
        m_eventLog = new EventLogWriter(this);
        connect(m_eventLog, &EventLogWriter::errorOccurred, this, [this](const QString &message) {
            showBanner(message);
            emit statusMessage(message, 0);
            emit eventLogError(message);
        });
        connect(m_eventLog, &EventLogWriter::recovered, this, [this] {
            showBanner({});
            emit statusMessage(tr("Writing the event log %1 again").arg(m_eventLog->fileName()), 5000);
        });
    }
    const bool ok = m_eventLog->open(fileName);
    if (!ok && error)
        *error = m_eventLog->errorString();
    if (ok)
        emit statusMessage(tr("Logging events to %1").arg(fileName), 5000);
    return ok;
}

bool TimelinePanel::saveEvents(const QString &fileName, bool shownOnly, QString *error)
{
    return shownOnly ? EventLogSaver::saveShownEvents(fileName, m_proxy, error)
                     : EventLogSaver::saveEvents(fileName, m_model, error);
}

bool TimelinePanel::saveTranscript(const QString &fileName, QString *error)
{
    return m_transcript->save(fileName, error);
}

EventLogReader::Result TimelinePanel::openLog(const QString &fileName)
{
    const EventLogReader::Result result = EventLogReader::read(fileName, m_model);
    emit statusMessage(result.ok ? tr("%1: %2").arg(result.connectionName, result.summary()) : result.summary(), 0);
    return result;
}

bool TimelinePanel::followsTail() const
{
    return m_followAction->isChecked();
}

void TimelinePanel::setFollowTail(bool on)
{
    if (m_followAction->isChecked() != on)
        m_followAction->setChecked(on); // comes back here through toggled()
    else if (on)
        scrollToTailIfFollowing();
}

void TimelinePanel::setMaxEvents(qsizetype max)
{
    max = std::clamp<qsizetype>(max, m_maxEvents->minimum(), m_maxEvents->maximum());
    const QSignalBlocker block(m_maxEvents);
    m_maxEvents->setValue(int(max));
    m_maxEvents->setSuffix(keptEventsSuffix(int(max)));
    m_model->setMaxEvents(max);
}

void TimelinePanel::applyFilterNow()
{
    m_debouncer->fireNow();
}

void TimelinePanel::clear()
{
    m_model->clear();
    m_detail->setValue({});
}

void TimelinePanel::applyFilter()
{
    TimelineFilter filter = m_filterBar->filter();
    filter.hiddenNames = m_names->hiddenNames();
    // The reset moves the scroll bar; that is not the person scrolling.
    m_scrolling = true;
    m_proxy->setFilter(filter);
    m_scrolling = false;
    m_filterBar->setTextError(m_proxy->filterError());
    if (!m_proxy->filterError().isEmpty())
        emit statusMessage(m_proxy->filterError(), 5000);
    scrollToTailIfFollowing();
    updateCount();
}

void TimelinePanel::updateCount()
{
    if (m_model->store().connectionCount() != m_knownConnections) {
        m_knownConnections = m_model->store().connectionCount();
        m_filterBar->setConnectionNames(m_model->connectionNames());
    }
    QString text = m_proxy->countText();
    if (m_model->droppedCount() > 0) {
        //: %1 is the count of shown events, as in "5 of 20 events"
        text = tr("%1 (%n older dropped)", nullptr, int(m_model->droppedCount())).arg(text);
    }
    m_filterBar->setCountText(text);
    m_filterBar->countLabel()->setToolTip(tr("The last re-filter took %1 ms").arg(double(m_proxy->lastRefilterUsecs()) / 1000.0, 0, 'f', 1));
}

void TimelinePanel::showCurrentEvent()
{
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        m_detail->setValue({});
        return;
    }
    m_detail->setValue(m_model->event(source.row()).message());
    // Looking at an older event: stop the newest from pushing it away.
    if (!m_scrolling && followsTail() && current.row() < m_proxy->rowCount() - 1)
        setFollowTail(false);
}

void TimelinePanel::scrollToTailIfFollowing()
{
    if (!followsTail())
        return;
    m_scrolling = true;
    m_table->scrollToBottom();
    m_scrolling = false;
}

void TimelinePanel::onScrolled(int value)
{
    if (m_scrolling)
        return;
    const bool atBottom = value >= m_table->verticalScrollBar()->maximum();
    if (followsTail() && !atBottom) {
        setFollowTail(false);
        emit statusMessage(tr("Following paused; scroll to the bottom or press Follow to resume"), 5000);
    } else if (!followsTail() && atBottom && value > 0) {
        setFollowTail(true);
    }
}

void TimelinePanel::showBanner(const QString &text)
{
    if (text.isEmpty()) {
        m_banner->setVisible(false);
        return;
    }
    const SyntaxPalette colours(palette());
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, colours.invalidBackground());
    p.setColor(QPalette::WindowText, colours.error());
    m_banner->setPalette(p);
    m_banner->setAutoFillBackground(true);
    m_banner->setText(text);
    m_banner->setVisible(true);
}
