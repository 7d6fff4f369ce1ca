// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrig.h"

#include "demolab.h"
#include "fakecomfyui.h"
#include "fakeollama.h"
#include "fixtures.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobservers.h"
#include "jobs/jobstore.h"
#include "studio/chatdatabase.h"
#include "studio/chatsession.h"
#include "studio/chatstore.h"
#include "studio/memorysecretstore.h"
#include "studio/modelcatalog.h"
#include "studio/personastore.h"
#include "studio/studioconfig.h"
#include "studio/studiomonitor.h"
#include "studio/telemetryservice.h"
#include "studio/telemetrysource.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <qcorotimer.h>

using namespace std::chrono_literals;

namespace c41::testing {

SoakRig::SoakRig(QString dir, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(dir))
    , m_now(QDateTime::currentDateTimeUtc())
{
}

SoakRig::~SoakRig()
{
    m_dispatcher.reset();
    m_queue.reset();
    m_executor.reset();
    m_session.reset();
    m_catalog.reset();
    m_telemetry.reset();
    m_monitor.reset();
}

QString SoakRig::jobsDb() const
{
    return m_dir + QStringLiteral("/jobs.db");
}

QString SoakRig::chatsDb() const
{
    return m_dir + QStringLiteral("/chats.sqlite");
}

QString SoakRig::start()
{
    m_lab = std::make_unique<fakes::DemoLab>();
    if (const auto started = m_lab->start(); !started.ok())
        return started.error().toString();
    // Fast fakes: jobs and replies take milliseconds, nobody else submits.
    m_lab->comfyUi()->setDemoActivity(false);
    m_lab->comfyUi()->setTimeScale(0.001);
    m_lab->ollama()->setTimeScale(0.001);
    const auto config = studio::StudioConfig::parse(m_lab->configJson(), QStringLiteral("demo"));
    if (!config.ok())
        return config.error().toString();

    m_secrets = std::make_unique<studio::MemorySecretStore>();
    m_monitor = std::make_unique<studio::StudioMonitor>(*config, m_secrets.get(), &m_nam);
    m_telemetry = std::make_unique<studio::TelemetryService>(&m_nam);
    m_telemetry->setClock([this] { return m_now; });
    // The sources' own schedules stay idle: second() drives every poll.
    m_telemetry->setLlmInterval(24h);
    m_telemetry->setConfig(*config, 24h);
    m_telemetry->setTickInterval(0ms);
    m_telemetry->start();

    m_catalog = std::make_unique<studio::ModelCatalog>(m_monitor.get());
    m_chatDb = std::make_unique<studio::ChatDatabase>(chatsDb());
    if (const auto opened = m_chatDb->open(); !opened.ok())
        return opened.error().toString();
    m_chatStore = std::make_unique<studio::ChatStore>(*m_chatDb);
    m_personas = std::make_unique<studio::PersonaStore>(*m_chatDb);
    m_session =
        std::make_unique<studio::ChatSession>(m_catalog.get(), m_chatStore.get(), m_personas.get());
    m_chatModel = m_lab->ollama()->models().first().name;
    m_session->setTarget(QStringLiteral("brain-ollama"), m_chatModel);
    connect(m_session.get(), &studio::ChatSession::replyFinished, this,
            [this](const studio::StoredMessage &answer) {
                ++(answer.error.isEmpty() ? m_chatsOk : m_chatsFailed);
            });

    m_jobStore = std::make_unique<jobs::JobStore>(jobsDb());
    if (const auto opened = m_jobStore->open(); !opened.ok())
        return opened.error().toString();
    m_servers =
        std::make_unique<jobs::StaticJobServers>(jobs::StaticJobServers::fromConfig(*config));
    m_executor = std::make_unique<jobs::ComfyUiJobExecutor>(&m_nam, m_dir + QStringLiteral("/out"));
    for (const studio::ServerConfig &s : config->servers) {
        if (s.address.kind == studio::ServerKind::ComfyUi)
            m_executor->addServer(s.name, s.address.url);
    }
    m_executor->setPollInterval(50ms);
    m_dispatcher = std::make_unique<jobs::JobDispatcher>(m_jobStore.get(), m_servers.get());
    m_dispatcher->addExecutor(m_executor.get());
    m_dispatcher->setTickInterval(50ms);
    m_queue = std::make_unique<jobs::JobQueue>(m_jobStore.get());
    m_queue->setDispatcher(m_dispatcher.get());
    m_dispatcher->start();
    return {};
}

QCoro::Task<> SoakRig::second()
{
    QPointer<SoakRig> self(this);
    // Both at once, as the app's timers would have them.
    auto polls = m_telemetry->pollAll();
    auto probes = m_monitor->checkAll();
    co_await polls;
    co_await probes;
    if (!self)
        co_return;
    m_probes += static_cast<qint64>(m_monitor->states().size());
    // One pass of the event loop: the telemetry tick records what was polled.
    co_await QCoro::sleepFor(0ms);
    if (!self)
        co_return;
    m_now = m_now.addSecs(1);
    ++m_seconds;
}

void SoakRig::submitJob()
{
    jobs::Job job;
    job.kind = jobs::JobKind::Image;
    job.params = {
        {"prompt", "soak"},
        {"seed", m_jobsSubmitted},
        {"workflow",
         nlohmann::json::parse(
             readFixture(QStringLiteral("comfyui/workflow_a_invert.json")).toStdString())}};
    if (m_queue->submit(job).ok())
        ++m_jobsSubmitted;
}

void SoakRig::chat()
{
    if (m_session->isBusy())
        return;
    if (m_chatsSent % 4 == 0)
        m_session->startNew();
    if (m_session->send(QStringLiteral("Soak turn %1: say something short.").arg(m_chatsSent)))
        ++m_chatsSent;
}

void SoakRig::clearServerHistory()
{
    QNetworkRequest request(m_lab->comfyUi()->url().resolved(QUrl(QStringLiteral("/history"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, QByteArrayLiteral("{\"clear\": true}"));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

qint64 SoakRig::requests() const
{
    qint64 polls = 0;
    for (const QString &box : m_telemetry->boxes()) {
        for (const studio::TelemetrySource *source : m_telemetry->sources(box))
            polls += source->polls();
    }
    return polls + m_probes;
}

int SoakRig::jobsSucceeded() const
{
    jobs::JobFilter filter;
    filter.states = {jobs::JobState::Succeeded};
    const auto n = m_jobStore->count(filter);
    return n.ok() ? *n : -1;
}

int SoakRig::jobsUnfinished() const
{
    jobs::JobFilter filter;
    filter.states = {jobs::JobState::Queued, jobs::JobState::Dispatched, jobs::JobState::Running};
    const auto n = m_jobStore->count(filter);
    return n.ok() ? *n : -1;
}

qsizetype SoakRig::historySeries() const
{
    return m_telemetry->history().seriesCount();
}

} // namespace c41::testing
