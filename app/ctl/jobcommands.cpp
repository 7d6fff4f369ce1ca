// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl jobs: the studio's job queue (the database c41 shares): list, watch,
// show, cancel, retry, move, pause (and free GPU memory), resume, add.
#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "comfyjob.h"
#include "commands.h"
#include "ctlcontext.h"
#include "jobpaths.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/gpumemoryfreer.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobstore.h"
#include "jobs/keyedjobexecutor.h"
#include "jobs/llmjobexecutor.h"
#include "jobs/serverkeys.h"
#include "jobs/ttsjobexecutor.h"
#include "studio/studioconfig.h"

#include <QCoreApplication>
#include <QCoro/QCoroTimer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include <memory>

using namespace std::chrono_literals;
using json = nlohmann::json;

namespace c41::ctl {

QList<Command> jobCommands();

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

// $C41_JOBS_DB, else jobs.sqlite in the user's data folder (the file c41 uses);
// none for --demo unless $C41_JOBS_DB names one.
QString jobDatabasePath(CtlContext &context)
{
    if (context.parser().isSet(QStringLiteral("demo")) &&
        qEnvironmentVariable("C41_JOBS_DB").isEmpty())
        return {};
    return app::JobPaths::database();
}

std::string iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

QString age(const QDateTime &since)
{
    if (!since.isValid())
        return QStringLiteral("-");
    const qint64 s = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 86400)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

json jobJson(const jobs::Job &j, bool full)
{
    json o{{"id", j.id},
           {"state", jobs::stateName(j.state).toStdString()},
           {"kind", jobs::kindName(j.kind).toStdString()},
           {"target", j.target.toStdString()},
           {"server", j.server.toStdString()},
           {"title", j.title().toStdString()},
           {"progress", j.progress},
           {"step", j.isActive() ? j.step.toStdString() : std::string()}, // a finished job: none
           {"error", j.error.toStdString()},
           {"created", iso(j.created)},
           {"started", iso(j.started)},
           {"finished", iso(j.finished)},
           {"attempts", j.attempts}};
    if (j.etaSeconds >= 0)
        o["eta_s"] = j.etaSeconds;
    if (j.retryOf)
        o["retry_of"] = j.retryOf;
    if (full) {
        o["remote_id"] = j.remoteId.toStdString();
        o["output_dir"] = j.outputDir.toStdString();
        o["outputs"] = j.outputs;
        o["params"] = j.params;
        o["owner"] = j.owner.toStdString();
        o["cancel_requested"] = j.cancelRequested;
    }
    return o;
}

// A queued job's place in the queue, 1 for the next to run (0: not queued).
int placeOf(const QList<qint64> &order, qint64 id)
{
    return int(order.indexOf(id)) + 1;
}

QString table(const QList<jobs::Job> &list, const QList<qint64> &order, bool paused)
{
    QList<QStringList> rows{{Text::tr("ID"), Text::tr("STATE"), Text::tr("KIND"),
                             Text::tr("SERVER"), Text::tr("PROGRESS"), Text::tr("AGE"),
                             Text::tr("JOB")}};
    for (const jobs::Job &j : list) {
        QString progress = QStringLiteral("-");
        if (j.isActive())
            progress = QString::number(qRound(j.progress)) + u'%' +
                       (j.step.isEmpty() ? QString() : QStringLiteral(" ") + j.step);
        else if (j.state == jobs::JobState::Succeeded)
            progress = QStringLiteral("100%");
        else if (!j.error.isEmpty())
            progress = j.error;
        else if (const int place = placeOf(order, j.id))
            progress = Text::tr("#%1 in queue").arg(place);
        rows << QStringList{QString::number(j.id),  jobs::stateText(j.state),
                            jobs::kindName(j.kind), j.server.isEmpty() ? j.target : j.server,
                            progress.left(60),      age(j.created),
                            j.title().left(40)};
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &r : std::as_const(rows))
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], int(r[c].size()));
    QString out;
    for (const QStringList &r : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? r[c].leftJustified(widths[c] + 2) : r[c];
        out += line.trimmed() + u'\n';
    }
    if (list.isEmpty())
        out += Text::tr("(no jobs)") + u'\n';
    if (paused)
        out += Text::tr("The queue is paused.") + u'\n';
    return out;
}

// The newest jobs, with every queued or active one whatever its age.
net::Result<QList<jobs::Job>> recent(jobs::JobStore &store, int limit)
{
    jobs::JobFilter f;
    f.limit = limit;
    auto list = store.list(f);
    if (!list)
        return list;
    jobs::JobFilter open;
    open.states = {jobs::JobState::Queued, jobs::JobState::Dispatched, jobs::JobState::Running};
    open.limit = -1;
    auto pending = store.list(open);
    if (!pending)
        return pending;
    for (const jobs::Job &j : std::as_const(*pending)) {
        const bool shown = std::any_of(list->cbegin(), list->cend(),
                                       [&](const jobs::Job &k) { return k.id == j.id; });
        if (!shown)
            list->append(j);
    }
    std::sort(list->begin(), list->end(),
              [](const jobs::Job &a, const jobs::Job &b) { return a.id > b.id; });
    return list;
}

int print(CtlContext &context, jobs::JobStore &store)
{
    auto list = recent(store, 50);
    if (!list)
        return context.fail(list.error());
    auto order = store.queueOrder();
    if (!order)
        return context.fail(order.error());
    if (context.json()) {
        json arr = json::array();
        for (const jobs::Job &j : std::as_const(*list)) {
            arr.push_back(jobJson(j, false));
            if (const int place = placeOf(*order, j.id))
                arr.back()["place"] = place; // 1: the next to run
        }
        context.out() << QString::fromStdString(
                             json{{"paused", store.isPaused()}, {"jobs", arr}}.dump(2))
                      << u'\n';
    } else {
        context.out() << table(*list, *order, store.isPaused());
    }
    context.out().flush();
    return 0;
}

std::optional<qint64> jobId(CtlContext &context)
{
    if (context.args().size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = context.args().at(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The studio output directory: --out, $C41_OUTPUT_DIR, else "outputs" in the
// user's data folder. Each job gets <dir>/<yyyy-mm-dd>/<id>-<kind>/.
QString outputRoot(CtlContext &context)
{
    if (context.parser().isSet(QStringLiteral("out")))
        return QFileInfo(context.parser().value(QStringLiteral("out"))).absoluteFilePath();
    return app::JobPaths::outputRoot();
}

// WORKFLOW.json (API format) or the name of a shipped template.
net::Result<backends::Workflow> loadWorkflow(const QString &nameOrPath)
{
    QFile file(nameOrPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return net::ApiError::make(net::ApiError::Kind::Config, nameOrPath,
                                       Text::tr("cannot read it: %1").arg(file.errorString()));
        return backends::Workflow::fromBytes(file.readAll(), nameOrPath);
    }
    if (const backends::WorkflowTemplate *t = backends::TemplateLibrary::shipped().find(nameOrPath))
        return t->workflow;
    return net::ApiError::make(
        net::ApiError::Kind::Config, nameOrPath,
        Text::tr("no such file, and no shipped template of that name (see c41ctl templates)"));
}

// jobs add KIND (WORKFLOW.json | TEMPLATE | TEXT...) [--set NODE.input=VALUE]... [--target T]
//          [--voice V] [--wait]
QCoro::Task<int> runAdd(CtlContext &context, jobs::JobStore &store)
{
    const QStringList &args = context.args();
    const std::optional<jobs::JobKind> kind = jobs::kindFromName(args.value(1));
    if (!kind || args.size() < 3)
        co_return context.fail(Text::tr("usage: jobs add image|video|lipsync|v2a WORKFLOW.json | "
                                        "jobs add tts TEXT --voice V | "
                                        "jobs add chat TEXT --model M | "
                                        "jobs add model_load|model_pull MODEL --target SERVER"),
                               2);
    jobs::Job job;
    job.kind = *kind;
    if (context.parser().isSet(QStringLiteral("target")))
        job.target = context.parser().value(QStringLiteral("target"));
    if (*kind == jobs::JobKind::Chat) {
        const QString model = context.parser().value(QStringLiteral("model"));
        if (model.isEmpty())
            co_return context.fail(Text::tr("usage: jobs add chat TEXT --model M [--target T]"), 2);
        job.params =
            json{{"model", model.toStdString()}, {"prompt", args.mid(2).join(u' ').toStdString()}};
    } else if (*kind == jobs::JobKind::ModelLoad || *kind == jobs::JobKind::ModelPull) {
        const QString usage =
            Text::tr("usage: jobs add %1 MODEL --target SERVER").arg(jobs::kindName(*kind));
        if (args.size() != 3 || !context.parser().isSet(QStringLiteral("target")))
            co_return context.fail(usage, 2);
        // A model is loaded or pulled on one server: the target must name one.
        const auto server =
            std::find_if(context.config().servers.cbegin(), context.config().servers.cend(),
                         [&](const studio::ServerConfig &s) { return s.name == job.target; });
        const bool llm = server != context.config().servers.cend() &&
                         (server->address.kind == studio::ServerKind::Ollama ||
                          server->address.kind == studio::ServerKind::OpenAi);
        if (!llm)
            co_return context.fail(
                Text::tr("%1 is not an LLM server of the studio (see c41ctl servers); %2")
                    .arg(job.target, usage),
                2);
        if (*kind == jobs::JobKind::ModelPull && server->address.kind != studio::ServerKind::Ollama)
            co_return context.fail(
                Text::tr("only Ollama servers pull models; %1 is not one").arg(job.target), 2);
        job.params = json{{"model", args.at(2).toStdString()}, {"title", args.at(2).toStdString()}};
    } else if (*kind == jobs::JobKind::Tts) {
        job.params = json{{"text", args.mid(2).join(u' ').toStdString()},
                          {"voice", context.parser().value(QStringLiteral("voice")).toStdString()},
                          {"format", "wav"}};
    } else if (*kind == jobs::JobKind::Image || *kind == jobs::JobKind::Video ||
               *kind == jobs::JobKind::LipSync || *kind == jobs::JobKind::V2A) {
        // A workflow file or a shipped template (like comfy run), with --set applied and
        // random seeds drawn now, so the stored job re-runs exactly.
        auto workflow = loadWorkflow(args.at(2));
        if (!workflow)
            co_return context.fail(workflow.error(), 2);
        const QStringList sets = context.parser().values(QStringLiteral("set"));
        if (const net::Status applied = backends::WorkflowOverrides::applyAll(*workflow, sets);
            !applied.ok())
            co_return context.fail(applied.error(), 2);
        const backends::WorkflowParameters parameters =
            backends::WorkflowParameters::discover(*workflow);
        QRandomGenerator rng = QRandomGenerator::securelySeeded();
        backends::WorkflowOverrides::randomizeSeeds(*workflow, parameters, rng,
                                                    ComfyJob::namedBy(*workflow, parameters, sets));
        job.params = json{{"title", QFileInfo(args.at(2)).completeBaseName().toStdString()},
                          {"workflow", workflow->toPrompt()}};
    } else {
        co_return context.fail(Text::tr("c41ctl cannot run %1 jobs yet").arg(jobs::kindName(*kind)),
                               2);
    }
    auto id = store.enqueue(job);
    if (!id)
        co_return context.fail(id.error());
    if (!context.parser().isSet(QStringLiteral("wait"))) {
        if (context.json())
            context.out() << QString::fromStdString(json{{"id", *id}, {"state", "queued"}}.dump())
                          << u'\n';
        else
            context.out() << Text::tr("Job %1 queued.").arg(*id) << u'\n';
        co_return 0;
    }

    // --wait: dispatch it from here (the app, if it runs, sees it run).
    jobs::StaticJobServers servers = jobs::StaticJobServers::fromConfig(context.config());
    const QString root = outputRoot(context);
    jobs::ComfyUiJobExecutor comfy(context.nam(), root);
    jobs::TtsJobExecutor speech(context.nam(), root);
    jobs::LlmJobExecutor llm(context.nam(), root);
    jobs::ServerKeys keys(context.secrets(), context.config()); // loaded before each dispatch
    for (const studio::ServerConfig &s : context.config().servers) {
        if (s.address.kind == studio::ServerKind::ComfyUi) {
            comfy.addServer(s.name, s.address.url);
            keys.addClient(s.name, comfy.client(s.name)->http());
        } else if (s.address.kind == studio::ServerKind::Tts) {
            speech.addServer(s.name, s.address.url);
            keys.addClient(s.name, speech.client(s.name));
        } else if (s.address.kind == studio::ServerKind::Ollama ||
                   s.address.kind == studio::ServerKind::OpenAi) {
            llm.addServer(s.name, s.address.kind, s.address.url);
            keys.addClient(s.name, llm.client(s.name));
        }
    }
    jobs::KeyedJobExecutor keyed(&keys, {&comfy, &speech, &llm});
    jobs::JobDispatcher dispatcher(&store, &servers);
    dispatcher.addExecutor(&keyed);
    const qint64 mine = *id;
    dispatcher.setJobFilter([mine](const jobs::Job &j) { return j.id == mine; });
    dispatcher.start();
    QString lastStep;
    jobs::Job now;
    for (;;) {
        auto j = store.job(mine);
        if (!j)
            co_return context.fail(j.error());
        now = *j;
        if (now.isFinished())
            break;
        if (!context.json() && !now.step.isEmpty() && now.step != lastStep) {
            lastStep = now.step;
            context.out() << Text::tr("job %1: %2").arg(mine).arg(now.step) << u'\n';
            context.out().flush();
        }
        co_await QCoro::sleepFor(100ms);
    }
    dispatcher.stop();
    if (context.json()) {
        context.out() << QString::fromStdString(jobJson(now, true).dump(2)) << u'\n';
    } else {
        context.out() << Text::tr("Job %1 %2.").arg(mine).arg(jobs::stateText(now.state)) << u'\n';
        for (const json &f : now.outputs)
            if (f.is_string())
                context.out() << QString::fromStdString(f.get<std::string>()) << u'\n';
        if (now.kind == jobs::JobKind::Chat && now.state == jobs::JobState::Succeeded &&
            !now.outputs.empty() && now.outputs.at(0).is_string()) {
            // The reply itself, after the files.
            QFile reply(QString::fromStdString(now.outputs.at(0).get<std::string>()));
            if (reply.open(QIODevice::ReadOnly))
                context.out() << u'\n' << QString::fromUtf8(reply.readAll()).trimmed() << u'\n';
        }
    }
    if (now.state != jobs::JobState::Succeeded)
        co_return context.fail(now.error.isEmpty() ? jobs::stateText(now.state) : now.error);
    co_return 0;
}

// jobs move ID top|up|down|bottom | jobs move ID --before OTHER_ID
int runMove(CtlContext &context, jobs::JobStore &store)
{
    const QStringList &args = context.args();
    const QString usage = Text::tr("usage: jobs move ID top|up|down|bottom | "
                                   "jobs move ID --before OTHER_ID");
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(usage, 2);
    const bool before = context.parser().isSet(QStringLiteral("before"));
    net::Result<int> place = 0;
    if (before) {
        const qint64 other = context.parser().value(QStringLiteral("before")).toLongLong(&ok);
        if (args.size() != 2 || !ok || other <= 0)
            return context.fail(usage, 2);
        place = store.moveBefore(id, other);
    } else {
        static const QList<QPair<QString, jobs::QueueMove>> kWhere{
            {QStringLiteral("top"), jobs::QueueMove::Top},
            {QStringLiteral("up"), jobs::QueueMove::Up},
            {QStringLiteral("down"), jobs::QueueMove::Down},
            {QStringLiteral("bottom"), jobs::QueueMove::Bottom}};
        const auto where = std::find_if(kWhere.cbegin(), kWhere.cend(), [&](const auto &w) {
            return w.first == args.value(2).toLower();
        });
        if (args.size() != 3 || where == kWhere.cend())
            return context.fail(usage, 2);
        place = store.move(id, where->second);
    }
    if (!place)
        return context.fail(place.error());
    auto order = store.queueOrder();
    if (!order)
        return context.fail(order.error());
    json queue = json::array();
    for (qint64 q : std::as_const(*order))
        queue.push_back(q);
    return context.done(Text::tr("Job %1 is now number %2 of %3 in the queue.")
                            .arg(id)
                            .arg(*place + 1)
                            .arg(order->size()),
                        QByteArray::fromStdString(json{
                            {"id", id},
                            {"place", *place + 1},
                            {"queued", order->size()},
                            {"queue", queue}}.dump()));
}

// jobs pause [--free-vram] | jobs resume
QCoro::Task<int> runPause(CtlContext &context, jobs::JobStore &store, bool pause)
{
    const bool freeVram = context.parser().isSet(QStringLiteral("free-vram"));
    if (freeVram && !pause)
        co_return context.fail(Text::tr("usage: jobs pause --free-vram"), 2);
    if (auto s = store.setPaused(pause); !s.ok())
        co_return context.fail(s.error());
    const QString state = pause ? Text::tr("The queue is paused.") : Text::tr("The queue runs.");
    if (!freeVram)
        co_return context.done(state, QByteArray::fromStdString(json{{"paused", pause}}.dump()));

    // Then the GPU memory of every ComfyUI server of the studio that runs nothing.
    std::vector<std::unique_ptr<backends::ComfyUiClient>> clients;
    jobs::GpuMemoryFreer freer(&store);
    jobs::ServerKeys keys(context.secrets(), context.config());
    freer.setServerKeys(&keys);
    for (const studio::ServerConfig &s : context.config().servers) {
        if (s.address.kind != studio::ServerKind::ComfyUi)
            continue;
        clients.push_back(
            std::make_unique<backends::ComfyUiClient>(context.nam(), s.name, s.address.url));
        freer.addServer(clients.back().get());
        keys.addClient(s.name, clients.back()->http());
    }
    const QList<jobs::FreeMemoryResult> results = co_await freer.freeIdle();
    json servers = json::array();
    bool failed = false;
    for (const jobs::FreeMemoryResult &r : results) {
        json o{{"server", r.server.toStdString()}, {"result", r.outcomeName().toStdString()}};
        if (r.jobId)
            o["job"] = r.jobId;
        if (!r.detail.isEmpty())
            o["error"] = r.detail.toStdString();
        servers.push_back(o);
        failed = failed || r.outcome == jobs::FreeMemoryResult::Outcome::Failed;
    }
    const QString message = state + u'\n' + jobs::GpuMemoryFreer::summary(results);
    if (!failed)
        co_return context.done(message, QByteArray::fromStdString(
                                            json{{"paused", true}, {"servers", servers}}.dump()));
    // The queue is paused, but a server could not be freed: say so, and exit 1.
    if (context.json())
        context.out() << QString::fromStdString(json{
                             {"ok", false},
                             {"message", message.toStdString()},
                             {"paused", true},
                             {"servers", servers}}.dump())
                      << u'\n';
    else
        context.out() << message << u'\n';
    co_return context.fail(
        Text::tr("the queue is paused, but not every server's memory was freed"));
}

QCoro::Task<int> runJobs(CtlContext &context)
{
    const QString path = jobDatabasePath(context);
    if (path.isEmpty()) // --demo keeps no jobs of its own: a usage error, like a missing argument
        co_return context.fail(
            Text::tr("the demo studio has no job database: set C41_JOBS_DB to a file "
                     "(e.g. C41_JOBS_DB=/tmp/demo-jobs.sqlite), or run without --demo to use "
                     "the studio's own"),
            2);
    auto store = std::make_unique<jobs::JobStore>(path);
    if (auto s = store->open(); !s.ok())
        co_return context.fail(s.error());
    const QStringList &args = context.args();
    const QString sub = args.value(0);

    if (sub.isEmpty() || sub == QLatin1String("list"))
        co_return print(context, *store);
    if (sub == QLatin1String("add"))
        co_return co_await runAdd(context, *store);
    if (sub == QLatin1String("watch")) {
        for (;;) { // until Ctrl-C
            if (!context.json())
                context.out() << "\x1b[H\x1b[2J";
            if (const int code = print(context, *store))
                co_return code;
            co_await QCoro::sleepFor(1s);
        }
    }
    if (sub == QLatin1String("pause") || sub == QLatin1String("resume"))
        co_return co_await runPause(context, *store, sub == QLatin1String("pause"));
    if (sub == QLatin1String("move"))
        co_return runMove(context, *store);
    const std::optional<qint64> id = jobId(context);
    if (sub == QLatin1String("show")) {
        if (!id)
            co_return context.fail(Text::tr("usage: jobs show ID"), 2);
        auto j = store->job(*id);
        if (!j)
            co_return context.fail(j.error());
        if (context.json()) {
            context.out() << QString::fromStdString(jobJson(*j, true).dump(2)) << u'\n';
            co_return 0;
        }
        QTextStream &out = context.out();
        out << Text::tr("Job %1: %2").arg(j->id).arg(j->title()) << u'\n';
        out << Text::tr("  state:     %1").arg(jobs::stateText(j->state));
        if (j->isActive())
            out << QStringLiteral(" (%1%%2)")
                       .arg(qRound(j->progress))
                       .arg(j->step.isEmpty() ? QString() : QStringLiteral(", ") + j->step);
        out << u'\n';
        out << Text::tr("  kind:      %1").arg(jobs::kindName(j->kind)) << u'\n';
        out << Text::tr("  target:    %1").arg(j->target) << u'\n';
        if (!j->server.isEmpty())
            out << Text::tr("  server:    %1").arg(j->server) << u'\n';
        if (!j->remoteId.isEmpty())
            out << Text::tr("  remote id: %1").arg(j->remoteId) << u'\n';
        out << Text::tr("  created:   %1").arg(j->created.toLocalTime().toString(Qt::ISODate))
            << u'\n';
        if (j->started.isValid())
            out << Text::tr("  started:   %1").arg(j->started.toLocalTime().toString(Qt::ISODate))
                << u'\n';
        if (j->finished.isValid())
            out << Text::tr("  finished:  %1 (%2 s)")
                       .arg(j->finished.toLocalTime().toString(Qt::ISODate))
                       .arg(j->started.isValid() ? j->started.secsTo(j->finished) : 0)
                << u'\n';
        if (j->attempts > 1)
            out << Text::tr("  attempt:   %1 (retry of job %2)").arg(j->attempts).arg(j->retryOf)
                << u'\n';
        if (!j->error.isEmpty())
            out << Text::tr("  error:     %1").arg(j->error) << u'\n';
        if (!j->outputDir.isEmpty())
            out << Text::tr("  folder:    %1").arg(j->outputDir) << u'\n';
        for (const json &f : j->outputs)
            if (f.is_string())
                out << Text::tr("  output:    %1").arg(QString::fromStdString(f.get<std::string>()))
                    << u'\n';
        if (j->state == jobs::JobState::Failed || j->state == jobs::JobState::Lost ||
            j->state == jobs::JobState::Cancelled)
            out << Text::tr("  (c41ctl jobs retry %1 runs it again)").arg(j->id) << u'\n';
        co_return 0;
    }
    if (sub == QLatin1String("cancel")) {
        if (!id)
            co_return context.fail(Text::tr("usage: jobs cancel ID"), 2);
        auto r = store->cancel(*id);
        if (!r)
            co_return context.fail(r.error());
        co_return context.done(
            *r ? Text::tr("Job %1 cancelled.").arg(*id)
               : Text::tr("Job %1 is being interrupted on its server.").arg(*id),
            QByteArray::fromStdString(
                json{{"id", *id}, {"state", *r ? "cancelled" : "interrupting"}}.dump()));
    }
    if (sub == QLatin1String("retry")) {
        if (!id)
            co_return context.fail(Text::tr("usage: jobs retry ID"), 2);
        auto r = store->retry(*id);
        if (!r)
            co_return context.fail(r.error());
        if (context.json())
            context.out() << QString::fromStdString(json{{"id", *r}, {"retry_of", *id}}.dump())
                          << u'\n';
        else
            context.out() << Text::tr("Job %1 queued again as job %2.").arg(*id).arg(*r) << u'\n';
        co_return 0;
    }
    co_return context.fail(Text::tr("unknown jobs command '%1' (list, watch, show, cancel, retry, "
                                    "move, pause, resume, add)")
                               .arg(sub),
                           2);
}

} // namespace

QList<Command> jobCommands()
{
    return {
        {QStringLiteral("jobs"),
         QStringLiteral("jobs [watch | show ID | cancel ID | retry ID | move ID top|up|down|bottom "
                        "| move ID --before ID | pause [--free-vram] | resume | add KIND "
                        "WORKFLOW.json|TEXT|MODEL [--target T] [--model M] [--wait]]"),
         Text::tr(
             "The studio's job queue, shared with c41: the latest jobs with state, kind, "
             "server, progress and age (watch: redraw every second); show a job with its "
             "outputs; cancel (a running job is interrupted on its server); retry a failed, "
             "lost or cancelled job; move a queued job to the top, up, down, to the bottom or "
             "--before another; pause or resume the queue (--free-vram: then unload the models "
             "of every ComfyUI server that runs nothing); add a job (image, video, lipsync, "
             "v2a: an API workflow; tts: the text, --voice; chat: the text, --model; model_load, "
             "model_pull: the model, --target SERVER) for a server, box or any server "
             "(--target), and with --wait run it from here into --out DIR. $C41_JOBS_DB names "
             "the database."),
         &runJobs,
         {QCommandLineOption(QStringLiteral("target"),
                             Text::tr("jobs add: a server, a box, or \"any\" (default)."),
                             QStringLiteral("T")),
          QCommandLineOption(QStringLiteral("wait"),
                             Text::tr("jobs add: run the job from here and wait for its end.")),
          QCommandLineOption(QStringLiteral("out"),
                             Text::tr("jobs add: the output directory (a folder per job)."),
                             QStringLiteral("DIR")),
          QCommandLineOption(QStringLiteral("voice"), Text::tr("jobs add tts: the voice."),
                             QStringLiteral("V")),
          QCommandLineOption(QStringLiteral("model"), Text::tr("jobs add chat: the model."),
                             QStringLiteral("M")),
          QCommandLineOption(QStringLiteral("before"),
                             Text::tr("jobs move: put the job just before this queued job."),
                             QStringLiteral("ID")),
          QCommandLineOption(
              QStringLiteral("free-vram"),
              Text::tr("jobs pause: then unload the models and free the GPU memory of every "
                       "ComfyUI server that runs no job."))}},
    };
}

} // namespace c41::ctl
