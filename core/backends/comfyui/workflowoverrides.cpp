// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowoverrides.h"

#include "objectinfo.h"
#include "workflowparameters.h"

#include <QCoreApplication>
#include <cmath>

namespace c41::backends {

using net::ApiError;
using Json = Workflow::Json;

namespace {

// lupdate sees Text::tr() calls under the context WorkflowOverrides.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowOverrides)
};

ApiError error(const Workflow &wf, const QString &message, const QString &hint = {})
{
    return ApiError::make(ApiError::Kind::Config, wf.source(), message, hint);
}

QString listSome(const QStringList &items, qsizetype max = 12)
{
    if (items.isEmpty())
        return QStringLiteral("(none)");
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << Text::tr("… (%1 in all)").arg(items.size());
    return shown.join(QStringLiteral(", "));
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// Role names a user may type instead of NODE.input.
QStringList rolesFor(const QString &key)
{
    const QString k = key.toLower();
    if (k == u"prompt" || k == u"positive")
        return {QStringLiteral("positive"), QStringLiteral("prompt"), QStringLiteral("text")};
    if (k == u"negative" || k == u"negative_prompt")
        return {QStringLiteral("negative")};
    if (k == u"frames")
        return {QStringLiteral("length")};
    if (k == u"text")
        return {QStringLiteral("text"), QStringLiteral("positive"), QStringLiteral("prompt")};
    return {k};
}

} // namespace

net::Status WorkflowOverrides::apply(Workflow &workflow, const QString &spec,
                                     const ObjectInfo *info)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0)
        return error(workflow, Text::tr("\"%1\" is not NODE.input=VALUE").arg(spec),
                     Text::tr("For example: --set 3.steps=30 or --set \"Positive "
                              "prompt.text=a red fox\""));
    const QString key = spec.left(eq).trimmed();
    const QString value = spec.mid(eq + 1);
    const qsizetype dot = key.lastIndexOf(u'.');
    if (dot > 0 && dot < key.size() - 1) {
        const auto node = workflow.resolveNode(key.left(dot));
        if (node)
            return setValue(workflow, *node, key.mid(dot + 1), value, info);
        if (!workflow.resolveNode(key))
            return node.error();
    }
    // ROLE=VALUE: every parameter with that role.
    const WorkflowParameters params = WorkflowParameters::discover(workflow, info);
    for (const QString &role : rolesFor(key)) {
        const QList<WorkflowParameter> hits = params.withRole(role);
        if (hits.isEmpty())
            continue;
        for (const WorkflowParameter &p : hits)
            if (auto s = setValue(workflow, p.nodeId, p.input, value, info); !s)
                return s;
        return net::Done{};
    }
    QStringList ids;
    for (const WorkflowParameter &p : params.all())
        ids << p.id + QStringLiteral(" (") + p.role + u')';
    return error(
        workflow,
        Text::tr("\"%1\" names neither NODE.input nor a parameter of this workflow").arg(key),
        Text::tr("Parameters: ") + listSome(ids, 30));
}

net::Status WorkflowOverrides::applyAll(Workflow &workflow, const QStringList &specs,
                                        const ObjectInfo *info)
{
    for (const QString &s : specs)
        if (auto st = apply(workflow, s, info); !st)
            return st;
    return net::Done{};
}

net::Status WorkflowOverrides::setValue(Workflow &workflow, const QString &nodeId,
                                        const QString &input, const QString &text,
                                        const ObjectInfo *info)
{
    const Workflow::Node *node = workflow.node(nodeId);
    if (!node)
        return error(workflow, Text::tr("The workflow has no node %1").arg(nodeId));
    const QString where = Text::tr("Node %1, input %2").arg(workflow.nodeLabel(nodeId), input);
    const Json current = workflow.input(nodeId, input);
    if (const auto l = Workflow::link(current))
        return error(workflow, where + Text::tr(" is connected to node %1; only values can be set")
                                           .arg(workflow.nodeLabel(l->nodeId)));
    const ComfyNodeClass *cls = info ? info->nodeClass(node->classType) : nullptr;
    const ComfyInputSpec *spec = cls ? cls->input(input) : nullptr;
    if (!spec && current.is_null()) {
        QStringList names;
        if (cls)
            for (const ComfyInputSpec &in : cls->inputs)
                names << in.name;
        else
            for (auto it = node->inputs.begin(); it != node->inputs.end(); ++it)
                names << QString::fromStdString(it.key());
        return error(workflow,
                     Text::tr("Node %1 has no input \"%2\"").arg(workflow.nodeLabel(nodeId), input),
                     Text::tr("Its inputs: ") + listSome(names, 40));
    }
    if (spec && spec->type == ComfyInputSpec::Type::Connection)
        return error(workflow, where + Text::tr(" takes a link from another node (%1), "
                                                "not a value")
                                           .arg(spec->typeName));

    using T = ComfyInputSpec::Type;
    T type = T::String;
    if (spec)
        type = spec->type;
    else if (current.is_number_integer())
        type = T::Int;
    else if (current.is_number())
        type = T::Float;
    else if (current.is_boolean())
        type = T::Boolean;

    const QString t = text.trimmed();
    const auto checkRange = [&](double v) -> net::Status {
        if (spec && spec->min && v < *spec->min)
            return error(
                workflow,
                where +
                    Text::tr(": %1 is below the minimum %2").arg(number(v), number(*spec->min)));
        if (spec && spec->max && v > *spec->max)
            return error(
                workflow,
                where +
                    Text::tr(": %1 is above the maximum %2").arg(number(v), number(*spec->max)));
        return net::Done{};
    };

    Json value;
    switch (type) {
    case T::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (ok) {
            if (auto s = checkRange(double(v)); !s)
                return s;
            value = v;
            break;
        }
        const qulonglong u = t.toULongLong(&ok); // seeds up to 2^64-1
        if (ok) {
            if (auto s = checkRange(double(u)); !s)
                return s;
            value = u;
            break;
        }
        return error(workflow, where + Text::tr(": \"%1\" is not a whole number").arg(text));
    }
    case T::Float: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return error(workflow, where + Text::tr(": \"%1\" is not a number").arg(text));
        if (auto s = checkRange(v); !s)
            return s;
        value = v;
        break;
    }
    case T::Boolean: {
        const QString l = t.toLower();
        if (l == u"true" || l == u"1" || l == u"yes" || l == u"on")
            value = true;
        else if (l == u"false" || l == u"0" || l == u"no" || l == u"off")
            value = false;
        else
            return error(workflow, where + Text::tr(": \"%1\" is not true or false").arg(text));
        break;
    }
    case T::Combo:
        if (spec && spec->upload.isEmpty() && !spec->choices.isEmpty() &&
            !spec->choices.contains(text))
            return error(
                workflow,
                where +
                    Text::tr(": \"%1\" is not one of: %2").arg(text, listSome(spec->choices, 20)));
        value = text.toStdString();
        break;
    case T::String:
    case T::Connection:
        value = text.toStdString();
        break;
    }
    workflow.setInput(nodeId, input, std::move(value));
    return net::Done{};
}

net::Result<QString> WorkflowOverrides::resolveInput(const Workflow &workflow,
                                                     const WorkflowParameters &parameters,
                                                     const QString &name)
{
    QList<WorkflowParameter> media;
    for (const WorkflowParameter &p : parameters.all())
        if (p.isMedia())
            media << p;
    for (const WorkflowParameter &p : media)
        if (p.id == name || p.label.compare(name, Qt::CaseInsensitive) == 0)
            return p.id;
    QStringList byKind;
    for (const WorkflowParameter &p : media)
        if (p.role.compare(name, Qt::CaseInsensitive) == 0)
            byKind << p.id;
    if (byKind.size() == 1)
        return byKind.first();
    QStringList ids;
    for (const WorkflowParameter &p : media)
        ids << p.id + QStringLiteral(" (") + p.label + u')';
    if (byKind.size() > 1)
        return error(workflow,
                     Text::tr("The workflow has several %1 inputs: %2")
                         .arg(name, byKind.join(QStringLiteral(", "))),
                     Text::tr("Name one by its id, e.g. %1=FILE").arg(byKind.first()));
    if (const auto node = workflow.resolveNode(name)) {
        for (const WorkflowParameter &p : media)
            if (p.nodeId == *node)
                return p.id;
    }
    return error(workflow, Text::tr("The workflow has no input file \"%1\"").arg(name),
                 media.isEmpty() ? Text::tr("It takes no image, audio or video files.")
                                 : Text::tr("Its inputs: ") + listSome(ids, 20));
}

net::Status WorkflowOverrides::bindInput(Workflow &workflow, const WorkflowParameters &parameters,
                                         const QString &name, const QString &serverFileName)
{
    const auto id = resolveInput(workflow, parameters, name);
    if (!id)
        return id.error();
    const WorkflowParameter *p = parameters.find(*id);
    workflow.setInput(p->nodeId, p->input, serverFileName.toStdString());
    return net::Done{};
}

QStringList WorkflowOverrides::randomizeSeeds(Workflow &workflow,
                                              const WorkflowParameters &parameters,
                                              QRandomGenerator &rng, const QStringList &fixedIds)
{
    QStringList changed;
    for (const WorkflowParameter &p : parameters.all()) {
        if (p.kind != WorkflowParameter::Kind::Seed || !p.randomPerRun || fixedIds.contains(p.id))
            continue;
        // ComfyUI's seeds go up to 2^64-1; stay within 2^53 so a JSON double holds them too.
        quint64 max = quint64(1) << 53;
        if (p.max && *p.max >= 0 && *p.max < double(max))
            max = quint64(*p.max);
        quint64 min = p.min && *p.min > 0 ? quint64(*p.min) : 0;
        if (min > max)
            min = max;
        const quint64 v = min + rng.bounded(quint64(0), max - min + 1);
        workflow.setInput(p.nodeId, p.input, v);
        changed << p.id;
    }
    return changed;
}

} // namespace c41::backends
