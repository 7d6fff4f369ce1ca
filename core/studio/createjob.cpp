// SPDX-License-Identifier: GPL-3.0-or-later
#include "createjob.h"

#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"

namespace c41::studio {

using nlohmann::json;

jobs::Job CreateJob::workflowJob(jobs::JobKind kind, backends::Workflow workflow,
                                 const QString &title, const QString &target,
                                 const QStringList &fixedSeeds, QRandomGenerator &rng)
{
    const backends::WorkflowParameters parameters =
        backends::WorkflowParameters::discover(workflow);
    backends::WorkflowOverrides::randomizeSeeds(workflow, parameters, rng, fixedSeeds);
    jobs::Job job;
    job.kind = kind;
    if (!target.isEmpty())
        job.target = target;
    job.params = json{{"title", title.toStdString()}, {"workflow", workflow.toPrompt()}};
    return job;
}

jobs::Job CreateJob::ttsJob(const QString &text, const QString &voice, const QString &target,
                            const QString &model, const QString &instructions)
{
    jobs::Job job;
    job.kind = jobs::JobKind::Tts;
    if (!target.isEmpty())
        job.target = target;
    job.params =
        json{{"text", text.toStdString()}, {"voice", voice.toStdString()}, {"format", "wav"}};
    if (!model.isEmpty())
        job.params["model"] = model.toStdString();
    if (!instructions.isEmpty())
        job.params["instructions"] = instructions.toStdString();
    return job;
}

std::optional<jobs::JobKind> CreateJob::kindOfTemplate(const QString &templateKind)
{
    if (templateKind == u"tts")
        return std::nullopt;
    const std::optional<jobs::JobKind> kind = jobs::kindFromName(templateKind);
    if (kind == jobs::JobKind::Image || kind == jobs::JobKind::Video ||
        kind == jobs::JobKind::LipSync || kind == jobs::JobKind::V2A)
        return kind;
    return std::nullopt;
}

} // namespace c41::studio
