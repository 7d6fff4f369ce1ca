// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl commands for telemetry: status, status --watch, telemetry sources.
#include "commands.h"

namespace c41::ctl {

QList<Command> telemetryCommands()
{
    return {};
}

} // namespace c41::ctl
