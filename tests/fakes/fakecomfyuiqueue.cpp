// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuiqueue.h"

#include <algorithm>

namespace c41::fakes {

using Json = FakeComfyUiQueue::Json;

Json FakeComfyUiPrompt::item() const
{
    Json outputsJson = Json::array();
    for (const std::string &o : outputs)
        outputsJson.push_back(o);
    return Json::array({number, id, graph, extraData, outputsJson});
}

void FakeComfyUiQueue::enqueue(FakeComfyUiPrompt prompt)
{
    m_pending.push_back(std::move(prompt));
}

const FakeComfyUiPrompt *FakeComfyUiQueue::startNext()
{
    if (m_running || m_pending.empty())
        return nullptr;
    // heapq order: lowest number first; equal numbers in submission order.
    const auto next = std::min_element(m_pending.begin(), m_pending.end(),
                                       [](const FakeComfyUiPrompt &a, const FakeComfyUiPrompt &b) {
                                           return a.number.get<double>() < b.number.get<double>();
                                       });
    m_running = std::move(*next);
    m_pending.erase(next);
    return &*m_running;
}

bool FakeComfyUiQueue::removePending(const std::string &id)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&](const FakeComfyUiPrompt &p) { return p.id == id; });
    if (it == m_pending.end())
        return false;
    m_pending.erase(it);
    return true;
}

Json FakeComfyUiQueue::queueJson() const
{
    Json running = Json::array();
    if (m_running)
        running.push_back(m_running->item());
    Json pending = Json::array();
    for (const FakeComfyUiPrompt &p : m_pending)
        pending.push_back(p.item());
    return Json{{"queue_running", std::move(running)}, {"queue_pending", std::move(pending)}};
}

Json FakeComfyUiQueue::promptInfoJson() const
{
    return Json{{"exec_info", {{"queue_remaining", remaining()}}}};
}

void FakeComfyUiQueue::addHistory(const std::string &id, Json entry)
{
    removeHistory(id);
    m_history.emplace_back(id, std::move(entry));
    if (m_history.size() > size_t(kMaxHistory))
        m_history.erase(m_history.begin());
}

bool FakeComfyUiQueue::removeHistory(const std::string &id)
{
    const auto it = std::find_if(m_history.begin(), m_history.end(),
                                 [&](const auto &entry) { return entry.first == id; });
    if (it == m_history.end())
        return false;
    m_history.erase(it);
    return true;
}

Json FakeComfyUiQueue::historyJson(std::optional<int> maxItems, int offset) const
{
    Json out = Json::object();
    if (offset < 0 && maxItems)
        offset = int(m_history.size()) - *maxItems;
    int i = 0;
    for (const auto &[id, entry] : m_history) {
        if (i >= offset) {
            out[id] = entry;
            if (maxItems && int(out.size()) >= *maxItems)
                break;
        }
        ++i;
    }
    return out;
}

Json FakeComfyUiQueue::historyFor(const std::string &id) const
{
    for (const auto &[key, entry] : m_history) {
        if (key == id)
            return Json{{key, entry}};
    }
    return Json::object();
}

} // namespace c41::fakes
