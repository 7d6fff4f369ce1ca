// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprobe.h"

#include "net/jsonbody.h"

#include <QCoreApplication>

namespace c41::studio {

using net::ApiError;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context ServerProbe (a free Text::tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
};

QString jstr(const json &j, const char *key)
{
    if (j.is_object() && j.contains(key) && j.at(key).is_string())
        return QString::fromStdString(j.at(key).get<std::string>());
    return {};
}

ApiError notOurKind(const QString &server, ServerKind kind, const QString &why)
{
    return ApiError::make(
        ApiError::Kind::Malformed, server,
        Text::tr("does not answer like a server of kind %1 (%2)").arg(serverKindName(kind), why),
        Text::tr("Check the kind and the port in the server's address."));
}

net::Result<QString> describeOllama(const json &j, const QString &server)
{
    const QString v = jstr(j, "version");
    if (v.isEmpty())
        return notOurKind(server, ServerKind::Ollama, Text::tr("no \"version\""));
    return QString(QStringLiteral("Ollama ") + v);
}

net::Result<QString> describeOpenAi(const json &j, const QString &server)
{
    if (!j.is_object() || !j.contains("data") || !j.at("data").is_array())
        return notOurKind(server, ServerKind::OpenAi, Text::tr("no model list"));
    const json &data = j.at("data");
    QString first;
    if (!data.empty())
        first = jstr(data.front(), "id");
    const QString owner = data.empty() ? QString() : jstr(data.front(), "owned_by");
    // One model: name it. Several: count them and name the first.
    QString out = data.size() == 1 ? first
                  : data.empty()   ? Text::tr("no models")
                                   : Text::tr("%1 models").arg(data.size());
    if (data.size() > 1 && !first.isEmpty())
        out += QStringLiteral(" · ") + first;
    if (owner == u"llamacpp")
        out.prepend(QStringLiteral("llama.cpp · "));
    return out;
}

net::Result<QString> describeComfy(const json &j, const QString &server)
{
    if (!j.is_object() || !j.contains("system") || !j.contains("devices"))
        return notOurKind(server, ServerKind::ComfyUi, Text::tr("no \"system\" and \"devices\""));
    QString out = QStringLiteral("ComfyUI");
    const QString v = jstr(j.at("system"), "comfyui_version");
    if (!v.isEmpty())
        out += u' ' + v;
    const json &devices = j.at("devices");
    if (devices.is_array() && !devices.empty()) {
        QString name = jstr(devices.front(), "name");
        // ComfyUI names devices like "cuda:0 NVIDIA RTX PRO 6000 … : cudaMallocAsync".
        name = name.section(QStringLiteral(" : "), 0, 0);
        if (name.startsWith(QStringLiteral("cuda:")))
            name = name.section(u' ', 1);
        if (!name.isEmpty())
            out += QStringLiteral(" · ") + name;
    }
    return out;
}

net::Result<QString> describeMetrics(const QByteArray &body, const QString &server)
{
    // Enough to tell Prometheus text from an HTML page; the real parser is elsewhere.
    int families = 0;
    int samples = 0;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("# TYPE "))
            ++families;
        else if (!line.isEmpty() && !line.startsWith('#'))
            ++samples;
    }
    if (samples == 0 || body.trimmed().startsWith('<') || body.trimmed().startsWith('{'))
        return notOurKind(server, ServerKind::Exporter, Text::tr("no Prometheus metrics"));
    return QString(Text::tr("%n metric families", nullptr, families) + QStringLiteral(" · ") +
                   Text::tr("%n samples", nullptr, samples));
}
} // namespace

QString ServerProbe::probePath(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Ollama:
        return QStringLiteral("/api/version");
    case ServerKind::OpenAi:
        return QStringLiteral("/v1/models");
    case ServerKind::ComfyUi:
        return QStringLiteral("/system_stats");
    case ServerKind::Tts:
        return QStringLiteral("/v1/models");
    case ServerKind::Prometheus:
        return QStringLiteral("/api/v1/status/buildinfo");
    case ServerKind::Exporter:
        return QString(); // the URL is the metrics endpoint itself
    case ServerKind::Macmon:
        return QStringLiteral("/json");
    case ServerKind::Unknown:
        break;
    }
    return QString();
}

net::Result<QString> ServerProbe::describe(ServerKind kind, const net::HttpResponse &response,
                                           const QString &server)
{
    if (kind == ServerKind::Exporter)
        return describeMetrics(response.body, server);
    auto parsed = net::parseJson(response.body, server, Text::tr("its status"));
    if (!parsed.ok())
        return parsed.error();
    const json &j = *parsed;
    switch (kind) {
    case ServerKind::Ollama:
        return describeOllama(j, server);
    case ServerKind::OpenAi:
        return describeOpenAi(j, server);
    case ServerKind::ComfyUi:
        return describeComfy(j, server);
    case ServerKind::Tts: {
        const auto models = describeOpenAi(j, server);
        return models.ok() ? net::Result<QString>(QString(Text::tr("speech · ") + *models))
                           : models;
    }
    case ServerKind::Prometheus: {
        const QString v =
            j.is_object() && j.contains("data") ? jstr(j.at("data"), "version") : QString();
        if (jstr(j, "status") != u"success")
            return notOurKind(server, kind, Text::tr("no \"status\": \"success\""));
        return QString(QStringLiteral("Prometheus ") + v);
    }
    case ServerKind::Macmon: {
        if (!j.is_object() || !j.contains("memory"))
            return notOurKind(server, kind, Text::tr("no \"memory\" section"));
        return QStringLiteral("macmon");
    }
    case ServerKind::Exporter:
    case ServerKind::Unknown:
        break;
    }
    return QString();
}

QCoro::Task<ProbeResult> ServerProbe::probe(net::HttpClient &client, ServerKind kind,
                                            std::chrono::milliseconds timeout)
{
    net::HttpRequest req = net::HttpRequest::get(probePath(kind));
    req.options = client.defaultOptions();
    req.options.totalTimeout = timeout;
    req.options.inactivityTimeout = timeout;
    req.options.maxRetries = 0;
    req.options.maxResponseBytes = 8 * 1024 * 1024;
    const QString server = client.serverName();
    const auto response = co_await client.send(req);
    ProbeResult out;
    out.checkedAt = QDateTime::currentDateTimeUtc();
    if (!response.ok()) {
        out.error = response.error();
        // An HTTP error still proves something listens there.
        out.reachable = response.error().kind == ApiError::Kind::Http;
        co_return out;
    }
    out.reachable = true;
    out.latency = response->elapsed;
    const auto detail = describe(kind, *response, server);
    if (!detail.ok()) {
        out.error = detail.error();
        co_return out;
    }
    out.healthy = true;
    out.detail = *detail;
    co_return out;
}

} // namespace c41::studio
