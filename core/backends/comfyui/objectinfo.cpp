// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectinfo.h"

#include "net/jsonbody.h"

#include <QCoreApplication>
#include <algorithm>

namespace c41::backends {

using Json = nlohmann::ordered_json;

namespace {

// lupdate sees Text::tr() calls under the context ObjectInfo.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ObjectInfo)
};

QString str(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

std::optional<double> number(const Json &opts, const char *key)
{
    const auto it = opts.find(key);
    if (it == opts.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

QStringList stringList(const Json &array)
{
    QStringList out;
    if (!array.is_array())
        return out;
    for (const Json &v : array) {
        if (v.is_string())
            out << str(v);
        else if (v.is_number_integer())
            out << QString::number(v.get<long long>());
        else if (v.is_number())
            out << QString::number(v.get<double>());
    }
    return out;
}

bool flag(const Json &opts, const char *key)
{
    const auto it = opts.find(key);
    return it != opts.end() && it->is_boolean() && it->get<bool>();
}

std::optional<ComfyInputSpec> parseInput(const QString &name, const Json &spec, bool required)
{
    if (!spec.is_array() || spec.empty())
        return std::nullopt;
    ComfyInputSpec in;
    in.name = name;
    in.required = required;
    static const Json noOptions = Json::object();
    const Json &opts = spec.size() > 1 && spec[1].is_object() ? spec[1] : noOptions;
    const Json &head = spec[0];
    if (head.is_array()) {
        in.type = ComfyInputSpec::Type::Combo;
        in.typeName = QStringLiteral("COMBO");
        in.choices = stringList(head);
    } else if (head.is_string()) {
        in.typeName = str(head);
        if (in.typeName == u"INT")
            in.type = ComfyInputSpec::Type::Int;
        else if (in.typeName == u"FLOAT")
            in.type = ComfyInputSpec::Type::Float;
        else if (in.typeName == u"STRING")
            in.type = ComfyInputSpec::Type::String;
        else if (in.typeName == u"BOOLEAN")
            in.type = ComfyInputSpec::Type::Boolean;
        else if (in.typeName == u"COMBO") {
            // The newer shape: ["COMBO", {"options": [...]}].
            in.type = ComfyInputSpec::Type::Combo;
            if (const auto it = opts.find("options"); it != opts.end())
                in.choices = stringList(*it);
        } else
            in.type = ComfyInputSpec::Type::Connection;
    } else {
        return std::nullopt;
    }
    in.min = number(opts, "min");
    in.max = number(opts, "max");
    in.step = number(opts, "step");
    if (const auto it = opts.find("default"); it != opts.end())
        in.defaultValue = nlohmann::json::parse(it->dump(), nullptr, false);
    in.multiline = flag(opts, "multiline");
    in.seedControl = flag(opts, "control_after_generate");
    if (flag(opts, "image_upload"))
        in.upload = QStringLiteral("image");
    else if (flag(opts, "audio_upload"))
        in.upload = QStringLiteral("audio");
    else if (flag(opts, "video_upload"))
        in.upload = QStringLiteral("video");
    if (const auto it = opts.find("tooltip"); it != opts.end())
        in.tooltip = str(*it);
    return in;
}

void parseGroup(ComfyNodeClass &node, const Json &input, const Json &order, const char *group)
{
    const auto g = input.find(group);
    if (g == input.end() || !g->is_object())
        return;
    const bool required = std::string_view(group) == "required";
    QStringList names;
    const auto o = order.is_object() ? order.find(group) : order.end();
    if (order.is_object() && o != order.end() && o->is_array()) {
        names = stringList(*o);
        for (auto it = g->begin(); it != g->end(); ++it) // keys missing from input_order
            if (!names.contains(QString::fromStdString(it.key())))
                names << QString::fromStdString(it.key());
    } else {
        for (auto it = g->begin(); it != g->end(); ++it)
            names << QString::fromStdString(it.key());
    }
    for (const QString &name : std::as_const(names)) {
        const auto it = g->find(name.toStdString());
        if (it == g->end())
            continue;
        if (auto in = parseInput(name, *it, required))
            node.inputs << std::move(*in);
    }
}

} // namespace

const ComfyInputSpec *ComfyNodeClass::input(const QString &inputName) const
{
    for (const ComfyInputSpec &in : inputs)
        if (in.name == inputName)
            return &in;
    return nullptr;
}

QString ComfyNodeClass::pack() const
{
    static const QString prefix = QStringLiteral("custom_nodes.");
    if (!pythonModule.startsWith(prefix))
        return {};
    QString rest = pythonModule.mid(prefix.size());
    rest = rest.section(u'.', 0, 0).section(u'@', 0, 0);
    return rest;
}

ComfyNodeClass ObjectInfo::parseClass(const QString &name, const Json &info)
{
    ComfyNodeClass node;
    node.name = name;
    if (!info.is_object())
        return node;
    if (const auto it = info.find("name"); it != info.end() && it->is_string())
        node.name = str(*it);
    if (node.name.isEmpty())
        node.name = name;
    if (const auto it = info.find("display_name"); it != info.end())
        node.displayName = str(*it);
    if (const auto it = info.find("category"); it != info.end())
        node.category = str(*it);
    if (const auto it = info.find("description"); it != info.end())
        node.description = str(*it);
    if (const auto it = info.find("python_module"); it != info.end())
        node.pythonModule = str(*it);
    if (const auto it = info.find("output_node"); it != info.end() && it->is_boolean())
        node.outputNode = it->get<bool>();
    if (const auto it = info.find("output"); it != info.end() && it->is_array())
        for (const Json &o : *it) // a list output (choices) is a COMBO
            node.outputs << (o.is_string() ? str(o) : QStringLiteral("COMBO"));
    if (const auto it = info.find("output_name"); it != info.end())
        node.outputNames = stringList(*it);
    const auto input = info.find("input");
    if (input != info.end() && input->is_object()) {
        static const Json none;
        const auto order = info.find("input_order");
        const Json &orderJson = order == info.end() ? none : *order;
        parseGroup(node, *input, orderJson, "required");
        parseGroup(node, *input, orderJson, "optional");
    }
    return node;
}

net::Result<ObjectInfo> ObjectInfo::parse(const QByteArray &body, const QString &server)
{
    const Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return net::ApiError::make(net::ApiError::Kind::Malformed, server,
                                   Text::tr("The node list (/object_info) is not a JSON object"),
                                   Text::tr("Check that this server is ComfyUI."));
    return fromJson(root, server);
}

ObjectInfo ObjectInfo::fromJson(const Json &root, const QString &server)
{
    ObjectInfo info;
    info.m_server = server;
    if (!root.is_object())
        return info;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().is_object())
            continue;
        const QString key = QString::fromStdString(it.key());
        ComfyNodeClass node = parseClass(key, it.value());
        node.name = key; // the key is what class_type must say
        info.m_classes.insert(key, std::move(node));
    }
    return info;
}

const ComfyNodeClass *ObjectInfo::nodeClass(const QString &classType) const
{
    const auto it = m_classes.constFind(classType);
    return it == m_classes.constEnd() ? nullptr : &*it;
}

QStringList ObjectInfo::classNames() const
{
    QStringList names = m_classes.keys();
    names.sort();
    return names;
}

} // namespace c41::backends
