// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the config file parser. Any text gives a config or an error
// that names the file; a parsed config survives a round trip through toJson().
#include "studio/studioconfig.h"

#include <cstdint>
#include <cstdlib>

using c41::studio::StudioConfig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto config = StudioConfig::parse(text, QStringLiteral("fuzz.json"));
    if (!config.ok()) {
        if (!config.error().message.startsWith(QStringLiteral("fuzz.json")))
            std::abort();
        return 0;
    }
    const auto again = StudioConfig::parse(config->toJson(), QStringLiteral("again.json"));
    if (!again.ok() || again->toJson() != config->toJson())
        std::abort();
    return 0;
}
