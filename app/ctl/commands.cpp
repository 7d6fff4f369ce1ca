// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>

namespace c41::ctl {

const QList<Command> &commands()
{
    static const QList<Command> all =
        QList<Command>{
            {QStringLiteral("servers"), QStringLiteral("servers [SERVER...]"),
             QCoreApplication::translate("c41ctl",
                                         "Every configured server (or the SERVERs given by "
                                         "name or KIND+URL): kind, URL, box, reachable or "
                                         "not with the error, latency."),
             &runServers},
            {QStringLiteral("secret"), QStringLiteral("secret set|remove SERVER"),
             QCoreApplication::translate("c41ctl",
                                         "Store (from standard input) or remove the API key "
                                         "of a server in the system keychain."),
             &runSecret},
        } +
        telemetryCommands() + llmCommands() + ttsCommands() + comfyCommands() + mediaCommands() +
        templateCommands() + jobCommands() + doctorCommands();
    return all;
}

} // namespace c41::ctl
