// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuimemory.h"

#include "fakecomfyuinodes.h"

#include <algorithm>

namespace c41::fakes {

namespace {
constexpr qint64 kCudaContext = 600LL * 1024 * 1024; // driver + context, outside PyTorch
constexpr qint64 kHeadroom = 4LL * 1024 * 1024 * 1024;
} // namespace

void FakeComfyUiMemory::loadModels(const nlohmann::ordered_json &inputs)
{
    static const char *keys[] = {"unet_name",  "clip_name",  "clip_name1",
                                 "clip_name2", "clip_name3", "clip_name4",
                                 "vae_name",   "ckpt_name",  "lora_name"};
    for (const char *key : keys) {
        const auto it = inputs.find(key);
        if (it == inputs.end() || !it->is_string())
            continue;
        const std::string name = it->get<std::string>();
        const auto loaded = std::find_if(m_models.begin(), m_models.end(),
                                         [&](const auto &m) { return m.first == name; });
        if (loaded != m_models.end()) {
            std::rotate(loaded, loaded + 1, m_models.end()); // most recently used last
            continue;
        }
        m_models.emplace_back(name, FakeComfyUiNodes::modelBytes(name));
        while (m_models.size() > 1 && active() > m_total - kCudaContext - kHeadroom)
            m_models.erase(m_models.begin());
    }
    m_reserved = std::max(m_reserved, active());
}

void FakeComfyUiMemory::setActivation(qint64 bytes)
{
    m_activation = bytes;
    m_reserved = std::max(m_reserved, active());
}

void FakeComfyUiMemory::unloadModels()
{
    m_models.clear();
    m_reserved = m_activation;
}

qint64 FakeComfyUiMemory::active() const
{
    qint64 total = m_activation;
    for (const auto &model : m_models)
        total += model.second;
    return total;
}

qint64 FakeComfyUiMemory::reserved() const
{
    return std::max(m_reserved, active());
}

qint64 FakeComfyUiMemory::free(qint64 otherProcesses) const
{
    return std::max<qint64>(0, m_total - kCudaContext - otherProcesses - active());
}

} // namespace c41::fakes
