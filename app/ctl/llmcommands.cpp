// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl commands for LLM servers: models, load/unload/pin (chat and bench live in
// chatcommand.cpp and benchcommand.cpp).
#include "commands.h"
#include "ctlcontext.h"
#include "llmtarget.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace c41::ctl {

using backends::LlmBackend;
using backends::LlmModel;
using backends::LoadedModel;
using backends::LoadedState;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

std::string s8(const QString &s)
{
    return s.toStdString();
}

json nullable(const QString &s)
{
    return s.isEmpty() ? json() : json(s8(s));
}

json positive(qint64 v)
{
    return v > 0 ? json(v) : json();
}

json modelJson(const LlmModel &m)
{
    return {{"name", s8(m.name)},
            {"size_bytes", positive(m.sizeBytes)},
            {"family", nullable(m.family)},
            {"parameter_size", nullable(m.parameterSize)},
            {"parameter_count", positive(m.parameterCount)},
            {"quantization", nullable(m.quantization)},
            {"context_length", positive(m.contextLength)}};
}

json loadedJson(const LoadedModel &m)
{
    return {{"name", s8(m.name)},
            {"size_bytes", positive(m.sizeBytes)},
            {"vram_bytes", m.vramBytes >= 0 ? json(m.vramBytes) : json()},
            {"vram_share", m.vramShare() >= 0 ? json(m.vramShare()) : json()},
            {"context_length", positive(m.contextLength)},
            {"expires_at", m.expiresAt.isValid() && !m.pinned
                               ? json(s8(m.expiresAt.toUTC().toString(Qt::ISODate)))
                               : json()},
            {"pinned", m.pinned},
            {"state", nullable(m.state)}};
}

json loadJson(const backends::ServerLoad &l)
{
    const auto opt = [](double v) { return v >= 0 ? json(v) : json(); };
    return {{"busy_slots", opt(l.busySlots)},
            {"total_slots", opt(l.totalSlots)},
            {"context_used", opt(l.contextUsed)},
            {"context_size", opt(l.contextSize)},
            {"running", opt(l.running)},
            {"waiting", opt(l.waiting)},
            {"kv_cache_usage", opt(l.kvCacheUsage)}};
}

QString humanBytes(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("-");
    return QString::number(bytes / 1e9, 'f', bytes >= 10e9 ? 0 : 1) + QStringLiteral(" GB");
}

QString residency(const LoadedModel &m)
{
    QString where;
    const double share = m.vramShare();
    if (share >= 0)
        where = share >= 0.995   ? Text::tr("100% GPU")
                : share <= 0.005 ? Text::tr("100% CPU")
                                 : QStringLiteral("%1% GPU").arg(qRound(share * 100));
    QString until = m.pinned ? Text::tr("pinned")
                    : m.expiresAt.isValid()
                        ? Text::tr("until %1")
                              .arg(m.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                    : !m.state.isEmpty() ? m.state
                                         : Text::tr("loaded");
    return where.isEmpty() ? until : where + QStringLiteral(", ") + until;
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c] + 2, u' ');
        out << line.trimmed() << u'\n';
    }
    out.flush();
}

struct ServerModels
{
    QString server;
    net::Result<QList<LlmModel>> models;
    net::Result<LoadedState> loaded;
};

QCoro::Task<ServerModels> fetch(LlmTarget *target)
{
    auto modelsTask = target->backend->listModels();
    auto loadedTask = target->backend->loadedModels();
    ServerModels out;
    out.server = target->config.name;
    out.models = co_await std::move(modelsTask);
    out.loaded = co_await std::move(loadedTask);
    co_return out;
}

QCoro::Task<int> changeResidency(CtlContext &context, const char *verb,
                                 QCoro::Task<net::Status> (LlmBackend::*op)(QString))
{
    if (context.args().size() != 2)
        co_return context.fail(Text::tr("usage: c41ctl %1 SERVER MODEL").arg(QLatin1String(verb)),
                               2);
    int code = 0;
    auto target = LlmTarget::open(context, context.args()[0], &code);
    if (!target)
        co_return code;
    const QString model = context.args()[1];
    const auto done = co_await (target->backend.get()->*op)(model);
    if (!done.ok())
        co_return context.fail(done.error());
    // Show what is in memory now.
    const auto state = co_await target->backend->loadedModels();
    if (!state.ok())
        co_return context.fail(state.error());
    if (context.json()) {
        json loaded = json::array();
        for (const LoadedModel &m : state->models)
            loaded.push_back(loadedJson(m));
        context.out() << QString::fromStdString(json{
                             {"server", s8(target->config.name)},
                             {"model", s8(model)},
                             {"action", verb},
                             {"loaded", loaded}}.dump(2))
                      << u'\n';
    } else {
        QList<QStringList> rows{
            {Text::tr("LOADED"), Text::tr("SIZE"), Text::tr("CONTEXT"), Text::tr("STATE")}};
        for (const LoadedModel &m : state->models)
            rows << QStringList{m.name, humanBytes(m.sizeBytes),
                                m.contextLength > 0 ? QString::number(m.contextLength)
                                                    : QStringLiteral("-"),
                                residency(m)};
        context.out() << Text::tr("%1: %2 %3").arg(target->config.name, QLatin1String(verb), model)
                      << u'\n';
        printTable(context.out(), rows);
    }
    context.out().flush();
    co_return 0;
}
} // namespace

QCoro::Task<int> runModels(CtlContext &context)
{
    std::vector<std::unique_ptr<LlmTarget>> targets;
    const QList<studio::ServerConfig> servers =
        context.args().isEmpty() ? LlmTarget::all(context.config()) : QList<studio::ServerConfig>{};
    QStringList names = context.args();
    for (const studio::ServerConfig &s : servers)
        names << s.name;
    if (names.isEmpty())
        co_return context.fail(Text::tr("no LLM servers configured; name one or try --demo"));
    for (const QString &name : std::as_const(names)) {
        int code = 0;
        auto target = LlmTarget::open(context, name, &code);
        if (!target)
            co_return code;
        targets.push_back(std::move(target));
    }
    std::vector<QCoro::Task<ServerModels>> tasks;
    for (const auto &t : targets)
        tasks.push_back(fetch(t.get()));
    QList<ServerModels> results;
    for (auto &task : tasks)
        results << co_await std::move(task);

    int exitCode = 0;
    json all = json::array();
    QList<QStringList> rows{{Text::tr("SERVER"), Text::tr("MODEL"), Text::tr("SIZE"),
                             Text::tr("FAMILY"), Text::tr("PARAMS"), Text::tr("QUANT"),
                             Text::tr("CONTEXT"), Text::tr("LOADED")}};
    for (const ServerModels &r : std::as_const(results)) {
        if (!r.models.ok()) {
            exitCode = context.fail(r.models.error());
            all.push_back({{"name", s8(r.server)}, {"error", s8(r.models.error().toString())}});
            continue;
        }
        QHash<QString, LoadedModel> loaded;
        json loadedList = json::array();
        if (r.loaded.ok()) {
            for (const LoadedModel &m : r.loaded->models) {
                loaded.insert(m.name, m);
                loadedList.push_back(loadedJson(m));
            }
        }
        json models = json::array();
        for (const LlmModel &m : *r.models) {
            models.push_back(modelJson(m));
            const auto it = loaded.constFind(m.name);
            rows << QStringList{
                r.server,
                m.name,
                humanBytes(m.sizeBytes),
                m.family.isEmpty() ? QStringLiteral("-") : m.family,
                !m.parameterSize.isEmpty() ? m.parameterSize
                : m.parameterCount > 0     ? QString::number(m.parameterCount / 1e9, 'f', 1) + u'B'
                                           : QStringLiteral("-"),
                m.quantization.isEmpty() ? QStringLiteral("-") : m.quantization,
                m.contextLength > 0 ? QString::number(m.contextLength) : QStringLiteral("-"),
                it == loaded.constEnd() ? QStringLiteral("-") : residency(*it)};
        }
        all.push_back({{"name", s8(r.server)},
                       {"models", models},
                       {"loaded", r.loaded.ok() ? loadedList : json()},
                       {"load", r.loaded.ok() ? loadJson(r.loaded->load) : json()},
                       {"error", r.loaded.ok() ? json() : json(s8(r.loaded.error().toString()))}});
    }
    if (context.json())
        context.out() << QString::fromStdString(json{{"servers", all}}.dump(2)) << u'\n';
    else
        printTable(context.out(), rows);
    context.out().flush();
    co_return exitCode;
}

QCoro::Task<int> runLoad(CtlContext &context)
{
    return changeResidency(context, "load", &LlmBackend::load);
}

QCoro::Task<int> runUnload(CtlContext &context)
{
    return changeResidency(context, "unload", &LlmBackend::unload);
}

QCoro::Task<int> runPin(CtlContext &context)
{
    return changeResidency(context, "pin", &LlmBackend::pin);
}

QList<Command> llmCommands()
{
    const auto option = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), Text::tr(help),
                                  QString::fromLatin1(value));
    };
    const QCommandLineOption system =
        option("system", QT_TRANSLATE_NOOP("c41ctl", "chat: the system prompt."), "S");
    const QCommandLineOption persona =
        option("persona", QT_TRANSLATE_NOOP("c41ctl", "chat: a saved persona."), "P");
    const QCommandLineOption temperature =
        option("temperature", QT_TRANSLATE_NOOP("c41ctl", "chat: sampling temperature."), "T");
    const QCommandLineOption maxTokens =
        option("max-tokens", QT_TRANSLATE_NOOP("c41ctl", "chat: longest answer."), "N");
    const QCommandLineOption runs =
        option("runs", QT_TRANSLATE_NOOP("c41ctl", "bench: repetitions (default 3)."), "N");
    const QCommandLineOption promptTokens = option(
        "prompt-tokens", QT_TRANSLATE_NOOP("c41ctl", "bench: prompt length (default 512)."), "N");
    const QCommandLineOption genTokens = option(
        "gen-tokens", QT_TRANSLATE_NOOP("c41ctl", "bench: tokens to generate (default 128)."), "N");
    return {
        {QStringLiteral("models"), QStringLiteral("models [SERVER...]"),
         Text::tr("Models on each LLM server, with what is loaded."), runModels},
        {QStringLiteral("load"), QStringLiteral("load SERVER MODEL"),
         Text::tr("Load a model into memory."), runLoad},
        {QStringLiteral("unload"), QStringLiteral("unload SERVER MODEL"),
         Text::tr("Unload a model from memory."), runUnload},
        {QStringLiteral("pin"), QStringLiteral("pin SERVER MODEL"),
         Text::tr("Load a model and keep it loaded."), runPin},
        {QStringLiteral("chat"),
         QStringLiteral("chat SERVER MODEL [PROMPT|-] [--system S] [--persona P] "
                        "[--temperature T] [--max-tokens N]"),
         Text::tr("Stream an answer (stdin when PROMPT is - or missing)."),
         runChat,
         {system, persona, temperature, maxTokens}},
        {QStringLiteral("bench"),
         QStringLiteral("bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]"),
         Text::tr("Prefill and decode tok/s over the API (median, min, max)."),
         runBench,
         {runs, promptTokens, genTokens}},
    };
}

} // namespace c41::ctl
