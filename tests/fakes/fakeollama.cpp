// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeollama.h"

#include "fakeollamacatalog.h"
#include "fakeollamawire.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace c41::fakes {

namespace {
using Json = nlohmann::ordered_json;
constexpr qint64 kNsPerSec = 1'000'000'000;
constexpr qint64 kDefaultKeepAliveNs = 300 * kNsPerSec; // OLLAMA_KEEP_ALIVE=5m
constexpr int kDefaultContext = 4096;                   // OLLAMA_CONTEXT_LENGTH

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}
std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

qint64 FakeOllama::Loaded::expiresNs() const
{
    return keepAliveNs < 0 ? std::numeric_limits<qint64>::max() : sinceNs + keepAliveNs;
}

FakeOllama::FakeOllama(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
{
    m_http->setCloseOnError(false); // Go's server keeps the connection after a 4xx
    setModels(defaultModels());
    const auto on = [this](QByteArray method, QString path, FakeHandler handler) {
        m_http->route(
            std::move(method), std::move(path),
            [handler = std::move(handler)](const FakeRequest &request) {
                FakeResponse r;
                try {
                    r = handler(request);
                } catch (const nlohmann::json::exception &e) { // a field of the wrong type
                    const QString message = QStringLiteral("json: cannot unmarshal: %1")
                                                .arg(QString::fromUtf8(e.what()));
                    r = request.path.startsWith(u"/v1/") ? FakeOllamaWire::openAiError(400, message)
                                                         : FakeOllamaWire::error(400, message);
                }
                r.headers.append({QByteArrayLiteral("Date"), FakeOllamaWire::httpDate()});
                return r;
            });
    };
    on("GET", QStringLiteral("/"), [](const FakeRequest &) {
        return FakeResponse::text(QByteArrayLiteral("Ollama is running"));
    });
    on("GET", QStringLiteral("/api/version"), [this](const FakeRequest &) {
        return FakeResponse::json(dump(Json{{"version", utf8(m_version)}}));
    });
    on("GET", QStringLiteral("/api/tags"), [this](const FakeRequest &) { return tags(); });
    on("GET", QStringLiteral("/api/ps"), [this](const FakeRequest &) { return ps(); });
    on("POST", QStringLiteral("/api/show"), [this](const FakeRequest &r) { return handleShow(r); });
    on("POST", QStringLiteral("/api/chat"),
       [this](const FakeRequest &r) { return handleChat(r, true); });
    on("POST", QStringLiteral("/api/generate"),
       [this](const FakeRequest &r) { return handleChat(r, false); });
    on("GET", QStringLiteral("/v1/models"), [this](const FakeRequest &) { return openAiModels(); });
    on("POST", QStringLiteral("/v1/chat/completions"),
       [this](const FakeRequest &r) { return handleOpenAiChat(r); });
    m_http->routePrefix("*", QStringLiteral("/"), [](const FakeRequest &r) {
        FakeResponse response = fallback(r);
        response.headers.append({QByteArrayLiteral("Date"), FakeOllamaWire::httpDate()});
        return response;
    });
}

bool FakeOllama::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeOllama::url() const
{
    return m_http->url();
}

QList<FakeModel> FakeOllama::defaultModels()
{
    return {
        {QStringLiteral("llama3.2:3b"), 2019393189, QStringLiteral("llama"), QStringLiteral("3.2B"),
         QStringLiteral("Q4_K_M"), 131072, 92, 1800},
        {QStringLiteral("qwen3:14b"), 9276198565, QStringLiteral("qwen3"), QStringLiteral("14.8B"),
         QStringLiteral("Q4_K_M"), 40960, 38, 520},
        {QStringLiteral("gpt-oss:20b"), 13780173839, QStringLiteral("gptoss"),
         QStringLiteral("20.9B"), QStringLiteral("MXFP4"), 131072, 58, 950},
        {QStringLiteral("gemma3:12b"), 8149190253, QStringLiteral("gemma3"),
         QStringLiteral("12.2B"), QStringLiteral("Q4_K_M"), 131072, 41, 610},
    };
}

void FakeOllama::setModels(QList<FakeModel> models)
{
    m_models = std::move(models);
    m_loaded.clear();
    m_modifiedNs.clear();
    const qint64 now = FakeOllamaWire::nowNs();
    for (qsizetype i = 0; i < m_models.size(); ++i) // pulled over the last weeks
        m_modifiedNs.insert(m_models.at(i).name, now - (i + 1) * 3 * 86400 * kNsPerSec -
                                                     (i * 7'654'321'987 % kNsPerSec));
}

const FakeModel *FakeOllama::findModel(const QString &name) const
{
    const QString full = FakeOllamaCatalog::fullName(name);
    for (const FakeModel &m : m_models) {
        if (FakeOllamaCatalog::fullName(m.name) == full)
            return &m;
    }
    return nullptr;
}

double FakeOllama::loadSeconds(const FakeModel &model, int contextLength) const
{
    const QString full = FakeOllamaCatalog::fullName(model.name);
    for (const Loaded &l : m_loaded) {
        if (l.name == full && l.contextLength == contextLength)
            return 0.02 + (FakeOllamaWire::nowNs() % 10'000'000) / 1e9; // resident: ~20-30 ms
    }
    return 0.35 + double(model.sizeBytes) / 3e9; // read the weights at ~3 GB/s
}

void FakeOllama::touch(const FakeModel &model, int contextLength, std::optional<qint64> keepAliveNs,
                       qint64 busyNs)
{
    expire();
    const QString full = FakeOllamaCatalog::fullName(model.name);
    const qint64 now = FakeOllamaWire::nowNs();
    auto it = std::find_if(m_loaded.begin(), m_loaded.end(),
                           [&](const Loaded &l) { return l.name == full; });
    if (it != m_loaded.end() && it->contextLength != contextLength) { // reload for the new size
        keepAliveNs = keepAliveNs.value_or(it->keepAliveNs);
        m_loaded.erase(it);
        it = m_loaded.end();
    }
    if (it == m_loaded.end()) {
        while (!m_loaded.isEmpty() && m_loaded.size() >= m_maxLoaded) { // evict the stalest
            const auto victim = std::min_element(
                m_loaded.begin(), m_loaded.end(),
                [](const Loaded &a, const Loaded &b) { return a.expiresNs() < b.expiresNs(); });
            m_loaded.erase(victim);
        }
        Loaded l;
        l.name = full;
        l.contextLength = contextLength;
        // Weights plus KV cache and compute graph.
        const qint64 kvPerToken = std::max<qint64>(8 * 1024, model.sizeBytes / 50000);
        l.size = model.sizeBytes + kvPerToken * contextLength + model.sizeBytes / 20;
        qint64 vramUsed = 0;
        for (const Loaded &other : std::as_const(m_loaded))
            vramUsed += other.sizeVram;
        l.sizeVram =
            m_gpuMemory < 0 ? l.size : std::clamp<qint64>(m_gpuMemory - vramUsed, 0, l.size);
        l.keepAliveNs = kDefaultKeepAliveNs;
        m_loaded.append(l);
        it = m_loaded.end() - 1;
    }
    if (keepAliveNs)
        it->keepAliveNs = *keepAliveNs;
    it->sinceNs = now + busyNs;
    it->busyUntilNs = now + busyNs;
}

void FakeOllama::unload(const QString &name)
{
    const QString full = FakeOllamaCatalog::fullName(name);
    m_loaded.removeIf([&](const Loaded &l) { return l.name == full; });
}

void FakeOllama::expire()
{
    const qint64 now = FakeOllamaWire::nowNs();
    m_loaded.removeIf(
        [now](const Loaded &l) { return l.expiresNs() < now && l.busyUntilNs < now; });
}

QStringList FakeOllama::loadedModels()
{
    expire();
    QList<Loaded> sorted = m_loaded;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Loaded &a, const Loaded &b) {
        return a.expiresNs() > b.expiresNs();
    });
    QStringList names;
    for (const Loaded &l : sorted)
        names << l.name;
    return names;
}

bool FakeOllama::loadModel(const QString &name, qint64 keepAliveSeconds)
{
    const FakeModel *model = findModel(name);
    if (!model)
        return false;
    if (keepAliveSeconds == 0)
        unload(name);
    else
        touch(*model, std::min(kDefaultContext, model->contextLength),
              keepAliveSeconds < 0 ? -1 : keepAliveSeconds * kNsPerSec, 0);
    return true;
}

FakeResponse FakeOllama::tags() const
{
    Json models = Json::array();
    for (const FakeModel &m : m_models) {
        Json e;
        e["name"] = utf8(FakeOllamaCatalog::fullName(m.name));
        e["model"] = e["name"];
        e["modified_at"] = FakeOllamaWire::timestamp(m_modifiedNs.value(m.name)).toStdString();
        e["size"] = m.sizeBytes;
        e["digest"] = utf8(FakeOllamaCatalog::digest(m));
        e["details"] = FakeOllamaCatalog::details(m);
        models.push_back(std::move(e));
    }
    return FakeResponse::json(dump(Json{{"models", std::move(models)}}));
}

FakeResponse FakeOllama::ps()
{
    Json models = Json::array();
    for (const QString &name : loadedModels()) {
        const Loaded &l = *std::find_if(m_loaded.cbegin(), m_loaded.cend(),
                                        [&](const Loaded &x) { return x.name == name; });
        const FakeModel *m = findModel(name);
        if (!m)
            continue;
        Json e;
        e["name"] = utf8(name);
        e["model"] = utf8(name);
        e["size"] = l.size;
        e["digest"] = utf8(FakeOllamaCatalog::digest(*m));
        e["details"] = FakeOllamaCatalog::details(*m);
        e["expires_at"] =
            (l.keepAliveNs < 0
                 ? FakeOllamaWire::timestamp(l.sinceNs, std::numeric_limits<qint64>::max())
                 : FakeOllamaWire::timestamp(l.expiresNs()))
                .toStdString();
        e["size_vram"] = l.sizeVram;
        e["context_length"] = l.contextLength;
        models.push_back(std::move(e));
    }
    return FakeResponse::json(dump(Json{{"models", std::move(models)}}));
}

FakeResponse FakeOllama::openAiModels() const
{
    Json data = Json::array();
    for (const FakeModel &m : m_models) {
        const QString full = FakeOllamaCatalog::fullName(m.name);
        const qsizetype slash = full.indexOf(u'/');
        data.push_back(Json{{"id", utf8(full)},
                            {"object", "model"},
                            {"created", m_modifiedNs.value(m.name) / kNsPerSec},
                            {"owned_by", slash > 0 ? utf8(full.left(slash)) : "library"}});
    }
    FakeResponse r = FakeResponse::json(dump(Json{{"object", "list"}, {"data", std::move(data)}}));
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

FakeResponse FakeOllama::fallback(const FakeRequest &request)
{
    static const QHash<QString, QByteArray> allowed{
        {QStringLiteral("/api/chat"), "POST"},   {QStringLiteral("/api/generate"), "POST"},
        {QStringLiteral("/api/show"), "POST"},   {QStringLiteral("/v1/chat/completions"), "POST"},
        {QStringLiteral("/api/tags"), "GET"},    {QStringLiteral("/api/ps"), "GET"},
        {QStringLiteral("/api/version"), "GET"}, {QStringLiteral("/v1/models"), "GET"},
    };
    const QByteArray method = allowed.value(request.path);
    if (!method.isEmpty()) {
        FakeResponse r = FakeResponse::text(QByteArrayLiteral("405 method not allowed"), 405,
                                            QByteArrayLiteral("text/plain"));
        r.headers.append({QByteArrayLiteral("Allow"), method});
        return r;
    }
    return FakeResponse::text(QByteArrayLiteral("404 page not found"), 404,
                              QByteArrayLiteral("text/plain"));
}

} // namespace c41::fakes
