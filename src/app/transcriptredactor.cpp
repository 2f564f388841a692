// SPDX-License-Identifier: GPL-2.0-or-later
#include "transcriptredactor.h"

#include "timelinefilter.h"

#include <QtCore/QList>

using namespace Qt::Literals::StringLiterals;

namespace {

// Words that mark a member, an object type or an HMP command as carrying a secret.
constexpr QStringView SecretWords[] = {u"password", u"passwd", u"passphrase", u"secret"};

bool containsSecretWord(QStringView text)
{
    for (QStringView w : SecretWords) {
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Cheap test on the bytes before anything is parsed: almost no message mentions these.
bool mayHoldSecret(QByteArrayView raw)
{
    return TimelineMatcher::containsCaseInsensitive(raw.data(), raw.size(), "pass", 4)
        || TimelineMatcher::containsCaseInsensitive(raw.data(), raw.size(), "secret", 6);
}

} // namespace

bool TranscriptRedactor::isSecretKey(QStringView key)
{
    return containsSecretWord(key);
}

bool TranscriptRedactor::hmpLineHasSecret(QStringView commandLine)
{
    return containsSecretWord(commandLine);
}

bool TranscriptRedactor::redactValue(QmpValue &value)
{
    bool changed = false;
    if (value.isObject()) {
        QList<QmpMember> members = value.members();
        // object-add / object_add of a secret: its "data" is the secret itself.
        const QmpValue type = value.value(u"qom-type");
        const bool secretObject = type.isString() && containsSecretWord(type.stringRef());
        for (QmpMember &m : members) {
            if (isSecretKey(m.key) || (secretObject && m.key == u"data")) {
                // A reference to a secret object by id ("key-secret": "sec0") goes too: it tells
                // where the secret lives.
                m.value = QmpValue(Placeholder);
                changed = true;
            } else if (m.key == u"command-line" && m.value.isString() && hmpLineHasSecret(m.value.stringRef())) {
                const QString line = m.value.stringRef().trimmed();
                const qsizetype blank = line.indexOf(u' ');
                m.value = QmpValue(blank < 0 ? Placeholder : line.left(blank) + u' ' + Placeholder);
                changed = true;
            } else {
                changed = redactValue(m.value) || changed;
            }
        }
        if (changed)
            value = QmpValue::object(std::move(members));
    } else if (value.isArray()) {
        QList<QmpValue> elements = value.elements();
        for (QmpValue &e : elements)
            changed = redactValue(e) || changed;
        if (changed)
            value = QmpValue::array(std::move(elements));
    }
    return changed;
}

bool TranscriptRedactor::redact(QByteArrayView raw, QByteArray *out)
{
    if (!mayHoldSecret(raw))
        return false;
    QmpJsonError error;
    QmpValue value = QmpValue::fromJson(raw, &error);
    if (!error.ok()) {
        // Not parseable, yet it mentions a secret: keep nothing of it.
        *out = QmpValue(Placeholder).toJson();
        return true;
    }
    if (!redactValue(value))
        return false;
    *out = value.toJson();
    return true;
}
