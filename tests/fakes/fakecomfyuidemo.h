// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QTimer>

#include <functional>

namespace c41::fakes {

// The demo lab's ComfyUI traffic: every 20–40 s (times the time scale) it
// submits a Flux.1 Dev image job, or every third time a Wan 2.2 text-to-video
// job, with a fresh seed and prompt, while fewer than three are queued. The
// jobs carry no client_id, so ComfyUI broadcasts their progress to every window.
class FakeComfyUiDemo : public QObject
{
    Q_OBJECT
public:
    using Json = nlohmann::ordered_json;
    using Submit = std::function<void(const Json &body)>;
    using QueueLength = std::function<int()>;

    FakeComfyUiDemo(Submit submit, QueueLength queueLength, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    void setTimeScale(double scale) { m_timeScale = scale; }

    // The POST /prompt body of the n-th demo job.
    static Json job(int index, quint64 seed);

private:
    void tick();

    Submit m_submit;
    QueueLength m_queueLength;
    QTimer m_timer;
    double m_timeScale = 1.0;
    int m_count = 0;
};

} // namespace c41::fakes
