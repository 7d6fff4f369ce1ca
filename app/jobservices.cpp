// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobservices.h"

#include "backends/comfyui/comfyuiclient.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/gpumemoryfreer.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobservers.h"
#include "jobs/jobstore.h"
#include "jobs/keyedjobexecutor.h"
#include "jobs/livejobservers.h"
#include "jobs/llmjobexecutor.h"
#include "jobs/serverkeys.h"
#include "jobs/ttsjobexecutor.h"
#include "net/httpclient.h"
#include "studio/studioconfig.h"

using namespace std::chrono_literals;

namespace c41::app {

JobServices::JobServices(const studio::StudioConfig &config, studio::SecretStore *secrets,
                         QNetworkAccessManager *nam, QString databasePath, QString outputRoot,
                         QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_databasePath(std::move(databasePath))
    , m_outputRoot(std::move(outputRoot))
{
    m_servers = std::make_unique<jobs::LiveJobServers>(
        jobs::StaticJobServers::fromConfig(config).servers());
    m_comfy = std::make_unique<jobs::ComfyUiJobExecutor>(m_nam, m_outputRoot);
    m_tts = std::make_unique<jobs::TtsJobExecutor>(m_nam, m_outputRoot);
    m_llm = std::make_unique<jobs::LlmJobExecutor>(m_nam, m_outputRoot);
    m_keys = std::make_unique<jobs::ServerKeys>(secrets, config);
    for (const studio::ServerConfig &s : config.servers) {
        if (s.address.kind == studio::ServerKind::ComfyUi) {
            m_comfy->addServer(s.name, s.address.url);
            m_keys->addClient(s.name, m_comfy->client(s.name)->http());
            m_servers->setComfyUiClient(s.name, m_comfy->client(s.name));
            m_comfyServers << s.name;
        } else if (s.address.kind == studio::ServerKind::Tts) {
            m_tts->addServer(s.name, s.address.url);
            m_keys->addClient(s.name, m_tts->client(s.name));
        } else if (s.address.kind == studio::ServerKind::Ollama ||
                   s.address.kind == studio::ServerKind::OpenAi) {
            m_llm->addServer(s.name, s.address.kind, s.address.url);
            m_keys->addClient(s.name, m_llm->client(s.name));
        }
    }
    m_servers->setServerKeys(m_keys.get());
    m_keyed = std::make_unique<jobs::KeyedJobExecutor>(
        m_keys.get(), QList<jobs::JobExecutor *>{m_comfy.get(), m_tts.get(), m_llm.get()});
}

JobServices::~JobServices()
{
    stop();
    // The queue, the dispatcher and the freer use the store: they go first.
    m_freer.reset();
    m_queue.reset();
    m_dispatcher.reset();
}

net::Status JobServices::start()
{
    if (m_open)
        return net::Done{};
    if (m_databasePath.isEmpty())
        return net::ApiError::make(net::ApiError::Kind::Config, QStringLiteral("jobs"),
                                   tr("no job database (no writable data folder)"),
                                   tr("set C41_JOBS_DB"));
    auto store = std::make_unique<jobs::JobStore>(m_databasePath);
    if (net::Status opened = store->open(); !opened.ok())
        return opened;
    m_store = std::move(store);
    m_dispatcher = std::make_unique<jobs::JobDispatcher>(m_store.get(), m_servers.get());
    m_dispatcher->addExecutor(m_keyed.get());
    m_queue = std::make_unique<jobs::JobQueue>(m_store.get());
    m_queue->setDispatcher(m_dispatcher.get());
    m_freer = std::make_unique<jobs::GpuMemoryFreer>(m_store.get());
    for (const QString &name : std::as_const(m_comfyServers))
        m_freer->addServer(m_comfy->client(name));
    m_freer->setServerKeys(m_keys.get());
    connect(m_queue.get(), &jobs::JobQueue::changed, this, &JobServices::jobsChanged);
    connect(m_dispatcher.get(), &jobs::JobDispatcher::jobChanged, this, &JobServices::jobsChanged);
    connect(m_dispatcher.get(), &jobs::JobDispatcher::jobFinished, this,
            [this](qint64 id) { Q_EMIT jobFinished(id); });
    m_open = true;
    m_queue->watch(500ms);
    m_servers->watch(5s);
    m_dispatcher->start();
    return net::Done{};
}

void JobServices::stop()
{
    if (!m_open)
        return;
    m_servers->watch(0ms);
    m_queue->watch(0ms);
    m_dispatcher->stop();
}

jobs::JobStore *JobServices::store() const
{
    return m_open ? m_store.get() : nullptr;
}

jobs::JobQueue *JobServices::queue() const
{
    return m_open ? m_queue.get() : nullptr;
}

jobs::JobDispatcher *JobServices::dispatcher() const
{
    return m_open ? m_dispatcher.get() : nullptr;
}

jobs::GpuMemoryFreer *JobServices::memoryFreer() const
{
    return m_open ? m_freer.get() : nullptr;
}

} // namespace c41::app
