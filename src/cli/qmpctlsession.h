// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpctloptions.h"

#include "qmpclient.h"
#include "qmpschema.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

class QmpCtlConsole;

// One qmpctl connection: connects as the options say, executes commands (short form, JSON,
// whole messages, HMP lines), prints their results and reports failures with the exit status
// they deserve. Shared by the one-shot, script and interactive modes.
class QmpCtlSession : public QObject
{
    Q_OBJECT
public:
    QmpCtlSession(const QmpCtlOptions &options, QmpCtlConsole *console, QObject *parent = nullptr);
    ~QmpCtlSession() override;

    QmpClient *client() { return &m_client; }
    const QmpCtlOptions &options() const { return m_options; }

    // Connects (or listens and waits for QEMU) within the timeout. Reports failures itself.
    QmpCtlExit open();
    void close();

    // where prefixes messages about this command ("line 3"); empty in one-shot mode, where a
    // server error prints as plain "CLASS: desc".
    QmpCtlExit execute(const QmpShortForm &command, const QList<int> &fds = {}, const QString &where = {});
    QmpCtlExit executeHmp(const QString &line, const QList<int> &fds = {}, const QString &where = {});
    QmpCtlExit sendRaw(const QmpValue &message, const QList<int> &fds = {});
    // A line as typed: short form, JSON, or an HMP line with --hmp. Blank lines and # comments
    // do nothing.
    QmpCtlExit executeLine(const QString &line, const QString &where = {});

    // The live schema (query-qmp-schema, cached per QEMU build), loaded once on first use.
    // Empty for the guest agent, with --no-negotiate, or when it cannot be had; schemaError()
    // then says why (empty when there is no schema to be had by design).
    QmpSchema schema();
    QString schemaError() const { return m_schemaError; }
    // Checks command against the schema; prints the problems and returns false when it would
    // fail. True when it passes or when there is nothing to check it against.
    bool validate(const QmpShortForm &command, const QString &where = {});

    // Stops waiting for the command in flight (Ctrl-C at the interactive prompt); it then
    // fails as aborted. Nothing happens when no command is in flight.
    void abortCurrent();

    static QmpCtlExit exitFor(const QmpError &error);

    // The first failure since clearFailure(), as a QMP error object: QEMU's class and desc for
    // a server error, class "ClientError" for what failed on this side. Undefined when none.
    // Script mode prints it in the failed line's place, so replies stay one per input line.
    QmpValue failure() const { return m_failure; }
    void clearFailure() { m_failure = QmpValue(); }

private:
    QmpCtlExit finish(QmpReply *reply, const QString &what, const QString &where, bool hmp);
    void printValue(const QmpValue &value);
    void report(const QString &where, const QString &message);
    void noteFailure(const QString &errorClass, const QString &description);

    QmpCtlOptions m_options;
    QmpCtlConsole *m_console;
    QmpClient m_client;
    QPointer<QmpReply> m_current;
    QmpSchema m_schema;
    QString m_schemaError;
    bool m_schemaLoaded = false;
    bool m_schemaWarned = false;
    QmpValue m_failure;
};
