// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuinodes.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace c41::fakes {

using Json = FakeComfyUiNodes::Json;

bool FakeComfyUiNodes::isSampler(const std::string &c)
{
    return c == "KSampler" || c == "KSamplerAdvanced" || c == "SamplerCustomAdvanced" ||
           c == "SamplerCustom";
}

bool FakeComfyUiNodes::isVideoNode(const std::string &c)
{
    return c == "EmptyHunyuanLatentVideo" || c == "WanImageToVideo" ||
           c == "Wan22ImageToVideoLatent" || c == "CreateVideo" || c == "SaveVideo";
}

double FakeComfyUiNodes::seconds(const std::string &c, bool video)
{
    static const std::map<std::string, double> table = {
        {"EmptyImage", 0.004},        {"ImageInvert", 0.003},
        {"SaveImage", 0.02},          {"PreviewImage", 0.01},
        {"LoadImage", 0.003},         {"ImageScale", 0.005},
        {"GetImageSize", 0.001},      {"ImageBlur", 4.5},
        {"UNETLoader", 6.0},          {"CheckpointLoaderSimple", 6.0},
        {"CLIPLoader", 3.0},          {"DualCLIPLoader", 4.0},
        {"QuadrupleCLIPLoader", 6.0}, {"VAELoader", 0.6},
        {"LoraLoaderModelOnly", 0.8}, {"CLIPTextEncode", 0.35},
        {"VAEEncode", 0.5},           {"CreateVideo", 0.3},
        {"SaveVideo", 1.5},           {"SaveAudio", 0.3},
    };
    if (c == "VAEDecode" || c == "VAEDecodeTiled")
        return video ? 8.0 : 1.2;
    const auto it = table.find(c);
    return it == table.end() ? 0.02 : it->second;
}

double FakeComfyUiNodes::gpuLoad(const std::string &c)
{
    if (isSampler(c))
        return 0.97;
    if (c == "VAEDecode" || c == "VAEDecodeTiled" || c == "VAEEncode")
        return 0.85;
    if (c == "CLIPTextEncode")
        return 0.55;
    if (c.find("Loader") != std::string::npos)
        return 0.25;
    return 0.1;
}

qint64 FakeComfyUiNodes::modelBytes(const std::string &name)
{
    // File sizes of the studio's models, in GB (first match wins).
    static const std::vector<std::pair<const char *, double>> sizes = {
        {"flux1", 23.8},   {"hidream", 34.2},         {"14B", 14.3},       {"5B", 10.0},
        {"z_image", 12.3}, {"t5xxl_fp16", 9.79},      {"t5xxl_fp8", 4.89}, {"umt5", 6.74},
        {"clip_l", 0.246}, {"clip_g", 1.39},          {"llama", 9.08},     {"qwen_3_4b", 8.04},
        {"vae", 0.335},    {"ae.safetensors", 0.335}, {"lora", 0.6},
    };
    for (const auto &[key, gb] : sizes) {
        if (name.find(key) != std::string::npos)
            return qint64(gb * 1e9);
    }
    return qint64(2e9);
}

int FakeComfyUiNodes::samplerSteps(const std::string &classType, const Json &inputs,
                                   const Json &graph)
{
    int steps = intInput(inputs, "steps", 20);
    if (classType == "KSamplerAdvanced") {
        steps = std::min(intInput(inputs, "end_at_step", 10000), steps) -
                intInput(inputs, "start_at_step", 0);
    } else if (classType == "SamplerCustomAdvanced" && inputs.contains("sigmas") &&
               isLink(inputs.at("sigmas"), graph)) {
        const Json &scheduler = graph.at(linkSource(inputs.at("sigmas")));
        steps = intInput(scheduler.value("inputs", Json::object()), "steps", 20);
    }
    return std::max(1, steps);
}

int FakeComfyUiNodes::intInput(const Json &inputs, const char *name, int fallback)
{
    const auto it = inputs.find(name);
    return it != inputs.end() && it->is_number() ? it->get<int>() : fallback;
}

std::string FakeComfyUiNodes::linkSource(const Json &link)
{
    const Json &id = link.at(0);
    return id.is_string() ? id.get<std::string>() : id.dump();
}

bool FakeComfyUiNodes::isLink(const Json &value, const Json &graph)
{
    return value.is_array() && value.size() == 2 && graph.contains(linkSource(value));
}

} // namespace c41::fakes
