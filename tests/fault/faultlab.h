// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultkind.h"
#include "studio/serveraddress.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

namespace c41::fakes {
class FakeComfyUi;
class FakeExporter;
class FakeHttpServer;
class FakeOllama;
class FakeOpenAiServer;
class FakeTts;
} // namespace c41::fakes

namespace c41::testing {

// The studio the fault rounds break: one fake of each server kind on loopback
// (brain-ollama, brain-llama, forge-comfy, forge-tts, forge-gpu), fast, each of
// which can be made to misbehave, refuse connections or restart on its own port
// with a fresh state. It counts the prompts each ComfyUI instance accepted.
class FaultLab : public QObject
{
    Q_OBJECT
public:
    explicit FaultLab(QObject *parent = nullptr);
    ~FaultLab() override;

    bool start();
    QUrl url(FaultTarget target) const;
    studio::ServerKind kind(FaultTarget target) const;
    QString kindUrl(FaultTarget target) const; // "ollama+http://127.0.0.1:PORT"
    QByteArray configJson() const;             // a studio config naming every server

    fakes::FakeHttpServer *http(FaultTarget target) const;
    fakes::FakeComfyUi *comfyUi() const { return m_comfy.get(); }
    QString ollamaModel() const;
    QString llamaModel() const;

    // A fault that stays until clear(). Restart happens now; HostileNames names the
    // next ComfyUI output `hostileName` (in `hostileFolder`).
    void apply(FaultTarget target, FaultKind kind, const QString &hostileName = {},
               const QString &hostileFolder = {});
    void clear(FaultTarget target);
    // Stops the server and starts a new one with nothing in memory, on the same port.
    bool restart(FaultTarget target);

    // How many times the current ComfyUI instance queued this prompt_id.
    int timesQueued(const QString &promptId) const { return m_queued.value(promptId); }
    int restarts() const { return m_restarts; }

private:
    void makeOllama();
    void makeLlama();
    void makeComfyUi();
    void makeTts();
    void makeExporter();

    std::unique_ptr<fakes::FakeOllama> m_ollama;
    std::unique_ptr<fakes::FakeOpenAiServer> m_llama;
    std::unique_ptr<fakes::FakeComfyUi> m_comfy;
    std::unique_ptr<fakes::FakeTts> m_tts;
    std::unique_ptr<fakes::FakeExporter> m_exporter;
    QHash<FaultTarget, quint16> m_ports;
    QHash<QString, int> m_queued;
    int m_restarts = 0;
};

} // namespace c41::testing
