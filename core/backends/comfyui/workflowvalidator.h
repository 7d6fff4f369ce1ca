// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace c41::backends {

class ObjectInfo;

// One reason a server would refuse a workflow, in words a user understands.
struct WorkflowProblem
{
    enum class Kind {
        MissingNodes,     // node classes the server lacks (grouped by custom-node pack)
        MissingInput,     // a required input has neither a value nor a link
        ValueNotInList,   // a choice the server does not offer (e.g. a model file)
        InputFileMissing, // a LoadImage/LoadAudio/… file not in the server's input/ folder
        OutOfRange,       // number below min / above max
        BadValue,         // wrong type (text for a number, value for a link-only input)
        BadLink,          // link to a missing node or output, or of the wrong type
        NoOutput,         // no output node: ComfyUI would have nothing to run
    };

    Kind kind = Kind::BadValue;
    QString nodeId; // empty for whole-workflow problems
    QString classType;
    QString input;
    QString pack;            // MissingNodes: the pack to install ("" when unknown)
    QStringList nodeClasses; // MissingNodes: the missing classes
    QString message;         // one line, complete

    static QString kindName(Kind kind); // "missing_nodes", "missing_input", …
};

// Checks a workflow against the server's /object_info before submitting, so the
// user hears "This workflow needs ComfyUI-WanVideoWrapper on forge-comfy" instead
// of a 400.
class WorkflowValidator
{
public:
    // `serverName` is how the user knows the server ("forge-comfy").
    static QList<WorkflowProblem> validate(const Workflow &workflow, const ObjectInfo &info,
                                           const QString &serverName);
    // The packs the workflow needs that the server lacks (from MissingNodes problems).
    static QStringList missingPacks(const QList<WorkflowProblem> &problems);
    // [{kind, node, class_type, input, pack, classes, message}]
    static nlohmann::json toJson(const QList<WorkflowProblem> &problems);
};

} // namespace c41::backends
