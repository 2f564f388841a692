// SPDX-License-Identifier: GPL-2.0-or-later
#include "historysearchpopup.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStringListModel>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

HistorySearchPopup::HistorySearchPopup(const QStringList &entries, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStringListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    QStringList newestFirst;
    newestFirst.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!newestFirst.contains(*it))
            newestFirst.append(*it);
    }
    m_model->setStringList(newestFirst);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->setPlaceholderText(tr("Search history…"));
    m_filter->setAccessibleName(tr("History search"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setAccessibleName(tr("Matching history entries"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list, &QListView::activated, this, &HistorySearchPopup::choose);
    m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void HistorySearchPopup::showBelow(QWidget *anchor)
{
    resize(qMax(anchor->width() * 2 / 3, 360), 260);
    move(anchor->mapToGlobal(QPoint(0, 0)));
    show();
    m_filter->setFocus();
}

bool HistorySearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void HistorySearchPopup::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        Q_EMIT entryChosen(current.data().toString());
    close();
}
