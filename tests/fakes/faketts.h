// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace c41::fakes {

// An in-process OpenAI-style text-to-speech server (openai-compat.md section 7) for
// the tests and the demo lab: POST /v1/audio/speech answers with a real WAV (24 kHz,
// mono, 16-bit) whose length follows the text, streamed in chunks as a local TTS
// server renders it; GET /v1/models, GET /health, and GET /v1/audio/voices as
// Kokoro-FastAPI answers it ({"voices": [...]}). Errors use the OpenAI envelope.
class FakeTts : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSampleRate = 24000;

    explicit FakeTts(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() { return m_http; }

    void setModel(QString model) { m_model = std::move(model); }
    void setVoices(QStringList voices) { m_voices = std::move(voices); }
    const QStringList &voices() const { return m_voices; }
    // Wall time = render time * scale (rendering runs at 5x real time): 0 is instant.
    void setTimeScale(double scale) { m_timeScale = scale; }
    // Whether GET /v1/audio/voices lists the voices (default) or answers 404, as
    // OpenAI and most OpenAI-style servers do.
    void setListsVoices(bool lists) { m_listsVoices = lists; }
    // An API key (bearer or X-Api-Key) that every route but /health then needs (401 without).
    void setApiKey(QString key) { m_apiKey = std::move(key); }

    // The audio for a text: a sine "voice" that follows the words, about 70 ms per
    // character at speed 1. Raw 16-bit little-endian PCM, or the same as a WAV file.
    static QByteArray pcm(const QString &text, double speed = 1.0);
    static QByteArray wav(const QByteArray &pcm);

private:
    FakeResponse speech(const FakeRequest &request) const;
    static FakeResponse error(int status, const QString &message, const char *param);
    bool authorized(const FakeRequest &request) const;
    // The route's answer, behind the API key.
    FakeResponse guarded(const FakeRequest &request, const FakeHandler &handler) const;

    FakeHttpServer *m_http = nullptr;
    QString m_model = QStringLiteral("kokoro");
    QStringList m_voices{QStringLiteral("alloy"), QStringLiteral("af_heart"),
                         QStringLiteral("am_michael"), QStringLiteral("bf_emma")};
    double m_timeScale = 1.0;
    bool m_listsVoices = true;
    QString m_apiKey;
};

} // namespace c41::fakes
