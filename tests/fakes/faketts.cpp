// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketts.h"

#include <QDateTime>
#include <QtEndian>

#include <nlohmann/json.hpp>

#include <cmath>
#include <numbers>

namespace c41::fakes {

namespace {
using Json = nlohmann::ordered_json;
constexpr double kSecondsPerChar = 0.07;
constexpr double kRenderSpeed = 5.0;       // seconds of audio per second of rendering
constexpr int kChunkSamples = 4800;        // 200 ms per HTTP chunk
constexpr double kFirstChunkSeconds = 0.3; // model warm-up before the first audio

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

void putLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
} // namespace

FakeTts::FakeTts(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
{
    m_http->route("POST", QStringLiteral("/v1/audio/speech"), [this](const FakeRequest &r) {
        return guarded(r, [this](const FakeRequest &request) {
            try {
                return speech(request);
            } catch (const nlohmann::json::exception &e) { // a field of the wrong type
                return error(400, QString::fromUtf8(e.what()), nullptr);
            }
        });
    });
    m_http->route("GET", QStringLiteral("/health"), [](const FakeRequest &) {
        return FakeResponse::json(QByteArrayLiteral("{\"status\":\"ok\"}"));
    });
    m_http->route("GET", QStringLiteral("/v1/models"), [this](const FakeRequest &r) {
        return guarded(r, [this](const FakeRequest &) {
            const Json model{{"id", m_model.toStdString()},
                             {"object", "model"},
                             {"created", QDateTime::currentSecsSinceEpoch() - 86400},
                             {"owned_by", "c41"}};
            return FakeResponse::json(
                dump(Json{{"object", "list"}, {"data", Json::array({model})}}));
        });
    });
    m_http->route("GET", QStringLiteral("/v1/audio/voices"), [this](const FakeRequest &r) {
        if (!m_listsVoices)
            return FakeResponse::json(QByteArrayLiteral("{\"detail\":\"Not Found\"}"), 404);
        return guarded(r, [this](const FakeRequest &) {
            Json voices = Json::array();
            for (const QString &v : m_voices)
                voices.push_back(v.toStdString());
            return FakeResponse::json(dump(Json{{"voices", std::move(voices)}}));
        });
    });
}

bool FakeTts::authorized(const FakeRequest &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    const QByteArray key = m_apiKey.toUtf8();
    return request.header("Authorization") == "Bearer " + key || request.header("X-Api-Key") == key;
}

FakeResponse FakeTts::guarded(const FakeRequest &request, const FakeHandler &handler) const
{
    if (!authorized(request)) {
        Json e{{"message", "Invalid API key"},
               {"type", "invalid_request_error"},
               {"param", nullptr},
               {"code", "invalid_api_key"}};
        return FakeResponse::json(dump(Json{{"error", std::move(e)}}), 401);
    }
    return handler(request);
}

bool FakeTts::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeTts::url() const
{
    return m_http->url();
}

QByteArray FakeTts::pcm(const QString &text, double speed)
{
    const double perChar = kSecondsPerChar / std::clamp(speed, 0.25, 4.0);
    const int charSamples = std::max(1, int(perChar * kSampleRate));
    const QString spoken = text.simplified();
    QByteArray out;
    out.reserve(qsizetype(spoken.size() + 4) * charSamples * 2);
    double phase = 0;
    const auto tone = [&](int samples, double amplitude, double pitch) {
        for (int i = 0; i < samples; ++i) {
            // A soft attack and release per character so the waveform breathes like speech.
            const double t = double(i) / samples;
            const double envelope = amplitude * std::sin(std::numbers::pi * t);
            phase += 2 * std::numbers::pi * pitch / kSampleRate;
            putLe16(out, quint16(qint16(std::lround(envelope * 12000 * std::sin(phase)))));
        }
    };
    tone(charSamples * 2, 0, 0); // lead-in silence
    for (qsizetype i = 0; i < spoken.size(); ++i) {
        const QChar c = spoken.at(i);
        const bool pause = c.isSpace() || c.isPunct();
        tone(charSamples, pause ? 0.0 : 0.6 + 0.4 * ((c.unicode() * 37) % 10) / 10.0,
             180 + (c.unicode() * 13) % 60);
    }
    tone(charSamples * 2, 0, 0); // tail
    return out;
}

QByteArray FakeTts::wav(const QByteArray &pcm)
{
    QByteArray out;
    out.reserve(44 + pcm.size());
    out.append("RIFF", 4);
    putLe32(out, quint32(36 + pcm.size()));
    out.append("WAVEfmt ", 8);
    putLe32(out, 16); // PCM format chunk
    putLe16(out, 1);  // PCM
    putLe16(out, 1);  // mono
    putLe32(out, kSampleRate);
    putLe32(out, kSampleRate * 2); // byte rate
    putLe16(out, 2);               // block align
    putLe16(out, 16);              // bits per sample
    out.append("data", 4);
    putLe32(out, quint32(pcm.size()));
    return out + pcm;
}

FakeResponse FakeTts::error(int status, const QString &message, const char *param)
{
    Json e{{"message", message.toStdString()},
           {"type", status >= 500 ? "server_error" : "invalid_request_error"},
           {"param", param ? Json(param) : Json(nullptr)},
           {"code", nullptr}};
    return FakeResponse::json(dump(Json{{"error", std::move(e)}}), status);
}

FakeResponse FakeTts::speech(const FakeRequest &request) const
{
    nlohmann::json body;
    try {
        body = nlohmann::json::parse(request.body.constData(),
                                     request.body.constData() + request.body.size());
    } catch (const nlohmann::json::exception &) {
        return error(400, QStringLiteral("We could not parse the JSON body of your request."),
                     nullptr);
    }
    if (!body.is_object())
        return error(400, QStringLiteral("The request body must be a JSON object."), nullptr);
    const auto text = [&](const char *key) {
        const auto it = body.find(key);
        return it != body.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
    };
    const QString input = text("input");
    if (input.trimmed().isEmpty())
        return error(400, QStringLiteral("Missing required parameter: 'input'."), "input");
    if (input.size() > 4096)
        return error(
            400,
            QStringLiteral("'input' is too long: %1 characters, at most 4096.").arg(input.size()),
            "input");
    const QString voice = text("voice").isEmpty() ? m_voices.value(0) : text("voice");
    if (!m_voices.contains(voice))
        return error(400,
                     QStringLiteral("Voice '%1' not found. Available: %2")
                         .arg(voice, m_voices.join(QStringLiteral(", "))),
                     "voice");
    const double speed = body.value("speed", 1.0);
    if (speed < 0.25 || speed > 4.0)
        return error(400, QStringLiteral("'speed' must be between 0.25 and 4.0."), "speed");
    const QString format =
        text("response_format").isEmpty() ? QStringLiteral("wav") : text("response_format");
    if (format != u"wav" && format != u"pcm")
        return error(400,
                     QStringLiteral("Unsupported response_format '%1'; this server renders wav "
                                    "and pcm.")
                         .arg(format),
                     "response_format");

    const QByteArray audio = pcm(input, speed);
    const QByteArray payload = format == u"wav" ? wav(audio) : audio;
    // Render at kRenderSpeed x real time and send each 200 ms of audio when it is ready.
    const double scale = std::max(0.0, m_timeScale) * 1000.0;
    const qsizetype chunkBytes = kChunkSamples * 2;
    QList<FakeResponse::Chunk> chunks;
    for (qsizetype at = 0; at < payload.size(); at += chunkBytes) {
        const double seconds = at == 0 ? kFirstChunkSeconds : kChunkSamples / double(kSampleRate);
        chunks.append(
            {int(std::lround(seconds / kRenderSpeed * scale * (at == 0 ? kRenderSpeed : 1))),
             payload.mid(at, chunkBytes)});
    }
    return FakeResponse::stream(format == u"wav" ? QByteArrayLiteral("audio/wav")
                                                 : QByteArrayLiteral("audio/pcm"),
                                std::move(chunks));
}

} // namespace c41::fakes
