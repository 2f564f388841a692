// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A scripted QMP server (or guest agent) for tests, on a private UNIX socket: the test decides
// byte for byte what the client gets, including what QEMU would never send on demand. It runs in
// the test's own thread, so every wait here turns the event loop (the client's too).

#include "qmpaddress.h"
#include "qmpframer.h"
#include "qmpvalue.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QTest>

#include <functional>

class FakeQmpServer
{
public:
    // QEMU 7.2's greeting, with or without the oob capability.
    static QByteArray greeting(bool oob = true)
    {
        return QByteArray(R"({"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "Debian 1:7.2+dfsg-7"}, "capabilities": [)")
               + (oob ? R"("oob")" : "") + "]}}\r\n";
    }

    FakeQmpServer() : m_dir(QStringLiteral("/tmp/qmpf-XXXXXX"))
    {
        m_path = m_dir.filePath(QStringLiteral("fake.sock"));
        m_server.listen(m_path);
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                if (m_peer) { // one client at a time, as QEMU: later ones are simply dropped
                    s->abort();
                    s->deleteLater();
                    continue;
                }
                adopt(s);
            }
        });
    }
    ~FakeQmpServer() { closePeer(); }

    bool isListening() const { return m_server.isListening(); }
    QmpAddress address() const { return QmpAddress::unixSocket(m_path); }
    QString path() const { return m_path; }
    QLocalSocket *peer() const { return m_peer; }
    bool hasPeer() const { return m_peer && m_peer->state() == QLocalSocket::ConnectedState; }

    bool waitForPeer(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return bool(m_peer); }, ms);
    }

    void send(const QByteArray &bytes)
    {
        if (!m_peer)
            return;
        m_peer->write(bytes);
        m_peer->flush();
    }

    // One byte per write, with the event loop turned in between so that the client reads them
    // one by one (or close to it; the client must cope with any split).
    void sendBytewise(const QByteArray &bytes)
    {
        for (char c : bytes) {
            if (!m_peer)
                return;
            m_peer->write(&c, 1);
            m_peer->flush();
            QCoreApplication::processEvents();
        }
    }

    void closePeer()
    {
        if (!m_peer)
            return;
        QLocalSocket *p = m_peer;
        m_peer = nullptr;
        p->disconnect();
        p->flush();
        p->disconnectFromServer();
        p->deleteLater();
    }

    // The next message the client sent, in order; Undefined on timeout.
    QmpValue nextMessage(int ms = 10000)
    {
        if (!QTest::qWaitFor([this] { return !m_inbox.isEmpty(); }, ms))
            return {};
        return m_inbox.takeFirst();
    }
    qsizetype queued() const { return m_inbox.size(); }
    int delimiters() const { return m_delimiters; } // 0xFF bytes seen: guest-agent resyncs
    // Answer every command at once with {"return": {}} instead of queueing it for the test.
    void setAutoReply(bool on) { m_autoReply = on; }
    // Greet each client as it connects, as QEMU does, for tests that never call handshake().
    void setGreetOnConnect(bool on) { m_greetOnConnect = on; }
    // Hand every command to respond as it arrives, instead of auto-replying or queueing it: for a
    // server that plays a part (answers device_del with its events) while the test drives a client.
    void setResponder(std::function<void(const QmpValue &command)> respond) { m_respond = std::move(respond); }
    int received() const { return m_received; }

    // Answers a command the client sent with {"return": ret, "id": its id}.
    void reply(const QmpValue &command, const QmpValue &ret = QmpValue::object())
    {
        QmpValue r = QmpValue::object({{QStringLiteral("return"), ret}});
        if (command.contains(u"id"))
            r.insert(QStringLiteral("id"), command.value(u"id"));
        send(r.toJson() + "\r\n");
    }
    void replyError(const QmpValue &command, const QString &cls, const QString &desc)
    {
        QmpValue r = QmpValue::object({{QStringLiteral("error"), QmpValue::object({{QStringLiteral("class"), cls},
                                                                                    {QStringLiteral("desc"), desc}})}});
        if (command.contains(u"id"))
            r.insert(QStringLiteral("id"), command.value(u"id"));
        send(r.toJson() + "\r\n");
    }
    static QByteArray event(const QString &name, const QmpValue &data = {})
    {
        QmpValue e = QmpValue::object({{QStringLiteral("event"), name}});
        if (!data.isUndefined())
            e.insert(QStringLiteral("data"), data);
        e.insert(QStringLiteral("timestamp"),
                 QmpValue::object({{QStringLiteral("seconds"), qint64(1700000000)}, {QStringLiteral("microseconds"), 42}}));
        return e.toJson() + "\r\n";
    }
    // A DEVICE_DELETED or DEVICE_UNPLUG_GUEST_ERROR for the device of that id, as QEMU words it.
    static QByteArray deviceEvent(const QString &name, const QString &device)
    {
        return event(name, QmpValue::object({{QStringLiteral("device"), device},
                                             {QStringLiteral("path"), QString(QStringLiteral("/machine/peripheral/") + device)}}));
    }

    // The QMP handshake as QEMU does it: greeting, then a success answer to qmp_capabilities.
    bool handshake(bool oob = true)
    {
        if (!waitForPeer())
            return false;
        send(greeting(oob));
        const QmpValue caps = nextMessage();
        if (caps.value(u"execute").toString() != QLatin1String("qmp_capabilities"))
            return false;
        reply(caps);
        return true;
    }

private:
    void adopt(QLocalSocket *s)
    {
        m_peer = s;
        m_framer.clear();
        if (m_greetOnConnect)
            send(greeting(false));
        QObject::connect(s, &QLocalSocket::readyRead, s, [this, s] {
            if (s != m_peer)
                return;
            m_framer.append(s->readAll());
            QmpFramer::Frame f;
            while (m_framer.next(&f)) {
                if (f.kind == QmpFramer::Kind::Delimiter) {
                    ++m_delimiters;
                    continue;
                }
                ++m_received;
                const QmpValue message = QmpValue::fromJson(f.bytes);
                if (m_respond && message.contains(u"execute")) {
                    m_respond(message);
                    continue;
                }
                if (m_autoReply && message.contains(u"execute")) {
                    reply(message);
                    continue;
                }
                m_inbox.append(message);
            }
        });
    }

    QTemporaryDir m_dir;
    QString m_path;
    QLocalServer m_server;
    QPointer<QLocalSocket> m_peer;
    QmpFramer m_framer;
    QList<QmpValue> m_inbox;
    int m_delimiters = 0;
    int m_received = 0;
    bool m_autoReply = false;
    bool m_greetOnConnect = false;
    std::function<void(const QmpValue &)> m_respond;
};
