// SPDX-License-Identifier: GPL-2.0-or-later
// TreeViewState: a tree view keeps its current item and the branches a person collapsed across a
// model reset; new branches open; forget() starts afresh.
#include "treeviewstate.h"

#include <QtGui/QStandardItemModel>
#include <QtTest/QTest>
#include <QtWidgets/QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int KeyRole = Qt::UserRole + 7;

// Rebuilt inside one reset, as DeviceTreeModel does after each scan.
class ResettingModel : public QStandardItemModel
{
public:
    void rebuild(const QStringList &paths)
    {
        beginResetModel();
        blockSignals(true);
        removeRows(0, rowCount());
        for (const QString &path : paths)
            add(path);
        blockSignals(false);
        endResetModel();
    }
    QModelIndex find(const QString &key) const
    {
        const QModelIndexList found = match(index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

private:
    // "a/b/c": c under b under a.
    void add(const QString &path)
    {
        QStandardItem *parent = invisibleRootItem();
        QString key;
        for (const QString &part : path.split(u'/')) {
            key = key.isEmpty() ? part : key + u'/' + part;
            QStandardItem *child = nullptr;
            for (int r = 0; r < parent->rowCount(); ++r) {
                if (parent->child(r)->data(KeyRole).toString() == key)
                    child = parent->child(r);
            }
            if (!child) {
                child = new QStandardItem(part);
                child->setData(key, KeyRole);
                parent->appendRow(child);
            }
            parent = child;
        }
    }
};

} // namespace

class tst_TreeViewState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsCurrentAndCollapsed();
    void forget();
};

void tst_TreeViewState::keepsCurrentAndCollapsed()
{
    ResettingModel model;
    QTreeView view;
    view.setModel(&model);
    TreeViewState state(&view, KeyRole);
    model.rebuild({u"pcie/rp0/bus0"_s, u"pcie/xhci/usb/kbd"_s});
    QVERIFY(view.isExpanded(model.find(u"pcie/xhci"_s))); // a first look opens everything

    view.collapse(model.find(u"pcie/xhci"_s));
    view.setCurrentIndex(model.find(u"pcie/rp0/bus0"_s));
    model.rebuild({u"pcie/rp0/bus0"_s, u"pcie/xhci/usb/kbd"_s, u"pcie/rp1/bus1"_s});
    QVERIFY(!view.isExpanded(model.find(u"pcie/xhci"_s)));
    QVERIFY(view.isExpanded(model.find(u"pcie/xhci/usb"_s))); // only what was collapsed
    QVERIFY(view.isExpanded(model.find(u"pcie/rp1"_s)));      // new: open
    QCOMPARE(view.currentIndex().data(KeyRole).toString(), u"pcie/rp0/bus0"_s);

    // Gone for a rebuild and back: still collapsed. The current item gone: none.
    model.rebuild({u"pcie/rp1/bus1"_s});
    model.rebuild({u"pcie/rp1/bus1"_s, u"pcie/xhci/usb/kbd"_s});
    QVERIFY(!view.isExpanded(model.find(u"pcie/xhci"_s)));
    QVERIFY(!view.currentIndex().isValid());

    // Opened again by hand: stays open.
    view.expand(model.find(u"pcie/xhci"_s));
    model.rebuild({u"pcie/rp1/bus1"_s, u"pcie/xhci/usb/kbd"_s});
    QVERIFY(view.isExpanded(model.find(u"pcie/xhci"_s)));
}

void tst_TreeViewState::forget()
{
    ResettingModel model;
    QTreeView view;
    view.setModel(&model);
    TreeViewState state(&view, KeyRole);
    model.rebuild({u"a/b/c"_s});
    view.collapse(model.find(u"a/b"_s));
    view.setCurrentIndex(model.find(u"a/b/c"_s));
    state.forget(); // another machine comes
    model.rebuild({u"a/b/c"_s});
    QVERIFY(view.isExpanded(model.find(u"a/b"_s)));
    QVERIFY(!view.currentIndex().isValid());
    // And what is done after that is remembered again.
    view.collapse(model.find(u"a/b"_s));
    model.rebuild({u"a/b/c"_s});
    QVERIFY(!view.isExpanded(model.find(u"a/b"_s)));
}

QTEST_MAIN(tst_TreeViewState)
#include "tst_treeviewstate.moc"
