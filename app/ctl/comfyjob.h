// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/comfyuirun.h"
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/workflow.h"
#include "backends/comfyui/workflowparameters.h"
#include "net/result.h"

#include <QString>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <memory>

namespace c41::ctl {

class CtlContext;

// What c41ctl's ComfyUI commands (comfy run, lipsync, v2a) share: the client for
// a SERVER, its /object_info, uploading an input file, and running a workflow with
// progress on stderr.
class ComfyJob
{
public:
    // Progress and notes go here (stderr), never to stdout.
    static QTextStream &err();
    static nlohmann::json errorJson(const net::ApiError &error);

    // The ComfyUI server a command talks to, with its API key if it has one.
    static QCoro::Task<net::Result<std::unique_ptr<backends::ComfyUiClient>>>
    clientFor(CtlContext &context, QString name);
    // GET /object_info, parsed.
    static QCoro::Task<net::Result<backends::ObjectInfo>>
    objectInfo(backends::ComfyUiClient *client);
    // Uploads `path` (POST /upload/image, type input) and returns the name to put
    // in the workflow ("subfolder/file" or "file").
    static QCoro::Task<net::Result<QString>> upload(backends::ComfyUiClient *client, QString path);

    // The parameter ids that --set specs name ("27.seed" for "27.seed=5" or "seed=5"),
    // e.g. to keep those seeds as given instead of random per run.
    static QStringList namedBy(const backends::Workflow &workflow,
                               const backends::WorkflowParameters &parameters,
                               const QStringList &sets);

    // Submits the workflow and follows it: queued, cached nodes, one line per node
    // and step on stderr; saves the outputs into outDir. On a 400 the server's
    // node_errors are printed on stderr, one per line.
    static QCoro::Task<net::Result<backends::ComfyUiRunResult>>
    run(backends::ComfyUiClient *client, backends::Workflow workflow, QString outDir);

    // Prints `error` (as {"error": …} on stdout too with --json) and returns the exit code.
    static int fail(CtlContext &context, const net::ApiError &error, int code = 1);
    // The saved files, one per line; "not saved" notes on stderr.
    static void printFiles(CtlContext &context, const backends::ComfyUiRunResult &result);
};

} // namespace c41::ctl
