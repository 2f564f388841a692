// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschemacompleter.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

class QmpClient;

// One property of a QOM object as qom-list reports it.
struct QmpQomProperty
{
    QString name;
    QString type;      // "child<usb-kbd>", "link<PCIDevice>", "str", ...
    bool isChild() const { return type.startsWith(QLatin1StringView("child<")); }
    bool isLink() const { return type.startsWith(QLatin1StringView("link<")); }
    QString targetType() const; // "usb-kbd" for "child<usb-kbd>", empty for plain properties

    static QList<QmpQomProperty> fromQomList(const QmpValue &result);
};

// Fetches QOM children with qom-list through a QmpClient, for completing values that are QOM
// paths (QmpSchemaCompleter::valueIsObjectPath()). Results per path are kept until clear().
class QmpQomPathLister : public QObject
{
    Q_OBJECT
public:
    explicit QmpQomPathLister(QmpClient *client, QObject *parent = nullptr);

    // Emits propertiesReady(path, ...) or failed(path, ...); from the kept results at once
    // (still through the signal) when the path was listed before.
    void fetch(const QString &path);
    // For a partly typed path ("/machine/periph"): lists its parent ("/machine") and emits
    // completionsReady(prefix, ...) with the child and link paths that start with prefix.
    void complete(const QString &prefix);
    void clear() { m_cache.clear(); }

    static QString parentPath(const QString &prefix); // "/machine" for "/machine/peri", "/" for "/ma"

Q_SIGNALS:
    void propertiesReady(const QString &path, const QList<QmpQomProperty> &properties);
    void completionsReady(const QString &prefix, const QList<QmpCompletion> &completions);
    void failed(const QString &path, const QString &message);

private:
    QmpClient *m_client;
    QHash<QString, QList<QmpQomProperty>> m_cache;
};
