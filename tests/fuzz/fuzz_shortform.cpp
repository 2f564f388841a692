// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target: a command line as a person types it (qmp-shell short form). Nothing may crash; a
// failure must say where; and what parses must format to a line that parses back the same.
#include "qmpshortform.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QmpShortFormError error;
    const QmpShortForm parsed = QmpShortForm::parse(line, &error);
    if (!parsed.isValid()) {
        if (error.ok())
            abort();
        return 0;
    }
    if (parsed.isWholeMessage())
        return 0;
    const QString again = QmpShortForm::format(parsed.command(), parsed.arguments());
    QmpShortFormError error2;
    const QmpShortForm reparsed = QmpShortForm::parse(again, &error2);
    if (!reparsed.isValid() || reparsed.command() != parsed.command())
        abort();
    if (reparsed.arguments() != parsed.arguments()
        && !(reparsed.arguments().isEmpty() && parsed.arguments().isEmpty()))
        abort();
    return 0;
}
