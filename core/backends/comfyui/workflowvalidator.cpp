// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowvalidator.h"

#include "nodepacks.h"
#include "objectinfo.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <cmath>

namespace c41::backends {

using Json = Workflow::Json;
using P = WorkflowProblem;

namespace {

// lupdate sees Text::tr() calls under the context WorkflowValidator.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowValidator)
};

QString listSome(const QStringList &items, qsizetype max = 12)
{
    if (items.isEmpty())
        return Text::tr("none");
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << Text::tr("… (%1 in all)").arg(items.size());
    return shown.join(QStringLiteral(", "));
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString shortValue(const Json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    QString s =
        QString::fromStdString(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("…");
    return s;
}

bool looksLikeModel(const QString &input, const QString &value)
{
    static const QStringList exts{QStringLiteral(".safetensors"), QStringLiteral(".gguf"),
                                  QStringLiteral(".ckpt"),        QStringLiteral(".pt"),
                                  QStringLiteral(".pth"),         QStringLiteral(".bin"),
                                  QStringLiteral(".sft")};
    for (const QString &e : exts)
        if (value.endsWith(e, Qt::CaseInsensitive))
            return true;
    return input.endsWith(u"_name") && input != u"sampler_name";
}

// ComfyUI's validate_node_input, non-strict: "*" takes anything, otherwise the
// comma-separated type sets must intersect.
bool typesMatch(const QString &output, const QString &input)
{
    if (output == input || output == u"*" || input == u"*")
        return true;
    const QStringList outs = output.split(u',');
    const QStringList ins = input.split(u',');
    for (const QString &o : outs)
        for (const QString &i : ins)
            if (o.trimmed() == i.trimmed())
                return true;
    return false;
}

bool convertsToNumber(const Json &v, bool integer)
{
    if (v.is_number() || v.is_boolean())
        return v.is_number_float() ? std::isfinite(v.get<double>()) : true;
    if (!v.is_string())
        return false;
    const QString s = QString::fromStdString(v.get<std::string>()).trimmed();
    bool ok = false;
    if (integer)
        s.toLongLong(&ok);
    else
        s.toDouble(&ok);
    return ok;
}

} // namespace

QString WorkflowProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MissingNodes:
        return QStringLiteral("missing_nodes");
    case Kind::MissingInput:
        return QStringLiteral("missing_input");
    case Kind::ValueNotInList:
        return QStringLiteral("value_not_in_list");
    case Kind::InputFileMissing:
        return QStringLiteral("input_file_missing");
    case Kind::OutOfRange:
        return QStringLiteral("out_of_range");
    case Kind::BadValue:
        return QStringLiteral("bad_value");
    case Kind::BadLink:
        return QStringLiteral("bad_link");
    case Kind::NoOutput:
        return QStringLiteral("no_output");
    }
    return QStringLiteral("bad_value");
}

QList<WorkflowProblem> WorkflowValidator::validate(const Workflow &wf, const ObjectInfo &info,
                                                   const QString &serverName)
{
    QList<WorkflowProblem> problems;
    const QString server = serverName.isEmpty() ? Text::tr("the server") : serverName;

    // Missing node classes, grouped by the pack that provides them.
    QMap<QString, QStringList> missingByPack; // pack ("" = unknown) → classes
    QMap<QString, QStringList> missingNodeIds;
    bool anyOutput = false;
    bool allKnown = true;
    for (const Workflow::Node &n : wf.nodes()) {
        const ComfyNodeClass *cls = info.nodeClass(n.classType);
        if (!cls) {
            allKnown = false;
            const QString pack = NodePacks::packForClass(n.classType);
            if (!missingByPack[pack].contains(n.classType))
                missingByPack[pack] << n.classType;
            missingNodeIds[pack] << n.id;
            continue;
        }
        anyOutput = anyOutput || cls->outputNode;
    }
    for (auto it = missingByPack.cbegin(); it != missingByPack.cend(); ++it) {
        P p;
        p.kind = P::Kind::MissingNodes;
        p.pack = it.key();
        p.nodeClasses = it.value();
        if (!p.pack.isEmpty()) {
            const QString repo = NodePacks::repository(p.pack);
            p.message = Text::tr("This workflow needs %1 on %2 (nodes %3)")
                            .arg(p.pack, server, p.nodeClasses.join(QStringLiteral(", ")));
            p.message +=
                repo.isEmpty()
                    ? Text::tr(". Install that custom-node pack and restart ComfyUI.")
                    : Text::tr(". Install it (github.com/%1) and restart ComfyUI.").arg(repo);
        } else {
            p.message = Text::tr("%1 has no node type %2 (node %3). Install the custom nodes "
                                 "that provide it, or update ComfyUI.")
                            .arg(server, p.nodeClasses.join(QStringLiteral(", ")),
                                 missingNodeIds.value(it.key()).join(QStringLiteral(", ")));
        }
        problems << p;
    }

    for (const Workflow::Node &n : wf.nodes()) {
        const ComfyNodeClass *cls = info.nodeClass(n.classType);
        const auto problem = [&](P::Kind kind, const QString &input, const QString &text) {
            P p;
            p.kind = kind;
            p.nodeId = n.id;
            p.classType = n.classType;
            p.input = input;
            p.message = text;
            problems << p;
        };
        const auto where = [&](const QString &input) {
            return Text::tr("Node %1, input %2").arg(wf.nodeLabel(n.id), input);
        };

        // Links: the source node and output must exist, with a matching type.
        for (auto it = n.inputs.begin(); it != n.inputs.end(); ++it) {
            const auto l = Workflow::link(it.value());
            if (!l)
                continue;
            const QString input = QString::fromStdString(it.key());
            const Workflow::Node *src = wf.node(l->nodeId);
            if (!src) {
                problem(P::Kind::BadLink, input,
                        where(input) + Text::tr(" links to node %1, which is not in the "
                                                "workflow")
                                           .arg(l->nodeId));
                continue;
            }
            const ComfyNodeClass *srcCls = info.nodeClass(src->classType);
            if (!srcCls || !cls)
                continue;
            if (l->slot >= srcCls->outputs.size()) {
                problem(P::Kind::BadLink, input,
                        where(input) + Text::tr(" links to output %1 of node %2, which has "
                                                "only %3 output(s)")
                                           .arg(l->slot)
                                           .arg(wf.nodeLabel(src->id))
                                           .arg(srcCls->outputs.size()));
                continue;
            }
            const ComfyInputSpec *spec = cls->input(input);
            if (!spec || spec->type == ComfyInputSpec::Type::Combo)
                continue;
            const QString outType = srcCls->outputs.at(l->slot);
            if (!typesMatch(outType, spec->typeName))
                problem(P::Kind::BadLink, input,
                        where(input) + Text::tr(": node %1 gives %2, but this input takes %3")
                                           .arg(wf.nodeLabel(src->id), outType, spec->typeName));
        }
        if (!cls)
            continue;

        for (const ComfyInputSpec &spec : cls->inputs) {
            const auto it = n.inputs.find(spec.name.toStdString());
            if (it == n.inputs.end()) {
                if (spec.required)
                    problem(P::Kind::MissingInput, spec.name,
                            where(spec.name) +
                                (spec.isWidget()
                                     ? Text::tr(": required value is missing")
                                     : Text::tr(": required input is missing (it needs a "
                                                "link from a node giving %1)")
                                           .arg(spec.typeName)));
                continue;
            }
            const Json &v = *it;
            if (Workflow::link(v))
                continue;
            using T = ComfyInputSpec::Type;
            switch (spec.type) {
            case T::Connection:
                if (spec.typeName != u"*")
                    problem(P::Kind::BadValue, spec.name,
                            where(spec.name) +
                                Text::tr(" takes a link from another node (%1), not the "
                                         "value %2")
                                    .arg(spec.typeName, shortValue(v)));
                break;
            case T::Combo: {
                const QString value = shortValue(v);
                if (spec.choices.contains(value))
                    break;
                if (!spec.upload.isEmpty()) {
                    problem(P::Kind::InputFileMissing, spec.name,
                            where(spec.name) +
                                Text::tr(": %1 is not in %2's input folder; upload it "
                                         "(--input %3.%4=FILE)")
                                    .arg(value, server, n.id, spec.name));
                } else if (looksLikeModel(spec.name, value)) {
                    problem(P::Kind::ValueNotInList, spec.name,
                            Text::tr("Node %1: model %2 is not on %3; it has: %4")
                                .arg(wf.nodeLabel(n.id), value, server, listSome(spec.choices)));
                } else {
                    problem(P::Kind::ValueNotInList, spec.name,
                            where(spec.name) + Text::tr(": \"%1\" is not one of: %2")
                                                   .arg(value, listSome(spec.choices, 20)));
                }
                break;
            }
            case T::Int:
            case T::Float: {
                const bool integer = spec.type == T::Int;
                if (!convertsToNumber(v, integer)) {
                    problem(P::Kind::BadValue, spec.name,
                            where(spec.name) +
                                Text::tr(": \"%1\" is not %2")
                                    .arg(shortValue(v), integer ? Text::tr("a whole number")
                                                                : Text::tr("a number")));
                    break;
                }
                double d = 0;
                if (v.is_number())
                    d = v.get<double>();
                else if (v.is_boolean())
                    d = v.get<bool>() ? 1 : 0;
                else
                    d = QString::fromStdString(v.get<std::string>()).trimmed().toDouble();
                if (spec.min && d < *spec.min)
                    problem(P::Kind::OutOfRange, spec.name,
                            where(spec.name) + Text::tr(": %1 is below the minimum %2")
                                                   .arg(number(d), number(*spec.min)));
                else if (spec.max && d > *spec.max)
                    problem(P::Kind::OutOfRange, spec.name,
                            where(spec.name) + Text::tr(": %1 is above the maximum %2")
                                                   .arg(number(d), number(*spec.max)));
                break;
            }
            case T::String:
            case T::Boolean:
                if (v.is_object() || v.is_array())
                    problem(
                        P::Kind::BadValue, spec.name,
                        where(spec.name) +
                            Text::tr(": %1 is not a %2 value").arg(shortValue(v), spec.typeName));
                break;
            }
        }
    }

    if (allKnown && !anyOutput) {
        P p;
        p.kind = P::Kind::NoOutput;
        p.message = Text::tr("The workflow has no output node (SaveImage, SaveVideo, "
                             "SaveAudio, VHS_VideoCombine, …), so ComfyUI would have "
                             "nothing to run");
        problems << p;
    }
    return problems;
}

QStringList WorkflowValidator::missingPacks(const QList<WorkflowProblem> &problems)
{
    QStringList packs;
    for (const WorkflowProblem &p : problems)
        if (p.kind == WorkflowProblem::Kind::MissingNodes && !p.pack.isEmpty())
            packs << p.pack;
    return packs;
}

nlohmann::json WorkflowValidator::toJson(const QList<WorkflowProblem> &problems)
{
    using nlohmann::json;
    json list = json::array();
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? json() : json(s.toStdString());
    };
    for (const WorkflowProblem &p : problems) {
        json classes = json::array();
        for (const QString &c : p.nodeClasses)
            classes.push_back(c.toStdString());
        list.push_back({{"kind", WorkflowProblem::kindName(p.kind).toStdString()},
                        {"node", orNull(p.nodeId)},
                        {"class_type", orNull(p.classType)},
                        {"input", orNull(p.input)},
                        {"pack", orNull(p.pack)},
                        {"classes", classes},
                        {"message", p.message.toStdString()}});
    }
    return list;
}

} // namespace c41::backends
