// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlineoptions.h"
#include "guiresources.h"
#include "mainwindow.h"
#include "quitsignalhandler.h"
#include "translationloader.h"

#include <QtWidgets/QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("qmp-console"));
    QApplication::setApplicationName(QStringLiteral("qmp-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("QMP Console"));
    QApplication::setApplicationVersion(QStringLiteral(QMP_CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.qmpconsole.QmpConsole"));
    initGuiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qmp-console.svg")));

    TranslationLoader translations;
    translations.applyFromSettings();

    CommandLineOptionsParser parser;
    switch (parser.parse(QApplication::arguments())) {
    case CommandLineOptionsParser::Result::Ok:
        break;
    case CommandLineOptionsParser::Result::HelpRequested:
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    case CommandLineOptionsParser::Result::VersionRequested:
        std::printf("%s\n", qPrintable(CommandLineOptionsParser::versionText()));
        return 0;
    case CommandLineOptionsParser::Result::Error:
        std::fprintf(stderr, "qmp-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    }

    QuitSignalHandler quitOnSignal; // kill, Ctrl+C: quit as from the menu, so the sandbox is cleaned up
    MainWindow window;
    window.setTranslationLoader(&translations);
    window.show();
    window.applyOptions(parser.options());
    return app.exec();
}
