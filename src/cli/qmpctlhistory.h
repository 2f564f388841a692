// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpvalue.h"

#include <QtCore/QString>

// The interactive shell's history across runs: where it lives (a file mode 0600 under the
// user's data folder) and what may be written to it. Passwords and secrets never are: such
// values are replaced by "<redacted>" before a line enters the history.
class QmpCtlHistory
{
public:
    // <GenericDataLocation>/qmpctl/history, e.g. ~/.local/share/qmpctl/history.
    static QString defaultFile();
    // The line as it may be kept: unchanged when it holds nothing secret.
    static QString redact(const QString &line, bool hmp = false);
    // Arguments with every secret value replaced; *changed tells whether anything was.
    static QmpValue redactArguments(const QString &command, const QmpValue &arguments, bool *changed = nullptr);
    static bool isSecretKey(const QString &key);
    static QString placeholder() { return QStringLiteral("<redacted>"); }
};
