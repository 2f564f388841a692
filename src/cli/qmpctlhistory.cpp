// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlhistory.h"

#include "qmpshortform.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>

QString QmpCtlHistory::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/qmpctl/history");
}

bool QmpCtlHistory::isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k.contains(QLatin1String("passphrase"));
}

static bool isSecretKeyOrData(const QString &key, bool secretObject)
{
    return QmpCtlHistory::isSecretKey(key) || (secretObject && key == u"data");
}

static QmpValue redactObject(const QmpValue &object, bool secretObject, bool *changed)
{
    QmpValue out = object;
    for (const QmpMember &m : object.members()) {
        // A secret object's "data" is the secret itself.
        if (isSecretKeyOrData(m.key, secretObject)) {
            out.insert(m.key, QmpValue(QmpCtlHistory::placeholder()));
            *changed = true;
        } else if (m.value.isObject()) {
            out.insert(m.key, redactObject(m.value, false, changed));
        }
    }
    return out;
}

QmpValue QmpCtlHistory::redactArguments(const QString &command, const QmpValue &arguments, bool *changed)
{
    bool dummy = false;
    bool &any = changed ? *changed : dummy;
    any = false;
    if (!arguments.isObject())
        return arguments;
    const QString qomType = arguments.value(u"qom-type").toString();
    const bool secretObject = command == u"object-add" && qomType.startsWith(QLatin1String("secret"));
    return redactObject(arguments, secretObject, &any);
}

QString QmpCtlHistory::redact(const QString &line, bool hmp)
{
    static const QRegularExpression assignment(
        QStringLiteral(R"(((?:[\w.-]*(?:password|secret|passphrase)[\w.-]*|data)\s*=\s*)("[^"]*"?|'[^']*'?|[^\s,]*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonMember(
        QStringLiteral(R"(("[^"]*(?:password|secret|passphrase)[^"]*"\s*:\s*)("(?:[^"\\]|\\.)*"?|[^,}\s]*))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString redacted = QStringLiteral("\\1") + placeholder();

    if (hmp) {
        const QString trimmed = line.trimmed();
        // set_password PROTOCOL PASSWORD [CONNECTED]
        if (trimmed.startsWith(QLatin1String("set_password"))) {
            QStringList words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
            if (words.size() >= 3)
                words[2] = placeholder();
            return words.join(u' ');
        }
        if (!assignment.match(line).hasMatch())
            return line;
        QString out = line;
        return out.replace(assignment, redacted);
    }

    const QmpShortForm parsed = QmpShortForm::parse(line);
    if (parsed.isValid()) {
        bool changed = false;
        const QmpValue args = redactArguments(parsed.command(), parsed.arguments(), &changed);
        if (!changed)
            return line;
        if (parsed.isWholeMessage()) {
            QmpValue m = parsed.message();
            m.insert(QStringLiteral("arguments"), args);
            return QString::fromUtf8(m.toJson());
        }
        return QmpShortForm::format(parsed.command(), args);
    }
    // A line that does not parse was not sent, but may still hold a secret someone typed.
    QString out = line;
    out.replace(jsonMember, redacted);
    static const QRegularExpression keyValue(
        QStringLiteral(R"(([\w.-]*(?:password|secret|passphrase)[\w.-]*\s*=\s*)("[^"]*"?|'[^']*'?|\S*))"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(keyValue, redacted);
    return out;
}
