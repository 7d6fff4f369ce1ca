// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace c41::net {

// A cheap, copyable handle that lets a caller cancel work in flight (a request,
// a stream). Copies share state. Cancelling runs the registered callbacks once.
class CancelToken
{
public:
    CancelToken();

    void cancel();
    bool isCancelled() const;

    // Registers a callback run on cancel (at once if already cancelled).
    // Returns an id for unsubscribe().
    int subscribe(std::function<void()> callback);
    void unsubscribe(int id);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace c41::net
