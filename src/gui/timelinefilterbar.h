// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "timelinefilter.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QStringListModel;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

// The row above the event timeline that says what it shows: text or regular expression over
// each event's data (a broken expression turns the field the error colour, the reason in its
// tooltip), a connection, a time range, and the "N of M events" count. Emits changed() on every
// edit; the panel debounces.
class TimelineFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineFilterBar(QWidget *parent = nullptr);
    ~TimelineFilterBar() override;

    // The parts this bar owns (names are the name list's job).
    TimelineFilter filter() const;
    void setConnectionNames(const QStringList &names);
    // Data field paths of the events the server can send ("device", "info.source") and their
    // names: the text field completes them, so a filter can name a field or an event before any
    // event has come.
    void setFieldNames(const QStringList &paths);
    QStringList fieldNames() const;
    // Empty: valid. Shown on the text field.
    void setTextError(const QString &error);
    void setCountText(const QString &text);

    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *caseBox() const { return m_case; }
    QComboBox *connectionBox() const { return m_connection; }
    QCheckBox *timeBox() const { return m_timeOn; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *timeFieldBox() const { return m_timeField; }
    QLabel *countLabel() const { return m_count; }

signals:
    void changed();
    void returnPressed(); // apply without waiting

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkRegexAsTyped();

    QLineEdit *m_text;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QComboBox *m_connection;
    QCheckBox *m_timeOn;
    QComboBox *m_timeField;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_count;
    QStringListModel *m_fieldNames;
    QCompleter *m_fieldCompleter;
    QString m_error;
};
