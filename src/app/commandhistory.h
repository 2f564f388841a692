// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <functional>

class QSettings;

// The commands typed for one profile (or one ad-hoc address), oldest first, kept in QSettings
// under "history/<key>" across restarts. Secrets are redacted before anything is stored.
class CommandHistory : public QObject
{
    Q_OBJECT
public:
    // Turns a command as typed into the text that may be stored.
    using Redactor = std::function<QString(const QString &command)>;

    // settings: not owned, must outlive the history. key: ConnectionProfile::id, or e.g.
    // "address:unix:/tmp/qmp.sock" for a connection without a profile.
    CommandHistory(QSettings *settings, const QString &key, QObject *parent = nullptr);

    QString key() const { return m_key; }
    QStringList entries() const { return m_entries; } // oldest first
    qsizetype size() const { return m_entries.size(); }
    // Stores the redacted command; an entry equal to the newest one is not repeated, an older
    // equal one moves to the end. The oldest entries go beyond limit().
    void add(const QString &command);
    void clear();
    // Entries containing text, newest first, each once.
    QStringList search(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    int limit() const { return m_limit; }
    void setLimit(int entries); // default 1000
    void setRedactor(Redactor redactor);
    Redactor redactor() const { return m_redactor; }

    // The console's redactor: values of password, secret, passphrase and token arguments (JSON
    // or key=value), the data of secret objects, and the password of HMP set_password become "***".
    static QString redactSecrets(const QString &command);

    // Removes the stored history of key (when its profile is deleted).
    static void forget(QSettings *settings, const QString &key);

Q_SIGNALS:
    void changed();

private:
    void store();

    QSettings *m_settings;
    QString m_key;
    QStringList m_entries;
    int m_limit = 1000;
    Redactor m_redactor;
};
