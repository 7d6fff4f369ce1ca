// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>

namespace c41::ctl {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("servers"), QStringLiteral("servers [SERVER...]"),
         QCoreApplication::translate("c41ctl", "Every configured server (or the SERVERs given by "
                                               "name or KIND+URL): kind, URL, box, reachable or "
                                               "not with the error, latency."),
         &runServers},
    };
    return all;
}

} // namespace c41::ctl
