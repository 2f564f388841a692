// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandlineoptions.h"
#include "guiresources.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "quitsignalhandler.h"
#include "translationloader.h"

#include <QtWidgets/QApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("qmp-console"));
    QCoreApplication::setApplicationName(QStringLiteral("qmp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QMP_CONSOLE_VERSION));
}

bool hasDisplay()
{
    // Without these Qt aborts with a plugin message that does not say what is missing.
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// --help, --version and a bad command line are answered on the terminal, without a display.
int answerOnTerminal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    TranslationLoader translations;
    translations.applyFromSettings();

    CommandLineOptionsParser parser;
    switch (parser.parse(QCoreApplication::arguments())) {
    case CommandLineOptionsParser::Result::HelpRequested:
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    case CommandLineOptionsParser::Result::VersionRequested:
        std::printf("%s\n", qPrintable(CommandLineOptionsParser::versionText()));
        return 0;
    case CommandLineOptionsParser::Result::Error:
        std::fprintf(stderr, "qmp-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    case CommandLineOptionsParser::Result::Ok:
        break;
    }
    std::fprintf(stderr, "qmp-console: %s\n",
                 qPrintable(QCoreApplication::translate(
                     "main", "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run it in a "
                             "desktop session, or use qmpctl on a terminal.")));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLineOptionsParser parser;
    if (parser.parse(arguments) != CommandLineOptionsParser::Result::Ok || !hasDisplay())
        return answerOnTerminal(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("QMP Console"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.qmpconsole.QmpConsole"));
    initGuiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qmp-console.svg")));

    if (const auto scheme = PreferencesDialog::colorSchemeFromSettings(); scheme != PreferencesDialog::ColorScheme::System)
        PreferencesDialog::applyColorScheme(scheme);

    TranslationLoader translations;
    translations.applyFromSettings();

    QuitSignalHandler quitOnSignal; // kill, Ctrl+C: quit as from the menu, so the sandbox is cleaned up
    MainWindow window;
    window.setTranslationLoader(&translations);
    window.show();
    window.applyOptions(parser.options());
    return app.exec();
}
