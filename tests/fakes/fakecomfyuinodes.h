// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <string>

namespace c41::fakes {

// What the fake ComfyUI's worker knows about node classes: which ones sample
// (and so send progress and previews), how long each takes on an RTX PRO 6000
// at time scale 1 (ImageBlur as captured on CPU), how busy it keeps the GPU,
// and how big the model files are that loaders bring into VRAM.
class FakeComfyUiNodes
{
public:
    using Json = nlohmann::ordered_json;

    static bool isSampler(const std::string &classType);
    // Classes that only occur in video graphs (Wan 2.2): slower steps and decodes.
    static bool isVideoNode(const std::string &classType);
    static double seconds(const std::string &classType, bool video);
    static double stepSeconds(bool video) { return video ? 3.0 : 0.9; }
    static double gpuLoad(const std::string &classType);
    static qint64 modelBytes(const std::string &fileName);
    // Sampler steps, from the node or, for SamplerCustomAdvanced, its scheduler.
    static int samplerSteps(const std::string &classType, const Json &inputs, const Json &graph);

    static int intInput(const Json &inputs, const char *name, int fallback);
    // A link's source node id ("1" in ["1", 0]).
    static std::string linkSource(const Json &link);
    static bool isLink(const Json &value, const Json &graph);
};

} // namespace c41::fakes
