// SPDX-License-Identifier: GPL-2.0-or-later
#include "qmpctlconsole.h"

#include <QtCore/QIODevice>

void QmpCtlConsole::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_out->write(bytes) != bytes.size())
        m_outputFailed = true;
}

void QmpCtlConsole::writeLine(const QByteArray &line)
{
    QByteArray bytes;
    bytes.reserve(line.size() + 1);
    bytes += line;
    bytes += '\n';
    write(bytes);
}

void QmpCtlConsole::error(const QString &message)
{
    plainError(QStringLiteral("qmpctl: ") + message);
}

void QmpCtlConsole::plainError(const QString &message)
{
    m_err->write(message.toUtf8() + '\n');
}
