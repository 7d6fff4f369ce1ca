// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultkind.h"

#include <QString>
#include <QStringList>

namespace c41::testing {

// One fault round: what was broken, what ran, how it ended and what went wrong.
struct RoundResult
{
    int index = 0;
    FaultTarget target = FaultTarget::Ollama;
    FaultKind fault = FaultKind::Stall;
    bool transient = false; // cleared while the operation ran, else after it ended
    QString operation;      // "chat", "job", "c41ctl servers", …
    bool ok = false;        // the operation succeeded despite the fault
    QString error;          // what the user read
    qint64 elapsedMs = 0;
    qint64 recoveryMs = -1; // fault cleared → next operation succeeded; -1 never
    qint64 stallMs = 0;     // longest event-loop stall during the round
    QStringList problems;   // broken promises; the round fails if any
};

} // namespace c41::testing
