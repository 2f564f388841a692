// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpqompathlister.h"

#include "qmpclient.h"

#include <QtCore/QTimer>

using namespace Qt::Literals::StringLiterals;

QString QmpQomProperty::targetType() const
{
    const qsizetype open = type.indexOf(u'<');
    if (open < 0 || !type.endsWith(u'>'))
        return {};
    return type.mid(open + 1, type.size() - open - 2);
}

QList<QmpQomProperty> QmpQomProperty::fromQomList(const QmpValue &result)
{
    QList<QmpQomProperty> out;
    for (const QmpValue &p : result.elements())
        out.append({p.value(u"name").toString(), p.value(u"type").toString()});
    return out;
}

QmpQomPathLister::QmpQomPathLister(QmpClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString QmpQomPathLister::parentPath(const QString &prefix)
{
    const qsizetype slash = prefix.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : prefix.left(slash);
}

void QmpQomPathLister::fetch(const QString &path)
{
    const auto it = m_cache.constFind(path);
    if (it != m_cache.constEnd()) {
        const QList<QmpQomProperty> props = *it;
        // Always asynchronous, so callers connect before or after calling fetch() alike.
        QTimer::singleShot(0, this, [this, path, props] { Q_EMIT propertiesReady(path, props); });
        return;
    }
    QmpReply *reply = m_client->execute(u"qom-list"_s, QmpValue::object({{u"path"_s, path}}));
    connect(reply, &QmpReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        if (!reply->isSuccess()) {
            Q_EMIT failed(path, reply->errorString());
            return;
        }
        const QList<QmpQomProperty> props = QmpQomProperty::fromQomList(reply->result());
        m_cache.insert(path, props);
        Q_EMIT propertiesReady(path, props);
    });
}

void QmpQomPathLister::complete(const QString &prefix)
{
    const QString parent = parentPath(prefix);
    auto conn = std::make_shared<QMetaObject::Connection>();
    auto failConn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(this, &QmpQomPathLister::propertiesReady, this,
                    [this, prefix, parent, conn, failConn](const QString &path, const QList<QmpQomProperty> &props) {
                        if (path != parent)
                            return;
                        disconnect(*conn);
                        disconnect(*failConn);
                        QList<QmpCompletion> out;
                        const QString base = parent == "/"_L1 ? QString() : parent;
                        for (const QmpQomProperty &p : props) {
                            if (!p.isChild() && !p.isLink())
                                continue;
                            const QString full = base + u'/' + p.name;
                            if (full.startsWith(prefix))
                                out.append({QmpCompletion::ObjectPath, full, p.type, false, p.targetType()});
                        }
                        Q_EMIT completionsReady(prefix, out);
                    });
    *failConn = connect(this, &QmpQomPathLister::failed, this, [this, parent, conn, failConn](const QString &path) {
        if (path != parent)
            return;
        disconnect(*conn);
        disconnect(*failConn);
    });
    fetch(parent);
}
