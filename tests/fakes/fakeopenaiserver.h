// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"
#include "fakellamacppwire.h"
#include "fakemodel.h"

#include <QObject>
#include <QUrl>

namespace c41::fakes {

// An in-process llama.cpp llama-server (b9187) for the tests and the demo lab: one
// model, N parallel slots, /health, /v1/models, /props, /slots, /metrics and
// /v1/chat/completions (SSE or not) with usage and timings placed as in the
// captures of tests/fixtures/llamacpp. Knobs make it load, demand a key, think
// out loud or break mid-stream.
class FakeOpenAiServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeOpenAiServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() { return m_http; }

    static FakeModel defaultModel(); // gpt-oss-20b-mxfp4.gguf at ~62 tok/s
    void setModel(FakeModel model);
    const FakeModel &model() const { return m_model; }
    // -np: slots share the context (-c), so each gets contextSize / slots.
    void setParallel(int count);
    // -c: total context; 0 (the default) means the model's trained context.
    void setContextSize(int tokens);
    int slotContext() const;

    // Wall time = model time * scale: 1 is real time, 0 instant.
    void setTimeScale(double scale) { m_timeScale = scale; }
    // While loading, every endpoint, /health included, answers 503 "Loading model".
    void setLoading(bool loading) { m_loading = loading; }
    // --api-key: all but /health, /v1/health, /models, /v1/models then need it.
    void setApiKey(QString key) { m_apiKey = std::move(key); }
    // Stream reasoning_content deltas before the answer (gpt-oss style).
    void setReasoning(bool reasoning) { m_reasoning = reasoning; }
    // Streams break after a few tokens: an error event and no [DONE].
    void failMidStream(bool fail) { m_failMidStream = fail; }
    // Every answer runs to its token limit, as with ignore_eos (long streams for benchmarks).
    void setFillToMax(bool fill) { m_fillToMax = fill; }

    int busySlots() const;
    const FakeLlamaCppWire::Metrics &metrics() const { return m_metrics; }

private:
    struct Slot
    {
        int id = 0;
        bool used = false; // has had a task (then /slots shows the full object)
        bool processing = false;
        int idTask = 0;
        FakeLlamaCppWire::Json params;
        int nDecoded = 0;
        int nPredict = -1;
        size_t promptHash = 0;
        int lastUsed = 0; // task number + 1 of its last task
    };
    using Endpoint = std::function<FakeResponse(const FakeRequest &)>;

    void on(QByteArray method, QString path, bool isPublic, Endpoint endpoint);
    FakeResponse serve(const FakeRequest &request, const Endpoint &endpoint, bool isPublic);
    bool authorized(const FakeRequest &request) const;
    FakeResponse handleChat(const FakeRequest &request);
    FakeResponse slotsReply(const FakeRequest &request) const;
    FakeResponse scrape();
    void resetSlots();

    FakeHttpServer *m_http = nullptr;
    FakeModel m_model;
    QList<Slot> m_slots;
    FakeLlamaCppWire::Metrics m_metrics;
    int m_contextSize = 0;
    int m_nextTask = 0;
    qint64 m_startMicros = 0;
    double m_timeScale = 1.0;
    bool m_loading = false;
    bool m_reasoning = false;
    bool m_failMidStream = false;
    bool m_fillToMax = false;
    QString m_apiKey;
};

} // namespace c41::fakes
