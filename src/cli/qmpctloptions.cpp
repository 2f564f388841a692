// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctloptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

#include <cmath>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qmpctl", text);
}

QmpCtlCommandLine::Result usage(const QString &message)
{
    QmpCtlCommandLine::Result r;
    r.exit = QmpCtlExit::Usage;
    r.message = message;
    return r;
}

// Seconds as people write them ("30", "0.5") to milliseconds; -1 when not a positive number.
int parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 31 * 24 * 3600)
        return -1;
    return std::max(1, int(std::lround(seconds * 1000)));
}

// Column (1-based, in characters) of a byte offset into text's UTF-8 form.
int columnOf(const QString &text, qsizetype byteOffset)
{
    return int(QString::fromUtf8(text.toUtf8().left(std::max<qsizetype>(0, byteOffset))).size()) + 1;
}

} // namespace

QString QmpCtlCommandLine::versionText()
{
    return u"qmpctl " QMP_CONSOLE_VERSION u""_s;
}

QmpCtlCommandLine::Result QmpCtlCommandLine::parse(const QStringList &arguments, bool stdinIsTerminal)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Send QMP commands to QEMU (or to qemu-ga with --qga) and print the replies.\n"
        "\n"
        "ADDRESS: /path/to/socket, unix:/path, host:port, tcp:host:port or [v6addr]:port.\n"
        "COMMAND: qmp-shell short form, e.g. 'blockdev-add driver=file node-name=f0 filename=/tmp/f.img';\n"
        "a value is JSON where it parses as JSON, else a string; 'a.b=1' nests into {\"a\": {\"b\": 1}}.\n"
        "Or COMMAND '{\"json\": \"arguments\"}', or a whole message '{\"execute\": ...}'.\n"
        "Prints the \"return\" value as JSON. Without COMMAND: reads one command per line from stdin\n"
        "(blank lines and # comments skipped) and prints one line per command: the return value, or\n"
        "{\"error\": {\"class\": ..., \"desc\": ...}} for a line that failed. Prompts when stdin is a terminal.\n"
        "\n"
        "Arguments are checked against the server's schema before sending.\n"
        "\n"
        "Examples:\n"
        "  qmpctl /tmp/vm/qmp.sock query-status\n"
        "  qmpctl /tmp/vm/qmp.sock device_add driver=usb-kbd id=kbd0 bus=xhci.0\n"
        "  qmpctl --events --count 1 /tmp/vm/qmp.sock device_del id=kbd0\n"
        "  qmpctl --describe device_add /tmp/vm/qmp.sock\n"
        "  qmpctl --events --save events.jsonl localhost:4444\n"
        "  qmpctl --qga /tmp/vm/qga.sock guest-info\n"
        "\n"
        "Exit status: 0 success; 1 the server answered with an error; 2 usage or client-side\n"
        "validation error (nothing was sent); 3 connection, protocol or timeout error."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version(u"version"_s, tr("Show the version and exit."));
    const QCommandLineOption raw(u"raw"_s, tr("Send JSON exactly as given (a whole message, not checked against the schema) and print the whole reply."), u"JSON"_s);
    const QCommandLineOption qga(u"qga"_s, tr("Talk to a QEMU guest agent (qemu-ga) instead of QMP."));
    const QCommandLineOption noNegotiate(u"no-negotiate"_s, tr("Do not send qmp_capabilities after the greeting."));
    const QCommandLineOption listen(u"listen"_s, tr("Listen on ADDRESS and wait for QEMU to connect in."));
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up on connecting and on each command after SECONDS (default 30)."), u"SECONDS"_s);
    const QCommandLineOption pretty(u"pretty"_s, tr("Print replies as indented JSON."));
    const QCommandLineOption hmp(u"hmp"_s, tr("COMMAND (and each line read) is an HMP command line; print its output as is."));
    const QCommandLineOption oob(u"oob"_s, tr("Execute out of band (exec-oob)."));
    const QCommandLineOption passFd(u"pass-fd"_s, tr("Pass file descriptor N with COMMAND (SCM_RIGHTS, UNIX sockets only; repeatable)."), u"N"_s);
    const QCommandLineOption events(u"events"_s, tr("Print events as JSON Lines, exactly as received (after COMMAND if one is given)."));
    const QCommandLineOption count(u"count"_s, tr("With --events: stop after N events."), u"N"_s);
    const QCommandLineOption duration(u"duration"_s, tr("With --events: stop after SECONDS."), u"SECONDS"_s);
    const QCommandLineOption save(u"save"_s, tr("With --events: also append the events to FILE as JSON Lines (created mode 0600)."), u"FILE"_s);
    const QCommandLineOption tlsCa(u"tls-ca"_s, tr("Use TLS; FILE is the PEM CA certificate that signed the server's."), u"FILE"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, tr("PEM client certificate for TLS."), u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("PEM private key of the client certificate."), u"FILE"_s);
    const QCommandLineOption tlsName(u"tls-name"_s, tr("Name expected in the server certificate (default: the host)."), u"NAME"_s);
    const QCommandLineOption describe(u"describe"_s, tr("Print the arguments and return type of COMMAND from the server's schema."), u"COMMAND"_s);
    parser.addOptions({help, version, raw, qga, noNegotiate, listen, timeout, pretty, hmp, oob, passFd, events, count,
                       duration, save, tlsCa, tlsCert, tlsKey, tlsName, describe});
    parser.addPositionalArgument(u"ADDRESS"_s, tr("Where the QMP server (or guest agent) is."));
    parser.addPositionalArgument(u"COMMAND"_s, tr("The command to execute."), u"[COMMAND"_s);
    parser.addPositionalArgument(u"ARGUMENTS"_s, tr("KEY=VALUE ... or one JSON object."), u"[KEY=VALUE ... | JSON-OBJECT]]"_s);

    if (!parser.parse(arguments))
        return usage(parser.errorText() + tr(" (see --help)"));

    Result result;
    QmpCtlOptions &o = result.options;
    if (parser.isSet(help)) {
        o.mode = QmpCtlOptions::Mode::Help;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        o.mode = QmpCtlOptions::Mode::Version;
        result.message = versionText();
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("missing ADDRESS (see --help)"));

    o.addressText = positional.first();
    QString addressError;
    o.address = QmpAddress::parse(o.addressText, &addressError);
    if (!o.address.isValid())
        return usage(tr("address '%1': %2").arg(o.addressText, addressError));

    o.listen = parser.isSet(listen);
    o.guestAgent = parser.isSet(qga);
    o.negotiate = !parser.isSet(noNegotiate);
    o.pretty = parser.isSet(pretty);
    o.hmp = parser.isSet(hmp);
    o.outOfBand = parser.isSet(oob);
    o.events = parser.isSet(events);

    if (parser.isSet(timeout)) {
        o.timeoutMs = parseSeconds(parser.value(timeout));
        if (o.timeoutMs < 0)
            return usage(tr("--timeout '%1': expected a number of seconds greater than 0").arg(parser.value(timeout)));
    }
    if (parser.isSet(duration)) {
        o.durationMs = parseSeconds(parser.value(duration));
        if (o.durationMs < 0)
            return usage(tr("--duration '%1': expected a number of seconds greater than 0").arg(parser.value(duration)));
    }
    if (parser.isSet(count)) {
        bool ok = false;
        o.count = parser.value(count).toLongLong(&ok);
        if (!ok || o.count <= 0)
            return usage(tr("--count '%1': expected a whole number greater than 0").arg(parser.value(count)));
    }
    if (parser.isSet(save)) {
        o.saveFile = parser.value(save);
        if (o.saveFile.isEmpty())
            return usage(tr("--save: empty file name"));
        const QFileInfo dir(QFileInfo(o.saveFile).absolutePath());
        if (!dir.isDir())
            return usage(tr("--save '%1': folder '%2' does not exist").arg(o.saveFile, dir.filePath()));
        if (QFileInfo(o.saveFile).isDir())
            return usage(tr("--save '%1': is a folder").arg(o.saveFile));
    }
    if (!o.events) {
        if (parser.isSet(count))
            return usage(tr("--count needs --events"));
        if (parser.isSet(duration))
            return usage(tr("--duration needs --events"));
        if (parser.isSet(save))
            return usage(tr("--save needs --events"));
    }

    for (const QString &text : parser.values(passFd)) {
        bool ok = false;
        const int fd = text.toInt(&ok);
        if (!ok || fd < 0)
            return usage(tr("--pass-fd '%1': expected a file descriptor number").arg(text));
#ifdef Q_OS_UNIX
        if (::fcntl(fd, F_GETFD) < 0)
            return usage(tr("--pass-fd %1: file descriptor %1 is not open").arg(fd));
#else
        return usage(tr("--pass-fd: file descriptors can only be passed on UNIX systems"));
#endif
        o.passFds.append(fd);
    }

    o.tls.caFile = parser.value(tlsCa);
    o.tls.certFile = parser.value(tlsCert);
    o.tls.keyFile = parser.value(tlsKey);
    o.tls.peerName = parser.value(tlsName);
    const bool anyTls = parser.isSet(tlsCa) || parser.isSet(tlsCert) || parser.isSet(tlsKey) || parser.isSet(tlsName);
    if (anyTls) {
        if (parser.isSet(tlsCa) && o.tls.caFile.isEmpty())
            return usage(tr("--tls-ca: empty file name"));
        if (!o.address.isTcp())
            return usage(tr("TLS options need a TCP address, not '%1'").arg(o.addressText));
        if (!o.tls.isEnabled())
            return usage(tr("--tls-cert, --tls-key and --tls-name need --tls-ca to verify the server"));
        if (const QString e = o.tls.validate(); !e.isEmpty())
            return usage(tr("TLS: %1").arg(e));
    }

    if (o.address.isUnix()) {
        const QString path = o.address.path();
        if (o.listen) {
            const QFileInfo dir(QFileInfo(path).absolutePath());
            if (!dir.isDir())
                return usage(tr("address '%1': folder '%2' does not exist").arg(o.addressText, dir.filePath()));
        } else {
#ifdef Q_OS_UNIX
            struct stat st;
            if (::stat(QFile::encodeName(path).constData(), &st) != 0)
                return usage(tr("address '%1': socket '%2' does not exist").arg(o.addressText, path));
            if (!S_ISSOCK(st.st_mode))
                return usage(tr("address '%1': '%2' is not a socket").arg(o.addressText, path));
#else
            if (!QFileInfo::exists(path))
                return usage(tr("address '%1': socket '%2' does not exist").arg(o.addressText, path));
#endif
        }
    }

    // What to do.
    const bool hasCommand = positional.size() > 1;
    if (parser.isSet(describe)) {
        o.mode = QmpCtlOptions::Mode::Describe;
        o.describeCommand = parser.value(describe);
        if (hasCommand)
            return usage(tr("--describe takes the command as its value; '%1' is one argument too many").arg(positional[1]));
        const QmpShortForm name = QmpShortForm::parse(o.describeCommand);
        if (!name.isValid() || name.isWholeMessage() || !name.arguments().isUndefined())
            return usage(tr("--describe '%1': not a command name").arg(o.describeCommand));
    } else if (parser.isSet(raw)) {
        o.mode = QmpCtlOptions::Mode::Raw;
        if (hasCommand)
            return usage(tr("--raw takes the whole message as its value; '%1' is one argument too many").arg(positional[1]));
        const QString text = parser.value(raw);
        QmpJsonError je;
        o.rawMessage = QmpValue::fromJson(text.toUtf8(), &je);
        if (!je.ok())
            return usage(tr("--raw: invalid JSON at column %1: %2").arg(columnOf(text, je.offset)).arg(je.message));
        if (!o.rawMessage.isObject())
            return usage(tr("--raw: a QMP message is a JSON object, not %1").arg(o.rawMessage.typeName()));
    } else if (hasCommand) {
        o.mode = QmpCtlOptions::Mode::OneShot;
        if (o.hmp) {
            o.hmpLine = positional.mid(1).join(u' ');
        } else {
            QmpShortFormError e;
            o.command = QmpShortForm::parse(positional[1], positional.mid(2), &e);
            if (!o.command.isValid())
                return usage(tr("command '%1': %2").arg(positional.mid(1).join(u' '), e.toString()));
            if (o.command.isWholeMessage() && o.outOfBand)
                return usage(tr("--oob with a whole message: write \"exec-oob\" in the message instead"));
        }
    } else if (o.events) {
        o.mode = QmpCtlOptions::Mode::Events;
    } else {
        o.mode = stdinIsTerminal ? QmpCtlOptions::Mode::Interactive : QmpCtlOptions::Mode::Script;
    }

    // Combinations that cannot work.
    const auto mode = o.mode;
    if (o.guestAgent) {
        if (o.hmp)
            return usage(tr("--hmp does not work with --qga: the guest agent has no human monitor"));
        if (o.outOfBand)
            return usage(tr("--oob does not work with --qga: the guest agent has no out-of-band commands"));
        if (!o.negotiate)
            return usage(tr("--no-negotiate does not apply to --qga: the guest agent does not negotiate"));
        if (o.events)
            return usage(tr("--events does not work with --qga: the guest agent sends no events"));
        if (mode == QmpCtlOptions::Mode::Describe)
            return usage(tr("--describe does not work with --qga: the guest agent has no query-qmp-schema"));
    }
    if (!o.negotiate && mode == QmpCtlOptions::Mode::Describe)
        return usage(tr("--describe does not work with --no-negotiate: QEMU answers query-qmp-schema only after negotiation"));
    if (o.hmp && o.outOfBand)
        return usage(tr("--oob does not work with --hmp: human-monitor-command does not run out of band"));
    if (o.hmp && (mode == QmpCtlOptions::Mode::Raw || mode == QmpCtlOptions::Mode::Describe))
        return usage(tr("--hmp cannot be combined with --raw or --describe"));
    if (o.outOfBand && mode == QmpCtlOptions::Mode::Raw)
        return usage(tr("--oob with --raw: write \"exec-oob\" in the message instead"));
    if (o.events && (mode == QmpCtlOptions::Mode::Raw || mode == QmpCtlOptions::Mode::Describe))
        return usage(tr("--events works alone or after a COMMAND, not with --raw or --describe"));
    if (!o.passFds.isEmpty()) {
        if (mode != QmpCtlOptions::Mode::OneShot && mode != QmpCtlOptions::Mode::Raw)
            return usage(tr("--pass-fd needs a COMMAND (or --raw) to pass the descriptors with"));
        if (!o.address.isUnix())
            return usage(tr("--pass-fd works on UNIX sockets only, not on '%1'").arg(o.addressText));
    }

    o.warnInsecure = qmpIsUnprotected(o.address, o.tls);
    return result;
}
