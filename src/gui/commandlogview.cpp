// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlogview.h"

#include "commandlogmodel.h"
#include "syntaxpalette.h"

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
}

void CommandLogView::setLogModel(CommandLogModel *model)
{
    m_model = model;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(CommandLogModel::CommandColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    setColumnWidth(CommandLogModel::TimeColumn, fm.horizontalAdvance(u"00:00:00.000"_s) + 16);
    setColumnWidth(CommandLogModel::ConnectionColumn, fm.horizontalAdvance(u"connection name"_s));
    setColumnWidth(CommandLogModel::RoundTripColumn, fm.horizontalAdvance(u"1000.000 ms"_s) + 16);
    setColumnWidth(CommandLogModel::StatusColumn, fm.horizontalAdvance(u"CommandNotFound"_s) + 16);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
}

void CommandLogView::selectNewest()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    setCurrentIndex(last);
    scrollTo(last);
}
