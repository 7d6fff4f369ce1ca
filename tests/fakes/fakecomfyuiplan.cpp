// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuiplan.h"

#include "fakecomfyuicatalog.h"
#include "fakecomfyuinodes.h"
#include "fakecomfyuiqueue.h"

#include <algorithm>
#include <functional>

namespace c41::fakes {

using Json = FakeComfyUiPlan::Json;
using N = FakeComfyUiNodes;

namespace {
std::string classOf(const Json &graph, const std::string &id)
{
    return graph.at(id).at("class_type").get<std::string>();
}

const Json &inputsOf(const Json &graph, const std::string &id)
{
    static const Json empty = Json::object();
    const Json &node = graph.at(id);
    return node.contains("inputs") && node.at("inputs").is_object() ? node.at("inputs") : empty;
}
} // namespace

FakeComfyUiPlan FakeComfyUiPlan::make(const FakeComfyUiPrompt &prompt,
                                      const FakeComfyUiCatalog &catalog,
                                      std::map<std::string, Json> &cache)
{
    FakeComfyUiPlan plan;
    const Json &graph = prompt.graph;
    std::function<std::string(const std::string &)> signature = [&](const std::string &id) {
        if (const auto it = plan.signatures.find(id); it != plan.signatures.end())
            return it->second;
        plan.signatures[id] = "<cycle>"; // guards against link cycles
        std::string sig = classOf(graph, id) + "(";
        const Json &inputs = inputsOf(graph, id);
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            const Json &v = it.value();
            sig += it.key() + "=" +
                   (N::isLink(v, graph)
                        ? "<" + signature(N::linkSource(v)) + "#" + v.at(1).dump() + ">"
                        : v.dump()) +
                   ";";
        }
        sig += ")";
        plan.signatures[id] = sig;
        return sig;
    };
    std::set<std::string> used;
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        used.insert(signature(it.key()));
        plan.video = plan.video || N::isVideoNode(classOf(graph, it.key()));
        const Json &inputs = inputsOf(graph, it.key());
        plan.batch = std::max(plan.batch, N::intInput(inputs, "batch_size", 1));
        if (inputs.contains("width") && inputs.at("width").is_number() &&
            inputs.contains("height") && inputs.at("height").is_number()) {
            plan.width = inputs.at("width").get<int>();
            plan.height = inputs.at("height").get<int>();
        }
    }
    for (auto it = cache.begin(); it != cache.end();)
        it = used.count(it->first) ? std::next(it) : cache.erase(it);
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        if (cache.count(plan.signatures.at(it.key()))) {
            plan.cached.insert(it.key());
            plan.cachedIds.push_back(it.key());
        }
    }
    std::set<std::string> seen;
    std::function<void(const std::string &)> visit = [&](const std::string &id) {
        if (!seen.insert(id).second)
            return;
        const bool cached = plan.cached.count(id) > 0;
        if (cached && !catalog.isOutputNode(classOf(graph, id)))
            return;
        if (!cached) {
            const Json &inputs = inputsOf(graph, id);
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                if (N::isLink(it.value(), graph))
                    visit(N::linkSource(it.value()));
            }
        }
        plan.order.push_back(id);
    };
    for (const std::string &o : prompt.outputs)
        visit(o);
    return plan;
}

std::string FakeComfyUiPlan::failNode(const std::string &wanted, const FakeComfyUiPrompt &prompt,
                                      const FakeComfyUiCatalog &catalog) const
{
    const auto runs = [this](const std::string &id) { return !cached.count(id); };
    if (std::find(order.begin(), order.end(), wanted) != order.end() && runs(wanted))
        return wanted;
    for (const std::string &id : order) {
        if (runs(id) && N::isSampler(classOf(prompt.graph, id)))
            return id;
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (runs(*it) && !catalog.isOutputNode(classOf(prompt.graph, *it)))
            return *it;
    }
    return order.empty() ? std::string() : order.front();
}

} // namespace c41::fakes
