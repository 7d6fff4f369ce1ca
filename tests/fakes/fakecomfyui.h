// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace c41::fakes {

class FakeHttpServer;
struct FakeRequest;
struct FakeResponse;
class FakeComfyUiCatalog;
class FakeComfyUiDemo;
class FakeComfyUiExecutor;
class FakeComfyUiFiles;
class FakeComfyUiQueue;
class FakeComfyUiSockets;
class FakeComfyUiValidator;

// An in-process ComfyUI (0.3.64, as captured in tests/fixtures/comfyui) on one
// loopback port: the HTTP API under / and /api/, and the /ws WebSocket on the
// same port. Prompts are validated, queued and "run" node by node with timers;
// outputs are generated PNGs. It plays the NVIDIA box's ComfyUI in the tests
// and in the demo lab (setDemoActivity).
class FakeComfyUi : public QObject
{
    Q_OBJECT
public:
    explicit FakeComfyUi(QObject *parent = nullptr);
    ~FakeComfyUi() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() const { return m_http; }

    // Multiplies every node and sampler-step duration: 1.0 is a realistic pace
    // (a Flux step ≈ 0.9 s), 0.001 makes a whole prompt take milliseconds.
    void setTimeScale(double scale);
    // The CUDA device of /system_stats (name as torch reports it, total bytes).
    void setGpu(const QString &name, qint64 vramTotal);
    // The next prompt that starts fails with execution_error carrying this
    // exception message: at node `nodeId` if given (and run), else halfway
    // through its first sampler, else in its last non-output node.
    void failNextPrompt(const QString &message, const QString &nodeId = {});
    // Demo lab: submit a Flux or Wan 2.2 job (without client_id, so progress is
    // broadcast) every 20–40 s while fewer than 3 are queued.
    void setDemoActivity(bool enabled);

    // Network trouble: closes every /ws connection now. While refusing, new /ws
    // connections are closed as soon as they open (events for their sid are
    // dropped, as ComfyUI does for a client without a socket).
    void dropWebSockets();
    void setRefuseWebSockets(bool refuse) { m_refuseSockets = refuse; }
    // Behind an authenticating reverse proxy: every HTTP route then needs this key
    // (Authorization: Bearer KEY or X-Api-Key: KEY) and answers 401 without it. The
    // WebSocket is left open (progress then still comes; the API does not).
    void setApiKey(QString key) { m_apiKey = std::move(key); }
    // A hostile server: the next output file is announced (in `executed` and
    // /history) with exactly this filename and subfolder, e.g. "../../evil.png".
    void setNextOutputName(const QString &filename, const QString &subfolder = {});

    int queueRemaining() const;
    int connectedClients() const;

Q_SIGNALS:
    void promptQueued(const QString &promptId);
    void promptStarted(const QString &promptId);
    void promptFinished(const QString &promptId, const QString &statusStr);
    // How busy the GPU would be (0..1): for the demo's fake exporters.
    void gpuLoadChanged(double load);

private:
    using Json = nlohmann::ordered_json;

    void addRoutes();
    // POST /prompt on a parsed body: status and response body.
    std::pair<int, Json> submit(const Json &body);
    FakeResponse systemStats() const;

    FakeHttpServer *m_http = nullptr;
    std::unique_ptr<FakeComfyUiCatalog> m_catalog;
    std::unique_ptr<FakeComfyUiValidator> m_validator;
    std::unique_ptr<FakeComfyUiQueue> m_queue;
    std::unique_ptr<FakeComfyUiFiles> m_files;
    FakeComfyUiSockets *m_sockets = nullptr;
    FakeComfyUiExecutor *m_executor = nullptr;
    QString m_gpuName = QStringLiteral("NVIDIA RTX PRO 6000 Blackwell Workstation Edition");
    qint64 m_vramTotal = 102641958912; // 97887 MiB, what mem_get_info reports for 96 GB
    FakeComfyUiDemo *m_demo = nullptr;
    bool m_refuseSockets = false;
    QString m_apiKey;
};

} // namespace c41::fakes
