// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QtGlobal>

// The event timeline under a flood, no server needed: count synthetic events shaped like QEMU's
// DEVICE_DELETED (and NIC_RX_FILTER_CHANGED, so a name filter has something to hide) go into an
// EventTimelineModel with a TimelineFilterProxy attached. Prints timeline_ingest_events_per_s,
// the time a name filter and then a text filter take over all rows (timeline_filter_ms: the
// slower one), and the memory held per event beside the events' own JSON size.
int runTimelineBench(qint64 count);
