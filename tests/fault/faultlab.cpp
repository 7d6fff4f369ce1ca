// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultlab.h"

#include "fakecomfyui.h"
#include "fakeexporter.h"
#include "fakehttpserver.h"
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "faketts.h"

#include <nlohmann/json.hpp>

namespace c41::testing {

using fakes::FakeResponse;

FaultLab::FaultLab(QObject *parent)
    : QObject(parent)
{
}

FaultLab::~FaultLab() = default;

void FaultLab::makeOllama()
{
    m_ollama = std::make_unique<fakes::FakeOllama>();
    m_ollama->setTimeScale(0.001);
}

void FaultLab::makeLlama()
{
    m_llama = std::make_unique<fakes::FakeOpenAiServer>();
    m_llama->setTimeScale(0.001);
}

void FaultLab::makeComfyUi()
{
    m_comfy = std::make_unique<fakes::FakeComfyUi>();
    m_comfy->setTimeScale(0.001);
    m_queued.clear(); // a fresh instance has queued nothing
    connect(m_comfy.get(), &fakes::FakeComfyUi::promptQueued, this,
            [this](const QString &id) { ++m_queued[id]; });
}

void FaultLab::makeTts()
{
    m_tts = std::make_unique<fakes::FakeTts>();
    m_tts->setTimeScale(0);
}

void FaultLab::makeExporter()
{
    m_exporter = std::make_unique<fakes::FakeExporter>();
}

bool FaultLab::start()
{
    makeOllama();
    makeLlama();
    makeComfyUi();
    makeTts();
    makeExporter();
    if (!(m_ollama->listen() && m_llama->listen() && m_comfy->listen() && m_tts->listen() &&
          m_exporter->listen()))
        return false;
    for (const FaultTarget t : allTargets())
        m_ports.insert(t, http(t)->port());
    return true;
}

fakes::FakeHttpServer *FaultLab::http(FaultTarget target) const
{
    switch (target) {
    case FaultTarget::Ollama:
        return m_ollama->http();
    case FaultTarget::LlamaCpp:
        return m_llama->http();
    case FaultTarget::ComfyUi:
        return m_comfy->http();
    case FaultTarget::Tts:
        return m_tts->http();
    case FaultTarget::Exporter:
        return m_exporter->http();
    }
    return nullptr;
}

QUrl FaultLab::url(FaultTarget target) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_ports.value(target));
    return u;
}

studio::ServerKind FaultLab::kind(FaultTarget target) const
{
    switch (target) {
    case FaultTarget::Ollama:
        return studio::ServerKind::Ollama;
    case FaultTarget::LlamaCpp:
        return studio::ServerKind::OpenAi;
    case FaultTarget::ComfyUi:
        return studio::ServerKind::ComfyUi;
    case FaultTarget::Tts:
        return studio::ServerKind::Tts;
    case FaultTarget::Exporter:
        return studio::ServerKind::Exporter;
    }
    return studio::ServerKind::Ollama;
}

QString FaultLab::kindUrl(FaultTarget target) const
{
    QString text = studio::serverKindName(kind(target)) + u'+' + url(target).toString();
    if (target == FaultTarget::Exporter)
        text += QStringLiteral("/metrics");
    return text;
}

QByteArray FaultLab::configJson() const
{
    using nlohmann::json;
    const auto server = [this](FaultTarget t) {
        return json{{"name", targetName(t).toStdString()}, {"url", kindUrl(t).toStdString()}};
    };
    const json config = {
        {"version", 1},
        {"boxes",
         json::array(
             {{{"name", "brain"},
               {"title", "Brain (fault lab)"},
               {"servers",
                json::array({server(FaultTarget::Ollama), server(FaultTarget::LlamaCpp)})}},
              {{"name", "forge"},
               {"title", "Forge (fault lab)"},
               {"servers", json::array({server(FaultTarget::ComfyUi), server(FaultTarget::Tts),
                                        server(FaultTarget::Exporter)})}}})}};
    return QByteArray::fromStdString(config.dump(2));
}

QString FaultLab::ollamaModel() const
{
    return m_ollama->models().first().name;
}

QString FaultLab::llamaModel() const
{
    return m_llama->model().name;
}

void FaultLab::apply(FaultTarget target, FaultKind kind, const QString &hostileName,
                     const QString &hostileFolder)
{
    using Fault = FakeResponse::Fault;
    switch (kind) {
    case FaultKind::CloseBeforeHeaders:
        http(target)->setGlobalFault(Fault::CloseBeforeHeaders);
        return;
    case FaultKind::CloseMidBody:
        http(target)->setGlobalFault(Fault::CloseMidBody);
        return;
    case FaultKind::Stall:
        http(target)->setGlobalFault(Fault::Stall);
        return;
    case FaultKind::StallBeforeHeaders:
        http(target)->setGlobalFault(Fault::StallBeforeHeaders);
        return;
    case FaultKind::Garbage:
        http(target)->setGlobalFault(Fault::Garbage);
        return;
    case FaultKind::Oversized:
        http(target)->setGlobalFault(Fault::Oversized);
        return;
    case FaultKind::InvalidUtf8:
        http(target)->setGlobalFault(Fault::InvalidUtf8);
        return;
    case FaultKind::HostileNames:
        if (target == FaultTarget::ComfyUi)
            m_comfy->setNextOutputName(hostileName, hostileFolder);
        return;
    case FaultKind::Restart:
        restart(target);
        return;
    case FaultKind::Refuse:
        http(target)->setRefusingConnections(true);
        return;
    }
}

void FaultLab::clear(FaultTarget target)
{
    http(target)->setGlobalFault(FakeResponse::Fault::None);
    if (http(target)->isRefusingConnections())
        http(target)->setRefusingConnections(false);
}

bool FaultLab::restart(FaultTarget target)
{
    ++m_restarts;
    const quint16 port = m_ports.value(target);
    switch (target) {
    case FaultTarget::Ollama:
        m_ollama.reset();
        makeOllama();
        return m_ollama->listen(port);
    case FaultTarget::LlamaCpp:
        m_llama.reset();
        makeLlama();
        return m_llama->listen(port);
    case FaultTarget::ComfyUi:
        m_comfy.reset();
        makeComfyUi();
        return m_comfy->listen(port);
    case FaultTarget::Tts:
        m_tts.reset();
        makeTts();
        return m_tts->listen(port);
    case FaultTarget::Exporter:
        m_exporter.reset();
        makeExporter();
        return m_exporter->listen(port);
    }
    return false;
}

} // namespace c41::testing
