// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuiclient.h"

#include "comfyuioutputpaths.h"
#include "net/errorbody.h"
#include "net/jsonbody.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>

#include <qcoronetworkreply.h>

#include <algorithm>

namespace c41::backends {

using namespace std::chrono_literals;
using net::ApiError;
using nlohmann::json;

namespace {

constexpr qint64 kMaxUploadBytes = 100LL * 1024 * 1024; // ComfyUI's default max_upload_size
constexpr qint64 kMaxObjectInfoBytes = 256LL * 1024 * 1024;
// The polls a running job makes: one prompt's history is small, the queue lists
// every pending prompt with its graph. Caps well under the default keep a server
// that sends a runaway body from costing the GUI thread a long buffer.
constexpr qint64 kMaxHistoryEntryBytes = 4LL * 1024 * 1024;
constexpr qint64 kMaxQueueBytes = 16LL * 1024 * 1024;

// lupdate sees Text::tr() calls under the context ComfyUiClient (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComfyUiClient)
};

QString str(const json &object, const char *key)
{
    return QString::fromStdString(net::stringField(object, key));
}

QString pathPart(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

ApiError malformed(const QString &server, const QString &what)
{
    return ApiError::make(ApiError::Kind::Malformed, server, what,
                          Text::tr("Check that the URL points at a ComfyUI server."));
}

QByteArray dump(const json &value)
{
    try {
        return QByteArray::fromStdString(
            value.dump(-1, ' ', false, json::error_handler_t::replace));
    } catch (const json::exception &) {
        return {};
    }
}

std::optional<ComfyUiQueueItem> queueItem(const json &item)
{
    if (!item.is_array() || item.size() < 2 || !item.at(1).is_string())
        return std::nullopt;
    ComfyUiQueueItem q;
    if (item.at(0).is_number())
        q.number = qint64(item.at(0).get<double>());
    q.promptId = QString::fromStdString(item.at(1).get<std::string>());
    if (item.size() > 2)
        q.prompt = item.at(2);
    if (item.size() > 3)
        q.clientId = str(item.at(3), "client_id");
    if (item.size() > 4 && item.at(4).is_array()) {
        for (const json &id : item.at(4)) {
            if (id.is_string())
                q.outputNodes << QString::fromStdString(id.get<std::string>());
        }
    }
    return q;
}

ApiError transportError(const QString &server, QNetworkReply *reply, bool cancelled)
{
    using E = QNetworkReply::NetworkError;
    switch (reply->error()) {
    case E::ConnectionRefusedError:
        return ApiError::make(ApiError::Kind::Refused, server,
                              Text::tr("connection refused at %1").arg(reply->url().authority()),
                              Text::tr("Is ComfyUI running and listening on the network?"));
    case E::HostNotFoundError:
        return ApiError::make(
            ApiError::Kind::Dns, server,
            Text::tr("could not resolve the host name '%1'").arg(reply->url().host()));
    case E::OperationCanceledError:
        if (cancelled)
            return ApiError::make(ApiError::Kind::Cancelled, server, Text::tr("cancelled"));
        return ApiError::make(ApiError::Kind::Timeout, server,
                              Text::tr("no reply to the prompt within 60 s"),
                              Text::tr("The server may be overloaded or hung."));
    case E::TimeoutError:
        return ApiError::make(ApiError::Kind::Timeout, server,
                              Text::tr("the connection timed out"));
    default:
        return ApiError::make(ApiError::Kind::Network, server,
                              Text::tr("network error: %1").arg(reply->errorString()));
    }
}

} // namespace

std::optional<ComfyUiFileRef> ComfyUiFileRef::fromJson(const json &object)
{
    if (!object.is_object())
        return std::nullopt;
    const auto name = object.find("filename");
    if (name == object.end() || !name->is_string())
        return std::nullopt;
    ComfyUiFileRef ref;
    ref.filename = QString::fromStdString(name->get<std::string>());
    ref.subfolder = str(object, "subfolder");
    const QString type = str(object, "type");
    ref.type = type.isEmpty() ? QStringLiteral("output") : type;
    return ref;
}

bool ComfyUiQueueState::isPending(const QString &promptId) const
{
    return std::any_of(pending.begin(), pending.end(),
                       [&](const ComfyUiQueueItem &i) { return i.promptId == promptId; });
}

bool ComfyUiQueueState::isRunning(const QString &promptId) const
{
    return std::any_of(running.begin(), running.end(),
                       [&](const ComfyUiQueueItem &i) { return i.promptId == promptId; });
}

ComfyUiClient::ComfyUiClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl,
                             QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_http(new net::HttpClient(nam, std::move(serverName), std::move(baseUrl), this))
{
}

QString ComfyUiClient::serverName() const
{
    return m_http->serverName();
}

QUrl ComfyUiClient::baseUrl() const
{
    return m_http->baseUrl();
}

void ComfyUiClient::setAuth(net::Auth auth)
{
    m_auth = auth;
    m_http->setAuth(std::move(auth));
}

QUrl ComfyUiClient::webSocketUrl(const QString &clientId) const
{
    QUrl url = m_http->resolve(QStringLiteral("/ws?clientId=") + pathPart(clientId));
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

QString ComfyUiClient::describeRejection(const json &error, const json &nodeErrors)
{
    QString out = str(error, "message");
    const QString details = str(error, "details");
    if (out.isEmpty())
        out = Text::tr("the prompt was rejected");
    if (!details.isEmpty() && nodeErrors.is_object() && nodeErrors.empty())
        out += QStringLiteral(" (") + details + u')';
    if (!nodeErrors.is_object())
        return out;
    QStringList parts;
    for (auto it = nodeErrors.begin(); it != nodeErrors.end(); ++it) {
        const QString node = QString::fromStdString(it.key());
        const QString classType = str(it.value(), "class_type");
        const QString who = classType.isEmpty() ? Text::tr("node %1").arg(node)
                                                : Text::tr("node %1 (%2)").arg(node, classType);
        const auto errors = it.value().is_object() ? it.value().find("errors") : it.value().end();
        if (errors == it.value().end() || !errors->is_array())
            continue;
        for (const json &e : *errors) {
            QString line = who + QStringLiteral(": ") + str(e, "message");
            const QString d = str(e, "details");
            if (!d.isEmpty())
                line += QStringLiteral(": ") + d;
            parts << line;
        }
    }
    if (!parts.isEmpty())
        out += QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    return out;
}

ComfyUiSubmitReply ComfyUiClient::parseSubmitReply(int status, const QByteArray &body,
                                                   const QString &server)
{
    ComfyUiSubmitReply reply;
    const json root = json::parse(body.begin(), body.end(), nullptr, false);
    if (status >= 400) {
        QString message;
        if (root.is_object() && root.contains("error") && root.at("error").is_object()) {
            reply.error = root.at("error");
            reply.errorType = str(reply.error, "type");
            if (root.contains("node_errors") && root.at("node_errors").is_object())
                reply.nodeErrors = root.at("node_errors");
            message = describeRejection(reply.error, reply.nodeErrors);
        } else {
            message = net::extractServerMessage(body);
        }
        ApiError e = ApiError::http(server, status, message);
        if (status == 400 && e.hint.isEmpty())
            e.hint = Text::tr("The server rejected the workflow; fix the nodes named above.");
        reply.queued = e;
        return reply;
    }
    if (root.is_discarded() || !root.is_object())
        reply.queued =
            malformed(server, Text::tr("answered the prompt with something that is not JSON"));
    else if (const QString id = str(root, "prompt_id"); id.isEmpty())
        reply.queued = malformed(server, Text::tr("answered the prompt without a prompt_id"));
    else {
        ComfyUiQueued q;
        q.promptId = id;
        if (const auto n = root.find("number"); n != root.end() && n->is_number())
            q.number = qint64(n->get<double>());
        if (root.contains("node_errors") && root.at("node_errors").is_object())
            reply.nodeErrors = root.at("node_errors");
        reply.queued = q;
    }
    return reply;
}

QList<ComfyUiOutputFile> ComfyUiClient::outputFiles(const QString &nodeId, const json &ui)
{
    QList<ComfyUiOutputFile> files;
    if (!ui.is_object())
        return files;
    for (auto it = ui.begin(); it != ui.end(); ++it) {
        if (!it.value().is_array())
            continue;
        for (const json &entry : it.value()) {
            if (auto ref = ComfyUiFileRef::fromJson(entry))
                files.append(ComfyUiOutputFile{nodeId, QString::fromStdString(it.key()), *ref});
        }
    }
    return files;
}

net::Result<ComfyUiHistoryEntry>
ComfyUiClient::parseHistory(const QByteArray &body, const QString &promptId, const QString &server)
{
    auto parsed = net::parseJson(body, server, Text::tr("the prompt history"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return malformed(server, Text::tr("sent a prompt history that is not a JSON object"));
    ComfyUiHistoryEntry entry;
    const auto it = root.find(promptId.toStdString());
    if (it == root.end() || !it->is_object())
        return entry;
    const json &e = *it;
    entry.found = true;
    entry.raw = e;
    if (const auto status = e.find("status"); status != e.end() && status->is_object()) {
        entry.statusStr = str(*status, "status_str");
        const auto completed = status->find("completed");
        entry.completed =
            completed != status->end() && completed->is_boolean() && completed->get<bool>();
        const auto messages = status->find("messages");
        if (messages != status->end() && messages->is_array()) {
            for (const json &m : *messages) {
                if (!m.is_array() || m.size() != 2 || !m.at(0).is_string())
                    continue;
                const json frame{{"type", m.at(0)}, {"data", m.at(1)}};
                auto event = ComfyUiEvents::decodeText(dump(frame), server);
                if (!event)
                    continue;
                if (event->type == ComfyUiEvent::Type::ExecutionError ||
                    event->type == ComfyUiEvent::Type::ExecutionInterrupted)
                    entry.end = *event;
                else if (event->type == ComfyUiEvent::Type::ExecutionCached)
                    entry.cachedNodes = event->nodes;
            }
        }
    }
    if (const auto outputs = e.find("outputs"); outputs != e.end() && outputs->is_object()) {
        for (auto o = outputs->begin(); o != outputs->end(); ++o)
            entry.outputs += outputFiles(QString::fromStdString(o.key()), o.value());
    }
    return entry;
}

net::Result<ComfyUiQueueState> ComfyUiClient::parseQueue(const QByteArray &body,
                                                         const QString &server)
{
    auto parsed = net::parseJson(body, server, Text::tr("the queue"));
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    if (!root.is_object())
        return malformed(server, Text::tr("sent a queue that is not a JSON object"));
    ComfyUiQueueState state;
    const auto read = [&root](const char *key, QList<ComfyUiQueueItem> &into) {
        const auto list = root.find(key);
        if (list == root.end() || !list->is_array())
            return;
        for (const json &item : *list) {
            if (auto q = queueItem(item))
                into.append(*q);
        }
    };
    read("queue_running", state.running);
    read("queue_pending", state.pending);
    std::sort(
        state.pending.begin(), state.pending.end(),
        [](const ComfyUiQueueItem &a, const ComfyUiQueueItem &b) { return a.number < b.number; });
    return state;
}

QCoro::Task<ComfyUiSubmitReply> ComfyUiClient::submit(json workflow, QString clientId,
                                                      net::CancelToken cancel)
{
    const QString server = serverName();
    ComfyUiSubmitReply reply;
    json body = json::object();
    body["prompt"] = std::move(workflow);
    if (!clientId.isEmpty())
        body["client_id"] = clientId.toStdString();
    const QByteArray payload = dump(body);
    if (payload.isEmpty()) {
        reply.queued = ApiError::make(ApiError::Kind::Config, server,
                                      Text::tr("the workflow cannot be written as JSON"));
        co_return reply;
    }
    if (!m_nam) {
        reply.queued = ApiError::make(ApiError::Kind::Cancelled, server, Text::tr("shutting down"));
        co_return reply;
    }
    if (cancel.isCancelled()) {
        reply.queued = ApiError::make(ApiError::Kind::Cancelled, server, Text::tr("cancelled"));
        co_return reply;
    }
    // Not through HttpClient::send: a 400 here carries node_errors, which the
    // caller needs whole, and send() keeps only the message.
    QNetworkRequest request(m_http->resolve(QStringLiteral("/prompt")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(60'000);
    if (m_auth.scheme == net::Auth::Scheme::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_auth.secret.toUtf8());
    else if (m_auth.scheme == net::Auth::Scheme::ApiKey)
        request.setRawHeader("X-Api-Key", m_auth.secret.toUtf8());
    QPointer<QNetworkReply> r = m_nam->post(request, payload);
    const int subscription = cancel.subscribe([r] {
        if (r)
            r->abort();
    });
    QPointer<ComfyUiClient> self(this);
    if (r->isRunning())
        co_await qCoro(r.data()).waitForFinished();
    cancel.unsubscribe(subscription);
    if (!r) {
        reply.queued =
            ApiError::make(ApiError::Kind::Cancelled, server, Text::tr("the request was dropped"));
        co_return reply;
    }
    r->deleteLater();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        reply.queued = transportError(server, r, cancel.isCancelled());
        co_return reply;
    }
    co_return parseSubmitReply(status, r->readAll(), server);
}

QCoro::Task<net::Result<ComfyUiHistoryEntry>> ComfyUiClient::history(QString promptId,
                                                                     net::CancelToken cancel)
{
    const QString server = serverName();
    net::HttpRequest request =
        net::HttpRequest::get(QStringLiteral("/history/") + pathPart(promptId));
    request.options = m_http->defaultOptions();
    request.options.maxResponseBytes = kMaxHistoryEntryBytes;
    auto r = co_await m_http->send(std::move(request), cancel);
    if (!r)
        co_return r.error();
    co_return parseHistory(r->body, promptId, server);
}

QCoro::Task<net::Result<ComfyUiQueueState>> ComfyUiClient::queue(net::CancelToken cancel)
{
    const QString server = serverName();
    net::HttpRequest request = net::HttpRequest::get(QStringLiteral("/queue"));
    request.options = m_http->defaultOptions();
    request.options.maxResponseBytes = kMaxQueueBytes;
    auto r = co_await m_http->send(std::move(request), cancel);
    if (!r)
        co_return r.error();
    co_return parseQueue(r->body, server);
}

QCoro::Task<net::Status> ComfyUiClient::postEmpty(QString path, QByteArray json,
                                                  net::CancelToken cancel)
{
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = std::move(path);
    request.body = std::move(json);
    if (!request.body.isEmpty())
        request.contentType = QByteArrayLiteral("application/json");
    request.options = m_http->defaultOptions();
    auto r = co_await m_http->send(std::move(request), std::move(cancel));
    if (!r)
        co_return r.error();
    co_return net::Done{};
}

QCoro::Task<net::Status> ComfyUiClient::deleteFromQueue(QStringList promptIds,
                                                        net::CancelToken cancel)
{
    json ids = json::array();
    for (const QString &id : std::as_const(promptIds))
        ids.push_back(id.toStdString());
    json body = json::object();
    body["delete"] = std::move(ids);
    const QByteArray payload = dump(body);
    co_return co_await postEmpty(QStringLiteral("/queue"), payload, std::move(cancel));
}

QCoro::Task<net::Status> ComfyUiClient::interrupt(QString promptId, net::CancelToken cancel)
{
    QByteArray payload;
    if (!promptId.isEmpty()) {
        json body = json::object();
        body["prompt_id"] = promptId.toStdString();
        payload = dump(body);
    }
    co_return co_await postEmpty(QStringLiteral("/interrupt"), payload, std::move(cancel));
}

QCoro::Task<net::Status> ComfyUiClient::free(bool unloadModels, bool freeMemory,
                                             net::CancelToken cancel)
{
    json body = json::object();
    body["unload_models"] = unloadModels;
    body["free_memory"] = freeMemory;
    const QByteArray payload = dump(body);
    co_return co_await postEmpty(QStringLiteral("/free"), payload, std::move(cancel));
}

QCoro::Task<net::Result<json>> ComfyUiClient::systemStats(net::CancelToken cancel)
{
    const QString server = serverName();
    auto r = co_await m_http->get(QStringLiteral("/system_stats"), cancel);
    if (!r)
        co_return r.error();
    co_return net::parseJson(r->body, server, Text::tr("the system stats"));
}

QCoro::Task<net::Result<json>> ComfyUiClient::objectInfo(net::CancelToken cancel)
{
    const QString server = serverName();
    net::HttpRequest request = net::HttpRequest::get(QStringLiteral("/object_info"));
    request.options = m_http->defaultOptions();
    request.options.maxResponseBytes = kMaxObjectInfoBytes;
    request.options.totalTimeout = 120s;
    auto r = co_await m_http->send(std::move(request), cancel);
    if (!r)
        co_return r.error();
    auto parsed = net::parseJson(r->body, server, Text::tr("the node catalogue"));
    if (parsed && !parsed->is_object())
        co_return malformed(server, Text::tr("sent a node catalogue that is not a JSON object"));
    co_return parsed;
}

QCoro::Task<net::Result<ComfyUiFileRef>> ComfyUiClient::upload(QByteArray bytes, QString name,
                                                               QString type, bool overwrite,
                                                               QString subfolder,
                                                               net::CancelToken cancel)
{
    const QString server = serverName();
    name = QFileInfo(name).fileName();
    if (name.isEmpty())
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 Text::tr("the upload has no file name"));
    if (bytes.size() > kMaxUploadBytes)
        co_return ApiError::make(
            ApiError::Kind::TooLarge, server,
            Text::tr("%1 is larger than ComfyUI's 100 MiB upload limit").arg(name));
    const QByteArray boundary =
        "c41boundary" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray fileName = name.toUtf8();
    fileName.replace('"', "%22").replace('\r', "").replace('\n', "");
    QByteArray body;
    const auto field = [&](const char *key, const QByteArray &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key +
                "\"\r\n\r\n" + value + "\r\n";
    };
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" +
            fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body += bytes;
    body += "\r\n";
    field("type", type.toUtf8());
    field("subfolder", subfolder.toUtf8());
    field("overwrite", overwrite ? "true" : "false");
    body += "--" + boundary + "--\r\n";
    bytes.clear();

    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/upload/image");
    request.body = std::move(body);
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.options = m_http->defaultOptions();
    request.options.totalTimeout = 600s;
    auto r = co_await m_http->send(std::move(request), cancel);
    if (!r)
        co_return r.error();
    auto parsed = net::parseJson(r->body, server, Text::tr("the upload reply"));
    if (!parsed)
        co_return parsed.error();
    ComfyUiFileRef ref;
    ref.filename = str(*parsed, "name");
    ref.subfolder = str(*parsed, "subfolder");
    ref.type = str(*parsed, "type");
    if (ref.filename.isEmpty())
        co_return malformed(server, Text::tr("answered the upload without the stored file name"));
    co_return ref;
}

QCoro::Task<net::Result<ComfyUiFileRef>> ComfyUiClient::uploadFile(QString filePath, QString name,
                                                                   QString type, bool overwrite,
                                                                   net::CancelToken cancel)
{
    const QString server = serverName();
    QFile file(filePath);
    if (file.size() > kMaxUploadBytes)
        co_return ApiError::make(
            ApiError::Kind::TooLarge, server,
            Text::tr("%1 is larger than ComfyUI's 100 MiB upload limit").arg(filePath));
    if (!file.open(QIODevice::ReadOnly))
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 Text::tr("cannot read %1: %2").arg(filePath, file.errorString()));
    QByteArray bytes = file.readAll();
    file.close();
    if (name.isEmpty())
        name = QFileInfo(filePath).fileName();
    co_return co_await upload(std::move(bytes), std::move(name), std::move(type), overwrite, {},
                              std::move(cancel));
}

QCoro::Task<net::Result<QString>> ComfyUiClient::download(ComfyUiFileRef file, QString outputDir,
                                                          net::CancelToken cancel)
{
    const QString server = serverName();
    auto relative = ComfyUiOutputPaths::relativePath(file.subfolder, file.filename, server);
    if (!relative)
        co_return relative.error();
    auto target = ComfyUiOutputPaths::resolveInside(outputDir, *relative, server);
    if (!target)
        co_return target.error();
    QSaveFile out(*target);
    if (!out.open(QIODevice::WriteOnly))
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 Text::tr("cannot write %1: %2").arg(*target, out.errorString()));
    net::HttpRequest request = net::HttpRequest::get(
        QStringLiteral("/view?filename=") + pathPart(file.filename) + QStringLiteral("&type=") +
        pathPart(file.type.isEmpty() ? QStringLiteral("output") : file.type) +
        QStringLiteral("&subfolder=") + pathPart(file.subfolder));
    request.options = m_http->defaultOptions();
    request.options.totalTimeout = 0ms;
    bool writeFailed = false;
    auto status = co_await m_http->stream(
        std::move(request),
        [&out, &writeFailed](const QByteArray &chunk) {
            if (out.write(chunk) != chunk.size()) {
                writeFailed = true;
                return false;
            }
            return true;
        },
        std::move(cancel));
    if (writeFailed) {
        out.cancelWriting();
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 Text::tr("cannot write %1: %2").arg(*target, out.errorString()));
    }
    if (!status) {
        out.cancelWriting();
        co_return status.error();
    }
    if (!out.commit())
        co_return ApiError::make(ApiError::Kind::Config, server,
                                 Text::tr("cannot save %1: %2").arg(*target, out.errorString()));
    co_return *target;
}

} // namespace c41::backends
