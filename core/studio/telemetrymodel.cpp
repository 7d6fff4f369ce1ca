// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrymodel.h"

namespace c41::studio {

bool BoxTelemetry::offline() const
{
    for (const SourceState &source : sources) {
        if (source.error.isEmpty() && source.lastSuccess.isValid())
            return false;
    }
    return true;
}

} // namespace c41::studio
