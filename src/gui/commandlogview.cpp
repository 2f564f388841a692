// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlogview.h"

#include "commandlogmodel.h"
#include "eventlinker.h"
#include "syntaxpalette.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace {

// Colours whole error rows from the palette, so they stay readable on dark themes.
class StatusColourDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CommandLogModel::IsErrorRole).toBool()) {
            const QColor error = SyntaxPalette(option->palette).error();
            option->palette.setColor(QPalette::Text, error);
        }
    }
};

} // namespace

CommandLogView::CommandLogView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"commandLog"_s);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new StatusColourDelegate(this));
    setAccessibleName(tr("Commands and replies"));
    auto *copy = new QAction(tr("&Copy Reply"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CommandLogView::copyReply);
    addAction(copy);
    m_showEvents = new QAction(this);
    m_showEvents->setObjectName(u"commandLogShowEvents"_s);
    retranslateShowEvents();
    connect(m_showEvents, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid())
            Q_EMIT linkedEventsRequested(current.data(CommandLogModel::ConnectionNameRole).toString(),
                                         current.data(CommandLogModel::RequestRole).value<QmpValue>());
    });
    addAction(m_showEvents);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void CommandLogView::keyPressEvent(QKeyEvent *event)
{
    // The view's own Copy would take the cell's text; the reply is what people want.
    if (event->matches(QKeySequence::Copy)) {
        copyReply();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void CommandLogView::copyReply()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QmpValue reply = current.data(CommandLogModel::ResponseRole).value<QmpValue>();
    const QmpValue message = reply.isUndefined() ? current.data(CommandLogModel::RequestRole).value<QmpValue>() : reply;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(message.toJson(QmpValue::Format::Indented)));
}

void CommandLogView::retranslateShowEvents()
{
    m_showEvents->setText(tr("Show Linked &Events"));
    m_showEvents->setToolTip(tr("Select in the event timeline the events this command caused"));
}

bool CommandLogView::selectRequest(const QString &connectionName, const QmpValue &request)
{
    if (!m_model)
        return false;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex at = m_model->index(row, 0);
        if (at.data(CommandLogModel::ConnectionNameRole).toString() != connectionName)
            continue;
        if (EventLinker::isSameRequest(at.data(CommandLogModel::RequestRole).value<QmpValue>(), request)) {
            setCurrentIndex(at);
            scrollTo(at);
            return true;
        }
    }
    return false;
}

void CommandLogView::setLogModel(CommandLogModel *model)
{
    m_model = model;
    setModel(model);
    // What was sent and how it went first; when the view is narrow, time and connection clip.
    header()->moveSection(header()->visualIndex(CommandLogModel::CommandColumn), 0);
    header()->moveSection(header()->visualIndex(CommandLogModel::StatusColumn), 1);
    header()->moveSection(header()->visualIndex(CommandLogModel::RoundTripColumn), 2);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(font());
    setColumnWidth(CommandLogModel::CommandColumn, fm.horizontalAdvance(u"query-commands"_s) + 12);
    // Narrow enough for all five columns to fit beside the reply tree; long values have tooltips.
    setColumnWidth(CommandLogModel::TimeColumn, fm.horizontalAdvance(u"00:00:00.000"_s) + 12);
    setColumnWidth(CommandLogModel::ConnectionColumn, fm.horizontalAdvance(u"Sandbox VM"_s) + 12);
    setColumnWidth(CommandLogModel::RoundTripColumn, fm.horizontalAdvance(u"100.000 ms"_s) + 12);
    setColumnWidth(CommandLogModel::StatusColumn, fm.horizontalAdvance(u"CommandNotFound"_s) + 12);
    header()->setMinimumSectionSize(fm.horizontalAdvance(u"Command"_s) + 12);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
}

void CommandLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CommandLogModel::ColumnCount - 1);
    if (event->type() == QEvent::LanguageChange)
        retranslateShowEvents();
    QTreeView::changeEvent(event);
}

void CommandLogView::selectNewest()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    // The command column comes first on screen; scrolling to another would shift the view sideways.
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, CommandLogModel::CommandColumn);
    setCurrentIndex(last);
    scrollTo(last);
}
