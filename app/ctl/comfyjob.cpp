// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyjob.h"

#include "backends/comfyui/nodeerrors.h"
#include "ctlcontext.h"
#include "studio/secretstore.h"

#include <QCoreApplication>

#include <cstdio>

namespace c41::ctl {

using backends::ComfyUiClient;
using backends::ComfyUiProgress;
using backends::ComfyUiRun;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

QString describe(const ComfyUiProgress &p)
{
    QString line = QStringLiteral("[%1/%2] ").arg(p.nodesDone).arg(p.nodesTotal);
    line += p.classType.isEmpty() ? Text::tr("node %1").arg(p.nodeId)
                                  : Text::tr("%1 (node %2)").arg(p.classType, p.nodeId);
    if (p.steps > 0)
        line += Text::tr(", step %1/%2").arg(p.step).arg(p.steps);
    if (p.previews > 0)
        line += Text::tr(", %n preview(s)", nullptr, p.previews);
    return line;
}

} // namespace

QTextStream &ComfyJob::err()
{
    static QTextStream stream(stderr);
    return stream;
}

json ComfyJob::errorJson(const net::ApiError &e)
{
    return {{"kind", net::ApiError::kindName(e.kind).toStdString()},
            {"message", e.toString().toStdString()},
            {"http_status", e.httpStatus == 0 ? json() : json(e.httpStatus)}};
}

QCoro::Task<net::Result<std::unique_ptr<ComfyUiClient>>> ComfyJob::clientFor(CtlContext &context,
                                                                             QString name)
{
    auto server = context.config().resolveServer(name);
    if (!server)
        co_return server.error();
    if (server->address.kind != studio::ServerKind::ComfyUi)
        co_return net::ApiError::make(net::ApiError::Kind::Config, server->name,
                                      Text::tr("is a %1 server, not ComfyUI")
                                          .arg(studio::serverKindName(server->address.kind)));
    auto client = std::make_unique<ComfyUiClient>(context.nam(), server->name, server->address.url);
    if (server->auth != net::Auth::Scheme::None) {
        auto secret = co_await context.secrets()->read(server->secretKey());
        if (secret && !secret->isEmpty())
            client->setAuth(net::Auth{server->auth, *secret});
    }
    co_return std::move(client);
}

QCoro::Task<net::Result<backends::ObjectInfo>> ComfyJob::objectInfo(ComfyUiClient *client)
{
    auto reply = co_await client->objectInfo();
    if (!reply)
        co_return reply.error();
    co_return backends::ObjectInfo::fromJson(nlohmann::ordered_json::parse(reply->dump()),
                                             client->serverName());
}

QCoro::Task<net::Result<QString>> ComfyJob::upload(ComfyUiClient *client, QString path)
{
    err() << Text::tr("uploading %1…").arg(path) << Qt::endl;
    auto stored = co_await client->uploadFile(path);
    if (!stored)
        co_return stored.error();
    co_return stored->subfolder.isEmpty() ? stored->filename
                                          : QString(stored->subfolder + u'/' + stored->filename);
}

QStringList ComfyJob::namedBy(const backends::Workflow &workflow,
                              const backends::WorkflowParameters &parameters,
                              const QStringList &sets)
{
    QStringList ids;
    for (const QString &spec : sets) {
        const QString key = spec.section(u'=', 0, 0).trimmed();
        const qsizetype dot = key.lastIndexOf(u'.');
        if (dot > 0) {
            if (auto node = workflow.resolveNode(key.left(dot)))
                ids << *node + u'.' + key.mid(dot + 1);
        } else {
            for (const backends::WorkflowParameter &p : parameters.withRole(key))
                ids << p.id;
        }
    }
    return ids;
}

QCoro::Task<net::Result<backends::ComfyUiRunResult>>
ComfyJob::run(ComfyUiClient *client, backends::Workflow workflow, QString outDir)
{
    ComfyUiRun run(client);
    QString lastLine;
    bool cachedShown = false;
    QObject::connect(&run, &ComfyUiRun::submitted, &run, [](const QString &id, qint64 number) {
        err() << Text::tr("queued %1 (#%2)").arg(id).arg(number) << Qt::endl;
    });
    QObject::connect(&run, &ComfyUiRun::progressChanged, &run, [&](const ComfyUiProgress &p) {
        if (!cachedShown && !p.cachedNodes.isEmpty()) {
            cachedShown = true;
            err() << Text::tr("cached: %1").arg(p.cachedNodes.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
        if (p.stage == ComfyUiProgress::Stage::Recovering && lastLine != u"recovering") {
            lastLine = QStringLiteral("recovering");
            err() << Text::tr("the WebSocket dropped; following the job through /history")
                  << Qt::endl;
            return;
        }
        if (p.stage != ComfyUiProgress::Stage::Running || p.nodeId.isEmpty())
            return;
        // One line per node and step (with the previews so far), not per count change.
        const QString key = p.nodeId + u'|' + QString::number(p.step);
        if (key == lastLine)
            return;
        lastLine = key;
        err() << describe(p) << Qt::endl;
    });
    const json prompt = json::parse(workflow.toPrompt().dump());
    auto result = co_await run.run(prompt, outDir);
    if (!result && !run.rejectionType().isEmpty()) {
        const backends::NodeErrors errors =
            backends::NodeErrors::fromJson(run.rejectionBody(), &workflow);
        const QStringList lines = errors.lines();
        for (const QString &line : lines)
            err() << line << Qt::endl;
    }
    co_return result;
}

int ComfyJob::fail(CtlContext &context, const net::ApiError &error, int code)
{
    if (context.json()) {
        context.out() << QString::fromStdString(json{{"error", errorJson(error)}}.dump(2)) << u'\n';
        context.out().flush();
    }
    return context.fail(error, code);
}

void ComfyJob::printFiles(CtlContext &context, const backends::ComfyUiRunResult &result)
{
    for (const net::ApiError &skipped : std::as_const(result.skipped))
        err() << Text::tr("not saved: %1").arg(skipped.toString()) << Qt::endl;
    if (!context.json()) {
        for (const QString &f : std::as_const(result.files))
            context.out() << f << u'\n';
        context.out().flush();
    }
}

} // namespace c41::ctl
