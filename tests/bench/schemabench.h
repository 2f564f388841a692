// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QString>

// query-qmp-schema, one call at a time, as the GUI loads it: each reply parsed and a JsonTreeModel
// built over it with the schema's entries as rows. Prints schema_calls_per_s. For a UNIX socket it
// first prints schema_raw_calls_per_s: the same calls from a blocking client that only looks for
// the end of each reply, the floor this figure is set against (rawqmp cannot fetch a 200 KB reply).
int runSchemaBench(const QString &address, qint64 count);
