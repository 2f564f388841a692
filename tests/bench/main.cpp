// SPDX-License-Identifier: GPL-2.0-or-later
// qmp-bench: the project's speed, one `name value` line per figure, so that a run can be set
// beside the floor tools in shared/bench taken in the same minute on the same machine.
#include "eventbench.h"
#include "roundtripbench.h"
#include "schemabench.h"
#include "timelinebench.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

static int usage()
{
    QTextStream(stderr) << QCoreApplication::translate("qmp-bench",
                                                       "usage: qmp-bench roundtrip ADDRESS N [--window W]\n"
                                                       "       qmp-bench events ADDRESS          (against blastserver)\n"
                                                       "       qmp-bench schema ADDRESS N\n"
                                                       "       qmp-bench timeline N\n");
    return 2;
}

static bool toCount(const QString &text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out > 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString what = args.takeFirst();
    qint64 n = 0;
    if (what == QLatin1String("roundtrip")) {
        int window = 1;
        const qsizetype w = args.indexOf(QLatin1String("--window"));
        if (w >= 0) {
            if (w + 1 >= args.size())
                return usage();
            window = args.at(w + 1).toInt();
            args.remove(w, 2);
        }
        if (args.size() != 2 || !toCount(args.at(1), &n) || window < 1)
            return usage();
        return runRoundTripBench(args.at(0), n, window);
    }
    if (what == QLatin1String("events")) {
        if (args.size() != 1)
            return usage();
        return runEventBench(args.at(0));
    }
    if (what == QLatin1String("schema")) {
        if (args.size() != 2 || !toCount(args.at(1), &n))
            return usage();
        return runSchemaBench(args.at(0), n);
    }
    if (what == QLatin1String("timeline")) {
        if (args.size() != 1 || !toCount(args.at(0), &n))
            return usage();
        return runTimelineBench(n);
    }
    return usage();
}
