// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace c41::testing {

// What a fake server is made to do wrong in one fault round.
enum class FaultKind {
    CloseBeforeHeaders, // accepts, reads the request, closes without a byte
    CloseMidBody,       // headers and half the body, then closes
    Stall,              // headers, then silence forever (slowloris)
    StallBeforeHeaders, // accepts and never answers
    Garbage,            // bytes that are not HTTP
    Oversized,          // a 40 MiB body without a newline
    InvalidUtf8,        // the real answer with invalid UTF-8 in it
    HostileNames,       // ComfyUI names an output "../../…", "/abs", with NUL, 4 KiB long…
    Restart,            // the server restarts (same port) with a fresh state, mid-operation
    Refuse,             // nothing listens on the port (connection refused)
};

// The servers of the fault lab, one of each kind the app drives.
enum class FaultTarget { Ollama, LlamaCpp, ComfyUi, Tts, Exporter };

QString faultName(FaultKind kind);
QString targetName(FaultTarget target); // the server's name in the studio config
QList<FaultKind> allFaults();
QList<FaultTarget> allTargets();
// Faults that make sense for a target (hostile file names only for ComfyUI).
bool faultApplies(FaultKind kind, FaultTarget target);

} // namespace c41::testing
