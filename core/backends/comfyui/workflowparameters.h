// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace c41::backends {

class ObjectInfo;

// One value of a workflow that a form (or c41ctl --set) can change.
struct WorkflowParameter
{
    enum class Kind { Text, Int, Float, Bool, Seed, Choice, Image, Audio, Video };

    QString id; // "6.text": node id + input name
    QString nodeId;
    QString input;
    QString classType;
    QString label; // "Positive prompt", "Seed", "Steps", "Model (unet_name)", or the node title
    // What it is for: "positive", "negative", "prompt", "seed", "steps", "cfg", "guidance",
    // "denoise", "width", "height", "length", "seconds", "fps", "model", "sampler",
    // "scheduler", "voice", "language", "instruct", "text" (TTS), "image", "audio", "video".
    QString role;
    Kind kind = Kind::Text;
    Workflow::Json value; // current value in the workflow
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> step;
    QStringList choices; // from ObjectInfo, for Choice (and media: the server's input files)
    bool multiline = false;
    bool randomPerRun = false; // seeds: a fresh random value for each run unless fixed

    static QString kindName(Kind kind); // "text", "int", "float", "bool", "seed", "choice", …
    bool isMedia() const
    {
        return kind == Kind::Image || kind == Kind::Audio || kind == Kind::Video;
    }
};

// The parameters found in a workflow: text prompts (positive/negative told apart
// by where their conditioning goes), seeds, steps, cfg, size, length, fps, media
// inputs and model choices.
class WorkflowParameters
{
public:
    WorkflowParameters() = default;

    // `info` (may be null) adds types, ranges and choices from the server.
    static WorkflowParameters discover(const Workflow &workflow, const ObjectInfo *info = nullptr);

    const QList<WorkflowParameter> &all() const { return m_params; }
    bool isEmpty() const { return m_params.isEmpty(); }
    // By id ("6.text"); nullptr when absent.
    const WorkflowParameter *find(const QString &id) const;
    QList<WorkflowParameter> withRole(const QString &role) const;
    // Keeps only the given ids, in that order (a template's exposed parameters).
    WorkflowParameters only(const QStringList &ids) const;

    // [{id, node, input, class_type, label, role, kind, value, min, max, step, choices,
    //   multiline, random_per_run}]
    nlohmann::json toJson() const;

private:
    // Same label twice (two samplers' steps): "Steps (node 57 KSamplerAdvanced)".
    void disambiguateLabels();

    QList<WorkflowParameter> m_params;
    QHash<QString, QString> m_baseLabels; // id → label before disambiguation
};

} // namespace c41::backends
