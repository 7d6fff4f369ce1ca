// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyui.h"

#include "fakecomfyuicatalog.h"
#include "fakecomfyuidemo.h"
#include "fakecomfyuiexecutor.h"
#include "fakecomfyuifiles.h"
#include "fakecomfyuihttp.h"
#include "fakecomfyuiqueue.h"
#include "fakecomfyuisockets.h"
#include "fakecomfyuivalidator.h"
#include "fakehttpserver.h"
#include "fakepng.h"
#include "fakepythonjson.h"

#include <QDateTime>
#include <QUuid>
#include <QWebSocket>

#include <cmath>

namespace c41::fakes {

using Json = nlohmann::ordered_json;

namespace {

constexpr qint64 kRamTotal = 270100000768; // a 256 GB Linux host as psutil reports it

} // namespace

FakeComfyUi::FakeComfyUi(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
    , m_catalog(std::make_unique<FakeComfyUiCatalog>())
    , m_validator(std::make_unique<FakeComfyUiValidator>(*m_catalog))
    , m_queue(std::make_unique<FakeComfyUiQueue>())
    , m_files(std::make_unique<FakeComfyUiFiles>())
    , m_sockets(new FakeComfyUiSockets(this))
{
    m_executor = new FakeComfyUiExecutor(*m_queue, *m_sockets, *m_catalog, *m_files, this);
    m_executor->setVramTotal(m_vramTotal);
    // ComfyUI ships input/example.png.
    m_files->upload(QStringLiteral("input"), {}, QStringLiteral("example.png"),
                    FakePng::image(64, 64, 0x3366cc), true);
    connect(m_executor, &FakeComfyUiExecutor::promptStarted, this, &FakeComfyUi::promptStarted);
    connect(m_executor, &FakeComfyUiExecutor::promptFinished, this, &FakeComfyUi::promptFinished);
    connect(m_executor, &FakeComfyUiExecutor::gpuLoadChanged, this, &FakeComfyUi::gpuLoadChanged);
    m_demo = new FakeComfyUiDemo([this](const Json &body) { submit(body); },
                                 [this] { return m_queue->remaining(); }, this);
    addRoutes();
}

FakeComfyUi::~FakeComfyUi()
{
    // No request may reach the queue, files or catalog while they are destroyed.
    m_demo->setEnabled(false);
    delete m_http;
    delete m_executor;
}

bool FakeComfyUi::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeComfyUi::url() const
{
    return m_http->url();
}

void FakeComfyUi::setTimeScale(double scale)
{
    m_executor->setTimeScale(scale);
    m_demo->setTimeScale(scale);
}

void FakeComfyUi::setGpu(const QString &name, qint64 vramTotal)
{
    m_gpuName = name;
    m_vramTotal = vramTotal;
    m_executor->setVramTotal(vramTotal);
}

void FakeComfyUi::failNextPrompt(const QString &message, const QString &nodeId)
{
    m_executor->failNextPrompt(message, nodeId);
}

void FakeComfyUi::dropWebSockets()
{
    m_sockets->closeAll();
}

void FakeComfyUi::setNextOutputName(const QString &filename, const QString &subfolder)
{
    m_files->setNextOutputName(filename, subfolder);
}

int FakeComfyUi::queueRemaining() const
{
    return m_queue->remaining();
}

int FakeComfyUi::connectedClients() const
{
    return m_sockets->count();
}

void FakeComfyUi::addRoutes()
{
    // server.py registers every route twice: /path and /api/path.
    const auto add = [this](QByteArray method, const QString &path, FakeHandler inner,
                            bool prefix = false) {
        // An exception in an aiohttp handler becomes a 500, never a crash.
        const FakeHandler handler = [this, inner](const FakeRequest &request) {
            if (!m_apiKey.isEmpty() &&
                request.header("Authorization") != "Bearer " + m_apiKey.toUtf8() &&
                request.header("X-Api-Key") != m_apiKey.toUtf8())
                return FakeResponse::text(QByteArrayLiteral("401: Unauthorized"), 401);
            try {
                return inner(request);
            } catch (const nlohmann::json::exception &) {
                return comfyInternalError();
            }
        };
        if (prefix) {
            m_http->routePrefix(method, path, handler);
            m_http->routePrefix(method, QStringLiteral("/api") + path, handler);
        } else {
            m_http->route(method, path, handler);
            m_http->route(method, QStringLiteral("/api") + path, handler);
        }
    };
    // The part of the path after a prefix route, e.g. the node of /api/object_info/<node>.
    const auto tail = [](const FakeRequest &request) {
        return request.path.mid(request.path.lastIndexOf(u'/') + 1);
    };

    add("GET", QStringLiteral("/system_stats"),
        [this](const FakeRequest &) { return systemStats(); });
    add("GET", QStringLiteral("/object_info"),
        [this](const FakeRequest &) { return FakeResponse::json(m_catalog->objectInfoBody()); });
    add(
        "GET", QStringLiteral("/object_info/"),
        [this, tail](const FakeRequest &request) {
            const std::string node = tail(request).toStdString();
            const Json *info = m_catalog->classInfo(node);
            return comfyJson(info ? Json{{node, *info}} : Json::object());
        },
        true);
    add("GET", QStringLiteral("/prompt"),
        [this](const FakeRequest &) { return comfyJson(m_queue->promptInfoJson()); });
    add("POST", QStringLiteral("/prompt"), [this](const FakeRequest &request) {
        const Json body = comfyParseBody(request);
        if (body.is_discarded() || !body.is_object())
            return comfyInternalError();
        const auto [status, response] = submit(body);
        return comfyJson(response, status);
    });
    add("GET", QStringLiteral("/queue"),
        [this](const FakeRequest &) { return comfyJson(m_queue->queueJson()); });
    add("POST", QStringLiteral("/queue"), [this](const FakeRequest &request) {
        const Json body = comfyParseBody(request);
        if (body.is_discarded() || !body.is_object())
            return comfyInternalError();
        if (pythonTruthy(body, "clear")) {
            m_queue->clearPending();
            m_sockets->broadcast("status", Json{{"status", m_queue->promptInfoJson()}});
        }
        if (body.contains("delete") && body.at("delete").is_array()) {
            for (const Json &id : body.at("delete")) {
                if (id.is_string() && m_queue->removePending(id.get<std::string>()))
                    m_sockets->broadcast("status", Json{{"status", m_queue->promptInfoJson()}});
            }
        }
        return comfyEmpty();
    });
    add("POST", QStringLiteral("/interrupt"), [this](const FakeRequest &request) {
        const Json body = comfyParseBody(request); // no body or bad JSON: a global interrupt
        const Json promptId =
            body.is_object() && body.contains("prompt_id") ? body.at("prompt_id") : Json();
        m_executor->interrupt(promptId.is_string() ? promptId.get<std::string>() : std::string());
        return comfyEmpty();
    });
    add("GET", QStringLiteral("/history"), [this](const FakeRequest &request) {
        bool hasMax = false, hasOffset = false;
        const QString max = comfyQueryValue(request, QStringLiteral("max_items"), &hasMax);
        const QString offset = comfyQueryValue(request, QStringLiteral("offset"), &hasOffset);
        return comfyJson(
            m_queue->historyJson(hasMax ? std::optional<int>(max.toInt()) : std::nullopt,
                                 hasOffset ? offset.toInt() : -1));
    });
    add(
        "GET", QStringLiteral("/history/"),
        [this, tail](const FakeRequest &request) {
            return comfyJson(m_queue->historyFor(tail(request).toStdString()));
        },
        true);
    add("POST", QStringLiteral("/history"), [this](const FakeRequest &request) {
        const Json body = comfyParseBody(request);
        if (body.is_discarded() || !body.is_object())
            return comfyInternalError();
        if (pythonTruthy(body, "clear"))
            m_queue->clearHistory();
        if (body.contains("delete") && body.at("delete").is_array()) {
            for (const Json &id : body.at("delete")) {
                if (id.is_string())
                    m_queue->removeHistory(id.get<std::string>());
            }
        }
        return comfyEmpty();
    });
    add("GET", QStringLiteral("/view"),
        [this](const FakeRequest &request) { return m_files->view(request); });
    add("POST", QStringLiteral("/upload/image"), [this](const FakeRequest &request) {
        FakeComfyUiFileRef stored;
        FakeResponse response = m_files->upload(request, &stored);
        if (stored.type == u"input" && stored.subfolder.isEmpty() && !stored.filename.isEmpty())
            m_catalog->addInputFile(stored.filename); // LoadImage offers it now
        return response;
    });
    add("POST", QStringLiteral("/free"), [this](const FakeRequest &request) {
        const Json body = comfyParseBody(request);
        if (body.is_discarded() || !body.is_object())
            return comfyInternalError();
        m_executor->requestFree(pythonTruthy(body, "unload_models"),
                                pythonTruthy(body, "free_memory"));
        return comfyEmpty();
    });
    add("GET", QStringLiteral("/models"), [](const FakeRequest &) {
        Json folders = Json::array();
        for (const QString &f : FakeComfyUiCatalog::modelFolders())
            folders.push_back(f.toStdString());
        return comfyJson(folders);
    });
    add(
        "GET", QStringLiteral("/models/"),
        [this, tail](const FakeRequest &request) {
            const auto files = m_catalog->modelFiles(tail(request));
            if (!files)
                return comfyEmpty(404);
            Json list = Json::array();
            for (const QString &f : *files)
                list.push_back(f.toStdString());
            return comfyJson(list);
        },
        true);
    add("GET", QStringLiteral("/embeddings"),
        [](const FakeRequest &) { return comfyJson(Json::array()); });
    add("GET", QStringLiteral("/extensions"),
        [](const FakeRequest &) { return comfyJson(Json::array()); });
    add("GET", QStringLiteral("/features"), [](const FakeRequest &) {
        return comfyJson(Json{{"supports_preview_metadata", true}, {"max_upload_size", 104857600}});
    });
    // aiohttp's own 404 for everything else.
    m_http->routePrefix("*", QStringLiteral("/"), [](const FakeRequest &) {
        return FakeResponse::text("404: Not Found", 404, "text/plain; charset=utf-8");
    });

    const auto onSocket = [this](QWebSocket *socket, const FakeRequest &request) {
        if (m_refuseSockets) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("refused"));
            return;
        }
        const QString sid =
            m_sockets->accept(socket, comfyQueryValue(request, QStringLiteral("clientId")));
        m_sockets->send(sid, "status",
                        Json{{"status", m_queue->promptInfoJson()}, {"sid", sid.toStdString()}});
        // A client that reconnects while its prompt runs learns the current node.
        const std::string node = m_executor->currentNodeFor(sid);
        if (!node.empty())
            m_sockets->send(sid, "executing", Json{{"node", node}});
    };
    m_http->routeWebSocket(QStringLiteral("/ws"), onSocket);
    m_http->routeWebSocket(QStringLiteral("/api/ws"), onSocket);
}

std::pair<int, Json> FakeComfyUi::submit(const Json &body)
{
    Json number;
    if (body.contains("number") && body.at("number").is_number()) {
        number = body.at("number").get<double>();
    } else {
        const int n = m_queue->takeNumber();
        number = pythonTruthy(body, "front") ? -n : n;
    }
    if (!body.contains("prompt")) {
        return {400, Json{{"error",
                           {{"type", "no_prompt"},
                            {"message", "No prompt provided"},
                            {"details", "No prompt provided"},
                            {"extra_info", Json::object()}}},
                          {"node_errors", Json::object()}}};
    }
    FakeComfyUiPrompt prompt;
    prompt.number = number;
    const auto givenId = body.find("prompt_id"); // str(json_data.get("prompt_id", uuid4()))
    prompt.id = givenId == body.end() || givenId->is_null()
                    ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                    : (givenId->is_string() ? givenId->get<std::string>() : givenId->dump());
    prompt.graph = body.at("prompt");
    const FakeComfyUiValidator::Result valid = m_validator->validate(prompt.graph);
    if (body.contains("extra_data") && body.at("extra_data").is_object())
        prompt.extraData = body.at("extra_data");
    if (body.contains("client_id")) {
        prompt.extraData["client_id"] = body.at("client_id");
        if (body.at("client_id").is_string())
            prompt.clientId = QString::fromStdString(body.at("client_id").get<std::string>());
    }
    if (!valid.ok)
        return {400, Json{{"error", valid.error}, {"node_errors", valid.nodeErrors}}};
    prompt.outputs = valid.outputs;
    const QString id = QString::fromStdString(prompt.id);
    Json response{{"prompt_id", prompt.id}, {"number", number}, {"node_errors", valid.nodeErrors}};
    m_queue->enqueue(std::move(prompt));
    m_sockets->broadcast("status", Json{{"status", m_queue->promptInfoJson()}});
    Q_EMIT promptQueued(id);
    m_executor->schedule();
    return {200, response};
}

FakeResponse FakeComfyUi::systemStats() const
{
    const double t = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    const FakeComfyUiMemory &vram = m_executor->memory();
    const qint64 active = vram.active();
    const qint64 reserved = vram.reserved();
    const qint64 otherProcesses = qint64(45e6 + 40e6 * std::sin(t / 7.0)); // Xorg and friends
    const qint64 ramUsed =
        14LL * 1024 * 1024 * 1024 + active / 2 + qint64(300e6 * std::sin(t / 11.0));
    const Json body{
        {"system",
         {{"os", "posix"},
          {"ram_total", kRamTotal},
          {"ram_free", kRamTotal - ramUsed},
          {"comfyui_version", "0.3.64"},
          {"required_frontend_version", "1.27.10"},
          {"installed_templates_version", "0.1.95"},
          {"required_templates_version", "0.1.95"},
          {"python_version", "3.12.3 (main, Aug 14 2025, 17:47:21) [GCC 13.3.0]"},
          {"pytorch_version", "2.8.0+cu128"},
          {"embedded_python", false},
          {"argv", Json::array({"main.py", "--listen", "0.0.0.0", "--port", "8188",
                                "--preview-method", "auto"})}}},
        {"devices",
         Json::array(
             {Json{{"name", QString(u"cuda:0 " + m_gpuName + u" : cudaMallocAsync").toStdString()},
                   {"type", "cuda"},
                   {"index", 0},
                   {"vram_total", m_vramTotal},
                   {"vram_free", vram.free(otherProcesses)},
                   {"torch_vram_total", reserved},
                   {"torch_vram_free", reserved - active}}})}};
    return comfyJson(body);
}

void FakeComfyUi::setDemoActivity(bool enabled)
{
    m_demo->setEnabled(enabled);
}

} // namespace c41::fakes
