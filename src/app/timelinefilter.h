// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <limits>
#include <vector>

class EventTimelineStore;

// What the event timeline shows: event names, a text or regular expression over each event's
// name and "data", connections and a time range, all combined (AND). Empty parts let
// everything pass.
struct TimelineFilter
{
    enum class TimeField { Received, Qemu };

    QSet<QString> hiddenNames;  // names unchecked in the name list
    QSet<QString> onlyNames;    // empty: every name not hidden
    QString text;               // found in the name or the data's JSON text; or a regular expression
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
    bool regularExpression = false;
    QSet<QString> connections;  // empty: every connection
    qint64 fromUsecs = std::numeric_limits<qint64>::min(); // inclusive, microseconds since the epoch
    qint64 toUsecs = std::numeric_limits<qint64>::max();   // inclusive
    TimeField timeField = TimeField::Received;             // events without that time fail a range

    bool hasTimeRange() const
    {
        return fromUsecs != std::numeric_limits<qint64>::min() || toUsecs != std::numeric_limits<qint64>::max();
    }
    bool isEmpty() const
    {
        return hiddenNames.isEmpty() && onlyNames.isEmpty() && text.isEmpty() && connections.isEmpty() && !hasTimeRange();
    }
    bool operator==(const TimelineFilter &o) const = default;
};

// A TimelineFilter made ready to run over a store: tables indexed by name and connection id,
// and a byte searcher over the raw JSON (no parsing). Keeps up with names that appear later.
class TimelineMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TimelineMatcher)
public:
    TimelineMatcher() = default;
    explicit TimelineMatcher(const TimelineFilter &filter);

    bool isValid() const { return m_error.isEmpty(); } // false for a broken regular expression
    QString errorString() const { return m_error; }
    bool acceptsAll() const { return m_acceptsAll; }

    bool matches(const EventTimelineStore &store, qsizetype row);
    // Appends the serials of the matching rows first..last (inclusive) to out.
    void collect(const EventTimelineStore &store, qsizetype first, qsizetype last, std::vector<qint64> &out);

    // Substring search over bytes; needle must already be lower-case for case-insensitive search.
    static bool containsCaseInsensitive(const char *hay, qsizetype n, const char *needle, qsizetype m);

private:
    void refreshTables(const EventTimelineStore &store);
    bool textMatches(QByteArrayView data) const;
    bool nameMatchesText(const QString &name) const;

    TimelineFilter m_filter;
    bool m_acceptsAll = true;
    QString m_error;
    // Per name id / connection id: 1 passes. Grown as the store learns new names.
    std::vector<quint8> m_nameOk;
    std::vector<quint8> m_nameMatchesText; // the text is found in the name itself
    std::vector<quint8> m_connectionOk;
    enum class TextMode { None, Exact, Folded, Unicode, Regex } m_textMode = TextMode::None;
    QByteArray m_needle;
    QRegularExpression m_regex;
};
