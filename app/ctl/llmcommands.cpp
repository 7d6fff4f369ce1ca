// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl commands for LLM servers: models, load/unload/pin, chat, bench.
#include "commands.h"

namespace c41::ctl {

QList<Command> llmCommands()
{
    return {};
}

} // namespace c41::ctl
