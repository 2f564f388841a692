// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QString>

// Events from blastserver (shared/bench), which answers a command by first sending N events: every
// event is parsed, delivered to a QmpEventListener and kept in the client's bounded history.
// Prints events_per_s X (N events), the same line as the floor tool rawevents.
int runEventBench(const QString &address);
