// SPDX-License-Identifier: GPL-3.0-or-later
#include "canceltoken.h"

#include <map>

namespace c41::net {

struct CancelToken::State
{
    bool cancelled = false;
    int nextId = 1;
    std::map<int, std::function<void()>> callbacks;
};

CancelToken::CancelToken()
    : m_state(std::make_shared<State>())
{
}

void CancelToken::cancel()
{
    if (m_state->cancelled)
        return;
    m_state->cancelled = true;
    // Callbacks may unsubscribe others; take them out first.
    auto callbacks = std::move(m_state->callbacks);
    m_state->callbacks.clear();
    for (auto &[id, cb] : callbacks)
        cb();
}

bool CancelToken::isCancelled() const
{
    return m_state->cancelled;
}

int CancelToken::subscribe(std::function<void()> callback)
{
    if (m_state->cancelled) {
        callback();
        return 0;
    }
    const int id = m_state->nextId++;
    m_state->callbacks.emplace(id, std::move(callback));
    return id;
}

void CancelToken::unsubscribe(int id)
{
    m_state->callbacks.erase(id);
}

} // namespace c41::net
