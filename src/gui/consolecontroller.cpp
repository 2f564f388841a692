// SPDX-License-Identifier: GPL-2.0-or-later
#include "consolecontroller.h"

#include "commandeditor.h"
#include "commandhistory.h"
#include "commandlogmodel.h"
#include "commandlogview.h"
#include "commandpanel.h"
#include "connectionsession.h"
#include "jsontreeview.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Messages with nothing but a command and its arguments go through execute(), which gives
// them an id; anything else is sent exactly as typed.
bool isPlainCommand(const QmpValue &message)
{
    const QStringList keys = message.keys();
    for (const QString &key : keys) {
        if (key != u"execute"_s && key != u"exec-oob"_s && key != u"arguments"_s)
            return false;
    }
    return message.value(u"execute").isString() || message.value(u"exec-oob").isString();
}

// A failure with no reply from the server (timeout, connection lost) shaped like an error reply,
// so the reply view shows it the same way.
QmpValue localErrorReply(const QmpError &error)
{
    return QmpValue::object({{u"error"_s, QmpValue::object({{u"class"_s, QmpError::kindName(error.kind())},
                                                          {u"desc"_s, error.message()}})}});
}

} // namespace

ConsoleController::ConsoleController(CommandPanel *panel, CommandLogModel *log, CommandLogView *logView,
                                     JsonTreeView *replyView, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_log(log)
    , m_logView(logView)
    , m_replyView(replyView)
    , m_settings(settings)
{
    connect(m_panel, &CommandPanel::sendRequested, this, &ConsoleController::send);
    connect(m_logView, &CommandLogView::currentRowChanged, this, &ConsoleController::showEntry);
    connect(m_log, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_logView->currentIndex().row())
            showEntry(topLeft.row());
    });
    updateTarget();
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::setCurrentSession(ConnectionSession *session)
{
    if (m_session == session)
        return;
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    m_session = session;
    if (session) {
        m_sessionConnections.append(connect(session, &ConnectionSession::stateChanged, this, &ConsoleController::updateTarget));
        m_sessionConnections.append(connect(session, &ConnectionSession::commandNamesChanged, m_panel,
                                            &CommandPanel::setCommandNames));
        m_sessionConnections.append(connect(session, &QObject::destroyed, this, [this] { setCurrentSession(nullptr); }));
        m_panel->setCommandNames(session->commandNames());
        m_panel->editor()->setHistory(historyFor(session)->entries());
    } else {
        m_panel->setCommandNames({});
        m_panel->editor()->setHistory({});
    }
    updateTarget();
}

void ConsoleController::updateTarget()
{
    if (!m_session) {
        m_panel->setTargetReady(false, tr("Connect first: there is no live connection"));
        return;
    }
    const bool ready = m_session->isConnected();
    m_panel->setTargetReady(ready, ready ? QString()
                                         : tr("%1 is %2").arg(m_session->name(),
                                                               ConnectionSession::stateName(m_session->state())));
}

bool ConsoleController::send(const CommandText::Result &command)
{
    if (!command.isValid())
        return false;
    if (!m_session || !m_session->isConnected()) {
        Q_EMIT statusMessage(m_session ? tr("%1 is not connected").arg(m_session->name())
                                       : tr("No connection to send to"));
        return false;
    }
    QmpClient *client = m_session->client();
    QmpReply *reply = nullptr;
    if (command.form == CommandText::Form::Hmp) {
        reply = client->executeHmp(command.message.value(u"arguments").value(u"command-line").toString());
    } else if (isPlainCommand(command.message)) {
        QmpExecuteOptions options;
        options.outOfBand = command.message.contains(u"exec-oob");
        reply = client->execute(command.command, command.message.value(u"arguments"), options);
    } else {
        reply = client->sendRaw(command.message);
    }
    m_log->addReply(m_session->name(), reply);
    connect(reply, &QmpReply::finished, reply, &QObject::deleteLater);
    m_logView->selectNewest();

    CommandHistory *history = historyFor(m_session);
    history->add(m_panel->editor()->toPlainText().trimmed());
    m_panel->editor()->setHistory(history->entries());
    const QString hmpLine = CommandLogModel::hmpCommandLine(command.message);
    Q_EMIT statusMessage(hmpLine.isEmpty() ? tr("Sent %1 to %2").arg(command.command, m_session->name())
                                           : tr("Sent HMP line \"%1\" to %2").arg(hmpLine, m_session->name()));
    return true;
}

void ConsoleController::showEntry(int row)
{
    if (row < 0) {
        m_replyView->setValue({});
        return;
    }
    const CommandLogModel::Entry e = m_log->entry(row);
    // HMP output is text laid out for a terminal: as a JSON string it is one long line.
    if (const QmpValue &text = e.response.value(u"return");
        text.isString() && !CommandLogModel::hmpCommandLine(e.request).isEmpty())
        m_replyView->setTextValue(e.response, text.stringRef());
    else if (!e.response.isUndefined())
        m_replyView->setValue(e.response);
    else if (e.status == CommandLogModel::Status::Error)
        m_replyView->setValue(localErrorReply(e.error));
    else
        m_replyView->setValue({}); // still pending
}

CommandHistory *ConsoleController::historyFor(const ConnectionSession *session)
{
    const QString key = session->historyKey();
    CommandHistory *&history = m_histories[key];
    if (!history) {
        history = new CommandHistory(m_settings, key, this);
        history->setRedactor(&CommandHistory::redactSecrets); // history is a file in the home folder
    }
    return history;
}
