// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl lipsync SERVER --image I --audio A --out DIR [--prompt P] [--template ID]
//        [--set NODE.input=VALUE]… [--seed N]
// c41ctl v2a SERVER --video V --prompt P --out DIR [--negative N] [--seconds S]
//        [--template ID] [--set NODE.input=VALUE]… [--seed N]
// Media jobs on top of the shipped ComfyUI templates (kind "lipsync" and "v2a").
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "backends/comfyui/workflowvalidator.h"
#include "comfyjob.h"
#include "commands.h"
#include "ctlcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace c41::ctl {

QList<Command> mediaCommands();

using backends::WorkflowParameter;
using backends::WorkflowProblem;
using backends::WorkflowTemplate;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

QCommandLineOption option(const char *name, const char *help, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name),
                              QCoreApplication::translate("c41ctl", help),
                              QString::fromLatin1(value));
}

const QCommandLineOption kImage =
    option("image", QT_TRANSLATE_NOOP("c41ctl", "lipsync: the portrait image."), "FILE");
const QCommandLineOption kAudio =
    option("audio", QT_TRANSLATE_NOOP("c41ctl", "lipsync: the voice audio."), "FILE");
const QCommandLineOption kVideo =
    option("video", QT_TRANSLATE_NOOP("c41ctl", "v2a: the video to add sound to."), "FILE");
const QCommandLineOption kPrompt = option(
    "prompt",
    QT_TRANSLATE_NOOP("c41ctl", "lipsync, v2a: the text prompt (v2a: the sound to make)."), "P");
const QCommandLineOption kNegative =
    option("negative", QT_TRANSLATE_NOOP("c41ctl", "v2a: the sound to avoid."), "N");
const QCommandLineOption kSeconds =
    option("seconds",
           QT_TRANSLATE_NOOP("c41ctl", "v2a: use at most the first S seconds of the video."), "S");
const QCommandLineOption kTemplate =
    option("template",
           QT_TRANSLATE_NOOP(
               "c41ctl", "lipsync, v2a: the template to run (default: the first the server can)."),
           "ID");
const QCommandLineOption kSeed = option(
    "seed", QT_TRANSLATE_NOOP("c41ctl", "lipsync, v2a: a fixed seed (default: random per run)."),
    "N");
const QCommandLineOption kSet = option(
    "set",
    QT_TRANSLATE_NOOP(
        "c41ctl",
        "comfy run: change an input, NODE.input=VALUE (NODE: id, title or class), or ROLE=VALUE."),
    "NODE.input=VALUE");
const QCommandLineOption kOut =
    option("out", QT_TRANSLATE_NOOP("c41ctl", "Folder for the outputs (default: .)."), "DIR");

// A video, by its name or its first bytes (RIFF AVI, ISO MP4/MOV, Matroska/WebM).
bool isVideoFile(const QString &path)
{
    static const QStringList extensions{QStringLiteral("mp4"),  QStringLiteral("mov"),
                                        QStringLiteral("avi"),  QStringLiteral("mkv"),
                                        QStringLiteral("webm"), QStringLiteral("m4v"),
                                        QStringLiteral("mpg"),  QStringLiteral("mpeg"),
                                        QStringLiteral("wmv"),  QStringLiteral("flv")};
    if (extensions.contains(QFileInfo(path).suffix().toLower()))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    return (head.startsWith("RIFF") && head.mid(8, 4) == "AVI ") || head.mid(4, 4) == "ftyp" ||
           head.startsWith("\x1a\x45\xdf\xa3");
}

QStringList missingNodeMessages(const QList<WorkflowProblem> &problems)
{
    QStringList messages;
    for (const WorkflowProblem &p : problems)
        if (p.kind == WorkflowProblem::Kind::MissingNodes)
            messages << p.message;
    return messages;
}

struct MediaJob
{
    QString kind;                                         // "lipsync" or "v2a"
    QString usage;                                        // the usage line, for exit 2
    QList<std::pair<QCommandLineOption, QString>> inputs; // option → media role
    bool promptRequired = false;
};

QCoro::Task<int> runMediaJob(CtlContext &context, MediaJob job)
{
    const QCommandLineParser &parser = context.parser();
    const QStringList args = context.args();
    if (args.size() != 1)
        co_return context.fail(Text::tr("usage: %1").arg(job.usage), 2);
    for (const auto &[opt, role] : std::as_const(job.inputs))
        if (!parser.isSet(opt))
            co_return context.fail(Text::tr("%1 needs --%2 FILE; usage: %3")
                                       .arg(job.kind, opt.names().first(), job.usage),
                                   2);
    if (!parser.isSet(kOut))
        co_return context.fail(Text::tr("%1 needs --out DIR; usage: %2").arg(job.kind, job.usage),
                               2);
    if (job.promptRequired && parser.value(kPrompt).trimmed().isEmpty())
        co_return context.fail(Text::tr("%1 needs --prompt P; usage: %2").arg(job.kind, job.usage),
                               2);
    for (const auto &[opt, role] : std::as_const(job.inputs)) {
        const QString path = parser.value(opt);
        if (!QFileInfo(path).isFile())
            co_return context.fail(Text::tr("--%1: no such file %2").arg(opt.names().first(), path),
                                   2);
    }
    std::optional<qint64> seed;
    if (parser.isSet(kSeed)) {
        bool ok = false;
        seed = parser.value(kSeed).toLongLong(&ok);
        if (!ok || *seed < 0)
            co_return context.fail(
                Text::tr("--seed needs a whole number ≥ 0, not \"%1\"").arg(parser.value(kSeed)),
                2);
    }
    std::optional<double> seconds;
    if (parser.isSet(kSeconds)) {
        bool ok = false;
        seconds = parser.value(kSeconds).toDouble(&ok);
        if (!ok || !(*seconds > 0))
            co_return context.fail(Text::tr("--seconds needs a number of seconds > 0, not \"%1\"")
                                       .arg(parser.value(kSeconds)),
                                   2);
    }

    const backends::TemplateLibrary &library = backends::TemplateLibrary::shipped();
    QList<WorkflowTemplate> candidates = library.ofKind(job.kind);
    if (parser.isSet(kTemplate)) {
        const WorkflowTemplate *chosen = library.find(parser.value(kTemplate));
        if (!chosen || chosen->kind != job.kind) {
            QStringList ids;
            for (const WorkflowTemplate &t : std::as_const(candidates))
                ids << t.id;
            co_return context.fail(
                Text::tr("--template %1: not a %2 template (there are: %3)")
                    .arg(parser.value(kTemplate), job.kind, ids.join(QStringLiteral(", "))),
                2);
        }
        candidates = {*chosen};
    }
    if (candidates.isEmpty())
        co_return context.fail(Text::tr("no %1 template is shipped").arg(job.kind));

    auto made = co_await ComfyJob::clientFor(context, args.first());
    if (!made)
        co_return context.fail(made.error(), 2);
    std::unique_ptr<backends::ComfyUiClient> client = std::move(*made);
    const QString server = client->serverName();
    auto fetched = co_await ComfyJob::objectInfo(client.get());
    if (!fetched)
        co_return ComfyJob::fail(context, fetched.error());
    const backends::ObjectInfo info = std::move(*fetched);

    // The first template whose nodes the server has (its custom-node packs installed).
    std::optional<WorkflowTemplate> picked;
    QStringList why;
    for (const WorkflowTemplate &t : std::as_const(candidates)) {
        const QStringList missing =
            missingNodeMessages(backends::WorkflowValidator::validate(t.workflow, info, server));
        if (missing.isEmpty()) {
            picked = t;
            break;
        }
        why << t.id + QStringLiteral(": ") + missing.join(QStringLiteral("; "));
    }
    if (!picked) {
        if (candidates.size() == 1)
            co_return ComfyJob::fail(
                context, net::ApiError::make(net::ApiError::Kind::Config, server,
                                             Text::tr("cannot run %1: %2")
                                                 .arg(candidates.first().id,
                                                      why.first().section(u':', 1).trimmed())));
        co_return ComfyJob::fail(
            context, net::ApiError::make(net::ApiError::Kind::Config, server,
                                         Text::tr("no %1 template can run here: %2")
                                             .arg(job.kind, why.join(QStringLiteral(" | ")))));
    }
    ComfyJob::err() << Text::tr("template %1 (%2)").arg(picked->id, picked->name) << Qt::endl;

    backends::Workflow workflow = picked->workflow;
    const QStringList sets = parser.values(kSet);
    if (auto applied = backends::WorkflowOverrides::applyAll(workflow, sets, &info); !applied)
        co_return context.fail(applied.error(), 2);
    const backends::WorkflowParameters parameters =
        backends::WorkflowParameters::discover(workflow, &info);

    // Which input of the template each file goes to.
    QList<std::pair<QString, QString>> uploads; // parameter id → local file
    for (const auto &[opt, role] : std::as_const(job.inputs)) {
        const QString path = parser.value(opt);
        const QList<WorkflowParameter> targets = parameters.withRole(role);
        if (targets.isEmpty())
            co_return context.fail(Text::tr("template %1 has no %2 input").arg(picked->id, role),
                                   2);
        const WorkflowParameter &target = targets.first();
        if (role == u"image" && target.kind != WorkflowParameter::Kind::Video && isVideoFile(path))
            co_return context.fail(
                Text::tr("--image %1 is a video, but template %2 takes a still portrait image (%3, "
                         "node %4 %5): use a frame of the video as the portrait, e.g. ffmpeg -i %1 "
                         "-frames:v 1 portrait.png")
                    .arg(path, picked->id, target.label, target.nodeId, target.classType),
                2);
        uploads.append({target.id, path});
    }

    const auto setRole = [&](const QString &role, const QString &text) -> net::Status {
        const QList<WorkflowParameter> targets = parameters.withRole(role);
        if (targets.isEmpty())
            return net::ApiError::make(
                net::ApiError::Kind::Config, {},
                Text::tr("template %1 has no %2 prompt").arg(picked->id, role));
        for (const WorkflowParameter &p : targets)
            if (auto set =
                    backends::WorkflowOverrides::setValue(workflow, p.nodeId, p.input, text, &info);
                !set)
                return set;
        return net::Done{};
    };
    if (parser.isSet(kPrompt))
        if (auto set = setRole(QStringLiteral("positive"), parser.value(kPrompt)); !set)
            co_return context.fail(set.error(), 2);
    if (parser.isSet(kNegative))
        if (auto set = setRole(QStringLiteral("negative"), parser.value(kNegative)); !set)
            co_return context.fail(set.error(), 2);

    QStringList fixed = ComfyJob::namedBy(workflow, parameters, sets);
    if (seed) {
        for (const WorkflowParameter &p : parameters.withRole(QStringLiteral("seed"))) {
            if (auto set = backends::WorkflowOverrides::setValue(workflow, p.nodeId, p.input,
                                                                 QString::number(*seed), &info);
                !set)
                co_return context.fail(set.error(), 2);
            fixed << p.id;
        }
    }
    backends::WorkflowOverrides::randomizeSeeds(workflow, parameters, *QRandomGenerator::global(),
                                                fixed);

    if (seconds) {
        // The video loader reads at most force_rate × S frames; the sampler's
        // duration follows the loaded video.
        bool done = false;
        for (const WorkflowParameter &p : parameters.withRole(QStringLiteral("video"))) {
            const backends::Workflow::Json rate =
                workflow.input(p.nodeId, QStringLiteral("force_rate"));
            const backends::Workflow::Json cap =
                workflow.input(p.nodeId, QStringLiteral("frame_load_cap"));
            if (!rate.is_number() || rate.get<double>() <= 0 || cap.is_null())
                continue;
            const long frames = std::lround(std::ceil(*seconds * rate.get<double>()));
            if (auto set = backends::WorkflowOverrides::setValue(workflow, p.nodeId,
                                                                 QStringLiteral("frame_load_cap"),
                                                                 QString::number(frames), &info);
                !set)
                co_return context.fail(set.error(), 2);
            done = true;
        }
        if (!done)
            co_return context.fail(
                Text::tr("template %1 has no video length to set for --seconds").arg(picked->id),
                2);
    }

    for (const auto &[id, path] : std::as_const(uploads)) {
        auto stored = co_await ComfyJob::upload(client.get(), path);
        if (!stored)
            co_return ComfyJob::fail(context, stored.error());
        if (auto bound = backends::WorkflowOverrides::bindInput(workflow, parameters, id, *stored);
            !bound)
            co_return context.fail(bound.error(), 2);
    }

    // Everything else the server would refuse (values, models, links), before submitting.
    // (The catalogue predates the uploads: their files are not "missing".)
    QList<WorkflowProblem> problems;
    const QList<WorkflowProblem> found =
        backends::WorkflowValidator::validate(workflow, info, server);
    for (const WorkflowProblem &p : found) {
        const QString id = p.nodeId + u'.' + p.input;
        const bool uploaded = std::any_of(uploads.cbegin(), uploads.cend(),
                                          [&id](const auto &u) { return u.first == id; });
        if (!(p.kind == WorkflowProblem::Kind::InputFileMissing && uploaded))
            problems << p;
    }
    if (!problems.isEmpty()) {
        for (const WorkflowProblem &p : problems)
            ComfyJob::err() << p.message << Qt::endl;
        co_return ComfyJob::fail(
            context,
            net::ApiError::make(
                net::ApiError::Kind::Config, server,
                Text::tr("%1 would be refused: %2").arg(picked->id, problems.first().message)));
    }

    QElapsedTimer clock;
    clock.start();
    auto result = co_await ComfyJob::run(client.get(), workflow, parser.value(kOut));
    if (!result)
        co_return ComfyJob::fail(context, result.error());
    ComfyJob::printFiles(context, *result);
    if (context.json()) {
        json files = json::array();
        for (const QString &f : std::as_const(result->files))
            files.push_back(f.toStdString());
        context.out() << QString::fromStdString(json{{"prompt_id", result->promptId.toStdString()},
                                                     {"files", files},
                                                     {"server", server.toStdString()},
                                                     {"template", picked->id.toStdString()},
                                                     {"seconds", double(clock.elapsed()) / 1000.0}}
                                                    .dump(2))
                      << u'\n';
        context.out().flush();
    }
    if (result->files.isEmpty())
        co_return context.fail(Text::tr("the job finished but saved no file"));
    co_return result->skipped.isEmpty() ? 0 : 1;
}

QCoro::Task<int> runLipsync(CtlContext &context)
{
    // Not a coroutine: GCC 12 cannot put QStringLiteral's array in a coroutine frame here.
    return runMediaJob(
        context, MediaJob{QStringLiteral("lipsync"),
                          QStringLiteral("c41ctl lipsync SERVER --image I --audio A --out DIR "
                                         "[--prompt P] [--template ID] [--set NODE.input=VALUE]... "
                                         "[--seed N]"),
                          {{kImage, QStringLiteral("image")}, {kAudio, QStringLiteral("audio")}},
                          false});
}

QCoro::Task<int> runV2a(CtlContext &context)
{
    // Not a coroutine: GCC 12 cannot put QStringLiteral's array in a coroutine frame here.
    return runMediaJob(context,
                       MediaJob{QStringLiteral("v2a"),
                                QStringLiteral("c41ctl v2a SERVER --video V --prompt P --out DIR "
                                               "[--negative N] [--seconds S] [--template ID] "
                                               "[--set NODE.input=VALUE]... [--seed N]"),
                                {{kVideo, QStringLiteral("video")}},
                                true});
}

} // namespace

QList<Command> mediaCommands()
{
    return {
        {QStringLiteral("lipsync"),
         QStringLiteral("lipsync SERVER --image I --audio A --out DIR [--prompt P] [--template ID] "
                        "[--set NODE.input=VALUE]... [--seed N]"),
         Text::tr(
             "Lip-sync on ComfyUI (HuMo): a portrait image and a voice audio to a talking video. "
             "Uploads both, runs the first lipsync template the server has the nodes for (or "
             "--template), progress on stderr, saved files on stdout."),
         &runLipsync,
         {kImage, kAudio, kPrompt, kTemplate, kSeed, kSet, kOut}},
        {QStringLiteral("v2a"),
         QStringLiteral("v2a SERVER --video V --prompt P --out DIR [--negative N] [--seconds S] "
                        "[--template ID] [--set NODE.input=VALUE]... [--seed N]"),
         Text::tr("Video to audio on ComfyUI (MMAudio): uploads the video, generates a soundtrack "
                  "from the prompt and saves the video with sound; prints the saved files."),
         &runV2a,
         {kVideo, kPrompt, kNegative, kSeconds, kTemplate, kSeed, kSet, kOut}},
    };
}

} // namespace c41::ctl
