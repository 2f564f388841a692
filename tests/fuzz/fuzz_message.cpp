// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target: bytes from a server, split at every boundary the input suggests, through the framer
// and the strict parser. Whatever arrives, neither may crash, hang or grow without bound, and
// everything that parses must serialise and parse back to the same value.
#include "qmpframer.h"
#include "qmpvalue.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the read size, so one input also tests many read boundaries.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QmpFramer framer(4096);
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        framer.append(input.sliced(i, qMin(chunk, input.size() - i)));
        QmpFramer::Frame frame;
        while (framer.next(&frame)) {
            if (frame.bytes.size() > framer.maxMessageSize())
                abort();
            if (frame.kind != QmpFramer::Kind::Message && frame.kind != QmpFramer::Kind::Scalar)
                continue;
            QmpJsonError error;
            const QmpValue value = QmpValue::fromJson(frame.bytes, &error, 64);
            if (!error.ok())
                continue;
            QmpJsonError again;
            if (QmpValue::fromJson(value.toJson(), &again, 64) != value || !again.ok())
                abort();
        }
        if (framer.bufferedBytes() > framer.maxMessageSize() + chunk)
            abort();
    }
    return 0;
}
