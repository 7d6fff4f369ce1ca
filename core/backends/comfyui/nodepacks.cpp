// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodepacks.h"

#include <array>

namespace c41::backends {

namespace {

struct PackRule
{
    const char16_t *prefix; // class name prefix (or the whole name, exact = true)
    bool exact;
    const char16_t *pack;
};

// Prefixes of node class names in the packs' NODE_CLASS_MAPPINGS (see
// protocols/comfyui-nodepacks.md). Exact names first where a prefix would be too wide.
constexpr std::array kRules{
    PackRule{u"HuMoEmbeds", true, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"WhisperModelLoader", true, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"LoadWanVideoT5TextEncoder", true, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"LoadWanVideoClipTextEncoder", true, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"DownloadAndLoadWav2VecModel", true, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"MultiTalk", false, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"WanVideo", false, u"ComfyUI-WanVideoWrapper"},
    PackRule{u"LoadFramePackModel", true, u"ComfyUI-FramePackWrapper"},
    PackRule{u"DownloadAndLoadFramePackModel", true, u"ComfyUI-FramePackWrapper"},
    PackRule{u"LoadFramePackLora", true, u"ComfyUI-FramePackWrapper"},
    PackRule{u"FramePack", false, u"ComfyUI-FramePackWrapper"},
    PackRule{u"CreateKeyframes", true, u"ComfyUI-FramePackWrapper"},
    PackRule{u"CreatePositiveKeyframes", true, u"ComfyUI-FramePackWrapper"},
    PackRule{u"MMAudio", false, u"ComfyUI-MMAudio"},
    PackRule{u"VHS_", false, u"ComfyUI-VideoHelperSuite"},
    PackRule{u"FB_Qwen3TTS", false, u"ComfyUI-Qwen-TTS"},
    PackRule{u"AILab_Qwen3TTS", false, u"ComfyUI-QwenTTS"},
    PackRule{u"ImageResize+", true, u"ComfyUI_essentials"},
    PackRule{u"GetImageSize+", true, u"ComfyUI_essentials"},
    PackRule{u"ImageResizeKJ", false, u"ComfyUI-KJNodes"},
    PackRule{u"INTConstant", true, u"ComfyUI-KJNodes"},
    PackRule{u"SetNode", true, u"ComfyUI-KJNodes"},
    PackRule{u"GetNode", true, u"ComfyUI-KJNodes"},
    PackRule{u"MelBandRoFormer", false, u"ComfyUI-MelBandRoFormer"},
    PackRule{u"UnetLoaderGGUF", true, u"ComfyUI-GGUF"},
    PackRule{u"CLIPLoaderGGUF", true, u"ComfyUI-GGUF"},
    PackRule{u"DualCLIPLoaderGGUF", true, u"ComfyUI-GGUF"},
};

struct PackRepo
{
    const char16_t *pack;
    const char16_t *repo;
};

constexpr std::array kRepos{
    PackRepo{u"ComfyUI-WanVideoWrapper", u"kijai/ComfyUI-WanVideoWrapper"},
    PackRepo{u"ComfyUI-FramePackWrapper", u"kijai/ComfyUI-FramePackWrapper"},
    PackRepo{u"ComfyUI-MMAudio", u"kijai/ComfyUI-MMAudio"},
    PackRepo{u"ComfyUI-VideoHelperSuite", u"Kosinkadink/ComfyUI-VideoHelperSuite"},
    PackRepo{u"ComfyUI-Qwen-TTS", u"flybirdxx/ComfyUI-Qwen-TTS"},
    PackRepo{u"ComfyUI-QwenTTS", u"1038lab/ComfyUI-QwenTTS"},
    PackRepo{u"ComfyUI_essentials", u"cubiq/ComfyUI_essentials"},
    PackRepo{u"ComfyUI-KJNodes", u"kijai/ComfyUI-KJNodes"},
    PackRepo{u"ComfyUI-MelBandRoFormer", u"kijai/ComfyUI-MelBandRoFormer"},
    PackRepo{u"ComfyUI-GGUF", u"city96/ComfyUI-GGUF"},
};

} // namespace

QString NodePacks::packForClass(const QString &classType)
{
    for (const PackRule &rule : kRules) {
        const QString prefix = QString::fromUtf16(rule.prefix);
        if (rule.exact ? classType == prefix : classType.startsWith(prefix))
            return QString::fromUtf16(rule.pack);
    }
    return {};
}

QString NodePacks::repository(const QString &pack)
{
    for (const PackRepo &r : kRepos)
        if (pack.compare(QString::fromUtf16(r.pack), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(r.repo);
    return {};
}

} // namespace c41::backends
