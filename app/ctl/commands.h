// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <qcorotask.h>

namespace c41::ctl {

class CtlContext;

struct Command
{
    QString name;
    QString usage;   // e.g. "servers [SERVER...]"
    QString summary; // one line for --help
    QCoro::Task<int> (*run)(CtlContext &context);
};

// Every c41ctl command, in the order --help lists them.
const QList<Command> &commands();

QCoro::Task<int> runServers(CtlContext &context);
QCoro::Task<int> runSecret(CtlContext &context);

} // namespace c41::ctl
