// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace c41::fakes {

class FakeComfyUiCatalog;

// POST /prompt validation as ComfyUI 0.3.64's execution.validate_prompt does it,
// for the cases the captures show: missing or unknown class_type
// (invalid_prompt), no output node (prompt_no_outputs), and per-input errors
// (required_input_missing, value_not_in_list, value_smaller_than_min,
// value_bigger_than_max, invalid_input_type, return_type_mismatch,
// custom_validation_failed for LoadImage/LoadAudio files, and
// exception_during_validation for a link to a node that does not exist).
class FakeComfyUiValidator
{
public:
    using Json = nlohmann::ordered_json;

    struct Result
    {
        bool ok = false;
        Json error;                       // the "error" object of the 400 body when !ok
        Json nodeErrors = Json::object(); // also returned with 200 when some outputs are good
        std::vector<std::string> outputs; // the good output node ids, prompt order
    };

    explicit FakeComfyUiValidator(const FakeComfyUiCatalog &catalog);
    Result validate(const Json &prompt) const;

private:
    struct NodeResult
    {
        bool ok = true;
        Json reasons = Json::array();
    };
    struct Validated; // insertion-ordered memo of NodeResult per node id
    struct LinkError  // a Python exception raised while following a link
    {
        std::string type;
        std::string message;
    };

    bool validateNode(const Json &prompt, const std::string &id, Validated &validated,
                      LinkError &exception) const;
    Json checkLiteral(const std::string &name, const Json &value, const Json &config) const;

    const FakeComfyUiCatalog &m_catalog;
};

} // namespace c41::fakes
