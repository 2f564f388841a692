// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtWidgets/QWidget>

class JsonTreeModel;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

// A JSON value (a reply, an event) as a tree with key, value and type columns, or as raw
// pretty-printed JSON one keystroke away; a value that is really text (an HMP reply) as that
// text. Search within the tree (or the text); copy a value, its path (`return.devices[3].id`)
// or the subtree as JSON; error replies shown with class and desc in the error colour. Used by
// the reply view and by the event timeline.
class JsonTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreeView(QWidget *parent = nullptr);
    ~JsonTreeView() override;

    void setValue(const QmpValue &value);
    // A value that reads best as text, such as the `return` of a human-monitor-command: shown
    // as plain monospaced text with its line breaks instead of the tree; Raw JSON still toggles
    // to the JSON, and the tree model holds the value for copying.
    void setTextValue(const QmpValue &value, const QString &text);
    QmpValue value() const;

    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *searchEdit() const { return m_search; }

    bool isRawShown() const;
    bool isTextShown() const;
    // Actions with shortcuts local to this widget; the main window puts some in its menus.
    QAction *rawAction() const { return m_rawAction; }
    QAction *expandAllAction() const { return m_expandAction; }
    QAction *collapseAllAction() const { return m_collapseAction; }
    QAction *copyValueAction() const { return m_copyValueAction; }
    QAction *copyPathAction() const { return m_copyPathAction; }
    QAction *copyJsonAction() const { return m_copyJsonAction; }

public Q_SLOTS:
    void setRawShown(bool raw);
    void expandAll();
    void collapseAll();
    void findNext();
    void findPrevious();
    void focusSearch();
    void copyValue();
    void copyPath();
    void copyJson();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateErrorBanner();
    void fitKeyColumn();
    void updateRaw();
    void load(const QmpValue &value);
    void showPage();
    void findInText(bool backward);
    int textMatchCount(const QString &text) const;
    void showContextMenu(const QPoint &pos);

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_text;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QLabel *m_matches;
    QLabel *m_errorBanner;
    QToolButton *m_rawButton;
    QToolButton *m_expandButton;
    QToolButton *m_collapseButton;
    QAction *m_rawAction;
    QAction *m_expandAction;
    QAction *m_collapseAction;
    QAction *m_copyValueAction;
    QAction *m_copyPathAction;
    QAction *m_copyJsonAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    bool m_rawStale = true;
    bool m_hasText = false; // the value came with a text form (setTextValue)
};
