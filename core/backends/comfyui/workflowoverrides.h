// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace c41::backends {

class ObjectInfo;
class WorkflowParameters;

// Changes a workflow's values from the command line or a form:
// "NODE.input=VALUE" (NODE is a node id, title or unique class name; the value is
// typed by the input's type), "ROLE=VALUE" (prompt, negative, seed, steps, …), and
// input files bound by parameter name.
class WorkflowOverrides
{
public:
    // Applies one "NODE.input=VALUE" or "ROLE=VALUE". `info` (may be null) types the
    // value and checks ranges and choices; without it, the current value's JSON type does.
    static net::Status apply(Workflow &workflow, const QString &spec,
                             const ObjectInfo *info = nullptr);
    // All of them, stopping at the first error.
    static net::Status applyAll(Workflow &workflow, const QStringList &specs,
                                const ObjectInfo *info = nullptr);
    // Sets one input from text, typed and checked.
    static net::Status setValue(Workflow &workflow, const QString &nodeId, const QString &input,
                                const QString &text, const ObjectInfo *info = nullptr);

    // Binds a media input (an image/audio/video parameter) to a file name on the
    // server (as /upload/image returned it). `name` is a parameter id ("10.image"),
    // a node id or title, or a kind ("image", "audio", "video") when only one input
    // of that kind exists.
    static net::Status bindInput(Workflow &workflow, const WorkflowParameters &parameters,
                                 const QString &name, const QString &serverFileName);
    // The media parameter `name` designates (same rules as bindInput); its id.
    static net::Result<QString> resolveInput(const Workflow &workflow,
                                             const WorkflowParameters &parameters,
                                             const QString &name);

    // A fresh random value for every seed parameter that is random per run and not
    // listed in `fixedIds`. Returns the ids changed.
    static QStringList randomizeSeeds(Workflow &workflow, const WorkflowParameters &parameters,
                                      QRandomGenerator &rng, const QStringList &fixedIds = {});
};

} // namespace c41::backends
