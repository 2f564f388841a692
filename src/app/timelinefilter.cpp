// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinefilter.h"

#include "eventtimelinestore.h"

#include <cstring>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

inline uchar asciiLower(uchar c)
{
    return (c >= 'A' && c <= 'Z') ? uchar(c | 0x20) : c;
}

inline bool equalFolded(const char *a, const char *lowerB, qsizetype m)
{
    for (qsizetype i = 0; i < m; ++i) {
        if (asciiLower(uchar(a[i])) != uchar(lowerB[i]))
            return false;
    }
    return true;
}

} // namespace

TimelineMatcher::TimelineMatcher(const TimelineFilter &filter) : m_filter(filter), m_acceptsAll(filter.isEmpty())
{
    if (filter.text.isEmpty())
        return;
    if (filter.regularExpression) {
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (filter.caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        m_regex = QRegularExpression(filter.text, options);
        if (!m_regex.isValid()) {
            m_error = tr("Invalid regular expression at %1: %2")
                          .arg(m_regex.patternErrorOffset())
                          .arg(m_regex.errorString());
            m_textMode = TextMode::None;
            return;
        }
        m_regex.optimize();
        m_textMode = TextMode::Regex;
        return;
    }
    m_needle = filter.text.toUtf8();
    if (filter.caseSensitivity == Qt::CaseSensitive) {
        m_textMode = TextMode::Exact;
        return;
    }
    bool ascii = true;
    for (char c : std::as_const(m_needle))
        ascii = ascii && uchar(c) < 0x80;
    if (ascii) {
        m_needle = m_needle.toLower();
        m_textMode = TextMode::Folded;
    } else {
        m_textMode = TextMode::Unicode;
    }
}

bool TimelineMatcher::containsCaseInsensitive(const char *hay, qsizetype n, const char *needle, qsizetype m)
{
    if (m == 0)
        return true;
    if (n < m)
        return false;
    const uchar first = uchar(needle[0]);
    const bool letter = first >= 'a' && first <= 'z';
    const char *p = hay;
    const char *end = hay + (n - m + 1); // candidate starts are [hay, end)
#ifdef __SSE2__
    // Sixteen candidates at a time: OR-ing 0x20 folds an upper-case letter onto its lower case;
    // the few other bytes it lets through are sorted out by the full comparison.
    const __m128i wanted = _mm_set1_epi8(char(first));
    const __m128i fold = _mm_set1_epi8(letter ? 0x20 : 0);
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(block, fold), wanted)));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (equalFolded(p + bit + 1, needle + 1, m - 1))
                return true;
            mask &= mask - 1;
        }
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (asciiLower(uchar(*p)) == first && equalFolded(p + 1, needle + 1, m - 1))
            return true;
    }
    return false;
}

bool TimelineMatcher::textMatches(QByteArrayView data) const
{
    switch (m_textMode) {
    case TextMode::None:
        return true;
    case TextMode::Exact:
        return memmem(data.data(), size_t(data.size()), m_needle.constData(), size_t(m_needle.size())) != nullptr;
    case TextMode::Folded:
        return containsCaseInsensitive(data.data(), data.size(), m_needle.constData(), m_needle.size());
    case TextMode::Unicode:
        return QString::fromUtf8(data).contains(m_filter.text, Qt::CaseInsensitive);
    case TextMode::Regex:
        return m_regex.match(QString::fromUtf8(data)).hasMatch();
    }
    return true;
}

bool TimelineMatcher::nameMatchesText(const QString &name) const
{
    if (m_textMode == TextMode::Regex)
        return m_regex.match(name).hasMatch();
    if (m_textMode == TextMode::Unicode)
        return name.contains(m_filter.text, Qt::CaseInsensitive);
    const QByteArray utf8 = name.toUtf8();
    return textMatches(QByteArrayView(utf8));
}

void TimelineMatcher::refreshTables(const EventTimelineStore &store)
{
    for (qsizetype id = qsizetype(m_nameOk.size()); id < store.nameCount(); ++id) {
        const QString name = store.name(quint32(id));
        const bool ok = !m_filter.hiddenNames.contains(name) && (m_filter.onlyNames.isEmpty() || m_filter.onlyNames.contains(name));
        m_nameOk.push_back(ok);
        // Once per name, not per event: a million rows of a few names cost a table lookup each.
        m_nameMatchesText.push_back(m_textMode != TextMode::None && nameMatchesText(name));
    }
    for (qsizetype id = qsizetype(m_connectionOk.size()); id < store.connectionCount(); ++id)
        m_connectionOk.push_back(m_filter.connections.isEmpty() || m_filter.connections.contains(store.connectionName(quint16(id))));
}

bool TimelineMatcher::matches(const EventTimelineStore &store, qsizetype row)
{
    if (m_acceptsAll)
        return true;
    const EventTimelineStore::Record &r = store.record(row);
    if (r.nameId >= m_nameOk.size() || (r.connectionId != EventTimelineStore::NoConnection && r.connectionId >= m_connectionOk.size()))
        refreshTables(store);
    if (!m_nameOk[r.nameId])
        return false;
    if (r.connectionId == EventTimelineStore::NoConnection ? !m_filter.connections.isEmpty() : !m_connectionOk[r.connectionId])
        return false;
    if (m_filter.hasTimeRange()) {
        const qint64 t = m_filter.timeField == TimelineFilter::TimeField::Received ? r.receivedUsecs : r.qemuUsecs;
        if (t < 0 || t < m_filter.fromUsecs || t > m_filter.toUsecs)
            return false;
    }
    if (m_textMode != TextMode::None)
        return m_nameMatchesText[r.nameId] || (r.dataLength > 0 && textMatches(store.data(row)));
    return true;
}

void TimelineMatcher::collect(const EventTimelineStore &store, qsizetype first, qsizetype last, std::vector<qint64> &out)
{
    const qint64 base = store.firstSerial();
    if (m_acceptsAll) {
        for (qsizetype row = first; row <= last; ++row)
            out.push_back(base + row);
        return;
    }
    refreshTables(store);
    for (qsizetype row = first; row <= last; ++row) {
        if (matches(store, row))
            out.push_back(base + row);
    }
}
