// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/canceltoken.h"
#include "net/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include <qcorotask.h>

class QNetworkAccessManager;

namespace c41::net {
class HttpClient;
}

namespace c41::backends {

// What to say and how (openai-compat.md §7, OpenAI `createSpeech`).
struct TtsRequest
{
    QString model; // empty: the first model the server lists at /v1/models
    QString input;
    QString voice;
    QString responseFormat = QStringLiteral("wav"); // wav, mp3, flac, opus, aac, pcm
    std::optional<double> speed;                    // 0.25–4.0; absent: the server's 1.0
    QString instructions;                           // style prompt; omitted when empty
};

struct TtsResult
{
    QString path; // the file written
    qint64 bytes = 0;
    QString model;  // the model asked for
    QString format; // the response_format asked for
};

// An OpenAI-style text-to-speech server (OpenAI, vLLM-Omni serving Qwen3-TTS,
// Kokoro-FastAPI, openedai-speech…): POST /v1/audio/speech with model, input, voice,
// response_format, speed and instructions; the answer is the audio bytes (no JSON),
// possibly chunked, written to the output file as they arrive (QSaveFile: the file
// appears whole or not at all, an existing file is replaced only on success).
// Errors use the OpenAI JSON envelope and come back as ApiErrors naming the server.
//
// Not implemented because the protocol notes document no wire format for them: reference
// audio for voice cloning (servers that clone take it through their own, undocumented
// fields) and listing voices (OpenAI has no voices endpoint).
class TtsClient : public QObject
{
    Q_OBJECT
public:
    // Uses `http` (not owned), e.g. the studio monitor's client for the server.
    explicit TtsClient(net::HttpClient *http, QObject *parent = nullptr);
    TtsClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl,
              QObject *parent = nullptr);
    ~TtsClient() override;

    QString serverName() const;

    static QStringList formats(); // the response_format values OpenAI defines
    // The format a file name asks for (".mp3" → "mp3", ".wav"/unknown → "wav").
    static QString formatForFile(const QString &path);
    // The JSON body for a request, or a Config error saying what is wrong with it.
    static net::Result<QByteArray> requestBody(const TtsRequest &request, const QString &server);

    // GET /v1/models: the model ids the server serves.
    QCoro::Task<net::Result<QStringList>> models(net::CancelToken cancel = {});
    // Renders `request` into `outPath`.
    QCoro::Task<net::Result<TtsResult>> synthesize(TtsRequest request, QString outPath,
                                                   net::CancelToken cancel = {});

private:
    QPointer<net::HttpClient> m_http;
};

} // namespace c41::backends
