// SPDX-License-Identifier: GPL-2.0-or-later
// ReplyDiffModel: added, removed and changed members and elements, arrays matched by identity or
// by content, exact numbers, and the model contract.
#include "replydiffmodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QmpValue parse(const QString &text)
{
    QmpJsonError error;
    const QmpValue v = QmpValue::fromJson(text.toUtf8(), &error);
    if (!error.ok())
        qFatal("bad test JSON: %s", qPrintable(text));
    return v;
}

// "path:change" for every row that is not unchanged, depth first.
QStringList marks(const ReplyDiffModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        const auto change = i.data(ReplyDiffModel::ChangeRole).value<ReplyDiffModel::Change>();
        if (change != ReplyDiffModel::Change::Unchanged)
            out << i.data(ReplyDiffModel::PathRole).toString() + u':' + ReplyDiffModel::changeName(change);
        out << marks(model, i);
    }
    return out;
}

} // namespace

class tst_ReplyDiffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void counts();
    void showUnchanged();
    void values();
    void modelTester();
};

void tst_ReplyDiffModel::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("identical") << uR"({"a": 1, "b": [1, 2]})"_s << uR"({"a": 1, "b": [1, 2]})"_s << QStringList();
    QTest::newRow("member changed") << uR"({"a": 1, "b": 2})"_s << uR"({"a": 1, "b": 3})"_s << QStringList{u"b:changed"_s};
    QTest::newRow("member added") << uR"({"a": 1})"_s << uR"({"a": 1, "n": {"x": 1}})"_s
                                  << QStringList{u"n:added"_s, u"n.x:added"_s};
    QTest::newRow("member removed") << uR"({"a": 1, "gone": [5]})"_s << uR"({"a": 1})"_s
                                    << QStringList{u"gone:removed"_s, u"gone[0]:removed"_s};
    QTest::newRow("type changed") << uR"({"a": "1"})"_s << uR"({"a": 1})"_s << QStringList{u"a:changed"_s};
    QTest::newRow("nested change") << uR"({"o": {"p": {"q": true}}})"_s << uR"({"o": {"p": {"q": false}}})"_s
                                   << QStringList{u"o:changed"_s, u"o.p:changed"_s, u"o.p.q:changed"_s};
    QTest::newRow("exact big integers") << uR"({"n": 18446744073709551615})"_s << uR"({"n": 18446744073709551614})"_s
                                        << QStringList{u"n:changed"_s};
    QTest::newRow("element inserted, by content") << u"[1, 2, 3]"_s << u"[1, 9, 2, 3]"_s << QStringList{u"[1]:added"_s};
    QTest::newRow("element removed, by content") << u"[1, 2, 3]"_s << u"[1, 3]"_s << QStringList{u"[1]:removed"_s};
    QTest::newRow("element changed in place") << uR"([{"a": 1}, {"a": 2}])"_s << uR"([{"a": 1}, {"a": 5}])"_s
                                              << QStringList{u"[1]:changed"_s, u"[1].a:changed"_s};
    QTest::newRow("by id: inserted in front") << uR"([{"id": "a", "v": 1}, {"id": "b", "v": 2}])"_s
                                              << uR"([{"id": "new", "v": 0}, {"id": "a", "v": 1}, {"id": "b", "v": 3}])"_s
                                              << QStringList{u"[0]:added"_s, u"[0].id:added"_s, u"[0].v:added"_s,
                                                             u"[2]:changed"_s, u"[2].v:changed"_s};
    QTest::newRow("by id: removed and reordered") << uR"([{"id": "a"}, {"id": "b"}, {"id": "c"}])"_s
                                                  << uR"([{"id": "c"}, {"id": "a"}])"_s
                                                  << QStringList{u"[1]:removed"_s, u"[1].id:removed"_s};
    QTest::newRow("duplicate ids: by content") << uR"([{"id": "a", "v": 1}, {"id": "a", "v": 2}])"_s
                                               << uR"([{"id": "a", "v": 1}])"_s
                                               << QStringList{u"[1]:removed"_s, u"[1].id:removed"_s, u"[1].v:removed"_s};
    QTest::newRow("scalars") << u"1"_s << u"2"_s << QStringList{u":changed"_s};
    QTest::newRow("object to array") << u"{}"_s << u"[]"_s << QStringList{u":changed"_s};
    QTest::newRow("from nothing") << QString() << uR"({"a": 1})"_s << QStringList{u":added"_s, u"a:added"_s};
}

void tst_ReplyDiffModel::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    ReplyDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValues(before.isEmpty() ? QmpValue() : parse(before), parse(after));
    QCOMPARE(marks(model), expected);
    QCOMPARE(model.isIdentical(), expected.isEmpty());
    for (const QString &mark : expected) {
        const QString path = mark.left(mark.lastIndexOf(u':'));
        if (!path.isEmpty())
            QVERIFY2(model.indexForPath(path).isValid(), qPrintable(path));
    }
}

void tst_ReplyDiffModel::counts()
{
    ReplyDiffModel model;
    model.setValues(parse(uR"({"a": 1, "b": {"c": 2}, "d": [1, 2], "gone": 0})"_s),
                    parse(uR"({"a": 2, "b": {"c": 2, "e": {"f": 1}}, "d": [1, 2, 3]})"_s));
    QCOMPARE(model.count(ReplyDiffModel::Change::Changed), 1); // a
    QCOMPARE(model.count(ReplyDiffModel::Change::Added), 2);   // b.e (once, with its content), d[2]
    QCOMPARE(model.count(ReplyDiffModel::Change::Removed), 1); // gone
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(ReplyDiffModel::Change::Added), 0);
}

void tst_ReplyDiffModel::showUnchanged()
{
    ReplyDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValues(parse(uR"({"a": 1, "b": 2, "c": {"d": 1}})"_s), parse(uR"({"a": 1, "b": 3, "c": {"d": 1}})"_s));
    QCOMPARE(model.rowCount(), 1);
    model.setShowUnchanged(true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
    QCOMPARE(model.index(0, ReplyDiffModel::ChangeColumn).data().toString(), QString());
    QCOMPARE(model.index(1, ReplyDiffModel::ChangeColumn).data().toString(), u"changed"_s);
}

void tst_ReplyDiffModel::values()
{
    ReplyDiffModel model;
    model.setValues(parse(uR"({"n": 18446744073709551615, "o": {"x": 1, "y": 2}})"_s),
                    parse(uR"({"n": -9223372036854775808, "o": [1]})"_s));
    const QModelIndex n = model.indexForPath(u"n"_s);
    QCOMPARE(model.index(n.row(), ReplyDiffModel::BeforeColumn).data().toString(), u"18446744073709551615"_s);
    QCOMPARE(model.index(n.row(), ReplyDiffModel::AfterColumn).data().toString(), u"-9223372036854775808"_s);
    QCOMPARE(n.data(ReplyDiffModel::BeforeValueRole).value<QmpValue>(), QmpValue(quint64(18446744073709551615ULL)));
    const QModelIndex o = model.indexForPath(u"o"_s);
    QCOMPARE(model.index(o.row(), ReplyDiffModel::BeforeColumn).data().toString(), u"{2}"_s);
    QCOMPARE(model.index(o.row(), ReplyDiffModel::AfterColumn).data().toString(), u"[1]"_s);
    QCOMPARE(model.headerData(ReplyDiffModel::KeyColumn, Qt::Horizontal).toString(), u"Member"_s);
}

void tst_ReplyDiffModel::modelTester()
{
    ReplyDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QmpValue big = QmpValue::array();
    for (int i = 0; i < 300; ++i)
        big.append(QmpValue::object({{u"slot"_s, i}, {u"v"_s, QmpValue::array({i, i + 1})}}));
    QmpValue changed = big;
    changed.append(QmpValue::object({{u"slot"_s, 999}}));
    model.setValues(big, changed);
    QCOMPARE(model.count(ReplyDiffModel::Change::Added), 1);
    model.setShowUnchanged(true);
    QCOMPARE(model.rowCount(), 301);
    model.setValues(changed, big);
    QCOMPARE(model.count(ReplyDiffModel::Change::Removed), 1);
}

QTEST_GUILESS_MAIN(tst_ReplyDiffModel)
#include "tst_replydiffmodel.moc"
