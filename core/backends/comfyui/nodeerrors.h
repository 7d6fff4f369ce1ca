// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace c41::backends {

class Workflow;

// One complaint of ComfyUI's POST /prompt 400 answer, in plain words.
struct NodeError
{
    QString nodeId; // empty for a whole-prompt error
    QString classType;
    QString input;   // empty when the error is about the node as a whole
    QString type;    // the server's type: "required_input_missing", "value_smaller_than_min", …
    QString message; // "Node 3 KSampler, input steps: 0 is below the minimum 1"
};

// The server's 400 body {"error": {type, message, details, extra_info},
// "node_errors": {id: {errors: [...], dependent_outputs, class_type}}} turned into
// per-node, per-input messages.
class NodeErrors
{
public:
    NodeErrors() = default;

    // Never fails: a body that is not the expected JSON gives one error holding its text.
    // `workflow` (may be null) adds node titles and resolves dangling links.
    static NodeErrors parse(const QByteArray &body, const Workflow *workflow = nullptr);
    static NodeErrors fromJson(const nlohmann::json &root, const Workflow *workflow = nullptr);

    QString errorType() const { return m_errorType; } // "prompt_outputs_failed_validation", …
    // The whole-prompt message in plain words ("The workflow has no output node…").
    QString summary() const { return m_summary; }
    const QList<NodeError> &errors() const { return m_errors; }
    bool isEmpty() const { return m_errors.isEmpty() && m_summary.isEmpty(); }
    // summary (when it adds something) then one line per error.
    QStringList lines() const;
    QString toString() const { return lines().join(u'\n'); }

private:
    QString m_errorType;
    QString m_summary;
    QList<NodeError> m_errors;
};

} // namespace c41::backends
