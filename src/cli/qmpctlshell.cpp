// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlshell.h"

#include "qmpctlconsole.h"
#include "qmpctleventsink.h"
#include "qmpctlhistory.h"
#include "qmpctlsession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QEventLoop>
#include <QtCore/QSaveFile>
#include <QtCore/QSocketNotifier>

#include "qmpctlsignalwatcher.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <editline/readline.h>

using namespace Qt::StringLiterals;

namespace {

// libedit calls plain functions; this is the shell that is running (there is only ever one).
const QmpCtlCompleter *g_completer = nullptr;
QList<QByteArray> g_matches;

char *nextMatch(const char *, int state)
{
    static qsizetype next = 0;
    if (state == 0)
        next = 0;
    if (next >= g_matches.size())
        return nullptr;
    return ::strdup(g_matches.at(next++).constData());
}

char **completeLine(const char *, int start, int end)
{
    rl_attempted_completion_over = 1; // never fall back to file names
    g_matches.clear();
    if (!g_completer)
        return nullptr;
    const QByteArray buffer(rl_line_buffer, rl_end);
    const QString line = QString::fromUtf8(buffer);
    const qsizetype cursor = QString::fromUtf8(buffer.left(end)).size();
    const qsizetype wordStart = QString::fromUtf8(buffer.left(start)).size();
    const QmpCtlCompleter::Result result = g_completer->complete(line, cursor);
    // libedit replaces its own word, which may start before or after the completer's token.
    for (const QString &candidate : result.candidates) {
        QString match;
        if (result.start >= wordStart)
            match = line.mid(wordStart, result.start - wordStart) + candidate;
        else
            match = candidate.mid(wordStart - result.start);
        g_matches.append(match.toUtf8());
    }
    rl_completion_append_character = result.appendSpace ? ' ' : '\0';
    if (g_matches.isEmpty())
        return nullptr;
    return rl_completion_matches("", nextMatch);
}

} // namespace

QmpCtlShell::QmpCtlShell(QmpCtlSession *session, QmpCtlConsole *console, QObject *parent)
    : QObject(parent), m_session(session), m_console(console), m_historyFile(QmpCtlHistory::defaultFile())
{
}

QmpCtlShell::~QmpCtlShell()
{
    if (g_completer == &m_completer) {
        g_completer = nullptr;
        rl_attempted_completion_function = nullptr;
    }
}

namespace {

// Every entry of a history file, oldest first; the file may hold up to twice the limit.
QStringList readAllHistory(const QString &fileName)
{
    QFile file(fileName);
    if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

QStringList QmpCtlShell::readHistory(const QString &fileName)
{
    const QStringList lines = readAllHistory(fileName);
    return lines.size() > historyLimit ? lines.mid(lines.size() - historyLimit) : lines;
}

bool QmpCtlShell::appendHistory(const QString &fileName, const QString &line, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("history '%1': %2").arg(fileName, why);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return fail(tr("cannot create its folder"));
    QStringList all = readAllHistory(fileName);
    // Appending keeps the lines of other shells running at the same time; only once the file
    // holds twice the limit is it rewritten with the newest entries.
    if (all.size() < 2 * historyLimit) {
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(file.errorString());
        if (file.write(line.toUtf8() + '\n') < 0 || !file.flush())
            return fail(file.errorString());
        return true;
    }
    all.append(line);
    all = all.mid(all.size() - historyLimit);
    QSaveFile save(fileName);
    if (!save.open(QIODevice::WriteOnly))
        return fail(save.errorString());
    save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    save.write(all.join(u'\n').toUtf8() + '\n');
    if (!save.commit())
        return fail(save.errorString());
    return true;
}

void QmpCtlShell::setUpCompletion()
{
    QmpClient *client = m_session->client();
    if (m_session->options().guestAgent) {
        // The guest agent lists what it supports instead of a schema.
        std::unique_ptr<QmpReply> reply(client->execute(u"guest-info"_s));
        reply->waitForFinished();
        QStringList names;
        if (reply->isSuccess()) {
            const QmpValue list = reply->result().value(u"supported_commands");
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QmpValue cmd = list.at(i);
                if (cmd.value(u"enabled").toBool())
                    names.append(cmd.value(u"name").toString());
            }
        }
        m_completer.setCommands(names);
    } else if (!m_session->options().hmp) {
        m_completer.setSchema(m_session->schema());
        // Device types are no part of the schema; the server lists them.
        std::unique_ptr<QmpReply> reply(client->execute(
            u"qom-list-types"_s,
            QmpValue::object({{u"implements"_s, QmpValue(u"device"_s)}, {u"abstract"_s, QmpValue(false)}})));
        reply->waitForFinished();
        if (reply->isSuccess()) {
            QStringList types;
            const QmpValue list = reply->result();
            for (qsizetype i = 0; i < list.size(); ++i)
                types.append(list.at(i).value(u"name").toString());
            m_completer.setValueChoices(u"device_add"_s, u"driver"_s, types);
        }
    }
    g_completer = &m_completer;
    rl_readline_name = "qmpctl";
    // Words end at '=' and '.' too, so a list of choices shows keys and values, not whole tokens.
    static char breaks[] = " \t\n=.";
    rl_basic_word_break_characters = breaks;
    rl_completer_word_break_characters = breaks;
    rl_attempted_completion_function = completeLine;
}

QString QmpCtlShell::prompt() const
{
    if (m_session->options().guestAgent)
        return u"(QGA) "_s;
    if (m_session->options().hmp)
        return u"(HMP) "_s;
    return u"(QEMU) "_s;
}

void QmpCtlShell::printHeldEvents()
{
    const QList<QmpEvent> events = std::exchange(m_events, {});
    for (const QmpEvent &e : events)
        m_console->writeLine(QmpCtlEventSink::jsonLine(e));
}

void QmpCtlShell::printEventAtPrompt(const QmpEvent &event)
{
    m_events.append(event);
    if (!m_atPrompt)
        return; // a command is running: its reply prints first, the event before the next prompt
    // The terminal is in libedit's raw mode here: return to column 0 and clear the prompt line
    // by hand, print, then let libedit draw the prompt and the half-typed line again.
    m_console->write("\r\033[K");
    const QList<QmpEvent> events = std::exchange(m_events, {});
    for (const QmpEvent &e : events)
        m_console->write(QmpCtlEventSink::jsonLine(e) + "\r\n");
    rl_forced_update_display();
}

namespace {
QmpCtlShell *g_shell = nullptr;
}

void QmpCtlShell::lineHandler(char *line)
{
    if (g_shell)
        g_shell->onLine(line);
    else
        std::free(line);
}

void QmpCtlShell::showPrompt()
{
    printHeldEvents();
    m_atPrompt = true;
    rl_callback_handler_install(m_prompt.constData(), &QmpCtlShell::lineHandler);
    m_input->setEnabled(true);
}

void QmpCtlShell::onInput()
{
    rl_callback_read_char();
}

void QmpCtlShell::finish(QmpCtlExit result)
{
    m_atPrompt = false;
    m_input->setEnabled(false);
    rl_callback_handler_remove();
    if (m_loop)
        m_loop->exit(int(result));
}

void QmpCtlShell::onSignal(int signal)
{
    if (signal != SIGINT) {
        m_console->write("\n");
        finish(QmpCtlExit::Success);
        return;
    }
    if (!m_atPrompt) {
        m_session->abortCurrent(); // stop waiting; QEMU may still finish the command
        return;
    }
    // As a shell does: drop the half-typed line and prompt again.
    m_console->write("^C\r\n");
    rl_callback_handler_remove();
    rl_callback_handler_install(m_prompt.constData(), &QmpCtlShell::lineHandler);
}

void QmpCtlShell::onLine(char *raw)
{
    if (!raw) {
        m_console->write("\n");
        finish(QmpCtlExit::Success);
        return;
    }
    const QString line = QString::fromUtf8(raw).trimmed();
    std::free(raw);
    // No reading while the command runs: its wait runs the event loop, and libedit's state
    // must not change under it.
    m_atPrompt = false;
    m_input->setEnabled(false);
    rl_callback_handler_remove();
    if (!line.isEmpty()) {
        const QString kept = QmpCtlHistory::redact(line, m_session->options().hmp);
        if (kept != m_lastEntry) {
            add_history(kept.toUtf8().constData());
            m_lastEntry = kept;
            QString error;
            if (!m_historyFile.isEmpty() && !appendHistory(m_historyFile, kept, &error) && !m_historyWarned) {
                m_historyWarned = true;
                m_console->error(error);
            }
        }
        const QmpCtlExit e = m_session->executeLine(line);
        if (e == QmpCtlExit::Connection && !m_session->client()->isRunning()) {
            printHeldEvents();
            m_console->error(tr("the connection is gone"));
            finish(QmpCtlExit::Connection);
            return;
        }
    }
    showPrompt();
}

QmpCtlExit QmpCtlShell::run()
{
    QmpClient *client = m_session->client();
    connect(client, &QmpClient::eventReceived, this, &QmpCtlShell::printEventAtPrompt);

    const QmpGreeting greeting = client->greeting();
    if (m_session->options().guestAgent)
        m_console->error(tr("connected to the guest agent at %1; Tab completes, Ctrl-D quits").arg(client->address().toString()));
    else
        m_console->error(tr("connected to QEMU %1.%2.%3 at %4; Tab completes, Ctrl-D quits")
                             .arg(greeting.major()).arg(greeting.minor()).arg(greeting.micro())
                             .arg(client->address().toString()));
    setUpCompletion();
    if (!m_session->schemaError().isEmpty())
        m_console->error(tr("warning: no completion of arguments: %1").arg(m_session->schemaError()));

    // Signals come through the event loop instead (QmpCtlSignalWatcher).
    rl_catch_signals = 0;
    using_history();
    stifle_history(historyLimit);
    const QStringList history = readHistory(m_historyFile);
    for (const QString &line : history)
        add_history(line.toUtf8().constData());
    m_lastEntry = history.isEmpty() ? QString() : history.last();
    m_prompt = prompt().toUtf8();

    QEventLoop loop;
    m_loop = &loop;
    QmpCtlSignalWatcher interrupts;
    connect(&interrupts, &QmpCtlSignalWatcher::interrupted, this, &QmpCtlShell::onSignal);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    m_input = &input;
    connect(&input, &QSocketNotifier::activated, this, &QmpCtlShell::onInput);
    connect(client, &QmpClient::disconnected, this, [this] {
        if (!m_atPrompt)
            return; // executeLine() reports it
        m_console->write("\r\033[K");
        printHeldEvents();
        m_console->error(tr("the connection is gone"));
        finish(QmpCtlExit::Connection);
    });
    g_shell = this;
    showPrompt();
    const auto result = QmpCtlExit(loop.exec());
    g_shell = nullptr;
    m_input = nullptr;
    m_loop = nullptr;
    return result;
}
