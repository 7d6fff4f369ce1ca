// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowparameters.h"

#include "objectinfo.h"

#include <QHash>
#include <QSet>

namespace c41::backends {

using Json = Workflow::Json;

namespace {

bool isModelFile(const QString &value)
{
    static const QStringList exts{QStringLiteral(".safetensors"), QStringLiteral(".gguf"),
                                  QStringLiteral(".ckpt"),        QStringLiteral(".pt"),
                                  QStringLiteral(".pth"),         QStringLiteral(".bin"),
                                  QStringLiteral(".sft")};
    for (const QString &e : exts)
        if (value.endsWith(e, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isModelInputName(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("ckpt_name"),          QStringLiteral("unet_name"),
        QStringLiteral("vae_name"),           QStringLiteral("lora_name"),
        QStringLiteral("clip_name"),          QStringLiteral("clip_name1"),
        QStringLiteral("clip_name2"),         QStringLiteral("clip_name3"),
        QStringLiteral("clip_name4"),         QStringLiteral("model_name"),
        QStringLiteral("audio_encoder_name"), QStringLiteral("mmaudio_model"),
        QStringLiteral("vae_model"),          QStringLiteral("synchformer_model"),
        QStringLiteral("clip_model"),         QStringLiteral("vocoder_model"),
        QStringLiteral("control_net_name"),   QStringLiteral("style_model_name"),
        QStringLiteral("model_path")};
    return names.contains(name);
}

// The role of a CLIPTextEncode-like node: follow its conditioning to a sampler.
QString conditioningRole(const Workflow &wf, const QString &startId)
{
    QList<QString> queue{startId};
    QSet<QString> seen{startId};
    for (int depth = 0; depth < 8 && !queue.isEmpty(); ++depth) {
        QList<QString> next;
        for (const QString &id : std::as_const(queue)) {
            for (const auto &[consumer, input] : wf.consumers(id)) {
                const Workflow::Node *c = wf.node(consumer);
                if (!c)
                    continue;
                if (input == u"positive")
                    return QStringLiteral("positive");
                if (input == u"negative")
                    return QStringLiteral("negative");
                if (input == u"conditioning" && c->classType.contains(u"Guider"))
                    return QStringLiteral("positive");
                if (c->classType.contains(u"ZeroOut"))
                    continue; // what comes out is no longer this text
                if (!seen.contains(consumer)) {
                    seen.insert(consumer);
                    next << consumer;
                }
            }
        }
        queue = next;
    }
    return {};
}

QString baseLabel(const QString &role, const QString &input)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("positive"), QStringLiteral("Positive prompt")},
        {QStringLiteral("negative"), QStringLiteral("Negative prompt")},
        {QStringLiteral("prompt"), QStringLiteral("Prompt")},
        {QStringLiteral("text"), QStringLiteral("Text to speak")},
        {QStringLiteral("instruct"), QStringLiteral("Voice instructions")},
        {QStringLiteral("seed"), QStringLiteral("Seed")},
        {QStringLiteral("steps"), QStringLiteral("Steps")},
        {QStringLiteral("cfg"), QStringLiteral("CFG")},
        {QStringLiteral("guidance"), QStringLiteral("Guidance")},
        {QStringLiteral("denoise"), QStringLiteral("Denoise")},
        {QStringLiteral("width"), QStringLiteral("Width")},
        {QStringLiteral("height"), QStringLiteral("Height")},
        {QStringLiteral("length"), QStringLiteral("Frames")},
        {QStringLiteral("seconds"), QStringLiteral("Length (seconds)")},
        {QStringLiteral("fps"), QStringLiteral("FPS")},
        {QStringLiteral("sampler"), QStringLiteral("Sampler")},
        {QStringLiteral("scheduler"), QStringLiteral("Scheduler")},
        {QStringLiteral("voice"), QStringLiteral("Voice")},
        {QStringLiteral("language"), QStringLiteral("Language")},
        {QStringLiteral("image"), QStringLiteral("Image")},
        {QStringLiteral("audio"), QStringLiteral("Audio")},
        {QStringLiteral("video"), QStringLiteral("Video")},
    };
    if (role == u"model")
        return QStringLiteral("Model (") + input + u')';
    return labels.value(role, input);
}

struct Found
{
    QString role;
    WorkflowParameter::Kind kind;
};

std::optional<Found> classify(const Workflow &wf, const Workflow::Node &node, const QString &name,
                              const Json &value, const ComfyInputSpec *spec)
{
    using K = WorkflowParameter::Kind;
    const QString cls = node.classType;
    const bool isString = value.is_string();
    const bool isInt = value.is_number_integer();
    const bool isNumber = value.is_number();
    const QString text = isString ? QString::fromStdString(value.get<std::string>()) : QString();

    // Media inputs: files in the server's input/ folder.
    QString media = spec ? spec->upload : QString();
    if (media.isEmpty() && isString && (cls.startsWith(u"Load") || cls.startsWith(u"VHS_Load"))) {
        if (name == u"image" || name == u"audio" || name == u"video")
            media = name;
        else if (name == u"file")
            media = cls.contains(u"Audio")   ? QStringLiteral("audio")
                    : cls.contains(u"Image") ? QStringLiteral("image")
                                             : QStringLiteral("video");
    }
    if (!media.isEmpty() && isString) {
        const K k = media == u"audio" ? K::Audio : media == u"video" ? K::Video : K::Image;
        return Found{media, k};
    }

    if (spec && spec->type == ComfyInputSpec::Type::Connection)
        return std::nullopt;

    if (isString && (!spec || spec->type == ComfyInputSpec::Type::String)) {
        if (name == u"positive_prompt")
            return Found{QStringLiteral("positive"), K::Text};
        if (name == u"negative_prompt")
            return Found{QStringLiteral("negative"), K::Text};
        if (name == u"prompt")
            return Found{QStringLiteral("positive"), K::Text};
        if (name == u"instruct")
            return Found{QStringLiteral("instruct"), K::Text};
        if ((name == u"text" || name == u"target_text") && cls.contains(u"TTS"))
            return Found{QStringLiteral("text"), K::Text};
        const bool encoder = cls.contains(u"TextEncode");
        if ((name == u"text" && encoder) || (encoder && (name == u"t5xxl" || name == u"clip_l" ||
                                                         name == u"text_g" || name == u"text_l"))) {
            QString role = conditioningRole(wf, node.id);
            if (role.isEmpty()) {
                if (node.title.contains(u"negative", Qt::CaseInsensitive))
                    role = QStringLiteral("negative");
                else if (node.title.contains(u"positive", Qt::CaseInsensitive))
                    role = QStringLiteral("positive");
                else
                    role = QStringLiteral("prompt");
            }
            return Found{role, K::Text};
        }
    }

    if ((name == u"seed" || name == u"noise_seed") && isInt)
        return Found{QStringLiteral("seed"), K::Seed};

    const auto numeric = [&](const QString &role) -> std::optional<Found> {
        if (!isNumber)
            return std::nullopt;
        K k = isInt ? K::Int : K::Float;
        if (spec && spec->type == ComfyInputSpec::Type::Float)
            k = K::Float;
        else if (spec && spec->type == ComfyInputSpec::Type::Int)
            k = K::Int;
        return Found{role, k};
    };
    if (name == u"steps")
        return numeric(QStringLiteral("steps"));
    if (name == u"cfg")
        return numeric(QStringLiteral("cfg"));
    if (name == u"guidance" || name == u"guidance_scale")
        return numeric(QStringLiteral("guidance"));
    if (name == u"width" || name == u"height")
        return numeric(name);
    if (name == u"length" || name == u"num_frames")
        return numeric(QStringLiteral("length"));
    if (name == u"total_second_length" || name == u"duration")
        return numeric(QStringLiteral("seconds"));
    if (name == u"fps" || name == u"frame_rate")
        return numeric(QStringLiteral("fps"));

    if (isString) {
        if (name == u"sampler_name" || (name == u"sampler" && !spec) ||
            (name == u"sampler" && spec->type == ComfyInputSpec::Type::Combo))
            return Found{QStringLiteral("sampler"), K::Choice};
        if (name == u"scheduler")
            return Found{QStringLiteral("scheduler"), K::Choice};
        if (name == u"speaker" || name == u"voice")
            return Found{QStringLiteral("voice"), K::Choice};
        if (name == u"language")
            return Found{QStringLiteral("language"), K::Choice};
        if (isModelInputName(name) || isModelFile(text))
            return Found{QStringLiteral("model"), K::Choice};
    }
    return std::nullopt;
}

} // namespace

QString WorkflowParameter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Seed:
        return QStringLiteral("seed");
    case Kind::Choice:
        return QStringLiteral("choice");
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Audio:
        return QStringLiteral("audio");
    case Kind::Video:
        return QStringLiteral("video");
    }
    return QStringLiteral("text");
}

WorkflowParameters WorkflowParameters::discover(const Workflow &workflow, const ObjectInfo *info)
{
    WorkflowParameters out;
    for (const Workflow::Node &node : workflow.nodes()) {
        const ComfyNodeClass *cls = info ? info->nodeClass(node.classType) : nullptr;
        QList<WorkflowParameter> mine;
        for (auto it = node.inputs.begin(); it != node.inputs.end(); ++it) {
            if (Workflow::link(it.value()))
                continue;
            const QString name = QString::fromStdString(it.key());
            const ComfyInputSpec *spec = cls ? cls->input(name) : nullptr;
            const auto found = classify(workflow, node, name, it.value(), spec);
            if (!found)
                continue;
            WorkflowParameter p;
            p.id = node.id + u'.' + name;
            p.nodeId = node.id;
            p.input = name;
            p.classType = node.classType;
            p.role = found->role;
            p.kind = found->kind;
            p.value = it.value();
            p.randomPerRun = p.kind == WorkflowParameter::Kind::Seed;
            if (spec) {
                p.min = spec->min;
                p.max = spec->max;
                p.step = spec->step;
                p.choices = spec->choices;
                p.multiline = spec->multiline;
            } else {
                p.multiline = p.kind == WorkflowParameter::Kind::Text;
            }
            p.label = baseLabel(p.role, name);
            mine << p;
        }
        // A node title names its one parameter (or its text/media input) best.
        if (!node.title.isEmpty())
            for (WorkflowParameter &p : mine)
                if (mine.size() == 1 || p.kind == WorkflowParameter::Kind::Text || p.isMedia())
                    p.label = node.title;
        out.m_params << mine;
    }
    for (const WorkflowParameter &p : std::as_const(out.m_params))
        out.m_baseLabels.insert(p.id, p.label);
    out.disambiguateLabels();
    return out;
}

void WorkflowParameters::disambiguateLabels()
{
    QHash<QString, int> count;
    for (WorkflowParameter &p : m_params) {
        p.label = m_baseLabels.value(p.id, p.label);
        ++count[p.label];
    }
    for (WorkflowParameter &p : m_params)
        if (count.value(p.label) > 1)
            p.label += QStringLiteral(" (node ") + p.nodeId + u' ' + p.classType + u')';
}

const WorkflowParameter *WorkflowParameters::find(const QString &id) const
{
    for (const WorkflowParameter &p : m_params)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<WorkflowParameter> WorkflowParameters::withRole(const QString &role) const
{
    QList<WorkflowParameter> out;
    for (const WorkflowParameter &p : m_params)
        if (p.role == role)
            out << p;
    return out;
}

WorkflowParameters WorkflowParameters::only(const QStringList &ids) const
{
    WorkflowParameters out;
    for (const QString &id : ids)
        if (const WorkflowParameter *p = find(id))
            out.m_params << *p;
    out.m_baseLabels = m_baseLabels;
    out.disambiguateLabels();
    return out;
}

nlohmann::json WorkflowParameters::toJson() const
{
    using nlohmann::json;
    json list = json::array();
    const auto opt = [](const std::optional<double> &v) { return v ? json(*v) : json(); };
    for (const WorkflowParameter &p : m_params) {
        json choices = json::array();
        for (const QString &c : p.choices)
            choices.push_back(c.toStdString());
        list.push_back(
            {{"id", p.id.toStdString()},
             {"node", p.nodeId.toStdString()},
             {"input", p.input.toStdString()},
             {"class_type", p.classType.toStdString()},
             {"label", p.label.toStdString()},
             {"role", p.role.toStdString()},
             {"kind", WorkflowParameter::kindName(p.kind).toStdString()},
             {"value", json::parse(p.value.dump(-1, ' ', false, json::error_handler_t::replace),
                                   nullptr, false)},
             {"min", opt(p.min)},
             {"max", opt(p.max)},
             {"step", opt(p.step)},
             {"choices", choices},
             {"multiline", p.multiline},
             {"random_per_run", p.randomPerRun}});
    }
    return list;
}

} // namespace c41::backends
