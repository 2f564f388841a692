// SPDX-License-Identifier: GPL-2.0-or-later
#include "treeviewstate.h"

#include <QtWidgets/QTreeView>

#include <functional>
#include <utility>

namespace {

void forEachIndex(const QAbstractItemModel *model, const QModelIndex &parent, const std::function<void(const QModelIndex &)> &visit)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        visit(index);
        forEachIndex(model, index, visit);
    }
}

} // namespace

TreeViewState::TreeViewState(QTreeView *view, int keyRole, QObject *parent)
    : QObject(parent), m_view(view), m_keyRole(keyRole)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TreeViewState::save);
    connect(model, &QAbstractItemModel::modelReset, this, &TreeViewState::restore);
}

void TreeViewState::forget()
{
    m_current.clear();
    m_collapsed.clear();
    m_forgetting = true;
}

void TreeViewState::save()
{
    if (!m_view || std::exchange(m_forgetting, false))
        return;
    const QAbstractItemModel *model = m_view->model();
    m_current = m_view->currentIndex().data(m_keyRole).toString();
    // Branches that are gone now may come back (a device plugged in again): remember them too.
    forEachIndex(model, {}, [this, model](const QModelIndex &index) {
        if (!model->hasChildren(index))
            return;
        const QString key = index.data(m_keyRole).toString();
        if (m_view->isExpanded(index))
            m_collapsed.remove(key);
        else
            m_collapsed.insert(key);
    });
}

void TreeViewState::restore()
{
    if (!m_view)
        return;
    const QAbstractItemModel *model = m_view->model();
    m_view->expandAll();
    QModelIndex current;
    forEachIndex(model, {}, [this, &current](const QModelIndex &index) {
        const QString key = index.data(m_keyRole).toString();
        if (m_collapsed.contains(key))
            m_view->collapse(index);
        if (!m_current.isEmpty() && key == m_current)
            current = index;
    });
    if (current.isValid()) {
        m_view->setCurrentIndex(current);
        m_view->scrollTo(current);
    }
}
