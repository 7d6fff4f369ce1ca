// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opoutcome.h"

#include <QString>
#include <QStringList>

#include <qcorotask.h>

#include <chrono>

namespace c41::testing {

// Runs the real c41ctl binary without blocking the event loop, in a home of its own
// (HOME and XDG_* point into `home`, so nothing of the user's is read or written),
// and judges it as a script would: exit 0, or exit 1 with a "c41ctl: …" line; a
// crash, another exit code or outliving `timeout` (it is then killed) is a problem.
class CtlRunner
{
public:
    CtlRunner(QString program, QString home);

    QCoro::Task<OpOutcome> run(QStringList arguments, std::chrono::milliseconds timeout);

private:
    QString m_program;
    QString m_home;
};

} // namespace c41::testing
