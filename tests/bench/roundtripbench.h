// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QString>

// `query-status` round trips against a real QEMU, window commands in flight at once, as the floor
// tool rawqmp does. Prints seq_cmds_per_s (window 1) or pipelined_cmds_per_s.
int runRoundTripBench(const QString &address, qint64 count, int window);
