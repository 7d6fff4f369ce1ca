// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"
#include "fakemodel.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace c41::fakes {

// An in-process Ollama (0.24) for the tests and the demo lab: the native API
// (/api/tags, /api/ps, /api/show, NDJSON /api/chat and /api/generate with load,
// unload and pin through keep_alive) and the OpenAI layer (/v1/models, SSE
// /v1/chat/completions), answering with the keys, types, status codes and content
// types of the captures in tests/fixtures/ollama. Tokens arrive at the model's
// rate; setTimeScale() speeds that up for tests.
class FakeOllama : public QObject
{
    Q_OBJECT
public:
    explicit FakeOllama(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() { return m_http; }

    // A small studio's shelf: llama3.2:3b, qwen3:14b, gpt-oss:20b, gemma3:12b.
    static QList<FakeModel> defaultModels();
    void setModels(QList<FakeModel> models); // also forgets what was loaded
    const QList<FakeModel> &models() const { return m_models; }

    void setVersion(QString version) { m_version = std::move(version); }
    // Wall time = model time * scale: 1 is real time, 0.01 is 100x faster, 0 instant.
    void setTimeScale(double scale) { m_timeScale = scale; }
    // Streams break after a few tokens with Ollama's in-band error line.
    void failMidStream(bool fail) { m_failMidStream = fail; }
    // Answers run to num_predict / max_tokens instead of stopping at their natural
    // end (long streams for benchmarks).
    void setFillToMax(bool fill) { m_fillToMax = fill; }
    // VRAM to share between loaded models (size_vram); what does not fit runs on the
    // CPU. Negative (the default) means it all fits, as on a big Apple Silicon box.
    void setGpuMemoryBytes(qint64 bytes) { m_gpuMemory = bytes; }
    void setMaxLoadedModels(int count) { m_maxLoaded = count; }

    // What /api/ps would list now, full names ("qwen3:14b"), latest expiry first.
    QStringList loadedModels();
    // Load a model as a request with keep_alive would (-1 pins, 0 unloads); for
    // setting a scene in the demo or a test. Returns false for an unknown model.
    bool loadModel(const QString &name, qint64 keepAliveSeconds = 300);

private:
    struct Loaded
    {
        QString name;
        qint64 sinceNs = 0;     // when the current keep-alive started
        qint64 keepAliveNs = 0; // < 0: pinned
        qint64 busyUntilNs = 0; // generation in flight until then
        int contextLength = 0;
        qint64 size = 0;
        qint64 sizeVram = 0;
        qint64 expiresNs() const;
    };

    FakeResponse handleChat(const FakeRequest &request, bool chat);
    FakeResponse handleOpenAiChat(const FakeRequest &request);
    FakeResponse handleShow(const FakeRequest &request);
    FakeResponse tags() const;
    FakeResponse ps();
    FakeResponse openAiModels() const;
    static FakeResponse fallback(const FakeRequest &request);

    const FakeModel *findModel(const QString &name) const;
    // Loads or refreshes a model: it stays until busyNs from now + its keep-alive
    // (the last one it was given when keepAliveNs is unset, 5m for a new load).
    void touch(const FakeModel &model, int contextLength, std::optional<qint64> keepAliveNs,
               qint64 busyNs);
    void unload(const QString &name);
    double loadSeconds(const FakeModel &model, int contextLength) const;
    void expire();

    FakeHttpServer *m_http = nullptr;
    QList<FakeModel> m_models;
    QHash<QString, qint64> m_modifiedNs;
    QList<Loaded> m_loaded;
    QString m_version = QStringLiteral("0.24.0");
    double m_timeScale = 1.0;
    bool m_failMidStream = false;
    bool m_fillToMax = false;
    qint64 m_gpuMemory = -1;
    int m_maxLoaded = 3;
    int m_nextId = 100;
    quint32 m_seed = 1;
};

} // namespace c41::fakes
