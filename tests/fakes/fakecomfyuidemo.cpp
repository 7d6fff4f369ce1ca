// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuidemo.h"

#include "fakecomfyuicatalog.h"

#include <QRandomGenerator>

#include <utility>

namespace c41::fakes {

FakeComfyUiDemo::FakeComfyUiDemo(Submit submit, QueueLength queueLength, QObject *parent)
    : QObject(parent)
    , m_submit(std::move(submit))
    , m_queueLength(std::move(queueLength))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FakeComfyUiDemo::tick);
}

void FakeComfyUiDemo::setEnabled(bool enabled)
{
    if (!enabled)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start(int(3000 * m_timeScale)); // the first job soon after start
}

void FakeComfyUiDemo::tick()
{
    if (m_queueLength() < 3)
        m_submit(job(m_count++, QRandomGenerator::global()->generate64() >> 14));
    const int seconds = 20 + int(QRandomGenerator::global()->bounded(21));
    m_timer.start(int(seconds * 1000 * m_timeScale));
}

FakeComfyUiDemo::Json FakeComfyUiDemo::job(int index, quint64 seed)
{
    static const char *const fluxPrompts[] = {
        "a red fox in fresh snow, golden hour, 85mm",
        "isometric cutaway of a tiny recording studio, warm lights",
        "portrait of an old sailor, rain, cinematic lighting",
        "a glass teapot with a galaxy inside, studio product shot",
    };
    static const char *const wanPrompts[] = {
        "a robot running through a neon-lit city at night, tracking shot",
        "waves crashing on black rocks at dawn, slow motion",
    };
    const bool video = index % 3 == 2;
    Json graph = FakeComfyUiCatalog::demoWorkflow(video ? QStringLiteral("wan22-t2v-14b")
                                                        : QStringLiteral("flux1-dev"));
    const char *text = video ? wanPrompts[(index / 3) % 2] : fluxPrompts[index % 4];
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        Json &node = it.value();
        Json &inputs = node["inputs"];
        for (const char *key : {"seed", "noise_seed"}) {
            if (inputs.contains(key))
                inputs[key] = seed;
        }
        if (node.contains("_meta") && node.at("_meta").is_object() &&
            node.at("_meta").value("title", std::string()) == "Positive prompt")
            inputs["text"] = text;
    }
    return Json{{"prompt", graph}};
}

} // namespace c41::fakes
