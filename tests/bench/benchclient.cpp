// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchclient.h"

bool connectForBench(QmpClient &client, const QString &addressText, QString *error)
{
    QString parseError;
    const QmpAddress address = QmpAddress::parse(addressText, &parseError);
    if (!address.isValid()) {
        *error = parseError;
        return false;
    }
    client.setCommandTimeout(120000);
    client.connectToServer(address);
    if (!client.waitForConnected(10000)) {
        *error = client.lastError().message();
        return false;
    }
    return true;
}
