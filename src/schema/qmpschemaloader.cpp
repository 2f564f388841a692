// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschemaloader.h"

#include "qmpclient.h"

using namespace Qt::Literals::StringLiterals;

QmpSchemaLoader::QmpSchemaLoader(QmpClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QmpSchemaLoader::~QmpSchemaLoader()
{
    dropReplies();
}

void QmpSchemaLoader::setCacheDirectory(const QString &dir)
{
    m_cache = QmpSchemaCache(dir);
}

void QmpSchemaLoader::setAutoLoad(bool on)
{
    disconnect(m_autoLoad);
    if (on)
        m_autoLoad = connect(m_client, &QmpClient::connected, this, &QmpSchemaLoader::load);
}

void QmpSchemaLoader::dropReplies()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void QmpSchemaLoader::load()
{
    dropReplies();
    m_loading = true;
    m_error.clear();
    Q_EMIT started();
    if (!m_client->isRunning()) {
        fail(tr("not connected"));
        return;
    }
    const QmpGreeting greeting = m_client->greeting();
    m_key = {};
    m_key.major = greeting.major();
    m_key.minor = greeting.minor();
    m_key.micro = greeting.micro();
    m_key.package = greeting.package();
    // The schema differs between targets of the same QEMU version, so the target is part of the key.
    m_reply = m_client->execute(u"query-target"_s);
    connect(m_reply, &QmpReply::finished, this, &QmpSchemaLoader::onTargetFinished);
}

void QmpSchemaLoader::onTargetFinished()
{
    QmpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->isSuccess())
        m_key.target = reply->result().value(u"arch").toString();
    if (m_cacheEnabled) {
        QString error;
        const QmpSchema cached = m_cache.load(m_key, &error);
        if (!cached.isEmpty()) {
            m_schema = cached;
            m_fromCache = true;
            m_loading = false;
            Q_EMIT ready(m_schema);
            return;
        }
    }
    m_reply = m_client->execute(u"query-qmp-schema"_s);
    connect(m_reply, &QmpReply::finished, this, &QmpSchemaLoader::onSchemaFinished);
}

void QmpSchemaLoader::onSchemaFinished()
{
    QmpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isSuccess()) {
        fail(tr("query-qmp-schema failed: %1").arg(reply->errorString()));
        return;
    }
    QString error;
    const QmpSchema schema = QmpSchema::fromValue(reply->result(), &error);
    if (schema.isEmpty()) {
        fail(tr("the server's schema cannot be read: %1").arg(error));
        return;
    }
    // A cache that cannot be written only costs time on the next connect; not a failure.
    if (m_cacheEnabled)
        m_cache.store(m_key, schema);
    m_schema = schema;
    m_fromCache = false;
    m_loading = false;
    Q_EMIT ready(m_schema);
}

void QmpSchemaLoader::fail(const QString &message)
{
    m_loading = false;
    m_error = message;
    Q_EMIT failed(message);
}
