// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandhistory.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

// QSettings treats '/' and '\' in keys as group separators: keep each key one entry.
QString settingsKey(const QString &key)
{
    return u"history/"_s + QString::fromLatin1(key.toUtf8().toPercentEncoding());
}

} // namespace

CommandHistory::CommandHistory(QSettings *settings, const QString &key, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_key(key)
{
    m_entries = m_settings->value(settingsKey(m_key)).toStringList();
}

void CommandHistory::add(const QString &command)
{
    const QString text = (m_redactor ? m_redactor(command) : command).trimmed();
    if (text.isEmpty())
        return;
    if (!m_entries.isEmpty() && m_entries.constLast() == text)
        return;
    m_entries.removeAll(text);
    m_entries.append(text);
    if (m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
    store();
}

QString CommandHistory::redactSecrets(const QString &command)
{
    // Key names as QEMU's schema uses them: password, new-password, key-secret, passphrase, ...
    static const QString names = u"[A-Za-z0-9_-]*(?:password|passwd|secret|passphrase|token)[A-Za-z0-9_-]*"_s;
    static const QRegularExpression jsonString(u"(\"%1\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s.arg(names),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyValue(u"(^|\\s)(%1=)\\S+"_s.arg(names), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretDataJson(u"(\"data\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s);
    static const QRegularExpression secretDataKv(u"(^|\\s)(data=)\\S+"_s);
    static const QRegularExpression hmpSetPassword(u"^(\\s*(?:set_password|change\\s+vnc\\s+password)\\s+[^\\s=]+\\s+)[^\\s=]+(?=\\s|$)"_s);

    QString text = command;
    text.replace(jsonString, u"\\1\"***\""_s);
    text.replace(keyValue, u"\\1\\2***"_s);
    if (text.contains(u"secret"_s, Qt::CaseInsensitive)) {
        text.replace(secretDataJson, u"\\1\"***\""_s);
        text.replace(secretDataKv, u"\\1\\2***"_s);
    }
    text.replace(hmpSetPassword, u"\\1***"_s);
    return text;
}

void CommandHistory::clear()
{
    m_entries.clear();
    store();
}

QStringList CommandHistory::search(const QString &text, Qt::CaseSensitivity cs) const
{
    QStringList out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        if (it->contains(text, cs))
            out << *it;
    return out;
}

void CommandHistory::setLimit(int entries)
{
    m_limit = qMax(1, entries);
    if (m_entries.size() > m_limit) {
        m_entries.remove(0, m_entries.size() - m_limit);
        store();
    }
}

void CommandHistory::setRedactor(Redactor redactor)
{
    m_redactor = std::move(redactor);
}

void CommandHistory::store()
{
    if (m_entries.isEmpty())
        m_settings->remove(settingsKey(m_key));
    else
        m_settings->setValue(settingsKey(m_key), m_entries);
    m_settings->sync();
    Q_EMIT changed();
}

void CommandHistory::forget(QSettings *settings, const QString &key)
{
    settings->remove(settingsKey(key));
}
