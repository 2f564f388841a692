// SPDX-License-Identifier: GPL-2.0-or-later
#include "schemabench.h"

#include "benchclient.h"
#include "jsontreemodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace {

// The floor: a blocking client on a plain socket that sends the command and reads until the
// reply's line ends, parsing nothing. Lines that start like an event are skipped.
class RawLineClient
{
public:
    ~RawLineClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool connectTo(const QString &path, QString *error)
    {
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        if (size_t(encoded.size()) >= sizeof a.sun_path) {
            *error = QCoreApplication::translate("qmp-bench", "socket path too long: %1").arg(path);
            return false;
        }
        std::memcpy(a.sun_path, encoded.constData(), size_t(encoded.size()));
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0) {
            *error = QCoreApplication::translate("qmp-bench", "cannot connect to %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (!nextLine() || !send("{\"execute\":\"qmp_capabilities\"}\n") || !nextReply()) {
            *error = QCoreApplication::translate("qmp-bench", "no greeting or no answer to qmp_capabilities from %1").arg(path);
            return false;
        }
        return true;
    }

    bool send(const char *text)
    {
        size_t n = std::strlen(text);
        while (n > 0) {
            const ssize_t w = ::write(m_fd, text, n);
            if (w <= 0)
                return false;
            text += w;
            n -= size_t(w);
        }
        return true;
    }

    // The next line that is not an event; its length, or -1 when the connection ended.
    qsizetype nextReply()
    {
        for (;;) {
            const qsizetype n = nextLine();
            if (n < 0)
                return -1;
            if (std::strncmp(m_line, "{\"timestamp\"", 12) != 0 && std::strncmp(m_line, "{\"event\"", 8) != 0)
                return n;
        }
    }

    const char *line() const { return m_line; }

private:
    qsizetype nextLine()
    {
        for (;;) {
            if (char *nl = static_cast<char *>(std::memchr(m_buf.data() + m_scan, '\n', m_len - m_scan))) {
                m_line = m_buf.data() + m_pos;
                const qsizetype n = nl - m_line;
                m_pos = m_scan = size_t(nl - m_buf.data()) + 1;
                return n;
            }
            m_scan = m_len;
            if (m_pos > 0) {
                std::memmove(m_buf.data(), m_buf.data() + m_pos, m_len - m_pos);
                m_len -= m_pos;
                m_scan -= m_pos;
                m_pos = 0;
            }
            if (m_buf.size() - m_len < 65536)
                m_buf.resize(m_buf.size() * 2);
            const ssize_t r = ::read(m_fd, m_buf.data() + m_len, m_buf.size() - m_len);
            if (r <= 0)
                return -1;
            m_len += size_t(r);
        }
    }

    int m_fd = -1;
    std::vector<char> m_buf = std::vector<char>(1 << 20);
    size_t m_len = 0;  // bytes in the buffer
    size_t m_pos = 0;  // start of the next line
    size_t m_scan = 0; // bytes before this hold no newline
    const char *m_line = nullptr;
};

int rawSchemaCalls(const QString &path, qint64 count, QTextStream &out, QTextStream &err)
{
    RawLineClient raw;
    QString error;
    if (!raw.connectTo(path, &error)) {
        err << "qmp-bench: " << error << Qt::endl;
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype n = raw.send("{\"execute\":\"query-qmp-schema\"}\n") ? raw.nextReply() : -1;
        if (n < 0) {
            err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "the server closed the connection") << Qt::endl;
            return 3;
        }
        if (std::strncmp(raw.line(), "{\"return\"", 9) != 0) {
            err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "query-qmp-schema failed: %1").arg(QString::fromUtf8(raw.line(), qMin<qsizetype>(n, 200))) << Qt::endl;
            return 3;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << "schema_raw_calls_per_s " << QString::number(double(count) / seconds, 'f', 1) << Qt::endl;
    return 0;
}

} // namespace

int runSchemaBench(const QString &address, qint64 count)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QmpAddress parsed = QmpAddress::parse(address);
    if (parsed.isUnix()) {
        // One client per QMP socket: the raw client is gone before QmpClient connects.
        if (const int status = rawSchemaCalls(parsed.path(), count, out, err))
            return status;
    }

    QmpClient client;
    QString error;
    if (!connectForBench(client, address, &error)) {
        err << "qmp-bench: " << error << Qt::endl;
        return 3;
    }
    JsonTreeModel tree;
    qint64 entries = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        QmpReply *reply = client.execute(QStringLiteral("query-qmp-schema"));
        const bool finished = reply->waitForFinished();
        if (!finished || !reply->isSuccess()) {
            err << "qmp-bench: " << (finished ? reply->errorString() : QCoreApplication::translate("qmp-bench", "no reply")) << Qt::endl;
            delete reply;
            return 3;
        }
        // What the reply view does: the whole reply as a tree, its "return" expanded, so every
        // schema entry is a row.
        tree.setValue(reply->response());
        const QModelIndex result = tree.indexForPath(QStringLiteral("return"));
        entries += tree.rowCount(result);
        if (tree.rowCount(result) > 0)
            tree.index(0, 0, result);
        delete reply;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (entries == 0) {
        err << "qmp-bench: " << QCoreApplication::translate("qmp-bench", "query-qmp-schema returned no entries") << Qt::endl;
        return 3;
    }
    out << "schema_calls_per_s " << QString::number(double(count) / seconds, 'f', 1) << Qt::endl;
    return 0;
}
