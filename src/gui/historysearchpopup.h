// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtWidgets/QFrame>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

// A small popup to find an earlier command: type to filter the history (newest first), Enter
// takes the selected entry, Escape closes. What Ctrl+R does in a shell.
class HistorySearchPopup : public QFrame
{
    Q_OBJECT
public:
    // entries: oldest first, as CommandEditor keeps them.
    explicit HistorySearchPopup(const QStringList &entries, QWidget *parent = nullptr);

    void showBelow(QWidget *anchor);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void entryChosen(const QString &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    QLineEdit *m_filter;
    QListView *m_list;
    QStringListModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
