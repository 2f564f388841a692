// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target: address text as a person types it. Every valid address must print in a form that
// parses back to itself; nothing may crash.
#include "qmpaddress.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QmpAddress address = QmpAddress::parse(text, &error);
    if (!address.isValid()) {
        if (error.isEmpty())
            abort();
        return 0;
    }
    if (QmpAddress::parse(address.toString()) != address)
        abort();
    return 0;
}
