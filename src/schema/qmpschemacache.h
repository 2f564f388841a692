// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpschema.h"

#include <QtCore/QString>

// Saved schemas, one JSON file per QEMU build (version, package and target), so a reconnect to
// the same QEMU does not fetch and parse query-qmp-schema's large reply again.
class QmpSchemaCache
{
public:
    // dir empty: defaultDirectory().
    explicit QmpSchemaCache(const QString &dir = {});

    QString directory() const { return m_dir; }
    static QString defaultDirectory(); // <CacheLocation>/qmp-schema

    // The identity of a QEMU build. package and target may be empty.
    struct Key
    {
        int major = 0, minor = 0, micro = 0;
        QString package;
        QString target; // query-target's "arch": the schema differs per target
        QString fileName() const;
    };

    QString filePath(const Key &key) const;
    // An empty schema with *error set when nothing (usable) is saved for key.
    QmpSchema load(const Key &key, QString *error = nullptr) const;
    // Atomic write, file mode 0600. False with *error set on failure.
    bool store(const Key &key, const QmpSchema &schema, QString *error = nullptr) const;
    bool remove(const Key &key) const;

private:
    QString m_dir;
};
