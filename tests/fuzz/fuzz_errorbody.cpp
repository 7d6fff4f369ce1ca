// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever a server sends as an error body, extracting its
// message never crashes and yields one readable line of bounded length.
#include "net/errorbody.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString message = c41::net::extractServerMessage(body);
    if (message.size() > 500 || message.contains(u'\n'))
        std::abort();
    return 0;
}
