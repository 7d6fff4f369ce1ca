// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
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
    // Options only this command reads (e.g. --runs); read them with context.parser().
    QList<QCommandLineOption> options = {};
};

// Every c41ctl command, in the order --help lists them.
const QList<Command> &commands();

// Each area adds its commands in its own file (llmcommands.cpp, telemetrycommands.cpp).
QList<Command> llmCommands();
QList<Command> ttsCommands();
QList<Command> comfyCommands();
QList<Command> mediaCommands();
QList<Command> templateCommands();
QList<Command> jobCommands();
QList<Command> doctorCommands();
QList<Command> telemetryCommands();

QCoro::Task<int> runServers(CtlContext &context);
QCoro::Task<int> runSecret(CtlContext &context);

} // namespace c41::ctl
