// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

class QTreeView;

// Keeps a tree view's current item and the branches a person collapsed across a reset of its
// model, naming items by a role that stays the same from one rebuild to the next (a QOM path).
// Branches never seen before open, so what is new shows.
class TreeViewState : public QObject
{
    Q_OBJECT
public:
    // Watches view's model (set it first); keyRole's data must be unique per item.
    TreeViewState(QTreeView *view, int keyRole, QObject *parent = nullptr);

    // Starts afresh, e.g. when the model is about to show another machine: what the view shows
    // now is not remembered either, and the next reset opens everything.
    void forget();

private:
    void save();
    void restore();

    QPointer<QTreeView> m_view;
    int m_keyRole;
    QString m_current;
    QSet<QString> m_collapsed;
    bool m_forgetting = false; // the next reset saves nothing
};
