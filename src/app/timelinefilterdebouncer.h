// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

// Fires triggered() once input has been quiet for interval() ms: a filter box re-filters when
// typing pauses, not on every key.
class TimelineFilterDebouncer : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 150;

    explicit TimelineFilterDebouncer(QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }

public slots:
    void poke();     // (re)starts the quiet period
    void fireNow();  // e.g. on Enter: no wait
    void cancel();

signals:
    void triggered();

private:
    QTimer m_timer;
};
