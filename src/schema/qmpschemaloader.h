// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"
#include "qmpschemacache.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

class QmpClient;
class QmpReply;

// Gets the schema of the QEMU a QmpClient is connected to: from the cache when this QEMU build
// was seen before, else with query-qmp-schema (then saved). load() is asynchronous and ends
// with exactly one of ready() or failed().
class QmpSchemaLoader : public QObject
{
    Q_OBJECT
public:
    explicit QmpSchemaLoader(QmpClient *client, QObject *parent = nullptr);
    ~QmpSchemaLoader() override;

    void setCacheDirectory(const QString &dir); // default QmpSchemaCache::defaultDirectory()
    QString cacheDirectory() const { return m_cache.directory(); }
    void setCacheEnabled(bool on) { m_cacheEnabled = on; }
    bool isCacheEnabled() const { return m_cacheEnabled; }
    // Load again by itself each time the client connects. Default off.
    void setAutoLoad(bool on);

    // Needs the client to be running; a load already under way is restarted.
    void load();
    bool isLoading() const { return m_loading; }
    QmpSchema schema() const { return m_schema; } // the last schema loaded (empty before)
    bool isFromCache() const { return m_fromCache; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void started();
    void ready(const QmpSchema &schema);
    void failed(const QString &message);

private:
    void onTargetFinished();
    void onSchemaFinished();
    void fail(const QString &message);
    void dropReplies();

    QmpClient *m_client;
    QmpSchemaCache m_cache;
    QmpSchemaCache::Key m_key;
    QPointer<QmpReply> m_reply;
    QmpSchema m_schema;
    QString m_error;
    bool m_cacheEnabled = true;
    bool m_loading = false;
    bool m_fromCache = false;
    QMetaObject::Connection m_autoLoad;
};
