// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QCoreApplication>
#include <algorithm>

namespace c41::backends {

using net::ApiError;
using Json = Workflow::Json;

namespace {

// lupdate sees Text::tr() calls under the context Workflow.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

ApiError importError(const QString &source, const QString &message, const QString &hint = {})
{
    return ApiError::make(ApiError::Kind::Config, source, message, hint);
}

QString str(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

bool lessId(const QString &a, const QString &b)
{
    bool aNum = false;
    bool bNum = false;
    const qlonglong an = a.toLongLong(&aNum);
    const qlonglong bn = b.toLongLong(&bNum);
    if (aNum && bNum && an != bn)
        return an < bn;
    if (aNum != bNum)
        return aNum; // numeric ids first
    return a < b;
}

QString jsonTypeName(const Json &j)
{
    if (j.is_array())
        return Text::tr("a list");
    if (j.is_string())
        return Text::tr("a text");
    if (j.is_number())
        return Text::tr("a number");
    if (j.is_boolean())
        return QStringLiteral("true/false");
    if (j.is_null())
        return QStringLiteral("null");
    return Text::tr("an object");
}

} // namespace

QString Workflow::uiFormatMessage()
{
    return Text::tr("This is a ComfyUI UI workflow (saved with Save). Export it with Export "
                    "(API) and import that file.");
}

bool Workflow::isUiFormat(const Json &root)
{
    if (!root.is_object())
        return false;
    const auto nodes = root.find("nodes");
    if (nodes == root.end() || !nodes->is_array())
        return false;
    return root.contains("links") || root.contains("last_node_id") || root.contains("version") ||
           root.contains("definitions") || root.contains("extra");
}

net::Result<Workflow> Workflow::fromBytes(const QByteArray &bytes, const QString &source)
{
    if (bytes.trimmed().isEmpty())
        return importError(source, Text::tr("The workflow file is empty"));
    Json root;
    try {
        root = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::exception &e) {
        QString where;
        if (const auto *pe = dynamic_cast<const nlohmann::json::parse_error *>(&e))
            where = Text::tr(" (at byte %1)").arg(pe->byte);
        return importError(source, Text::tr("This is not a JSON file") + where,
                           Text::tr("Export the workflow from ComfyUI with Export (API)."));
    }
    return fromJson(root, source);
}

net::Result<Workflow> Workflow::fromJson(const Json &rootIn, const QString &source)
{
    if (isUiFormat(rootIn))
        return importError(source, uiFormatMessage());
    if (!rootIn.is_object())
        return importError(source,
                           Text::tr("This is not a ComfyUI workflow: expected a JSON object "
                                    "of nodes, found %1")
                               .arg(jsonTypeName(rootIn)),
                           Text::tr("Export the workflow from ComfyUI with Export (API)."));
    // A saved POST /prompt body: {"prompt": {...}, "client_id": ...}.
    const Json *root = &rootIn;
    if (const auto p = rootIn.find("prompt"); p != rootIn.end() && p->is_object() &&
                                              !p->contains("class_type") &&
                                              !rootIn.contains("class_type"))
        root = &*p;
    if (isUiFormat(*root))
        return importError(source, uiFormatMessage());

    Workflow wf;
    wf.m_source = source;
    for (auto it = root->begin(); it != root->end(); ++it) {
        const QString id = QString::fromStdString(it.key());
        if (id == u"_c41") {
            if (it->is_object())
                wf.m_meta = *it;
            continue;
        }
        if (id.startsWith(u'_'))
            continue; // other tools' annotations
        const Json &n = *it;
        if (!n.is_object())
            return importError(
                source, Text::tr("Node %1 is %2, not a node object").arg(id, jsonTypeName(n)));
        const auto ct = n.find("class_type");
        if (ct == n.end() || !ct->is_string() || ct->get<std::string>().empty())
            return importError(source,
                               Text::tr("Node %1 has no class_type (the node's type)").arg(id),
                               Text::tr("Export the workflow from ComfyUI with Export (API)."));
        Node node;
        node.id = id;
        node.classType = str(*ct);
        node.inputs = Json::object();
        if (const auto in = n.find("inputs"); in != n.end()) {
            if (!in->is_object())
                return importError(source, Text::tr("Node %1 %2: its inputs are %3, not an "
                                                    "object of named inputs")
                                               .arg(id, node.classType, jsonTypeName(*in)));
            node.inputs = *in;
        }
        if (const auto meta = n.find("_meta"); meta != n.end() && meta->is_object())
            if (const auto title = meta->find("title"); title != meta->end())
                node.title = str(*title);
        wf.m_nodes << std::move(node);
    }
    if (wf.m_nodes.isEmpty())
        return importError(source, Text::tr("The workflow has no nodes"));
    std::stable_sort(wf.m_nodes.begin(), wf.m_nodes.end(),
                     [](const Node &a, const Node &b) { return lessId(a.id, b.id); });

    // Every link must point at a node of the workflow.
    for (const Node &node : std::as_const(wf.m_nodes)) {
        for (auto it = node.inputs.begin(); it != node.inputs.end(); ++it) {
            const Json &v = it.value();
            if (!v.is_array() || v.size() != 2)
                continue;
            const QString inputName = QString::fromStdString(it.key());
            const auto l = link(v);
            if (!l)
                return importError(source,
                                   Text::tr("Node %1, input %2: a link must be [\"node id\", "
                                            "output number]")
                                       .arg(wf.nodeLabel(node.id), inputName));
            if (!wf.node(l->nodeId))
                return importError(source, Text::tr("Node %1, input %2 links to node %3, "
                                                    "which is not in the workflow")
                                               .arg(wf.nodeLabel(node.id), inputName, l->nodeId));
        }
    }
    return wf;
}

std::optional<Workflow::Link> Workflow::link(const Json &value)
{
    if (!value.is_array() || value.size() != 2)
        return std::nullopt;
    const Json &id = value[0];
    const Json &slot = value[1];
    Link l;
    if (id.is_string())
        l.nodeId = str(id);
    else if (id.is_number_integer())
        l.nodeId = QString::number(id.get<long long>());
    else
        return std::nullopt;
    if (!slot.is_number_integer())
        return std::nullopt;
    const long long s = slot.get<long long>();
    if (s < 0 || s > 4096 || l.nodeId.isEmpty())
        return std::nullopt;
    l.slot = int(s);
    return l;
}

QStringList Workflow::nodeIds() const
{
    QStringList ids;
    for (const Node &n : m_nodes)
        ids << n.id;
    return ids;
}

const Workflow::Node *Workflow::node(const QString &id) const
{
    for (const Node &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

Workflow::Node *Workflow::mutableNode(const QString &id)
{
    for (Node &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

net::Result<QString> Workflow::resolveNode(const QString &idOrTitle) const
{
    if (node(idOrTitle))
        return idOrTitle;
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QStringList hits;
        for (const Node &n : m_nodes)
            if (!n.title.isEmpty() && n.title.compare(idOrTitle, cs) == 0)
                hits << n.id;
        if (hits.size() == 1)
            return hits.first();
        if (hits.size() > 1)
            return importError(m_source,
                               Text::tr("Several nodes are titled \"%1\" (nodes %2)")
                                   .arg(idOrTitle, hits.join(QStringLiteral(", "))),
                               Text::tr("Use the node id instead."));
    }
    // A class name used by exactly one node.
    QStringList hits;
    for (const Node &n : m_nodes)
        if (n.classType == idOrTitle)
            hits << n.id;
    if (hits.size() == 1)
        return hits.first();
    QStringList known;
    for (const Node &n : m_nodes)
        known << (n.title.isEmpty() ? n.id : n.id + QStringLiteral(" \"") + n.title + u'"');
    if (known.size() > 20)
        known = known.mid(0, 20) << QStringLiteral("…");
    return importError(m_source, Text::tr("The workflow has no node \"%1\"").arg(idOrTitle),
                       Text::tr("Nodes: ") + known.join(QStringLiteral(", ")));
}

QString Workflow::nodeLabel(const QString &id) const
{
    const Node *n = node(id);
    if (!n)
        return id;
    if (n->title.isEmpty() || n->title == n->classType)
        return n->id + u' ' + n->classType;
    return n->id + u' ' + n->classType + QStringLiteral(" (") + n->title + u')';
}

QList<QPair<QString, QString>> Workflow::consumers(const QString &id) const
{
    QList<QPair<QString, QString>> out;
    for (const Node &n : m_nodes)
        for (auto it = n.inputs.begin(); it != n.inputs.end(); ++it)
            if (const auto l = link(it.value()); l && l->nodeId == id)
                out.append({n.id, QString::fromStdString(it.key())});
    return out;
}

Json Workflow::input(const QString &id, const QString &inputName) const
{
    const Node *n = node(id);
    if (!n)
        return Json();
    const auto it = n->inputs.find(inputName.toStdString());
    return it == n->inputs.end() ? Json() : *it;
}

void Workflow::setInput(const QString &id, const QString &inputName, Json value)
{
    if (Node *n = mutableNode(id))
        n->inputs[inputName.toStdString()] = std::move(value);
}

Json Workflow::toPrompt() const
{
    Json graph = Json::object();
    for (const Node &n : m_nodes) {
        Json node = Json::object();
        node["class_type"] = n.classType.toStdString();
        node["inputs"] = n.inputs;
        if (!n.title.isEmpty())
            node["_meta"] = Json{{"title", n.title.toStdString()}};
        graph[n.id.toStdString()] = std::move(node);
    }
    return graph;
}

QByteArray Workflow::toBytes() const
{
    return QByteArray::fromStdString(
        toPrompt().dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace c41::backends
