// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

class QIODevice;

// Where qmpctl writes: replies and events to one device (stdout), messages a person reads to
// another (stderr). Tests hand in buffers. Writes go straight through, so a pipe reader sees
// every line as soon as it is complete.
class QmpCtlConsole
{
public:
    QmpCtlConsole(QIODevice *out, QIODevice *err) : m_out(out), m_err(err) {}

    void write(const QByteArray &bytes);          // to out, as is
    void writeLine(const QByteArray &line);       // to out, with a newline
    void error(const QString &message);           // "qmpctl: message" to err
    void plainError(const QString &message);      // "message" to err, as the interface fixes it
    bool outputFailed() const { return m_outputFailed; } // out could not be written (closed pipe)

private:
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_outputFailed = false;
};
