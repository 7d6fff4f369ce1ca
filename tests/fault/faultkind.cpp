// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultkind.h"

namespace c41::testing {

QString faultName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::CloseBeforeHeaders:
        return QStringLiteral("close-before-headers");
    case FaultKind::CloseMidBody:
        return QStringLiteral("close-mid-body");
    case FaultKind::Stall:
        return QStringLiteral("stall");
    case FaultKind::StallBeforeHeaders:
        return QStringLiteral("stall-before-headers");
    case FaultKind::Garbage:
        return QStringLiteral("garbage");
    case FaultKind::Oversized:
        return QStringLiteral("oversized");
    case FaultKind::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case FaultKind::HostileNames:
        return QStringLiteral("hostile-names");
    case FaultKind::Restart:
        return QStringLiteral("restart");
    case FaultKind::Refuse:
        return QStringLiteral("refuse");
    }
    return {};
}

QString targetName(FaultTarget target)
{
    switch (target) {
    case FaultTarget::Ollama:
        return QStringLiteral("brain-ollama");
    case FaultTarget::LlamaCpp:
        return QStringLiteral("brain-llama");
    case FaultTarget::ComfyUi:
        return QStringLiteral("forge-comfy");
    case FaultTarget::Tts:
        return QStringLiteral("forge-tts");
    case FaultTarget::Exporter:
        return QStringLiteral("forge-gpu");
    }
    return {};
}

QList<FaultKind> allFaults()
{
    return {FaultKind::CloseBeforeHeaders,
            FaultKind::CloseMidBody,
            FaultKind::Stall,
            FaultKind::StallBeforeHeaders,
            FaultKind::Garbage,
            FaultKind::Oversized,
            FaultKind::InvalidUtf8,
            FaultKind::HostileNames,
            FaultKind::Restart,
            FaultKind::Refuse};
}

QList<FaultTarget> allTargets()
{
    return {FaultTarget::Ollama, FaultTarget::LlamaCpp, FaultTarget::ComfyUi, FaultTarget::Tts,
            FaultTarget::Exporter};
}

bool faultApplies(FaultKind kind, FaultTarget target)
{
    return kind != FaultKind::HostileNames || target == FaultTarget::ComfyUi;
}

} // namespace c41::testing
