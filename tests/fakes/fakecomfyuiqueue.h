// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace c41::fakes {

// One accepted POST /prompt.
struct FakeComfyUiPrompt
{
    nlohmann::ordered_json number; // int, or float when the client sent "number"
    std::string id;
    nlohmann::ordered_json graph;
    nlohmann::ordered_json extraData = nlohmann::ordered_json::object(); // {"client_id": …} or {}
    std::vector<std::string> outputs;
    QString clientId; // empty: submitted without client_id

    // The 5-array that /queue and /history show: [number, id, graph, extra_data, outputs].
    nlohmann::ordered_json item() const;
};

// ComfyUI's PromptQueue: pending heap, the running item, and the history, with
// the JSON shapes of GET /queue, /prompt and /history.
class FakeComfyUiQueue
{
public:
    using Json = nlohmann::ordered_json;
    static constexpr int kMaxHistory = 1000; // ComfyUI keeps 10000; bounded for the demo

    int takeNumber() { return m_number++; } // every POST consumes one, even a rejected one

    void enqueue(FakeComfyUiPrompt prompt);
    // Moves the pending item with the lowest number to "running".
    const FakeComfyUiPrompt *startNext();
    const FakeComfyUiPrompt *running() const { return m_running ? &*m_running : nullptr; }
    void finishRunning() { m_running.reset(); }
    bool hasPending() const { return !m_pending.empty(); }
    int remaining() const { return int(m_pending.size()) + (m_running ? 1 : 0); }
    bool removePending(const std::string &id);
    void clearPending() { m_pending.clear(); }

    Json queueJson() const;
    Json promptInfoJson() const; // GET /prompt

    void addHistory(const std::string &id, Json entry);
    bool removeHistory(const std::string &id);
    void clearHistory() { m_history.clear(); }
    // GET /history with ComfyUI's max_items/offset rules (offset < 0: the last max_items).
    Json historyJson(std::optional<int> maxItems, int offset) const;
    Json historyFor(const std::string &id) const; // {id: entry} or {}
    int historySize() const { return int(m_history.size()); }

private:
    int m_number = 0;
    std::vector<FakeComfyUiPrompt> m_pending;
    std::optional<FakeComfyUiPrompt> m_running;
    std::vector<std::pair<std::string, Json>> m_history; // oldest first
};

} // namespace c41::fakes
