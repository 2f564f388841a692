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

// Prints what --help, --version or a bad command line asks for; the exit status, or -1 when the
// options are for running.
int answerCommandLine(CommandLineOptionsParser &parser, const QStringList &arguments)
{
    switch (parser.parse(arguments)) {
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
    return -1;
}

// --help, --version and a bad command line are answered on the terminal, without a display.
int answerOnTerminal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    TranslationLoader translations;
    translations.applyFromSettings();

    CommandLineOptionsParser parser;
    if (const int status = answerCommandLine(parser, QCoreApplication::arguments()); status >= 0)
        return status;
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
    // Help and version need no display. What reads as a bad option here may be one of Qt's own
    // (-style, -platform, -reverse): QApplication takes those out, so with a display the
    // command line is judged again below, without them.
    const CommandLineOptionsParser::Result early = parser.parse(arguments);
    if (!hasDisplay() || early == CommandLineOptionsParser::Result::HelpRequested
        || early == CommandLineOptionsParser::Result::VersionRequested)
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
    if (const int status = answerCommandLine(parser, QApplication::arguments()); status >= 0)
        return status;

    QuitSignalHandler quitOnSignal; // kill, Ctrl+C: quit as from the menu, so the sandbox is cleaned up
    MainWindow window;
    window.setTranslationLoader(&translations);
    window.show();
    window.applyOptions(parser.options());
    return app.exec();
}
