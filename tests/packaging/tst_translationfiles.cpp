// SPDX-License-Identifier: GPL-2.0-or-later
// What a translator can get wrong without lupdate noticing: a %1 or %n lost or invented, a plural
// entry with the wrong number of forms for its language, a menu entry without its & mnemonic.
// (translations_complete checks that every string is there and finished.)
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one, or each plural form
};

QList<Message> readTs(const QString &fileName, QString *language, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "translation"_L1 && current.numerus) {
            messages.append(current); // after its plural forms
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, xml.attributes().value(u"numerus"_s) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1 && !current.numerus) {
            current.translations = {xml.readElementText()};
            messages.append(current);
        } else if (name == "numerusform"_L1) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(L?[1-9][0-9]?|n)"_s);
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const QString m = it.next().captured(0);
        if (!found.contains(m))
            found.append(m);
    }
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&' && !text.at(i + 1).isSpace())
                return true;
            ++i;
        }
    }
    return false;
}

int pluralForms(const QString &language)
{
    // The languages shipped; a new one needs its count here (Qt's numerus rules for it).
    const QString lang = language.section(u'_', 0, 0);
    if (lang == "ja"_L1 || lang == "zh"_L1 || lang == "ko"_L1)
        return 1;
    return 2;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markersAndForms_data();
    void markersAndForms();
};

void TestTranslationFiles::markersAndForms_data()
{
    QTest::addColumn<QString>("fileName");
    // QMP_TRANSLATIONS_DIR in the environment checks other files, e.g. a translator's copy.
    const QDir dir(qEnvironmentVariable("QMP_TRANSLATIONS_DIR", QStringLiteral(QMP_TRANSLATIONS_DIR)));
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestTranslationFiles::markersAndForms()
{
    QFETCH(QString, fileName);
    QString language;
    QString error;
    const QList<Message> messages = readTs(fileName, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QVERIFY(!language.isEmpty());
    const int forms = pluralForms(language);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + u": \""_s + m.source + u'"';
        if (m.numerus && m.translations.size() != forms)
            problems.append(u"%1 has %2 plural forms, %3 wants %4"_s.arg(where).arg(m.translations.size()).arg(language).arg(forms));
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            QStringList got = placeholders(t);
            // A form may leave out %n when its number is implied ("one event" for 1).
            if (m.numerus && got != expected && !got.contains(u"%n"_s)) {
                got.append(u"%n"_s);
                got.sort();
            }
            if (got != expected)
                problems.append(u"%1 -> \"%2\": markers %3, source has %4"_s.arg(where, t, got.join(u' '), expected.join(u' ')));
            if (hasMnemonic(m.source) && !hasMnemonic(t))
                problems.append(u"%1 -> \"%2\": no & mnemonic"_s.arg(where, t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
