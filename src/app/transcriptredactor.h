// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QByteArray>

// Takes secrets out of a QMP message before it is kept in a transcript: the values of members
// named like a password or a secret ("password", "new-secret", "key-secret", "passphrase"), the
// "data" of a `secret` object being added, and the arguments of an HMP line such as
// `set_password vnc ...`. Messages without any of these stay byte for byte as they were.
class TranscriptRedactor
{
public:
    static inline const QString Placeholder = QStringLiteral("<redacted>");

    // True when raw carried a secret; *out is then the message re-serialised without it.
    static bool redact(QByteArrayView raw, QByteArray *out);
    // The same on a parsed value; true when anything was replaced.
    static bool redactValue(QmpValue &value);

    static bool isSecretKey(QStringView key);
    static bool hmpLineHasSecret(QStringView commandLine);
};
