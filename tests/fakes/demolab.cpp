// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolab.h"

#include "fakecomfyui.h"
#include "fakeexporter.h"
#include "fakemacmon.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "faketelemetrysim.h"
#include "faketts.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace c41::fakes {

namespace {
constexpr qint64 GB = 1000LL * 1000 * 1000;

// What a Mac Studio M3 Ultra holds for a studio like ours. Sizes as Ollama lists
// them; decode rates are typical of that machine.
QList<FakeModel> brainModels()
{
    return {
        {QStringLiteral("gpt-oss:120b"), 65 * GB, QStringLiteral("gptoss"),
         QStringLiteral("116.8B"), QStringLiteral("MXFP4"), 131072, 72, 900},
        {QStringLiteral("qwen3-coder-next:latest"), 52 * GB, QStringLiteral("qwen3next"),
         QStringLiteral("79.7B"), QStringLiteral("Q4_K_M"), 262144, 64, 800},
        {QStringLiteral("minimax-m2.1:latest"), 138 * GB, QStringLiteral("minimax"),
         QStringLiteral("228.7B"), QStringLiteral("Q4_K_M"), 196608, 38, 420},
        {QStringLiteral("qwen3:235b"), 142 * GB, QStringLiteral("qwen3moe"),
         QStringLiteral("235.1B"), QStringLiteral("Q4_K_M"), 262144, 27, 380},
        {QStringLiteral("kimi-k2.5:latest"), 210 * GB, QStringLiteral("deepseek2"),
         QStringLiteral("1.0T"), QStringLiteral("Q2_K_XL"), 262144, 19, 220},
    };
}

nlohmann::json server(const char *name, const QString &kind, const QUrl &url,
                      const QString &path = {})
{
    return {{"name", name}, {"url", QString(kind + u'+' + url.toString() + path).toStdString()}};
}
} // namespace

DemoLab::DemoLab(QObject *parent)
    : QObject(parent)
{
}

DemoLab::~DemoLab() = default;

net::Status DemoLab::start()
{
    m_ollama = std::make_unique<FakeOllama>();
    m_ollama->setModels(brainModels());
    m_ollama->loadModel(QStringLiteral("gpt-oss:120b"), -1);
    m_ollama->loadModel(QStringLiteral("qwen3-coder-next:latest"), 20 * 60);

    m_llama = std::make_unique<FakeOpenAiServer>();
    m_llama->setModel({QStringLiteral("Qwen3-235B-A22B-Instruct-2507-UD-Q4_K_XL.gguf"), 134 * GB,
                       QStringLiteral("qwen3moe"), QStringLiteral("235.1B"),
                       QStringLiteral("Q4_K_XL"), 262144, 26, 360});
    m_llama->setParallel(2);
    m_llama->setContextSize(65536);
    m_llama->setReasoning(true);
    m_macmon = std::make_unique<FakeMacmon>();
    m_comfy = std::make_unique<FakeComfyUi>();
    m_comfy->setDemoActivity(true);
    m_tts = std::make_unique<FakeTts>();
    m_tts->setModel(QStringLiteral("Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice"));
    // One simulated workstation behind both of the forge's exporters.
    m_forgeSim = std::make_shared<FakeTelemetrySim>();
    m_gpuExporter = std::make_unique<FakeExporter>(FakeExporter::Flavour::NvidiaGpuExporter);
    m_gpuExporter->setSimulation(m_forgeSim);
    m_nodeExporter = std::make_unique<FakeExporter>(FakeExporter::Flavour::NodeExporter);
    m_nodeExporter->setSimulation(m_forgeSim);
    m_macmon->setLoad(0.35);
    // The forge's GPU and host telemetry follow what ComfyUI is running.
    connect(m_comfy.get(), &FakeComfyUi::gpuLoadChanged, this,
            [sim = m_forgeSim](double load) { sim->setLoad(load); });

    const bool ok = m_ollama->listen() && m_llama->listen() && m_macmon->listen() &&
                    m_comfy->listen() && m_tts->listen() && m_gpuExporter->listen() &&
                    m_nodeExporter->listen();
    if (!ok) {
        return net::ApiError::make(
            net::ApiError::Kind::Config, QCoreApplication::translate("DemoLab", "demo lab"),
            QCoreApplication::translate("DemoLab", "cannot listen on 127.0.0.1"),
            QCoreApplication::translate("DemoLab", "Is the loopback interface up?"));
    }

    using nlohmann::json;
    const json config = {
        {"version", 1},
        {"boxes",
         json::array(
             {{{"name", "brain"},
               {"title", "Mac Studio M3 Ultra 512 GB"},
               {"servers",
                json::array({server("brain-ollama", QStringLiteral("ollama"), m_ollama->url()),
                             server("brain-llama", QStringLiteral("openai"), m_llama->url()),
                             server("brain-macmon", QStringLiteral("macmon"), m_macmon->url())})}},
              {{"name", "forge"},
               {"title", "RTX PRO 6000 96 GB"},
               {"servers",
                json::array({server("forge-comfy", QStringLiteral("comfyui"), m_comfy->url()),
                             server("forge-tts", QStringLiteral("tts"), m_tts->url()),
                             server("forge-gpu", QStringLiteral("exporter"), m_gpuExporter->url(),
                                    QStringLiteral("/metrics")),
                             server("forge-node", QStringLiteral("exporter"), m_nodeExporter->url(),
                                    QStringLiteral("/metrics"))})}}})}};
    m_config = QByteArray::fromStdString(config.dump(2));
    return net::Done{};
}

} // namespace c41::fakes
