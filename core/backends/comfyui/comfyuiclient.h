// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comfyuievents.h"
#include "net/canceltoken.h"
#include "net/httpclient.h"
#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace c41::backends {

// A file as ComfyUI names it in outputs, uploads and /view.
struct ComfyUiFileRef
{
    QString filename;
    QString subfolder;
    QString type = QStringLiteral("output"); // "output", "input" or "temp"

    static std::optional<ComfyUiFileRef> fromJson(const nlohmann::json &object);
    bool operator==(const ComfyUiFileRef &) const = default;
};

// One file of a node's ui output ({"images": [...], "audio": [...], "gifs": [...]}).
struct ComfyUiOutputFile
{
    QString nodeId;
    QString kind; // the ui key: "images", "audio", "video", "gifs", …
    ComfyUiFileRef ref;
};

struct ComfyUiQueued
{
    QString promptId;
    qint64 number = 0; // queue priority; negative with "front"
};

// POST /prompt's answer. On a 400, `queued` holds an ApiError whose message is
// the server's error with every node error in words, and nodeErrors the raw
// "node_errors" object (keyed by node id) for a richer per-input display.
struct ComfyUiSubmitReply
{
    net::Result<ComfyUiQueued> queued;
    QString errorType; // "prompt_outputs_failed_validation", "invalid_prompt", "no_prompt", …
    nlohmann::json error = nlohmann::json::object();      // the raw "error" object
    nlohmann::json nodeErrors = nlohmann::json::object(); // the raw "node_errors" object
};

struct ComfyUiQueueItem
{
    qint64 number = 0;
    QString promptId;
    QString clientId;        // empty when submitted without one
    QStringList outputNodes; // outputs_to_execute
    nlohmann::json prompt;   // the API graph
};

struct ComfyUiQueueState
{
    QList<ComfyUiQueueItem> running;
    QList<ComfyUiQueueItem> pending; // sorted by number (the server's heap is not)
    bool isPending(const QString &promptId) const;
    bool isRunning(const QString &promptId) const;
};

// GET /history/{id}: one prompt's record, once it has finished.
struct ComfyUiHistoryEntry
{
    bool found = false;     // false: unknown, still queued or running, or deleted
    QString statusStr;      // "success" or "error"
    bool completed = false; // true only for a success
    QList<ComfyUiOutputFile> outputs;
    std::optional<ComfyUiEvent> end; // its execution_error / execution_interrupted message
    QStringList cachedNodes;         // from its execution_cached message
    nlohmann::json raw;
};

// ComfyUI's HTTP API (protocols: tests/fixtures/comfyui/README.md) over one
// net::HttpClient: submit, history, queue, interrupt, free, stats, object
// info, uploads and streamed downloads.
class ComfyUiClient final : public QObject
{
    Q_OBJECT
public:
    ComfyUiClient(QNetworkAccessManager *nam, QString serverName, QUrl baseUrl,
                  QObject *parent = nullptr);

    QString serverName() const;
    QUrl baseUrl() const;
    net::HttpClient *http() const { return m_http; }
    void setAuth(net::Auth auth);
    // ws://host:port/ws?clientId=<id> (wss for https).
    QUrl webSocketUrl(const QString &clientId) const;

    QCoro::Task<ComfyUiSubmitReply> submit(nlohmann::json workflow, QString clientId,
                                           net::CancelToken cancel = {});
    QCoro::Task<net::Result<ComfyUiHistoryEntry>> history(QString promptId,
                                                          net::CancelToken cancel = {});
    QCoro::Task<net::Result<ComfyUiQueueState>> queue(net::CancelToken cancel = {});
    QCoro::Task<net::Status> deleteFromQueue(QStringList promptIds, net::CancelToken cancel = {});
    // Empty promptId: whatever runs (global interrupt); else only that prompt, if it runs.
    QCoro::Task<net::Status> interrupt(QString promptId = {}, net::CancelToken cancel = {});
    QCoro::Task<net::Status> free(bool unloadModels, bool freeMemory, net::CancelToken cancel = {});
    QCoro::Task<net::Result<nlohmann::json>> systemStats(net::CancelToken cancel = {});
    // The whole node catalogue (large: up to tens of MB with many custom nodes).
    QCoro::Task<net::Result<nlohmann::json>> objectInfo(net::CancelToken cancel = {});

    // POST /upload/image (ComfyUI uses it for audio and video inputs too).
    QCoro::Task<net::Result<ComfyUiFileRef>> upload(QByteArray bytes, QString name,
                                                    QString type = QStringLiteral("input"),
                                                    bool overwrite = true, QString subfolder = {},
                                                    net::CancelToken cancel = {});
    QCoro::Task<net::Result<ComfyUiFileRef>> uploadFile(QString filePath, QString name = {},
                                                        QString type = QStringLiteral("input"),
                                                        bool overwrite = true,
                                                        net::CancelToken cancel = {});

    // GET /view streamed into outputDir/<subfolder>/<filename> (names sanitised,
    // see ComfyUiOutputPaths), written to a temporary file and renamed when
    // complete. Returns the saved file's absolute path.
    QCoro::Task<net::Result<QString>> download(ComfyUiFileRef file, QString outputDir,
                                               net::CancelToken cancel = {});

    // Pure parsers, for the captured bodies.
    static ComfyUiSubmitReply parseSubmitReply(int status, const QByteArray &body,
                                               const QString &server);
    static net::Result<ComfyUiHistoryEntry>
    parseHistory(const QByteArray &body, const QString &promptId, const QString &server);
    static net::Result<ComfyUiQueueState> parseQueue(const QByteArray &body, const QString &server);
    // Every file in a node's ui output object.
    static QList<ComfyUiOutputFile> outputFiles(const QString &nodeId, const nlohmann::json &ui);
    // "Prompt outputs failed validation: node 2 (ImageInvert): Required input is missing: image"
    static QString describeRejection(const nlohmann::json &error, const nlohmann::json &nodeErrors);

private:
    QCoro::Task<net::Status> postEmpty(QString path, QByteArray json, net::CancelToken cancel);

    QPointer<QNetworkAccessManager> m_nam;
    net::HttpClient *m_http = nullptr;
    net::Auth m_auth;
};

} // namespace c41::backends
