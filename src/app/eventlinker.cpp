// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventlinker.h"

#include "commandwatcher.h"
#include "qmpclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString deviceKey(const QString &idOrPath)
{
    if (idOrPath.isEmpty())
        return {};
    // device_del, DEVICE_DELETED and friends accept or report either form; one key for both.
    return u"device:"_s + (idOrPath.startsWith(u'/') ? idOrPath : u"/machine/peripheral/"_s + idOrPath);
}

QString prefixed(const char *kind, const QmpValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QString() : QLatin1StringView(kind) + u':' + s;
}

void add(QStringList &keys, const QString &key)
{
    if (!key.isEmpty() && !keys.contains(key))
        keys.append(key);
}

// Commands that start a block job and name it job-id, or after their device when it is absent.
bool startsBlockJob(const QString &command)
{
    static const QStringList commands = {u"block-stream"_s, u"block-commit"_s, u"drive-mirror"_s, u"blockdev-mirror"_s,
                                         u"drive-backup"_s, u"blockdev-backup"_s};
    return commands.contains(command);
}

} // namespace

EventLinker::EventLinker(QObject *parent) : QObject(parent), m_watcher(new CommandWatcher(this))
{
    connect(m_watcher, &CommandWatcher::commandSent, this, [this](const QString &, const QmpValue &message) { addCommand(message); });
}

EventLinker::~EventLinker() = default;

void EventLinker::setClient(QmpClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_watcher->setClient(client);
    if (client)
        connect(client, &QmpClient::eventReceived, this, [this](const QmpEvent &e) { addEvent(e); });
}

void EventLinker::clear()
{
    m_commands.clear();
    m_events.clear();
    m_eventNames.clear();
    m_eventNameIds.clear();
    m_commandsByKey.clear();
    m_eventsOfCommand.clear();
    m_commandsOfEvent.clear();
}

QStringList EventLinker::commandKeys(const QString &command, const QmpValue &arguments)
{
    QStringList keys;
    if (command == "device_add"_L1 || command == "device_del"_L1) {
        add(keys, deviceKey(arguments.value(u"id").toString()));
        return keys;
    }
    if (command.startsWith("job-"_L1)) {
        add(keys, prefixed("job", arguments.value(u"id")));
        return keys;
    }
    if (command.startsWith("block-job-"_L1)) {
        add(keys, prefixed("job", arguments.value(u"device")));
        return keys;
    }
    if (startsBlockJob(command)) {
        const QmpValue jobId = arguments.value(u"job-id");
        add(keys, prefixed("job", jobId.isString() ? jobId : arguments.value(u"device")));
    }
    add(keys, prefixed("node", arguments.value(u"node-name")));
    add(keys, prefixed("drive", arguments.value(u"device")));
    // Tray and medium commands name the device by qdev id or path.
    if (command.contains("tray"_L1) || command.contains("medium"_L1) || command == "eject"_L1)
        add(keys, deviceKey(arguments.value(u"id").toString()));
    return keys;
}

QStringList EventLinker::eventKeys(const QString &event, const QmpValue &data)
{
    QStringList keys;
    if (event == "DEVICE_DELETED"_L1 || event == "DEVICE_UNPLUG_GUEST_ERROR"_L1) {
        add(keys, deviceKey(data.value(u"device").toString()));
        add(keys, deviceKey(data.value(u"path").toString()));
        return keys;
    }
    if (event == "JOB_STATUS_CHANGE"_L1) {
        add(keys, prefixed("job", data.value(u"id")));
        return keys;
    }
    if (event.startsWith("BLOCK_JOB_"_L1)) {
        add(keys, prefixed("job", data.value(u"device")));
        return keys;
    }
    if (event == "ACPI_DEVICE_OST"_L1) {
        add(keys, deviceKey(data.value(u"info").value(u"device").toString()));
        return keys;
    }
    if (event == "DEVICE_TRAY_MOVED"_L1) {
        add(keys, prefixed("drive", data.value(u"device")));
        add(keys, deviceKey(data.value(u"id").toString()));
        return keys;
    }
    add(keys, prefixed("node", data.value(u"node-name")));
    for (const char16_t *k : {u"path", u"qom-path"}) {
        const QString path = data.value(k).toString();
        if (path.startsWith(u'/'))
            add(keys, deviceKey(path));
    }
    if (event.startsWith("BLOCK_"_L1))
        add(keys, prefixed("drive", data.value(u"device")));
    return keys;
}

bool EventLinker::isSameRequest(const QmpValue &sent, const QmpValue &request)
{
    const QmpValue id = request.value(u"id");
    return id.isUndefined() ? sent == request : sent.value(u"id") == id;
}

int EventLinker::commandFor(const QmpValue &message) const
{
    for (int n = int(m_commands.size()) - 1; n >= 0; --n) {
        if (isSameRequest(m_commands.at(n).message, message))
            return n;
    }
    return -1;
}

EventLinker::Event EventLinker::event(int n) const
{
    if (n < 0 || n >= eventCount())
        return {};
    const EventRecord &r = m_events[size_t(n)];
    return {m_eventNames.at(r.nameId), r.receivedUsecs};
}

int EventLinker::eventFor(qint64 receivedUsecs, const QString &name) const
{
    const qsizetype id = m_eventNameIds.value(name, -1);
    if (id < 0)
        return -1;
    for (int n = eventCount() - 1; n >= 0; --n) {
        const EventRecord &r = m_events[size_t(n)];
        if (r.receivedUsecs == receivedUsecs && r.nameId == id)
            return n;
        if (r.receivedUsecs < receivedUsecs)
            break; // arrival order: it is not further back
    }
    return -1;
}

qsizetype EventLinker::nameId(const QString &name)
{
    // A flood is mostly one name over and over.
    if (!m_eventNames.isEmpty() && m_eventNames.constLast() == name)
        return m_eventNames.size() - 1;
    const auto it = m_eventNameIds.constFind(name);
    if (it != m_eventNameIds.cend())
        return *it;
    m_eventNames.append(name);
    m_eventNameIds.insert(name, m_eventNames.size() - 1);
    return m_eventNames.size() - 1;
}

int EventLinker::addCommand(const QmpValue &message, qint64 sentUsecs)
{
    if (m_commands.size() + qsizetype(m_events.size()) >= m_limit)
        clear();
    Command c;
    c.name = message.value(u"execute").toString(message.value(u"exec-oob").toString());
    c.message = message;
    c.sentUsecs = sentUsecs ? sentUsecs : QmpEvent::nowUsecs();
    c.keys = commandKeys(c.name, message.value(u"arguments"));
    const int n = int(m_commands.size());
    for (const QString &key : std::as_const(c.keys))
        m_commandsByKey[key].append(n);
    m_commands.append(c);
    return n;
}

int EventLinker::addEvent(const QmpEvent &event)
{
    if (m_commands.size() + qsizetype(m_events.size()) >= m_limit)
        clear();
    const int n = int(m_events.size());
    const qint64 at = event.receivedUsecs() ? event.receivedUsecs() : QmpEvent::nowUsecs();
    m_events.push_back({event.receivedUsecs(), nameId(event.name())});
    if (m_commandsByKey.isEmpty())
        return n; // no command names anything yet: nothing to link to
    QList<int> linkedTo;
    for (const QString &key : eventKeys(event.name(), event.data())) {
        const QList<int> candidates = m_commandsByKey.value(key);
        for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
            if (m_commands.at(*it).sentUsecs > at)
                continue; // sent after the event arrived: cannot have caused it
            if (!linkedTo.contains(*it))
                linkedTo.append(*it);
            break;
        }
    }
    for (int c : std::as_const(linkedTo)) {
        m_eventsOfCommand[c].append(n);
        m_commandsOfEvent[n].append(c);
        Q_EMIT linked(c, n);
    }
    return n;
}
