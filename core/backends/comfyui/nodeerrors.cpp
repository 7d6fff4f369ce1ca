// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeerrors.h"

#include "nodepacks.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace c41::backends {

using nlohmann::json;

namespace {

// lupdate sees Text::tr() calls under the context NodeErrors.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NodeErrors)
};

QString str(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    if (it == j.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_null())
        return {};
    return QString::fromStdString(it->dump(-1, ' ', false, json::error_handler_t::replace));
}

QString valueText(const json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return QString::number(d, 'g', 15);
    }
    return QString::fromStdString(v.dump(-1, ' ', false, json::error_handler_t::replace));
}

const json &member(const json &j, const char *key)
{
    static const json null;
    if (!j.is_object())
        return null;
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

// input_config is [TYPE_or_choices, {opts}].
const json &configOptions(const json &extra)
{
    static const json null;
    const json &cfg = member(extra, "input_config");
    if (cfg.is_array() && cfg.size() > 1 && cfg[1].is_object())
        return cfg[1];
    return null;
}

QStringList configChoices(const json &extra)
{
    QStringList out;
    const json &cfg = member(extra, "input_config");
    if (cfg.is_array() && !cfg.empty()) {
        const json &head = cfg[0];
        if (head.is_array())
            for (const json &c : head)
                out << valueText(c);
        else if (head.is_string() && head.get<std::string>() == "COMBO")
            for (const json &c : member(configOptions(extra), "options"))
                out << valueText(c);
    }
    return out;
}

QString configType(const json &extra)
{
    const json &cfg = member(extra, "input_config");
    if (cfg.is_array() && !cfg.empty() && cfg[0].is_string())
        return QString::fromStdString(cfg[0].get<std::string>());
    return {};
}

QString listSome(const QStringList &items, qsizetype max = 12)
{
    if (items.isEmpty())
        return Text::tr("none");
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << Text::tr("… (%1 in all)").arg(items.size());
    return shown.join(QStringLiteral(", "));
}

QString nodeLabel(const QString &id, const QString &classType, const Workflow *wf)
{
    if (wf && wf->node(id))
        return wf->nodeLabel(id);
    return classType.isEmpty() ? id : id + u' ' + classType;
}

QString numberFrom(const json &opts, const char *key, const QString &message, const char *pattern)
{
    const json &v = member(opts, key);
    if (v.is_number())
        return valueText(v);
    const QRegularExpression re(QString::fromUtf8(pattern));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("?");
}

NodeError describe(const QString &nodeId, const QString &classType, const json &e,
                   const Workflow *wf)
{
    NodeError out;
    out.nodeId = nodeId;
    out.classType = classType;
    out.type = str(e, "type");
    const QString message = str(e, "message");
    const QString details = str(e, "details");
    const json &extra = member(e, "extra_info");
    out.input = str(extra, "input_name");
    if (out.input.isEmpty() && !details.isEmpty() && out.type != u"exception_during_validation")
        out.input = details.section(QRegularExpression(QStringLiteral("[,:]| - ")), 0, 0).trimmed();

    const QString node = Text::tr("Node ") + nodeLabel(nodeId, classType, wf);
    const QString where = out.input.isEmpty() ? node : node + Text::tr(", input ") + out.input;
    const json &received = member(extra, "received_value");
    const QString value = received.is_null() ? QString() : valueText(received);

    if (out.type == u"required_input_missing") {
        out.message = where + Text::tr(": required input is missing");
    } else if (out.type == u"value_smaller_than_min") {
        const QString min = numberFrom(configOptions(extra), "min", message, "min of (\\S+)");
        out.message = where + Text::tr(": %1 is below the minimum %2").arg(value, min);
    } else if (out.type == u"value_bigger_than_max") {
        const QString max = numberFrom(configOptions(extra), "max", message, "max of (\\S+)");
        out.message = where + Text::tr(": %1 is above the maximum %2").arg(value, max);
    } else if (out.type == u"invalid_input_type") {
        const QString type = configType(extra);
        const QString what = type == u"INT"     ? Text::tr("a whole number")
                             : type == u"FLOAT" ? Text::tr("a number")
                             : type.isEmpty()   ? Text::tr("of the right type")
                                                : Text::tr("a valid ") + type;
        out.message = where + Text::tr(": \"%1\" is not %2").arg(value, what);
    } else if (out.type == u"value_not_in_list") {
        QStringList choices = configChoices(extra);
        if (choices.isEmpty()) { // "name: 'x' not in ['a', 'b']"
            const QRegularExpression re(QStringLiteral("not in \\[(.*)\\]$"));
            if (const auto m = re.match(details); m.hasMatch())
                for (QString c : m.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts))
                    choices << c.remove(u'\'');
        }
        out.message =
            where + Text::tr(": \"%1\" is not one of: %2").arg(value, listSome(choices, 20));
    } else if (out.type == u"custom_validation_failed") {
        QString why = details;
        if (const qsizetype dash = why.indexOf(QStringLiteral(" - ")); dash >= 0)
            why = why.mid(dash + 3);
        out.message = where + QStringLiteral(": ") + (why.isEmpty() ? message : why);
    } else if (out.type == u"exception_during_validation" &&
               str(extra, "exception_type") == u"KeyError") {
        // A link to a node that is not in the workflow: details is "'99'".
        QString target = details;
        target.remove(u'\'');
        if (wf)
            if (const Workflow::Node *n = wf->node(nodeId))
                for (auto it = n->inputs.begin(); it != n->inputs.end(); ++it)
                    if (const auto l = Workflow::link(it.value()); l && l->nodeId == target)
                        out.input = QString::fromStdString(it.key());
        const QString w = out.input.isEmpty() ? node : node + Text::tr(", input ") + out.input;
        out.message = w + Text::tr(": links to node %1, which is not in the workflow").arg(target);
    } else if (out.type == u"return_type_mismatch") {
        const QString got = str(extra, "received_type");
        const QString want = configType(extra);
        out.message = where + Text::tr(": the linked node gives %1, but this input takes %2")
                                  .arg(got.isEmpty() ? Text::tr("another type") : got,
                                       want.isEmpty() ? QStringLiteral("another") : want);
    } else {
        QString text = message.isEmpty() ? out.type : message;
        if (!details.isEmpty() && details != message)
            text += QStringLiteral(" (") + details + u')';
        out.message = where + QStringLiteral(": ") + text;
    }
    return out;
}

bool lessId(const QString &a, const QString &b)
{
    bool an = false;
    bool bn = false;
    const qlonglong x = a.toLongLong(&an);
    const qlonglong y = b.toLongLong(&bn);
    if (an && bn)
        return x < y;
    return a < b;
}

} // namespace

NodeErrors NodeErrors::parse(const QByteArray &body, const Workflow *workflow)
{
    const json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        NodeErrors out;
        QString text = QString::fromUtf8(body).simplified();
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        out.m_summary = text.isEmpty() ? Text::tr("ComfyUI refused the workflow without "
                                                  "saying why")
                                       : Text::tr("ComfyUI refused the workflow: ") + text;
        return out;
    }
    return fromJson(root, workflow);
}

NodeErrors NodeErrors::fromJson(const json &root, const Workflow *workflow)
{
    NodeErrors out;
    const json &error = member(root, "error");
    out.m_errorType = str(error, "type");
    const QString message = error.is_string() ? QString::fromStdString(error.get<std::string>())
                                              : str(error, "message");
    const QString details = str(error, "details");

    if (out.m_errorType == u"invalid_prompt") {
        const QRegularExpression re(QStringLiteral("node (\\S+) does not exist"));
        const QRegularExpression idRe(QStringLiteral("#([^'\\s]+)"));
        const auto m = re.match(message);
        const auto idm = idRe.match(details);
        if (m.hasMatch()) {
            const QString cls = m.captured(1);
            const QString id = idm.hasMatch() ? idm.captured(1) : QString();
            const QString pack = NodePacks::packForClass(cls);
            NodeError e;
            e.nodeId = id;
            e.classType = cls;
            e.type = out.m_errorType;
            const QString node = id.isEmpty() ? QString() : Text::tr(" (node %1)").arg(id);
            e.message = pack.isEmpty() ? Text::tr("The server has no node type %1%2: install the "
                                                  "custom nodes that provide it, or update ComfyUI")
                                             .arg(cls, node)
                                       : Text::tr("This workflow needs %1 on the server (node type "
                                                  "%2%3)")
                                             .arg(pack, cls, node);
            out.m_errors << e;
            out.m_summary = e.message;
        } else {
            out.m_summary = Text::tr("ComfyUI refused the workflow: ") + message +
                            (details.isEmpty() ? QString() : QStringLiteral(" (") + details + u')');
        }
    } else if (out.m_errorType == u"prompt_no_outputs") {
        out.m_summary = Text::tr("The workflow has no output node (SaveImage, SaveVideo, "
                                 "SaveAudio, …), so ComfyUI has nothing to run");
    } else if (out.m_errorType == u"no_prompt") {
        out.m_summary = Text::tr("The request held no workflow (no \"prompt\" in the body)");
    } else if (out.m_errorType == u"prompt_outputs_failed_validation") {
        out.m_summary = Text::tr("ComfyUI refused the workflow: some nodes have invalid "
                                 "inputs");
    } else if (!message.isEmpty()) {
        out.m_summary =
            Text::tr("ComfyUI refused the workflow: ") + message +
            (details.isEmpty() || details == message ? QString()
                                                     : QStringLiteral(" (") + details + u')');
    }

    const json &nodeErrors = member(root, "node_errors");
    if (nodeErrors.is_object()) {
        QStringList ids;
        for (auto it = nodeErrors.begin(); it != nodeErrors.end(); ++it)
            ids << QString::fromStdString(it.key());
        std::sort(ids.begin(), ids.end(), lessId);
        for (const QString &id : std::as_const(ids)) {
            const json &entry = nodeErrors[id.toStdString()];
            const QString classType = str(entry, "class_type");
            const json &errors = member(entry, "errors");
            if (!errors.is_array() || errors.empty()) {
                NodeError e;
                e.nodeId = id;
                e.classType = classType;
                e.message = Text::tr("Node ") + nodeLabel(id, classType, workflow) +
                            Text::tr(": refused by the server");
                out.m_errors << e;
                continue;
            }
            for (const json &e : errors)
                out.m_errors << describe(id, classType, e, workflow);
        }
    }
    if (out.m_summary.isEmpty() && out.m_errors.isEmpty())
        out.m_summary = Text::tr("ComfyUI refused the workflow without saying why");
    return out;
}

QStringList NodeErrors::lines() const
{
    QStringList out;
    if (!m_summary.isEmpty() && !(m_errors.size() == 1 && m_errors.first().message == m_summary))
        out << m_summary;
    for (const NodeError &e : m_errors)
        out << e.message;
    return out;
}

} // namespace c41::backends
