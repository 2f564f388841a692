// SPDX-License-Identifier: GPL-2.0-or-later
#include "replydiffview.h"

#include "replydiffmodel.h"

#include <QtCore/QEvent>
#include <QtGui/QPalette>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

namespace {

// Colours the text of a row by its change; the marks (+, −, ~) say the same for those who do
// not see the colour.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto change = index.data(ReplyDiffModel::ChangeRole).value<ReplyDiffModel::Change>();
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        QColor colour;
        QString mark;
        switch (change) {
        case ReplyDiffModel::Change::Added:
            colour = dark ? QColor(0x7f, 0xd8, 0x8f) : QColor(0x1a, 0x7f, 0x37);
            mark = QStringLiteral("+ ");
            break;
        case ReplyDiffModel::Change::Removed:
            colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1d, 0x28);
            mark = QStringLiteral("\u2212 ");
            break;
        case ReplyDiffModel::Change::Changed:
            colour = dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0x9a, 0x67, 0x00);
            mark = QStringLiteral("~ ");
            break;
        case ReplyDiffModel::Change::Unchanged:
            return;
        }
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(130));
        if (index.column() == ReplyDiffModel::KeyColumn)
            option->text = mark + option->text;
    }
};

} // namespace

ReplyDiffView::ReplyDiffView(QWidget *parent)
    : QWidget(parent), m_model(new ReplyDiffModel(this)), m_summary(new QLabel(this)), m_showUnchanged(new QCheckBox(this)),
      m_tree(new QTreeView(this))
{
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ChangeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ReplyDiffModel::KeyColumn, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showUnchanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_showUnchanged, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowUnchanged(on);
        m_tree->expandAll();
    });
    retranslate();
    updateSummary();
}

void ReplyDiffView::setReplies(const QmpValue &before, const QmpValue &after, const QString &title)
{
    m_title = title;
    m_model->setValues(before, after);
    m_tree->expandAll();
    updateSummary();
}

void ReplyDiffView::clear()
{
    m_title.clear();
    m_model->clear();
    updateSummary();
}

QString ReplyDiffView::summary() const
{
    return m_summary->text();
}

void ReplyDiffView::updateSummary()
{
    QString text;
    if (m_model->before().isUndefined() && m_model->after().isUndefined())
        text = tr("No replies compared yet.");
    else if (m_model->isIdentical())
        text = tr("No difference.");
    else {
        const int added = m_model->count(ReplyDiffModel::Change::Added);
        const int removed = m_model->count(ReplyDiffModel::Change::Removed);
        const int changed = m_model->count(ReplyDiffModel::Change::Changed);
        text = tr("%n values differ: %1 added, %2 removed, %3 changed.", nullptr, added + removed + changed)
                   .arg(added)
                   .arg(removed)
                   .arg(changed);
    }
    m_summary->setText(m_title.isEmpty() ? text : m_title + u'\n' + text);
}

void ReplyDiffView::retranslate()
{
    m_showUnchanged->setText(tr("Show unchanged"));
    m_tree->setAccessibleName(tr("Reply difference"));
}

void ReplyDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateSummary();
    }
    QWidget::changeEvent(event);
}
