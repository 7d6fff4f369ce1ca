// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuicatalog.h"

#include "fakepythonjson.h"

#include <QFile>

// Q_INIT_RESOURCE must run outside any namespace. The resources live in a static
// library, so nothing would pull their initialiser in without this call.
static void initFakeResources()
{
    Q_INIT_RESOURCE(fakes);
}

namespace c41::fakes {

namespace {

FakeComfyUiCatalog::Json readJsonResource(const QString &path)
{
    static const bool initialised = (initFakeResources(), true);
    Q_UNUSED(initialised);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake ComfyUI resource missing: %s", qPrintable(path));
    return FakeComfyUiCatalog::Json::parse(file.readAll().toStdString(), nullptr, false);
}

QStringList folderFiles(const QString &folder)
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromUtf8(n);
        return out;
    };
    if (folder == u"diffusion_models" || folder == u"unet")
        return list({"flux1-dev.safetensors", "flux1-schnell.safetensors",
                     "hidream_i1_dev_bf16.safetensors", "humo_17B_fp8_e4m3fn.safetensors",
                     "wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors",
                     "wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors",
                     "wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors",
                     "wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors",
                     "wan2.2_ti2v_5B_fp16.safetensors", "z_image_turbo_bf16.safetensors"});
    if (folder == u"text_encoders" || folder == u"clip")
        return list({"clip_g_hidream.safetensors", "clip_l.safetensors",
                     "clip_l_hidream.safetensors", "llama_3.1_8b_instruct_fp8_scaled.safetensors",
                     "llava_llama3_fp16.safetensors", "qwen_3_4b.safetensors",
                     "t5xxl_fp16.safetensors", "t5xxl_fp8_e4m3fn_scaled.safetensors",
                     "umt5_xxl_fp8_e4m3fn_scaled.safetensors"});
    if (folder == u"vae")
        return list({"ae.safetensors", "hunyuan_video_vae_bf16.safetensors",
                     "wan2.2_vae.safetensors", "wan_2.1_vae.safetensors"});
    if (folder == u"loras")
        return list({"lightx2v_I2V_14B_480p_cfg_step_distill_rank64_bf16.safetensors",
                     "wan2.2_t2v_lightx2v_4steps_lora_v1.1_high_noise.safetensors"});
    if (folder == u"clip_vision")
        return list({"clip_vision_h.safetensors", "sigclip_vision_patch14_384.safetensors"});
    if (folder == u"audio_encoders")
        return list(
            {"wav2vec2_large_english_fp16.safetensors", "whisper_large_v3_fp16.safetensors"});
    return {};
}

} // namespace

FakeComfyUiCatalog::FakeComfyUiCatalog()
    : m_inputFiles{QStringLiteral("example.png")}
{
}

void FakeComfyUiCatalog::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_objectInfo =
        readJsonResource(QStringLiteral(":/c41fakes/data/comfyui/object_info_used_nodes.json"));
    const Json studio = readJsonResource(
        QStringLiteral(":/c41fakes/data/comfyui/object_info_studio_CONSTRUCTED.json"));
    for (auto it = studio.begin(); it != studio.end(); ++it)
        m_objectInfo[it.key()] = it.value();
    const Json packs = readJsonResource(
        QStringLiteral(":/c41fakes/data/comfyui/object_info_packs_CONSTRUCTED.json"));
    for (auto it = packs.begin(); it != packs.end(); ++it)
        m_objectInfo[it.key()] = it.value();
    for (const QString &pack : m_removedPacks)
        erasePack(pack);
    refreshUploadCombos();
}

FakeComfyUiCatalog::FakeComfyUiCatalog(const QStringList &withoutPacks)
    : FakeComfyUiCatalog()
{
    for (const QString &pack : withoutPacks)
        removePack(pack);
}

QStringList FakeComfyUiCatalog::installedPacks()
{
    return {QStringLiteral("ComfyUI-FramePackWrapper"), QStringLiteral("ComfyUI-MMAudio"),
            QStringLiteral("ComfyUI-Qwen-TTS"), QStringLiteral("ComfyUI-VideoHelperSuite"),
            QStringLiteral("ComfyUI-WanVideoWrapper")};
}

void FakeComfyUiCatalog::removePack(const QString &pack)
{
    m_removedPacks << pack;
    if (m_loaded)
        erasePack(pack);
}

void FakeComfyUiCatalog::erasePack(const QString &pack) const
{
    const std::string module = "custom_nodes." + pack.toStdString();
    for (auto it = m_objectInfo.begin(); it != m_objectInfo.end();) {
        const std::string owner = it->value("python_module", std::string());
        if (owner == module || owner.rfind(module + ".", 0) == 0)
            it = m_objectInfo.erase(it);
        else
            ++it;
    }
    m_objectInfoBody.clear();
}

const FakeComfyUiCatalog::Json &FakeComfyUiCatalog::objectInfo() const
{
    ensureLoaded();
    return m_objectInfo;
}

const QByteArray &FakeComfyUiCatalog::objectInfoBody()
{
    ensureLoaded();
    if (m_objectInfoBody.isEmpty())
        m_objectInfoBody = pythonJsonDumps(m_objectInfo);
    return m_objectInfoBody;
}

const FakeComfyUiCatalog::Json *FakeComfyUiCatalog::classInfo(const std::string &classType) const
{
    ensureLoaded();
    const auto it = m_objectInfo.find(classType);
    return it == m_objectInfo.end() ? nullptr : &*it;
}

bool FakeComfyUiCatalog::isOutputNode(const std::string &classType) const
{
    const Json *info = classInfo(classType);
    return info && info->value("output_node", false);
}

void FakeComfyUiCatalog::addInputFile(const QString &name)
{
    if (m_inputFiles.contains(name))
        return;
    m_inputFiles.append(name);
    m_inputFiles.sort();
    if (m_loaded)
        refreshUploadCombos();
}

void FakeComfyUiCatalog::refreshUploadCombos() const
{
    Json images = Json::array();
    Json audio = Json::array();
    Json videos = Json::array();
    for (const QString &name : std::as_const(m_inputFiles)) {
        const QString lower = name.toLower();
        if (lower.endsWith(u".png") || lower.endsWith(u".jpg") || lower.endsWith(u".jpeg") ||
            lower.endsWith(u".webp"))
            images.push_back(name.toStdString());
        if (lower.endsWith(u".wav") || lower.endsWith(u".flac") || lower.endsWith(u".mp3") ||
            lower.endsWith(u".mp4"))
            audio.push_back(name.toStdString());
        // .avi too: the outputs the fake writes must be loadable again (real VHS_LoadVideo
        // checks the file in VALIDATE_INPUTS, not against its list; core LoadVideo lists it).
        if (lower.endsWith(u".mp4") || lower.endsWith(u".webm") || lower.endsWith(u".mov") ||
            lower.endsWith(u".mkv") || lower.endsWith(u".avi"))
            videos.push_back(name.toStdString());
    }
    if (auto it = m_objectInfo.find("LoadImage"); it != m_objectInfo.end())
        (*it)["input"]["required"]["image"][0] = images;
    if (auto it = m_objectInfo.find("LoadAudio"); it != m_objectInfo.end())
        (*it)["input"]["required"]["audio"][0] = audio;
    // Video loaders list the video files of input/ (core LoadVideo, VideoHelperSuite).
    if (auto it = m_objectInfo.find("LoadVideo"); it != m_objectInfo.end())
        (*it)["input"]["required"]["file"][0] = videos;
    if (auto it = m_objectInfo.find("VHS_LoadVideo"); it != m_objectInfo.end())
        (*it)["input"]["required"]["video"][0] = videos;
    m_objectInfoBody.clear();
}

QStringList FakeComfyUiCatalog::modelFolders()
{
    // GET /models of the captured server (http_models.txt), in its order.
    return {QStringLiteral("checkpoints"),   QStringLiteral("configs"),
            QStringLiteral("loras"),         QStringLiteral("vae"),
            QStringLiteral("text_encoders"), QStringLiteral("diffusion_models"),
            QStringLiteral("clip_vision"),   QStringLiteral("style_models"),
            QStringLiteral("embeddings"),    QStringLiteral("diffusers"),
            QStringLiteral("vae_approx"),    QStringLiteral("controlnet"),
            QStringLiteral("gligen"),        QStringLiteral("upscale_models"),
            QStringLiteral("custom_nodes"),  QStringLiteral("hypernetworks"),
            QStringLiteral("photomaker"),    QStringLiteral("classifiers"),
            QStringLiteral("model_patches"), QStringLiteral("audio_encoders")};
}

std::optional<QStringList> FakeComfyUiCatalog::modelFiles(const QString &folder) const
{
    // ComfyUI also accepts the legacy aliases "unet" and "clip".
    if (!modelFolders().contains(folder) && folder != u"unet" && folder != u"clip")
        return std::nullopt;
    return folderFiles(folder);
}

FakeComfyUiCatalog::Json FakeComfyUiCatalog::demoWorkflow(const QString &name)
{
    return readJsonResource(QStringLiteral(":/c41fakes/data/comfyui/") + name +
                            QStringLiteral(".json"));
}

} // namespace c41::fakes
