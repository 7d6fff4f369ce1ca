// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuivalidator.h"

#include "fakecomfyuicatalog.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace c41::fakes {

using Json = FakeComfyUiValidator::Json;

struct FakeComfyUiValidator::Validated
{
    std::vector<std::pair<std::string, NodeResult>> entries;
    NodeResult *find(const std::string &id)
    {
        for (auto &[key, result] : entries) {
            if (key == id)
                return &result;
        }
        return nullptr;
    }
    void set(const std::string &id, NodeResult result)
    {
        if (NodeResult *existing = find(id))
            *existing = std::move(result);
        else
            entries.emplace_back(id, std::move(result));
    }
};

namespace {

Json error(const std::string &type, const std::string &message, const std::string &details,
           Json extraInfo = Json::object())
{
    return Json{{"type", type},
                {"message", message},
                {"details", details},
                {"extra_info", std::move(extraInfo)}};
}

// Python's str() of a JSON value, as ComfyUI formats it into messages.
std::string pyStr(const Json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? "True" : "False";
    if (v.is_null())
        return "None";
    return v.dump();
}

// Python's repr() of a list of strings: ['a', 'b'].
std::string pyListRepr(const Json &list)
{
    std::string out = "[";
    bool first = true;
    for (const Json &item : list) {
        if (!first)
            out += ", ";
        first = false;
        out += item.is_string() ? "'" + item.get<std::string>() + "'" : pyStr(item);
    }
    return out + "]";
}

// The input config as execution.py sees it: (type, extra_info or {}).
Json normalisedConfig(const Json &config)
{
    Json out = Json::array({config.at(0), Json::object()});
    if (config.size() > 1 && config.at(1).is_object())
        out[1] = config.at(1);
    return out;
}

bool typesMatch(const std::string &received, const Json &inputType)
{
    if (!inputType.is_string())
        return true; // a COMBO fed by a link: the server checks the value at run time
    const std::string wanted = inputType.get<std::string>();
    if (received == "*" || wanted == "*" || received == wanted)
        return true;
    const QStringList a = QString::fromStdString(received).split(u',');
    const QStringList b = QString::fromStdString(wanted).split(u',');
    return std::any_of(a.begin(), a.end(), [&](const QString &t) { return b.contains(t); });
}

bool isUploadCombo(const Json &config)
{
    if (config.size() < 2 || !config.at(1).is_object())
        return false;
    return config.at(1).value("image_upload", false) || config.at(1).value("audio_upload", false);
}

} // namespace

FakeComfyUiValidator::FakeComfyUiValidator(const FakeComfyUiCatalog &catalog)
    : m_catalog(catalog)
{
}

Json FakeComfyUiValidator::checkLiteral(const std::string &name, const Json &value,
                                        const Json &config) const
{
    const Json info = normalisedConfig(config);
    const Json &type = info.at(0);
    const Json &extra = info.at(1);
    if (type.is_array()) {
        if (std::find(type.begin(), type.end(), value) != type.end())
            return nullptr;
        const bool huge = type.size() > 20;
        const std::string listInfo =
            huge ? "(list of length " + std::to_string(type.size()) + ")" : pyListRepr(type);
        return error("value_not_in_list", "Value not in list",
                     name + ": '" + pyStr(value) + "' not in " + listInfo,
                     Json{{"input_name", name},
                          {"input_config", huge ? Json(nullptr) : info},
                          {"received_value", value}});
    }
    if (type != "INT" && type != "FLOAT")
        return nullptr;
    const bool isInt = type == "INT";
    Json converted;
    std::string failure;
    if (value.is_number() || value.is_boolean()) {
        const double d = value.is_boolean() ? double(value.get<bool>()) : value.get<double>();
        converted = isInt ? Json(static_cast<long long>(std::trunc(d))) : Json(d);
    } else if (value.is_string()) {
        bool ok = false;
        const QString s = QString::fromStdString(value.get<std::string>()).trimmed();
        if (isInt) {
            const long long i = s.toLongLong(&ok);
            converted = i;
        } else {
            const double d = s.toDouble(&ok);
            converted = d;
        }
        if (!ok)
            failure = isInt ? "invalid literal for int() with base 10: '" + pyStr(value) + "'"
                            : "could not convert string to float: '" + pyStr(value) + "'";
    } else {
        failure = std::string(isInt ? "int" : "float") +
                  "() argument must be a string or a real number, not '" +
                  (value.is_null() ? "NoneType" : value.type_name()) + "'";
    }
    if (!failure.empty()) {
        return error("invalid_input_type",
                     "Failed to convert an input value to a " + type.get<std::string>() + " value",
                     name + ", " + pyStr(value) + ", " + failure,
                     Json{{"input_name", name},
                          {"input_config", info},
                          {"received_value", value},
                          {"exception_message", failure}});
    }
    if (extra.contains("min") && converted.get<double>() < extra.at("min").get<double>()) {
        return error(
            "value_smaller_than_min",
            "Value " + converted.dump() + " smaller than min of " + extra.at("min").dump(), name,
            Json{{"input_name", name}, {"input_config", info}, {"received_value", converted}});
    }
    if (extra.contains("max") && converted.get<double>() > extra.at("max").get<double>()) {
        return error(
            "value_bigger_than_max",
            "Value " + converted.dump() + " bigger than max of " + extra.at("max").dump(), name,
            Json{{"input_name", name}, {"input_config", info}, {"received_value", converted}});
    }
    return nullptr;
}

bool FakeComfyUiValidator::validateNode(const Json &prompt, const std::string &id,
                                        Validated &validated, LinkError &exception) const
{
    if (const NodeResult *done = validated.find(id))
        return done->ok;
    const Json &node = prompt.at(id);
    const Json *info = m_catalog.classInfo(node.at("class_type").get<std::string>());
    const Json &inputs = node.contains("inputs") && node.at("inputs").is_object()
                             ? node.at("inputs")
                             : Json::object();
    NodeResult result;
    Json customChecks = Json::array();
    for (const char *category : {"required", "optional"}) {
        const Json &declared = info->at("input").value(category, Json::object());
        for (auto it = declared.begin(); it != declared.end(); ++it) {
            const std::string &name = it.key();
            const Json &config = it.value();
            if (!inputs.contains(name)) {
                if (std::string_view(category) == "required")
                    result.reasons.push_back(error("required_input_missing",
                                                   "Required input is missing", name,
                                                   Json{{"input_name", name}}));
                continue;
            }
            const Json &value = inputs.at(name);
            if (value.is_array()) {
                if (value.size() != 2) {
                    result.reasons.push_back(error(
                        "bad_linked_input",
                        "Bad linked input, must be a length-2 list of [node_id, slot_index]", name,
                        Json{{"input_name", name},
                             {"input_config", normalisedConfig(config)},
                             {"received_value", value}}));
                    continue;
                }
                const std::string origin = pyStr(value.at(0));
                if (!prompt.contains(origin)) {
                    exception = {"KeyError", "'" + origin + "'"};
                    return false;
                }
                const Json *originInfo =
                    m_catalog.classInfo(prompt.at(origin).at("class_type").get<std::string>());
                const Json &returns = originInfo->at("output");
                const long long slot = value.at(1).is_number() ? value.at(1).get<long long>() : -1;
                if (slot < 0 || slot >= static_cast<long long>(returns.size())) {
                    exception = {"IndexError", "tuple index out of range"};
                    return false;
                }
                const std::string received = returns.at(slot).get<std::string>();
                if (!typesMatch(received, config.at(0))) {
                    result.reasons.push_back(
                        error("return_type_mismatch", "Return type mismatch between linked nodes",
                              name + ", received_type(" + received + ") mismatch input_type(" +
                                  pyStr(config.at(0)) + ")",
                              Json{{"input_name", name},
                                   {"input_config", normalisedConfig(config)},
                                   {"received_type", received},
                                   {"linked_node", value}}));
                    continue;
                }
                if (!validateNode(prompt, origin, validated, exception)) {
                    if (!exception.type.empty())
                        return false;
                    result.ok = false;
                }
                continue;
            }
            if (isUploadCombo(config)) {
                customChecks.push_back(name);
                continue;
            }
            if (Json problem = checkLiteral(name, value, config); !problem.is_null())
                result.reasons.push_back(std::move(problem));
        }
    }
    // VALIDATE_INPUTS of LoadImage / LoadAudio: the file must be in input/.
    for (const Json &name : customChecks) {
        const std::string input = name.get<std::string>();
        const QString file = QString::fromStdString(pyStr(inputs.at(input)));
        if (!m_catalog.inputFiles().contains(file)) {
            const std::string what =
                input == "audio" ? "Invalid audio file: " : "Invalid image file: ";
            result.reasons.push_back(
                error("custom_validation_failed", "Custom validation failed for node",
                      input + " - " + what + file.toStdString(), Json{{"input_name", input}}));
        }
    }
    if (!result.reasons.empty())
        result.ok = false;
    const bool ok = result.ok;
    validated.set(id, std::move(result));
    return ok;
}

FakeComfyUiValidator::Result FakeComfyUiValidator::validate(const Json &prompt) const
{
    Result out;
    if (!prompt.is_object()) {
        out.error =
            error("invalid_prompt", "Cannot execute because the prompt is not an object.", "");
        return out;
    }
    std::vector<std::string> outputs;
    for (auto it = prompt.begin(); it != prompt.end(); ++it) {
        const Json &node = it.value();
        if (!node.is_object() || !node.contains("class_type") ||
            !node.at("class_type").is_string()) {
            out.error = error("invalid_prompt",
                              "Cannot execute because a node is missing the class_type property.",
                              "Node ID '#" + it.key() + "'");
            return out;
        }
        const std::string classType = node.at("class_type").get<std::string>();
        if (!m_catalog.classInfo(classType)) {
            out.error = error("invalid_prompt",
                              "Cannot execute because node " + classType + " does not exist.",
                              "Node ID '#" + it.key() + "'");
            return out;
        }
        if (m_catalog.isOutputNode(classType))
            outputs.push_back(it.key());
    }
    if (outputs.empty()) {
        out.error = error("prompt_no_outputs", "Prompt has no outputs", "");
        return out;
    }

    Validated validated;
    std::vector<std::string> exceptionDetails;
    for (const std::string &o : outputs) {
        LinkError exception;
        bool ok = validateNode(prompt, o, validated, exception);
        if (!exception.type.empty()) {
            ok = false;
            const Json reason = error(
                "exception_during_validation", "Exception when validating node", exception.message,
                Json{{"exception_type", exception.type},
                     {"traceback",
                      Json::array({"  File \"<COMFYUI_DIR>/execution.py\", line 1010, "
                                   "in validate_prompt\n    m = await "
                                   "validate_inputs(prompt_id, prompt, o, validated)\n"})}});
            validated.set(o, NodeResult{false, Json::array({reason})});
            exceptionDetails.push_back("Exception when validating node: " + exception.message);
        }
        if (ok) {
            out.outputs.push_back(o);
            continue;
        }
        for (const auto &[nodeId, result] : validated.entries) {
            if (result.ok || result.reasons.empty())
                continue;
            if (!out.nodeErrors.contains(nodeId)) {
                out.nodeErrors[nodeId] = Json{{"errors", result.reasons},
                                              {"dependent_outputs", Json::array()},
                                              {"class_type", prompt.at(nodeId).at("class_type")}};
            }
            out.nodeErrors[nodeId]["dependent_outputs"].push_back(o);
        }
    }
    if (out.outputs.empty()) {
        std::string details;
        for (const std::string &d : exceptionDetails)
            details += (details.empty() ? "" : "\n") + d;
        out.error =
            error("prompt_outputs_failed_validation", "Prompt outputs failed validation", details);
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace c41::fakes
