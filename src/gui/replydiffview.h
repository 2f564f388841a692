// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QLabel;
class QTreeView;
class ReplyDiffModel;

// Two replies side by side as one tree: what was added, removed or changed between them, in
// colour, with a count on top and unchanged members hidden unless asked for.
class ReplyDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyDiffView(QWidget *parent = nullptr);

    // title: what was compared ("query-pci before and after device_add nic0").
    void setReplies(const QmpValue &before, const QmpValue &after, const QString &title = {});
    void clear();
    ReplyDiffModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void retranslate();

    ReplyDiffModel *m_model;
    QLabel *m_summary;
    QCheckBox *m_showUnchanged;
    QTreeView *m_tree;
    QString m_title;
};
