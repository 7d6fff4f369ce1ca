// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"
#include "studio/telemetrymodel.h"

#include <QByteArray>

namespace c41::telemetry {

// ComfyUI GET /api/system_stats: the active torch device and the host's RAM.
// CUDA: a discrete GPU, used = vram_total − vram_free (device-wide, mem_get_info);
// MPS: the unified pool (vram_* are system RAM); CPU: no device. Name without the
// "cuda:0 " prefix and the " : <allocator>" suffix. No utilisation, temperature or
// power: a more direct source supplies those when merged.
class ComfyUiStatsReader
{
public:
    static net::Result<studio::TelemetryReading>
    fromJson(const QByteArray &body, const QString &source, const QDateTime &at);
};

} // namespace c41::telemetry
