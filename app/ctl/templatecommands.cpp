// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl templates [TEMPLATE]
// c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflow.h"
#include "backends/comfyui/workflowvalidator.h"
#include "commands.h"
#include "ctlcontext.h"
#include "net/httpclient.h"
#include "studio/studiomonitor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <memory>

namespace c41::ctl {

QList<Command> templateCommands();
QCoro::Task<int> runComfyValidate(CtlContext &context);

using backends::WorkflowParameter;
using backends::WorkflowTemplate;
using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

QString valueText(const backends::Workflow::Json &v)
{
    QString s =
        v.is_string()
            ? QString::fromStdString(v.get<std::string>())
            : QString::fromStdString(v.dump(-1, ' ', false, json::error_handler_t::replace));
    s.replace(u'\n', u' ');
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("…");
    return s;
}

QString rangeText(const WorkflowParameter &p)
{
    QStringList parts;
    if (p.min || p.max)
        parts << (p.min ? QString::number(*p.min, 'g', 12) : QString()) + QStringLiteral("..") +
                     (p.max ? QString::number(*p.max, 'g', 12) : QString());
    if (!p.choices.isEmpty())
        parts << QStringLiteral("%1 choices").arg(p.choices.size());
    if (p.randomPerRun)
        parts << Text::tr("random per run");
    return parts.join(QStringLiteral(", "));
}

void printTemplate(QTextStream &out, const WorkflowTemplate &t, bool details)
{
    out << t.id << QStringLiteral("  [") << t.kind << QStringLiteral("]  ") << t.name << u'\n';
    out << QStringLiteral("    ") << t.description << u'\n';
    if (!t.packs.isEmpty())
        out << QStringLiteral("    ") << Text::tr("needs: ") << t.packs.join(QStringLiteral(", "))
            << u'\n';
    const backends::WorkflowParameters params = t.parameters();
    for (const WorkflowParameter &p : params.all()) {
        out << QStringLiteral("    --set ") << p.id.leftJustified(24, u' ')
            << WorkflowParameter::kindName(p.kind).leftJustified(7, u' ') << p.label;
        const QString current = valueText(p.value);
        if (!current.isEmpty())
            out << QStringLiteral(" = ") << current;
        const QString range = rangeText(p);
        if (!range.isEmpty())
            out << QStringLiteral(" (") << range << u')';
        out << u'\n';
    }
    if (details)
        for (const QString &s : t.sources)
            out << QStringLiteral("    source: ") << s << u'\n';
}

QCoro::Task<int> runTemplates(CtlContext &context)
{
    const backends::TemplateLibrary &lib = backends::TemplateLibrary::shipped();
    QList<WorkflowTemplate> chosen;
    for (const QString &arg : context.args()) {
        const WorkflowTemplate *t = lib.find(arg);
        if (!t)
            co_return context.fail(Text::tr("no template \"%1\"; the templates are: %2")
                                       .arg(arg, lib.ids().join(QStringLiteral(", "))),
                                   2);
        chosen << *t;
    }
    const bool all = chosen.isEmpty();
    if (all)
        chosen = lib.templates();
    if (context.json()) {
        const json list = lib.toJson();
        json picked = json::array();
        for (const json &t : list)
            for (const WorkflowTemplate &c : std::as_const(chosen))
                if (t["id"] == c.id.toStdString())
                    picked.push_back(t);
        context.out() << QString::fromStdString(json{{"templates", picked}}.dump(2)) << u'\n';
    } else {
        for (const WorkflowTemplate &t : std::as_const(chosen))
            printTemplate(context.out(), t, !all);
    }
    context.out().flush();
    co_return 0;
}

} // namespace

QCoro::Task<int> runComfyValidate(CtlContext &context)
{
    QStringList args = context.args();
    if (!args.isEmpty() && args.first() == u"validate") // called as "comfy validate …"
        args.removeFirst();
    if (args.size() != 2)
        co_return context.fail(
            Text::tr("usage: c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE"), 2);
    const auto server = context.config().resolveServer(args.at(0));
    if (!server)
        co_return context.fail(server.error(), 2);

    // A file, or the id of a shipped template.
    const QString source = args.at(1);
    net::Result<backends::Workflow> workflow = net::ApiError{};
    if (QFileInfo::exists(source)) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            co_return context.fail(Text::tr("cannot read %1: %2").arg(source, file.errorString()),
                                   2);
        workflow = backends::Workflow::fromBytes(file.readAll(), QFileInfo(source).fileName());
    } else if (const WorkflowTemplate *t = backends::TemplateLibrary::shipped().find(source)) {
        workflow = t->workflow;
    } else {
        co_return context.fail(Text::tr("%1: no such file or template").arg(source), 2);
    }
    if (!workflow)
        co_return context.fail(workflow.error());

    net::HttpClient *client = context.monitor()->client(server->name);
    std::unique_ptr<net::HttpClient> own;
    if (!client) { // an ad-hoc KIND+URL
        own = std::make_unique<net::HttpClient>(context.nam(), server->name, server->address.url);
        client = own.get();
    }
    const auto reply = co_await client->get(QStringLiteral("/object_info"));
    if (!reply)
        co_return context.fail(reply.error());
    const auto info = backends::ObjectInfo::parse(reply->body, server->name);
    if (!info)
        co_return context.fail(info.error());

    const QList<backends::WorkflowProblem> problems =
        backends::WorkflowValidator::validate(*workflow, *info, server->name);
    if (context.json()) {
        const json doc{{"server", server->name.toStdString()},
                       {"workflow", workflow->source().toStdString()},
                       {"nodes", workflow->nodes().size()},
                       {"ok", problems.isEmpty()},
                       {"problems", backends::WorkflowValidator::toJson(problems)}};
        context.out() << QString::fromStdString(doc.dump(2)) << u'\n';
    } else if (problems.isEmpty()) {
        context.out() << Text::tr("%1 can run %2 (%3 nodes)")
                             .arg(server->name, workflow->source())
                             .arg(workflow->nodes().size())
                      << u'\n';
    } else {
        for (const backends::WorkflowProblem &p : problems)
            context.out() << p.message << u'\n';
    }
    context.out().flush();
    co_return problems.isEmpty() ? 0 : 1;
}

QList<Command> templateCommands()
{
    return {
        {QStringLiteral("templates"), QStringLiteral("templates [TEMPLATE...]"),
         Text::tr(
             "The shipped ComfyUI workflow templates (Flux, Z-Image, HiDream, Wan 2.2, FramePack, "
             "HuMo lip-sync, MMAudio, Qwen3-TTS): kind, packs they need, and the parameters "
             "--set can change; with TEMPLATE, also their sources."),
         &runTemplates},
    };
}

} // namespace c41::ctl
