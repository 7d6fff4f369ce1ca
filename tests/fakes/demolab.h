// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace c41::fakes {

class FakeComfyUi;
class FakeExporter;
class FakeMacmon;
class FakeOllama;
class FakeOpenAiServer;
class FakeTelemetrySim;
class FakeTts;

// A simulated studio on loopback, served by the same fakes the tests use:
//  - "brain", a Mac Studio M3 Ultra 512 GB: Ollama with large LLMs, a llama.cpp
//    server, and macmon for unified-memory telemetry;
//  - "forge", an RTX PRO 6000 96 GB workstation: ComfyUI running jobs, Qwen3-TTS,
//    nvidia_gpu_exporter and node_exporter.
// Telemetry moves and jobs progress. configJson() is an ordinary studio config
// naming these servers, so nothing else in the app knows it is a demo.
class DemoLab : public QObject
{
    Q_OBJECT
public:
    explicit DemoLab(QObject *parent = nullptr);
    ~DemoLab() override;

    net::Status start();
    QByteArray configJson() const { return m_config; }

    FakeOllama *ollama() const { return m_ollama.get(); }
    FakeComfyUi *comfyUi() const { return m_comfy.get(); }

private:
    std::unique_ptr<FakeOllama> m_ollama;
    std::unique_ptr<FakeOpenAiServer> m_llama;
    std::unique_ptr<FakeMacmon> m_macmon;
    std::unique_ptr<FakeComfyUi> m_comfy;
    std::unique_ptr<FakeTts> m_tts;
    std::unique_ptr<FakeExporter> m_gpuExporter;
    std::unique_ptr<FakeExporter> m_nodeExporter;
    std::shared_ptr<FakeTelemetrySim> m_forgeSim;
    QByteArray m_config;
};

} // namespace c41::fakes
