// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

namespace c41::fakes {

// The VRAM of the fake ComfyUI's GPU as model management sees it: the models
// the loaders brought in (least recently used evicted when the card is full),
// the activations of the running node, and PyTorch's caching allocator, which
// keeps its peak until /free empties it. Feeds /system_stats.
class FakeComfyUiMemory
{
public:
    void setTotal(qint64 bytes) { m_total = bytes; }
    qint64 total() const { return m_total; }

    // Loads the model files a loader node names (unet_name, clip_name…, vae_name…).
    void loadModels(const nlohmann::ordered_json &inputs);
    void setActivation(qint64 bytes);
    void unloadModels();
    void emptyCache() { m_reserved = active(); }

    qint64 active() const;   // models + live activations
    qint64 reserved() const; // torch_vram_total
    // What mem_get_info reports as free: the card minus the CUDA context, other
    // processes (a few hundred MB) and what PyTorch actively uses.
    qint64 free(qint64 otherProcesses) const;

private:
    qint64 m_total = 0;
    std::vector<std::pair<std::string, qint64>> m_models; // LRU, oldest first
    qint64 m_activation = 0;
    qint64 m_reserved = 0;
};

} // namespace c41::fakes
