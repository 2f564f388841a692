// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpschemacache.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QmpSchemaCache", text);
}

// Bumped when the file layout changes, so old files are ignored rather than misread.
constexpr int fileFormat = 1;

QmpValue keyValue(const QmpSchemaCache::Key &key)
{
    return QmpValue::object({{u"format"_s, fileFormat},
                             {u"major"_s, key.major},
                             {u"minor"_s, key.minor},
                             {u"micro"_s, key.micro},
                             {u"package"_s, key.package},
                             {u"target"_s, key.target}});
}

} // namespace

QmpSchemaCache::QmpSchemaCache(const QString &dir) : m_dir(dir.isEmpty() ? defaultDirectory() : dir) {}

QString QmpSchemaCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/qmp-schema"_s;
}

QString QmpSchemaCache::Key::fileName() const
{
    // The package string is free text; a hash keeps the name safe and distinct.
    const QByteArray hash = QCryptographicHash::hash((package + u'\n' + target).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"qemu-%1.%2.%3-%4.json"_s.arg(major).arg(minor).arg(micro).arg(QString::fromLatin1(hash));
}

QString QmpSchemaCache::filePath(const Key &key) const
{
    return m_dir + u'/' + key.fileName();
}

QmpSchema QmpSchemaCache::load(const Key &key, QString *error) const
{
    QString localError;
    QString &err = error ? *error : localError;
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        err = tr("no saved schema for this QEMU (%1)").arg(file.errorString());
        return {};
    }
    QmpJsonError jsonError;
    const QmpValue doc = QmpValue::fromJson(file.readAll(), &jsonError);
    if (!jsonError.ok()) {
        err = tr("the saved schema %1 is damaged: %2").arg(file.fileName(), jsonError.message);
        return {};
    }
    if (doc.value(u"key") != keyValue(key)) {
        err = tr("the saved schema %1 belongs to another QEMU").arg(file.fileName());
        return {};
    }
    return QmpSchema::fromValue(doc.value(u"schema"), &err);
}

bool QmpSchemaCache::store(const Key &key, const QmpSchema &schema, QString *error) const
{
    QString localError;
    QString &err = error ? *error : localError;
    if (!QDir().mkpath(m_dir)) {
        err = tr("cannot create the folder %1").arg(m_dir);
        return false;
    }
    QSaveFile file(filePath(key));
    if (!file.open(QIODevice::WriteOnly)) {
        err = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QmpValue doc = QmpValue::object({{u"key"_s, keyValue(key)}, {u"schema"_s, schema.toValue()}});
    file.write(doc.toJson());
    if (!file.commit()) {
        err = file.errorString();
        return false;
    }
    return true;
}

bool QmpSchemaCache::remove(const Key &key) const
{
    return QFile::remove(filePath(key));
}
