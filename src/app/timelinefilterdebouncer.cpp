// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinefilterdebouncer.h"

TimelineFilterDebouncer::TimelineFilterDebouncer(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TimelineFilterDebouncer::triggered);
}

void TimelineFilterDebouncer::poke()
{
    m_timer.start();
}

void TimelineFilterDebouncer::fireNow()
{
    m_timer.stop();
    emit triggered();
}

void TimelineFilterDebouncer::cancel()
{
    m_timer.stop();
}
