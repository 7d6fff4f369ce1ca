// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/workflow.h"
#include "jobs/job.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace c41::studio {

// The queued jobs the Create page submits, built exactly as `c41ctl jobs add`
// builds them, so the app's dispatcher (and c41ctl's) runs them alike.
class CreateJob
{
public:
    // A ComfyUI job (image, video, lipsync, v2a): every seed that is random per run
    // and not in `fixedSeeds` (parameter ids, "3.seed") gets a fresh value now, so
    // the stored job re-runs exactly; params {"title", "workflow": the API graph}.
    static jobs::Job workflowJob(jobs::JobKind kind, backends::Workflow workflow,
                                 const QString &title, const QString &target,
                                 const QStringList &fixedSeeds, QRandomGenerator &rng);
    // A text-to-speech job: params {"text", "voice", "format": "wav"}, plus "model"
    // and "instructions" when given.
    static jobs::Job ttsJob(const QString &text, const QString &voice, const QString &target,
                            const QString &model = {}, const QString &instructions = {});
    // The job kind of a template kind ("image", "video", "lipsync", "v2a"); none for
    // kinds the ComfyUI queue does not run (a ComfyUI "tts" workflow).
    static std::optional<jobs::JobKind> kindOfTemplate(const QString &templateKind);
};

} // namespace c41::studio
