// SPDX-License-Identifier: GPL-2.0-or-later
// qmp-bench runs every mode and prints its figures as `name value` lines; bad command lines are
// refused with status 2 and unreachable servers with status 3. Small counts, no timing asserted.
#include "qemuprocess.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

class TestQmpBench : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int status = -1;
        QHash<QString, double> figures;
        QString stdErr;
        QStringList badLines;
    };

    static Run runBench(const QStringList &args)
    {
        Run run;
        QProcess process;
        process.start(QStringLiteral(QMP_BENCH), args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.stdErr = QStringLiteral("qmp-bench did not finish");
            return run;
        }
        run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.stdErr = QString::fromLocal8Bit(process.readAllStandardError());
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            // `name value`, and for events the count in brackets as rawevents prints it.
            const QStringList parts = line.split(u' ');
            bool ok = false;
            const double value = parts.size() >= 2 ? parts.at(1).toDouble(&ok) : 0;
            if (ok && !parts.at(0).isEmpty())
                run.figures.insert(parts.at(0), value);
            else
                run.badLines.append(line);
        }
        return run;
    }

    static void verifyFigures(const Run &run, const QStringList &names)
    {
        QVERIFY2(run.status == 0, qPrintable(QStringLiteral("status %1: %2").arg(run.status).arg(run.stdErr)));
        QVERIFY2(run.badLines.isEmpty(), qPrintable(run.badLines.join(u'\n')));
        for (const QString &name : names) {
            QVERIFY2(run.figures.contains(name), qPrintable(name));
            QVERIFY2(run.figures.value(name) > 0, qPrintable(name));
        }
    }

private slots:
    void timeline()
    {
        const Run run = runBench({QStringLiteral("timeline"), QStringLiteral("20000")});
        verifyFigures(run, {QStringLiteral("timeline_ingest_events_per_s"), QStringLiteral("timeline_filter_ms"),
                            QStringLiteral("timeline_name_filter_ms"), QStringLiteral("timeline_text_filter_ms"),
                            QStringLiteral("timeline_name_text_filter_ms"),
                            QStringLiteral("timeline_bytes_per_event"), QStringLiteral("timeline_model_bytes_per_event"),
                            QStringLiteral("timeline_json_bytes_per_event")});
    }

    void roundtrip_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("figure");
        QTest::newRow("sequential") << QStringList() << QStringLiteral("seq_cmds_per_s");
        QTest::newRow("window 8") << QStringList{QStringLiteral("--window"), QStringLiteral("8")}
                                  << QStringLiteral("pipelined_cmds_per_s");
        QTest::newRow("window larger than count")
            << QStringList{QStringLiteral("--window"), QStringLiteral("100")} << QStringLiteral("pipelined_cmds_per_s");
    }

    void roundtrip()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, figure);
        if (QemuProcess::qemuBinary().isEmpty())
            QSKIP("no qemu-system-x86_64");
        QemuProcess qemu;
        QVERIFY2(qemu.start(), qPrintable(qemu.errorString()));
        const Run run = runBench(QStringList{QStringLiteral("roundtrip"), qemu.qmpSocket(), QStringLiteral("50")} + extra);
        verifyFigures(run, {figure});
    }

    void schema()
    {
        if (QemuProcess::qemuBinary().isEmpty())
            QSKIP("no qemu-system-x86_64");
        QemuProcess qemu;
        QVERIFY2(qemu.start(), qPrintable(qemu.errorString()));
        const Run run = runBench({QStringLiteral("schema"), qemu.qmpSocket(), QStringLiteral("2")});
        verifyFigures(run, {QStringLiteral("schema_raw_calls_per_s"), QStringLiteral("schema_calls_per_s")});
    }

    void events()
    {
        const QString blastserver = QStringLiteral(QMP_BLASTSERVER);
        if (blastserver.isEmpty())
            QSKIP("blastserver was not built (shared/bench is not beside the checkout)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("blast.sock"));
        QProcess server;
        server.start(blastserver, {socket, QStringLiteral("5000")});
        QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 20000);
        const Run run = runBench({QStringLiteral("events"), socket});
        verifyFigures(run, {QStringLiteral("events_per_s")});
        // blastserver exits once its client hangs up.
        QVERIFY(server.waitForFinished(30000));
    }

    void unreachable_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("roundtrip") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/nonexistent/qmp.sock"), QStringLiteral("5")};
        QTest::newRow("events") << QStringList{QStringLiteral("events"), QStringLiteral("/nonexistent/qmp.sock")};
        QTest::newRow("schema") << QStringList{QStringLiteral("schema"), QStringLiteral("/nonexistent/qmp.sock"), QStringLiteral("1")};
        QTest::newRow("bad address") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("tcp:host:notaport"), QStringLiteral("5")};
    }

    void unreachable()
    {
        QFETCH(QStringList, args);
        const Run run = runBench(args);
        QCOMPARE(run.status, 3);
        QVERIFY(!run.stdErr.isEmpty());
        QVERIFY(run.figures.isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown mode") << QStringList{QStringLiteral("fly")};
        QTest::newRow("roundtrip without count") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/tmp/x.sock")};
        QTest::newRow("count zero") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/tmp/x.sock"), QStringLiteral("0")};
        QTest::newRow("count not a number") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/tmp/x.sock"), QStringLiteral("many")};
        QTest::newRow("window zero") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/tmp/x.sock"), QStringLiteral("5"),
                                                    QStringLiteral("--window"), QStringLiteral("0")};
        QTest::newRow("window missing") << QStringList{QStringLiteral("roundtrip"), QStringLiteral("/tmp/x.sock"), QStringLiteral("5"),
                                                       QStringLiteral("--window")};
        QTest::newRow("events without address") << QStringList{QStringLiteral("events")};
        QTest::newRow("events extra argument") << QStringList{QStringLiteral("events"), QStringLiteral("/tmp/x.sock"), QStringLiteral("5")};
        QTest::newRow("schema without count") << QStringList{QStringLiteral("schema"), QStringLiteral("/tmp/x.sock")};
        QTest::newRow("timeline negative") << QStringList{QStringLiteral("timeline"), QStringLiteral("-5")};
        QTest::newRow("timeline two counts") << QStringList{QStringLiteral("timeline"), QStringLiteral("5"), QStringLiteral("6")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run run = runBench(args);
        QCOMPARE(run.status, 2);
        QVERIFY(run.stdErr.contains(QLatin1String("usage")));
        QVERIFY(run.figures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQmpBench)
#include "tst_qmpbench.moc"
