// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow.h"
#include "workflowparameters.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace c41::backends {

class ObjectInfo;

// A shipped workflow (resources/templates/<id>.json) and its "_c41" description.
struct WorkflowTemplate
{
    QString id;   // file name without .json: "flux1-dev"
    QString name; // "Flux.1 Dev"
    QString description;
    QString kind;        // "image", "video", "lipsync", "v2a", "tts"
    QStringList packs;   // custom-node packs it needs ("" list = ComfyUI core only)
    QStringList sources; // where its node classes and values come from
    QStringList exposed; // parameter ids a form shows, in order
    Workflow workflow;   // "_c41" stays in workflow.meta(), never in toPrompt()

    // The exposed parameters (all discovered ones when the template names none).
    WorkflowParameters parameters(const ObjectInfo *info = nullptr) const;
};

// The templates compiled into c41core.
class TemplateLibrary
{
public:
    static const TemplateLibrary &shipped();
    // Parses one template file; `id` names it in errors.
    static net::Result<WorkflowTemplate> load(const QByteArray &bytes, const QString &id);

    const QList<WorkflowTemplate> &templates() const { return m_templates; }
    QStringList ids() const;
    // By id, or by name ignoring case; nullptr when absent.
    const WorkflowTemplate *find(const QString &idOrName) const;
    QList<WorkflowTemplate> ofKind(const QString &kind) const;

    // [{id, name, description, kind, packs, sources, parameters: [...]}]
    nlohmann::json toJson(const ObjectInfo *info = nullptr) const;

private:
    QList<WorkflowTemplate> m_templates;
};

} // namespace c41::backends
