// SPDX-License-Identifier: GPL-3.0-or-later
#include "createcatalog.h"

#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/objectinfo.h"
#include "backends/tts/ttsclient.h"
#include "net/jsonbody.h"

#include <QPointer>

#include <vector>

#include <nlohmann/json.hpp>

namespace c41::studio {

using nlohmann::json;

CreateCatalog::CreateCatalog(const StudioConfig &config, QNetworkAccessManager *nam,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    for (const ServerConfig &s : config.servers) {
        if (s.address.kind == ServerKind::ComfyUi) {
            m_comfyOrder << s.name;
            CreateComfyServer state;
            state.name = s.name;
            state.box = s.box;
            m_comfy.insert(s.name, state);
            m_comfyClients.insert(s.name,
                                  new backends::ComfyUiClient(nam, s.name, s.address.url, this));
        } else if (s.address.kind == ServerKind::Tts) {
            m_ttsOrder << s.name;
            CreateTtsServer state;
            state.name = s.name;
            state.box = s.box;
            m_tts.insert(s.name, state);
            m_ttsHttp.insert(s.name, new net::HttpClient(nam, s.name, s.address.url, this));
        }
    }
}

CreateCatalog::~CreateCatalog() = default;

void CreateCatalog::setAuth(const QString &server, net::Auth auth)
{
    if (backends::ComfyUiClient *client = m_comfyClients.value(server))
        client->setAuth(auth);
    if (net::HttpClient *http = m_ttsHttp.value(server))
        http->setAuth(auth);
}

const CreateComfyServer *CreateCatalog::comfy(const QString &name) const
{
    const auto it = m_comfy.constFind(name);
    return it == m_comfy.constEnd() ? nullptr : &*it;
}

const CreateTtsServer *CreateCatalog::tts(const QString &name) const
{
    const auto it = m_tts.constFind(name);
    return it == m_tts.constEnd() ? nullptr : &*it;
}

QStringList CreateCatalog::serversFor(const QStringList &order, const QString &target) const
{
    if (target.isEmpty() || target == u"any")
        return order;
    if (order.contains(target))
        return {target};
    QStringList out;
    if (const BoxConfig *box = m_config.box(target)) {
        for (const QString &name : order)
            if (box->servers.contains(name))
                out << name;
    }
    return out;
}

QStringList CreateCatalog::comfyServersFor(const QString &target) const
{
    return serversFor(m_comfyOrder, target);
}

QStringList CreateCatalog::ttsServersFor(const QString &target) const
{
    return serversFor(m_ttsOrder, target);
}

void CreateCatalog::ensureLoaded()
{
    for (const QString &name : std::as_const(m_comfyOrder)) {
        const CreateComfyServer &s = m_comfy[name];
        if (!s.info && !s.loading)
            fetchComfy(name);
    }
    for (const QString &name : std::as_const(m_ttsOrder)) {
        const CreateTtsServer &s = m_tts[name];
        if (!s.fetchedAt.isValid() && !s.loading)
            fetchTts(name);
    }
}

QCoro::Task<> CreateCatalog::refresh()
{
    std::vector<QCoro::Task<>> tasks;
    for (const QString &name : std::as_const(m_comfyOrder))
        tasks.push_back(fetchComfy(name));
    for (const QString &name : std::as_const(m_ttsOrder))
        tasks.push_back(fetchTts(name));
    for (QCoro::Task<> &task : tasks)
        co_await task;
}

QCoro::Task<> CreateCatalog::refreshServer(QString server)
{
    if (m_comfy.contains(server))
        co_await fetchComfy(server);
    else if (m_tts.contains(server))
        co_await fetchTts(server);
}

QCoro::Task<> CreateCatalog::fetchComfy(QString server)
{
    QPointer<CreateCatalog> self(this);
    QPointer<backends::ComfyUiClient> client = m_comfyClients.value(server);
    if (!client || m_comfy[server].loading)
        co_return;
    m_comfy[server].loading = true;
    Q_EMIT serverChanged(server);
    auto reply = co_await client->objectInfo();
    if (!self)
        co_return;
    CreateComfyServer &state = m_comfy[server];
    state.loading = false;
    if (reply) {
        // Re-read as ordered JSON, the form ObjectInfo parses (as c41ctl does).
        state.info = std::make_shared<const backends::ObjectInfo>(
            backends::ObjectInfo::fromJson(nlohmann::ordered_json::parse(reply->dump()), server));
        state.error.clear();
        state.fetchedAt = QDateTime::currentDateTimeUtc();
    } else {
        state.error = reply.error().toString();
    }
    Q_EMIT serverChanged(server);
}

QCoro::Task<> CreateCatalog::fetchTts(QString server)
{
    QPointer<CreateCatalog> self(this);
    QPointer<net::HttpClient> http = m_ttsHttp.value(server);
    if (!http || m_tts[server].loading)
        co_return;
    m_tts[server].loading = true;
    Q_EMIT serverChanged(server);
    backends::TtsClient client(http);
    auto models = co_await client.models();
    if (!self || !http)
        co_return;
    // Kokoro-FastAPI and others list their voices here; OpenAI and most others have no list.
    auto voices = co_await http->get(QStringLiteral("/v1/audio/voices"));
    if (!self)
        co_return;
    CreateTtsServer &state = m_tts[server];
    state.loading = false;
    state.fetchedAt = QDateTime::currentDateTimeUtc();
    if (!models) {
        state.error = models.error().toString();
        state.models.clear();
    } else {
        state.error.clear();
        state.models = *models;
    }
    std::optional<QStringList> listed;
    if (voices) {
        if (auto parsed = parseVoices(voices->body, server); parsed && !parsed->isEmpty())
            listed = *parsed;
    }
    state.voicesListed = listed.has_value();
    state.voices = listed ? *listed : standardVoices();
    Q_EMIT serverChanged(server);
}

QCoro::Task<net::Result<QString>> CreateCatalog::upload(QString server, QString path)
{
    QPointer<backends::ComfyUiClient> client = m_comfyClients.value(server);
    if (!client)
        co_return net::ApiError::make(net::ApiError::Kind::Config, server,
                                      tr("not a ComfyUI server of this studio"));
    auto stored = co_await client->uploadFile(path);
    if (!stored)
        co_return stored.error();
    co_return stored->subfolder.isEmpty() ? stored->filename
                                          : QString(stored->subfolder + u'/' + stored->filename);
}

QStringList CreateCatalog::standardVoices()
{
    return {QStringLiteral("alloy"),   QStringLiteral("ash"),  QStringLiteral("ballad"),
            QStringLiteral("coral"),   QStringLiteral("echo"), QStringLiteral("fable"),
            QStringLiteral("nova"),    QStringLiteral("onyx"), QStringLiteral("sage"),
            QStringLiteral("shimmer"), QStringLiteral("verse")};
}

net::Result<QStringList> CreateCatalog::parseVoices(const QByteArray &body, const QString &server)
{
    auto parsed = net::parseJson(body, server, tr("its voice list"));
    if (!parsed)
        return parsed.error();
    const json *list = &*parsed;
    if (parsed->is_object()) {
        const auto it = parsed->find("voices");
        if (it == parsed->end())
            return net::ApiError::make(net::ApiError::Kind::Malformed, server,
                                       tr("its voice list has no \"voices\""));
        list = &*it;
    }
    if (!list->is_array())
        return net::ApiError::make(net::ApiError::Kind::Malformed, server,
                                   tr("its voice list is not a list"));
    QStringList voices;
    for (const json &v : *list) {
        if (v.is_string()) {
            voices << QString::fromStdString(v.get<std::string>());
            continue;
        }
        if (!v.is_object())
            continue;
        for (const char *key : {"id", "voice_id", "name"}) {
            const auto it = v.find(key);
            if (it != v.end() && it->is_string()) {
                voices << QString::fromStdString(it->get<std::string>());
                break;
            }
        }
    }
    voices.removeDuplicates();
    return voices;
}

} // namespace c41::studio
