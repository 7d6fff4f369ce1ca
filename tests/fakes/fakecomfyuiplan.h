// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace c41::fakes {

class FakeComfyUiCatalog;
struct FakeComfyUiPrompt;

// How ComfyUI will run one prompt, worked out when the worker picks it up:
// each node's input signature (class, literal inputs, upstream signatures) as
// the key of the output cache, which nodes that cache already holds
// (execution_cached), the execution list (every output node, after its
// uncached inputs; cached outputs stay in it to re-send their ui), and the
// image size and batch the outputs get.
struct FakeComfyUiPlan
{
    using Json = nlohmann::ordered_json;

    std::map<std::string, std::string> signatures;
    std::set<std::string> cached;
    Json cachedIds = Json::array(); // prompt order
    std::vector<std::string> order;
    bool video = false;
    int width = 512;
    int height = 512;
    int batch = 1;

    // `cache` maps signatures to ui outputs; entries this prompt does not use are
    // dropped first, like ComfyUI's clean_unused().
    static FakeComfyUiPlan make(const FakeComfyUiPrompt &prompt, const FakeComfyUiCatalog &catalog,
                                std::map<std::string, Json> &cache);
    // The node a failNextPrompt() makes fail: `wanted` when it runs, else the
    // first sampler, else the last non-output node that runs.
    std::string failNode(const std::string &wanted, const FakeComfyUiPrompt &prompt,
                         const FakeComfyUiCatalog &catalog) const;
};

} // namespace c41::fakes
