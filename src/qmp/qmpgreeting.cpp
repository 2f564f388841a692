// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpgreeting.h"

#include <QtCore/QCoreApplication>

static QmpGreeting invalid(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("QmpGreeting", text);
}

QmpGreeting QmpGreeting::fromMessage(const QmpValue &message, QString *error)
{
    if (!message.isObject())
        return invalid(error, tr("the greeting is not a JSON object"));
    const QmpValue qmp = message.value(u"QMP");
    if (!qmp.isObject())
        return invalid(error, tr("the greeting has no \"QMP\" object"));
    const QmpValue version = qmp.value(u"version");
    const QmpValue qemu = version.value(u"qemu");
    if (!version.isObject() || !qemu.isObject())
        return invalid(error, tr("the greeting has no \"version\": {\"qemu\": {...}} object"));
    const QmpValue major = qemu.value(u"major"), minor = qemu.value(u"minor"), micro = qemu.value(u"micro");
    if (!major.isInteger() || !minor.isInteger() || !micro.isInteger())
        return invalid(error, tr("the greeting's QEMU version is not three integers (major, minor, micro)"));
    const QmpValue package = version.value(u"package");
    if (!package.isUndefined() && !package.isString())
        return invalid(error, tr("the greeting's \"package\" is not a string"));
    const QmpValue caps = qmp.value(u"capabilities");
    if (!caps.isArray())
        return invalid(error, tr("the greeting has no \"capabilities\" array"));
    QStringList capabilities;
    for (const QmpValue &c : caps.elements()) {
        if (!c.isString())
            return invalid(error, tr("the greeting's capabilities are not all strings"));
        capabilities.append(c.toString());
    }

    QmpGreeting g;
    g.m_valid = true;
    g.m_major = int(major.toInt());
    g.m_minor = int(minor.toInt());
    g.m_micro = int(micro.toInt());
    g.m_package = package.toString();
    g.m_capabilities = capabilities;
    g.m_message = message;
    if (error)
        error->clear();
    return g;
}

QString QmpGreeting::versionString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_micro);
    QString pkg = m_package.trimmed();
    if (pkg.startsWith(u'(') && pkg.endsWith(u')'))
        pkg = pkg.mid(1, pkg.size() - 2).trimmed();
    if (!pkg.isEmpty())
        s += QLatin1String(" (") + pkg + u')';
    return s;
}
