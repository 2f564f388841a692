// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinefilterbar.h"

#include "syntaxpalette.h"

#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringListModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

using namespace Qt::Literals::StringLiterals;

TimelineFilterBar::TimelineFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(this))
    , m_case(new QCheckBox(this))
    , m_connection(new QComboBox(this))
    , m_timeOn(new QCheckBox(this))
    , m_timeField(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_count(new QLabel(this))
    , m_fieldNames(new QStringListModel(this))
    , m_fieldCompleter(new QCompleter(m_fieldNames, this))
{
    m_fieldCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fieldCompleter->setFilterMode(Qt::MatchContains);
    m_text->setCompleter(m_fieldCompleter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(u"timelineFilterText"_s);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(m_connection, 1);
    layout->addWidget(m_timeOn);
    layout->addWidget(m_timeField);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_count);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"0000000 of 0000000 events"_s));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(u"M"_s) * 18);
    // The range takes room only while it is in use.
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        e->setCalendarPopup(true);
        e->setVisible(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setDateTime(now.addSecs(3600));
    m_timeField->setVisible(false);

    retranslate();
    m_connection->setCurrentIndex(0);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        checkRegexAsTyped();
        emit changed();
    });
    connect(m_text, &QLineEdit::returnPressed, this, &TimelineFilterBar::returnPressed);
    connect(m_regex, &QCheckBox::toggled, this, [this] {
        checkRegexAsTyped();
        emit changed();
    });
    connect(m_case, &QCheckBox::toggled, this, &TimelineFilterBar::changed);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::changed);
    connect(m_timeOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setVisible(on);
        m_to->setVisible(on);
        m_timeField->setVisible(on);
        emit changed();
    });
    connect(m_timeField, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TimelineFilterBar::changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TimelineFilterBar::changed);
}

TimelineFilterBar::~TimelineFilterBar() = default;

void TimelineFilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by event name or data (text or regular expression)"));
    m_text->setAccessibleName(tr("Event data filter"));
    m_regex->setText(tr("Regex"));
    m_regex->setToolTip(tr("Treat the filter text as a regular expression"));
    m_case->setText(tr("Case"));
    m_case->setToolTip(tr("Match upper and lower case exactly"));
    m_timeOn->setText(tr("Time"));
    m_timeOn->setToolTip(tr("Show only events inside a time range"));
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setToolTip(tr("To (inclusive)"));
    const int field = std::max(0, m_timeField->currentIndex());
    m_timeField->clear();
    m_timeField->addItem(tr("received"));
    m_timeField->addItem(tr("QEMU time"));
    m_timeField->setCurrentIndex(field);
    m_timeField->setToolTip(tr("Which time the range applies to"));
    m_connection->setToolTip(tr("Show the events of one connection"));
    if (m_connection->count() == 0)
        m_connection->addItem(tr("All connections"));
    else
        m_connection->setItemText(0, tr("All connections"));
}

void TimelineFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QSignalBlocker block(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

TimelineFilter TimelineFilterBar::filter() const
{
    TimelineFilter f;
    f.text = m_text->text();
    f.regularExpression = m_regex->isChecked();
    f.caseSensitivity = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_connection->currentIndex() > 0)
        f.connections = {m_connection->currentText()};
    if (m_timeOn->isChecked()) {
        f.fromUsecs = m_from->dateTime().toMSecsSinceEpoch() * 1000;
        // The editor shows whole seconds: "to" includes all of its last second.
        f.toUsecs = m_to->dateTime().toMSecsSinceEpoch() * 1000 + 999999;
        f.timeField = m_timeField->currentIndex() == 1 ? TimelineFilter::TimeField::Qemu : TimelineFilter::TimeField::Received;
    }
    return f;
}

void TimelineFilterBar::setConnectionNames(const QStringList &names)
{
    const QString current = m_connection->currentIndex() > 0 ? m_connection->currentText() : QString();
    const QSignalBlocker block(m_connection);
    while (m_connection->count() > 1)
        m_connection->removeItem(1);
    m_connection->addItems(names);
    const int i = current.isEmpty() ? 0 : m_connection->findText(current);
    m_connection->setCurrentIndex(std::max(0, i));
}

void TimelineFilterBar::setFieldNames(const QStringList &paths)
{
    m_fieldNames->setStringList(paths);
}

QStringList TimelineFilterBar::fieldNames() const
{
    return m_fieldNames->stringList();
}

void TimelineFilterBar::checkRegexAsTyped()
{
    // Said at once, while typing; the filter itself waits for a pause.
    QString error;
    if (m_regex->isChecked() && !m_text->text().isEmpty()) {
        const QRegularExpression re(m_text->text());
        if (!re.isValid())
            error = tr("Invalid regular expression at %1: %2").arg(re.patternErrorOffset()).arg(re.errorString());
    }
    setTextError(error);
}

void TimelineFilterBar::setTextError(const QString &error)
{
    if (error == m_error && !m_text->toolTip().isEmpty())
        return;
    m_error = error;
    QPalette p = palette();
    if (!error.isEmpty()) {
        const SyntaxPalette colours(p);
        p.setColor(QPalette::Base, colours.invalidBackground());
        p.setColor(QPalette::Text, colours.error());
    }
    m_text->setPalette(p);
    m_text->setToolTip(error.isEmpty() ? tr("Text to find in each event's name or in its data (the JSON as received); tick Regex for a regular expression") : error);
}

void TimelineFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}
