// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <string>
#include <vector>

// Reads one JSON Lines record (an event log line, a transcript line) without building a value
// tree: checks that it is strict JSON and notes where each top-level member's value lies, so
// the bytes can be kept exactly as they are. Opening a million-line log rests on this.
class EventLineScanner
{
public:
    struct Member
    {
        std::string key;
        qsizetype offset = 0; // of the value, in the scanned line
        qsizetype length = 0;
        bool isString = false; // then text holds the decoded string
        bool isInteger = false; // then integer holds it
        std::string text;
        qint64 integer = 0;
    };

    // True when line is one JSON object; members() then lists its top-level members.
    bool scan(QByteArrayView line);

    const std::vector<Member> &members() const { return m_members; }
    const Member *member(std::string_view key) const;

    // For an event: the "event" name, QEMU's timestamp in microseconds (-1 when missing or
    // when the host clock failed) and the span of "data" (length 0 when there is none).
    bool isEvent() const;
    QByteArrayView eventName() const;
    qint64 timestampUsecs() const;

    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorString() const { return m_error; }

    // Finds the top-level member "data" of a JSON object known to be well-formed (an event the
    // client already parsed) in one light pass. False when there is none.
    static bool findDataMember(QByteArrayView json, qsizetype *offset, qsizetype *length);

private:
    friend struct EventLineScannerHandler;
    std::vector<Member> m_members;
    std::vector<char> m_buffer;
    qint64 m_seconds = -1;
    qint64 m_micros = -1;
    qsizetype m_errorOffset = -1;
    QString m_error;
};
