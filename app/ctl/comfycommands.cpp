// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE [--set NODE.input=VALUE]… [--input NAME=FILE]…
// [--out DIR] c41ctl comfy queue|interrupt|free SERVER c41ctl comfy validate SERVER
// WORKFLOW.json|TEMPLATE (templatecommands.cpp)
#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflow.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "comfyjob.h"
#include "commands.h"
#include "ctlcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <memory>

namespace c41::ctl {

QList<Command> comfyCommands();
QCoro::Task<int> runComfyValidate(CtlContext &context);

using backends::ComfyUiClient;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

const QCommandLineOption
    kSetOption(QStringLiteral("set"),
               QCoreApplication::translate("c41ctl", "comfy run: change an input, NODE.input=VALUE "
                                                     "(NODE: id, title or class), or ROLE=VALUE."),
               QStringLiteral("NODE.input=VALUE"));
const QCommandLineOption kInputOption(
    QStringLiteral("input"),
    QCoreApplication::translate("c41ctl", "comfy run: upload FILE and use it for the image, "
                                          "audio or video input NAME."),
    QStringLiteral("NAME=FILE"));
const QCommandLineOption
    kOutOption(QStringLiteral("out"),
               QCoreApplication::translate("c41ctl", "Folder for the outputs (default: .)."),
               QStringLiteral("DIR"));

net::Result<backends::Workflow> loadWorkflow(const QString &source)
{
    if (QFileInfo::exists(source)) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return net::ApiError::make(
                net::ApiError::Kind::Config, {},
                Text::tr("cannot read %1: %2").arg(source, file.errorString()));
        return backends::Workflow::fromBytes(file.readAll(), QFileInfo(source).fileName());
    }
    if (const backends::WorkflowTemplate *t = backends::TemplateLibrary::shipped().find(source))
        return t->workflow;
    return net::ApiError::make(net::ApiError::Kind::Config, {},
                               Text::tr("%1: no such file or template").arg(source));
}

QCoro::Task<int> comfyRun(CtlContext &context, QStringList args)
{
    if (args.size() != 2)
        co_return context.fail(
            Text::tr("usage: c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE "
                     "[--set NODE.input=VALUE]... [--input NAME=FILE]... [--out DIR]"),
            2);
    auto made = co_await ComfyJob::clientFor(context, args.at(0));
    if (!made)
        co_return context.fail(made.error(), 2);
    std::unique_ptr<ComfyUiClient> client = std::move(*made);
    auto loaded = loadWorkflow(args.at(1));
    if (!loaded)
        co_return context.fail(loaded.error(), 2);
    backends::Workflow workflow = std::move(*loaded);

    // The server's catalogue types --set values and finds the media inputs.
    auto fetched = co_await ComfyJob::objectInfo(client.get());
    if (!fetched)
        co_return context.fail(fetched.error());
    const backends::ObjectInfo info = std::move(*fetched);
    const QStringList sets = context.parser().values(kSetOption);
    if (auto applied = backends::WorkflowOverrides::applyAll(workflow, sets, &info); !applied)
        co_return context.fail(applied.error(), 2);
    backends::WorkflowParameters parameters =
        backends::WorkflowParameters::discover(workflow, &info);

    // Seeds named by --set stay as given; the others are random per run.
    const QStringList fixed = ComfyJob::namedBy(workflow, parameters, sets);
    backends::WorkflowOverrides::randomizeSeeds(workflow, parameters, *QRandomGenerator::global(),
                                                fixed);

    const QStringList inputs = context.parser().values(kInputOption);
    for (const QString &spec : inputs) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            co_return context.fail(Text::tr("--input needs NAME=FILE, not \"%1\"").arg(spec), 2);
        const QString name = spec.left(eq);
        const QString path = spec.mid(eq + 1);
        if (!QFileInfo(path).isFile())
            co_return context.fail(Text::tr("--input %1: no such file %2").arg(name, path), 2);
        if (auto target = backends::WorkflowOverrides::resolveInput(workflow, parameters, name);
            !target)
            co_return context.fail(target.error(), 2);
        auto serverName = co_await ComfyJob::upload(client.get(), path);
        if (!serverName)
            co_return context.fail(serverName.error());
        if (auto bound =
                backends::WorkflowOverrides::bindInput(workflow, parameters, name, *serverName);
            !bound)
            co_return context.fail(bound.error(), 2);
    }

    const QString outDir = context.parser().isSet(kOutOption) ? context.parser().value(kOutOption)
                                                              : QDir::currentPath();
    auto result = co_await ComfyJob::run(client.get(), workflow, outDir);
    if (!result)
        co_return ComfyJob::fail(context, result.error());
    ComfyJob::printFiles(context, *result);
    if (context.json()) {
        json files = json::array();
        for (const QString &f : std::as_const(result->files))
            files.push_back(f.toStdString());
        json cached = json::array();
        for (const QString &c : std::as_const(result->cachedNodes))
            cached.push_back(c.toStdString());
        json skipped = json::array();
        for (const net::ApiError &e : std::as_const(result->skipped))
            skipped.push_back(ComfyJob::errorJson(e));
        context.out() << QString::fromStdString(json{
                             {"prompt_id", result->promptId.toStdString()},
                             {"files", files},
                             {"cached_nodes", cached},
                             {"previews", result->previews},
                             {"skipped", skipped}}.dump(2))
                      << u'\n';
    }
    context.out().flush();
    co_return result->skipped.isEmpty() ? 0 : 1;
}

QCoro::Task<int> comfyQueue(CtlContext &context, QStringList args)
{
    if (args.size() != 1)
        co_return context.fail(Text::tr("usage: c41ctl comfy queue SERVER"), 2);
    auto made = co_await ComfyJob::clientFor(context, args.at(0));
    if (!made)
        co_return context.fail(made.error(), 2);
    auto queue = co_await (*made)->queue();
    if (!queue)
        co_return context.fail(queue.error());
    if (context.json()) {
        const auto items = [](const QList<backends::ComfyUiQueueItem> &list) {
            json out = json::array();
            for (const auto &i : list)
                out.push_back({{"prompt_id", i.promptId.toStdString()},
                               {"number", i.number},
                               {"client_id", i.clientId.toStdString()},
                               {"nodes", i.prompt.is_object() ? i.prompt.size() : 0}});
            return out;
        };
        context.out() << QString::fromStdString(json{{"running", items(queue->running)},
                                                     {"pending", items(queue->pending)}}
                                                    .dump(2))
                      << u'\n';
    } else {
        if (queue->running.isEmpty() && queue->pending.isEmpty())
            context.out() << Text::tr("the queue is empty") << u'\n';
        const auto print = [&context](const QString &state, const backends::ComfyUiQueueItem &i) {
            context.out() << state.leftJustified(9)
                          << QStringLiteral("#%1").arg(i.number).leftJustified(7) << i.promptId
                          << u' '
                          << Text::tr("%n node(s)", nullptr,
                                      i.prompt.is_object() ? int(i.prompt.size()) : 0)
                          << u'\n';
        };
        for (const auto &i : std::as_const(queue->running))
            print(Text::tr("running"), i);
        for (const auto &i : std::as_const(queue->pending))
            print(Text::tr("pending"), i);
    }
    context.out().flush();
    co_return 0;
}

QCoro::Task<int> comfyInterrupt(CtlContext &context, QStringList args)
{
    if (args.size() != 1)
        co_return context.fail(Text::tr("usage: c41ctl comfy interrupt SERVER"), 2);
    auto made = co_await ComfyJob::clientFor(context, args.at(0));
    if (!made)
        co_return context.fail(made.error(), 2);
    auto done = co_await (*made)->interrupt();
    if (!done)
        co_return context.fail(done.error());
    co_return context.done(
        Text::tr("interrupted the running prompt, if any"),
        QByteArray::fromStdString(
            nlohmann::json{{"server", args.at(0).toStdString()}, {"action", "interrupt"}}.dump()));
}

QCoro::Task<int> comfyFree(CtlContext &context, QStringList args)
{
    if (args.size() != 1)
        co_return context.fail(Text::tr("usage: c41ctl comfy free SERVER"), 2);
    auto made = co_await ComfyJob::clientFor(context, args.at(0));
    if (!made)
        co_return context.fail(made.error(), 2);
    auto done = co_await (*made)->free(true, true);
    if (!done)
        co_return context.fail(done.error());
    co_return context.done(
        Text::tr("asked the server to unload its models and free memory"),
        QByteArray::fromStdString(
            nlohmann::json{{"server", args.at(0).toStdString()}, {"action", "free"}}.dump()));
}

QCoro::Task<int> runComfy(CtlContext &context)
{
    QStringList args = context.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"run")
        co_return co_await comfyRun(context, args);
    if (sub == u"queue")
        co_return co_await comfyQueue(context, args);
    if (sub == u"interrupt")
        co_return co_await comfyInterrupt(context, args);
    if (sub == u"free")
        co_return co_await comfyFree(context, args);
    if (sub == u"validate")
        co_return co_await runComfyValidate(context);
    co_return context.fail(
        Text::tr("usage: c41ctl comfy run|queue|interrupt|free|validate SERVER …"), 2);
}

} // namespace

QList<Command> comfyCommands()
{
    return {
        {QStringLiteral("comfy"),
         QStringLiteral("comfy run|queue|interrupt|free|validate SERVER [WORKFLOW.json|TEMPLATE]"),
         Text::tr(
             "Run a ComfyUI workflow (--set NODE.input=VALUE, --input NAME=FILE, --out DIR): "
             "progress on stderr, saved files on stdout; list the queue, interrupt, free memory, "
             "or validate a workflow against the server."),
         &runComfy,
         {kSetOption, kInputOption, kOutOption}},
    };
}

} // namespace c41::ctl
