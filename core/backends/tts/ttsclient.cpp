// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttsclient.h"

#include "net/httpclient.h"
#include "net/jsonbody.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace c41::backends {

using namespace std::chrono_literals;
using net::ApiError;
using nlohmann::json;

namespace {

ApiError configError(const QString &server, const QString &message)
{
    return ApiError::make(ApiError::Kind::Config, server, message);
}

} // namespace

TtsClient::TtsClient(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

TtsClient::TtsClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_http(new net::HttpClient(nam, std::move(serverName), std::move(baseUrl), this))
{
}

TtsClient::~TtsClient() = default;

QString TtsClient::serverName() const
{
    return m_http ? m_http->serverName() : QString();
}

QStringList TtsClient::formats()
{
    return {QStringLiteral("wav"),  QStringLiteral("mp3"), QStringLiteral("flac"),
            QStringLiteral("opus"), QStringLiteral("aac"), QStringLiteral("pcm")};
}

QString TtsClient::formatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"ogg")
        return QStringLiteral("opus");
    if (suffix == u"raw")
        return QStringLiteral("pcm");
    return formats().contains(suffix) ? suffix : QStringLiteral("wav");
}

net::Result<QByteArray> TtsClient::requestBody(const TtsRequest &request, const QString &server)
{
    if (request.input.trimmed().isEmpty())
        return configError(server, tr("there is no text to speak"));
    if (request.voice.trimmed().isEmpty())
        return configError(server, tr("no voice given"));
    if (request.model.trimmed().isEmpty())
        return configError(server, tr("no model given"));
    const QString format =
        request.responseFormat.isEmpty() ? QStringLiteral("wav") : request.responseFormat;
    if (!formats().contains(format))
        return configError(server, tr("unknown audio format \"%1\" (use one of: %2)")
                                       .arg(format, formats().join(QStringLiteral(", "))));
    if (request.speed && (!(*request.speed >= 0.25) || !(*request.speed <= 4.0)))
        return configError(server, tr("speed %1 is out of range: 0.25 to 4.0").arg(*request.speed));
    json body{{"model", request.model.toStdString()},
              {"input", request.input.toStdString()},
              {"voice", request.voice.toStdString()},
              {"response_format", format.toStdString()}};
    if (request.speed)
        body["speed"] = *request.speed;
    if (!request.instructions.isEmpty())
        body["instructions"] = request.instructions.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QCoro::Task<net::Result<QStringList>> TtsClient::models(net::CancelToken cancel)
{
    if (!m_http)
        co_return ApiError::make(ApiError::Kind::Cancelled, QString(), tr("the client is gone"));
    const QString server = m_http->serverName();
    auto response = co_await m_http->get(QStringLiteral("/v1/models"), std::move(cancel));
    if (!response)
        co_return response.error();
    auto parsed = net::parseJson(response->body, server, tr("its model list"));
    if (!parsed)
        co_return parsed.error();
    QStringList ids;
    const json &j = *parsed;
    if (j.is_object() && j.contains("data") && j.at("data").is_array()) {
        for (const json &model : j.at("data")) {
            if (model.is_object() && model.contains("id") && model.at("id").is_string())
                ids << QString::fromStdString(model.at("id").get<std::string>());
        }
    }
    co_return ids;
}

QCoro::Task<net::Result<TtsResult>> TtsClient::synthesize(TtsRequest request, QString outPath,
                                                          net::CancelToken cancel)
{
    QPointer<TtsClient> self(this);
    if (!m_http)
        co_return ApiError::make(ApiError::Kind::Cancelled, QString(), tr("the client is gone"));
    const QString server = m_http->serverName();
    if (request.responseFormat.isEmpty())
        request.responseFormat = QStringLiteral("wav");
    if (request.model.trimmed().isEmpty()) {
        auto ids = co_await models(cancel);
        if (!self || !self->m_http)
            co_return ApiError::make(ApiError::Kind::Cancelled, server, tr("the client is gone"));
        if (!ids)
            co_return ids.error();
        if (ids->isEmpty())
            co_return configError(server, tr("the server lists no model; name one"));
        request.model = ids->first();
    }
    auto body = requestBody(request, server);
    if (!body)
        co_return body.error();
    if (outPath.isEmpty())
        co_return configError(server, tr("no output file given"));

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        co_return configError(server, tr("cannot write %1: %2").arg(outPath, out.errorString()));
    net::HttpRequest http = net::HttpRequest::postJson(QStringLiteral("/v1/audio/speech"), *body);
    http.options = m_http->defaultOptions();
    http.options.totalTimeout = 0ms; // long texts take long
    http.options.inactivityTimeout = std::max(http.options.inactivityTimeout, 120000ms); // warm-up
    http.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("audio/*")});
    qint64 written = 0;
    bool writeFailed = false;
    auto status = co_await m_http->stream(
        std::move(http),
        [&out, &written, &writeFailed](const QByteArray &chunk) {
            if (out.write(chunk) != chunk.size()) {
                writeFailed = true;
                return false;
            }
            written += chunk.size();
            return true;
        },
        std::move(cancel));
    if (writeFailed) {
        out.cancelWriting();
        co_return configError(server, tr("cannot write %1: %2").arg(outPath, out.errorString()));
    }
    if (!status) {
        out.cancelWriting();
        co_return status.error();
    }
    if (written == 0) {
        out.cancelWriting();
        co_return ApiError::make(ApiError::Kind::Malformed, server,
                                 tr("the server answered without any audio"));
    }
    if (!out.commit())
        co_return configError(server, tr("cannot write %1: %2").arg(outPath, out.errorString()));
    TtsResult result;
    result.path = outPath;
    result.bytes = written;
    result.model = request.model;
    result.format = request.responseFormat;
    co_return result;
}

} // namespace c41::backends
