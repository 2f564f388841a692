// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "qmpclient.h"

#include <QtCore/QString>

// Connects a QmpClient for a benchmark run, or says why it could not, so every bench that needs a
// server starts the same way and fails with exit status 3 the same way.
bool connectForBench(QmpClient &client, const QString &addressText, QString *error);
