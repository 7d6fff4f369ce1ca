// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs sent to servers that require an API key: the queue loads each server's key
// from the secret store before its first job there (ServerKeys + KeyedJobExecutor),
// against FakeOpenAiServer --api-key, FakeTts with a key and FakeComfyUi behind a
// key-checking proxy.
#include "backends/comfyui/comfyuiclient.h"
#include "fakecomfyui.h"
#include "fakeopenaiserver.h"
#include "faketts.h"
#include "fixtures.h"
#include "jobs/comfyuijobexecutor.h"
#include "jobs/gpumemoryfreer.h"
#include "jobs/jobdispatcher.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "jobs/keyedjobexecutor.h"
#include "jobs/llmjobexecutor.h"
#include "jobs/serverkeys.h"
#include "jobs/ttsjobexecutor.h"
#include "net/httpclient.h"
#include "studio/memorysecretstore.h"
#include "studio/studioconfig.h"

#include <QCoroTask>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace c41;
using namespace c41::jobs;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using json = nlohmann::json;

class TestServerKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<fakes::FakeOpenAiServer> m_llama;
    std::unique_ptr<fakes::FakeTts> m_tts;
    std::unique_ptr<fakes::FakeComfyUi> m_comfy;
    std::unique_ptr<studio::MemorySecretStore> m_secrets;
    studio::StudioConfig m_config;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<StaticJobServers> m_servers;
    std::unique_ptr<LlmJobExecutor> m_llm;
    std::unique_ptr<TtsJobExecutor> m_speech;
    std::unique_ptr<ComfyUiJobExecutor> m_images;
    std::unique_ptr<ServerKeys> m_keys;
    std::unique_ptr<KeyedJobExecutor> m_keyed;
    std::unique_ptr<JobDispatcher> m_dispatcher;
    std::unique_ptr<JobQueue> m_queue;

    void storeKey(const QString &server, const QString &key)
    {
        QVERIFY(QCoro::waitFor(m_secrets->write(u"server/"_s + server, key)).ok());
    }

    qint64 submit(JobKind kind, const QString &server, json params)
    {
        Job job;
        job.kind = kind;
        job.target = server;
        job.params = std::move(params);
        auto id = m_queue->submit(job);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    qint64 chat(const QString &prompt)
    {
        return submit(
            JobKind::Chat, u"brain-llama"_s,
            json{{"model", m_llama->model().name.toStdString()}, {"prompt", prompt.toStdString()}});
    }

    qint64 image()
    {
        return submit(
            JobKind::Image, u"forge-comfy"_s,
            json{{"workflow",
                  json::parse(
                      testing::readFixture(u"comfyui/workflow_a_invert.json"_s).toStdString())}});
    }

    Job jobOf(qint64 id) { return m_store->job(id).value(); }
    bool finished(qint64 id) { return jobOf(id).isFinished(); }

    static QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_llama = std::make_unique<fakes::FakeOpenAiServer>();
        m_llama->setTimeScale(0);
        m_llama->setApiKey(u"llama-key"_s);
        QVERIFY(m_llama->listen());
        m_tts = std::make_unique<fakes::FakeTts>();
        m_tts->setTimeScale(0);
        m_tts->setApiKey(u"tts-key"_s);
        QVERIFY(m_tts->listen());
        m_comfy = std::make_unique<fakes::FakeComfyUi>();
        m_comfy->setTimeScale(0.001);
        m_comfy->setApiKey(u"comfy-key"_s);
        QVERIFY(m_comfy->listen());
        m_secrets = std::make_unique<studio::MemorySecretStore>();

        const QString text =
            u"{\"version\":1,\"boxes\":[{\"name\":\"brain\",\"servers\":["
            "{\"name\":\"brain-llama\",\"url\":\"openai+%1\",\"auth\":\"bearer\"},"
            "{\"name\":\"forge-tts\",\"url\":\"tts+%2\",\"auth\":\"x-api-key\"},"
            "{\"name\":\"forge-comfy\",\"url\":\"comfyui+%3\",\"auth\":\"bearer\"}]}]}"_s.arg(
                m_llama->url().toString(), m_tts->url().toString(), m_comfy->url().toString());
        auto config = studio::StudioConfig::parse(text.toUtf8(), u"studio.json"_s);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
        m_config = *config;
        QCOMPARE(m_config.servers.size(), 3);
        QCOMPARE(m_config.servers.at(0).auth, net::Auth::Scheme::Bearer);
        QCOMPARE(m_config.servers.at(1).auth, net::Auth::Scheme::ApiKey);

        m_store = std::make_unique<JobStore>(m_dir->filePath(u"jobs.db"_s));
        QVERIFY(m_store->open().ok());
        m_servers = std::make_unique<StaticJobServers>(StaticJobServers::fromConfig(m_config));
        const QString out = m_dir->filePath(u"out"_s);
        m_llm = std::make_unique<LlmJobExecutor>(m_nam.get(), out);
        m_speech = std::make_unique<TtsJobExecutor>(m_nam.get(), out);
        // As JobServices and c41ctl wire them.
        m_keys = std::make_unique<ServerKeys>(m_secrets.get(), m_config);
        m_llm->addServer(u"brain-llama"_s, studio::ServerKind::OpenAi, m_llama->url());
        m_keys->addClient(u"brain-llama"_s, m_llm->client(u"brain-llama"_s));
        m_speech->addServer(u"forge-tts"_s, m_tts->url());
        m_keys->addClient(u"forge-tts"_s, m_speech->client(u"forge-tts"_s));
        m_images = std::make_unique<ComfyUiJobExecutor>(m_nam.get(), out);
        m_images->setPollInterval(20ms);
        m_images->setServerGrace(3s);
        m_images->addServer(u"forge-comfy"_s, m_comfy->url());
        m_keys->addClient(u"forge-comfy"_s, m_images->client(u"forge-comfy"_s)->http());
        m_keyed = std::make_unique<KeyedJobExecutor>(
            m_keys.get(), QList<JobExecutor *>{m_images.get(), m_llm.get(), m_speech.get()});
        m_dispatcher = std::make_unique<JobDispatcher>(m_store.get(), m_servers.get());
        m_dispatcher->addExecutor(m_keyed.get());
        m_dispatcher->setTickInterval(20ms);
        m_queue = std::make_unique<JobQueue>(m_store.get());
        m_queue->setDispatcher(m_dispatcher.get());
        m_dispatcher->start();
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_queue.reset();
        m_keyed.reset();
        m_keys.reset();
        m_images.reset();
        m_speech.reset();
        m_llm.reset();
        m_servers.reset();
        m_store.reset();
        m_secrets.reset();
        m_comfy.reset();
        m_tts.reset();
        m_llama.reset();
        m_nam.reset();
        m_dir.reset();
    }

    void chatOnAKeyedServerRunsWithTheStoredKey()
    {
        storeKey(u"brain-llama"_s, u"llama-key"_s);
        const qint64 id = chat(u"Say hello."_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.error));
        QCOMPARE(job.server, u"brain-llama"_s);
        QVERIFY(!job.outputs.empty());
        QVERIFY(!readText(QString::fromStdString(job.outputs.at(0).get<std::string>()))
                     .trimmed()
                     .isEmpty());
        // The key went as a bearer token, and nothing went without it.
        bool sawChat = false;
        for (const fakes::FakeRequest &r : m_llama->http()->recentRequests()) {
            if (r.path.contains(u"chat/completions"_s)) {
                sawChat = true;
                QCOMPARE(r.header("Authorization"), QByteArray("Bearer llama-key"));
            }
        }
        QVERIFY(sawChat);
    }

    void chatWithoutAKeyFailsSayingHowToStoreIt()
    {
        const qint64 id = chat(u"Say hello."_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.error.contains(u"brain-llama"_s), qPrintable(job.error));
        QVERIFY2(job.error.contains(u"requires an API key"_s), qPrintable(job.error));
        QVERIFY2(job.error.contains(u"c41ctl secret set brain-llama"_s), qPrintable(job.error));
        // Nothing was sent to the server without its key.
        for (const fakes::FakeRequest &r : m_llama->http()->recentRequests())
            QVERIFY2(!r.path.contains(u"chat/completions"_s), qPrintable(r.path));

        // Stored meanwhile (c41ctl secret set): the next job picks it up.
        storeKey(u"brain-llama"_s, u"llama-key"_s);
        const qint64 again = chat(u"Say hello again."_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished(again), 10000);
        QVERIFY2(jobOf(again).state == JobState::Succeeded, qPrintable(jobOf(again).error));
    }

    void aWrongKeyFailsWithTheServersAnswer()
    {
        storeKey(u"brain-llama"_s, u"not-the-key"_s);
        const qint64 id = chat(u"Say hello."_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.error.contains(u"brain-llama"_s), qPrintable(job.error));
        QVERIFY2(job.error.contains(u"401"_s), qPrintable(job.error));
    }

    void speechOnAKeyedServerRunsWithTheStoredKey()
    {
        storeKey(u"forge-tts"_s, u"tts-key"_s);
        const qint64 id =
            submit(JobKind::Tts, u"forge-tts"_s,
                   json{{"text", "The render is done."}, {"voice", "alloy"}, {"format", "wav"}});
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.error));
        QVERIFY(!job.outputs.empty());
        QFile wav(QString::fromStdString(job.outputs.at(0).get<std::string>()));
        QVERIFY(wav.open(QIODevice::ReadOnly));
        QCOMPARE(wav.read(4), QByteArray("RIFF"));
        bool sawSpeech = false;
        for (const fakes::FakeRequest &r : m_tts->http()->recentRequests()) {
            if (r.path == u"/v1/audio/speech"_s) {
                sawSpeech = true;
                QCOMPARE(r.header("X-Api-Key"), QByteArray("tts-key"));
            }
        }
        QVERIFY(sawSpeech);
    }

    void speechWithoutAKeyFailsSayingHowToStoreIt()
    {
        const qint64 id =
            submit(JobKind::Tts, u"forge-tts"_s,
                   json{{"text", "The render is done."}, {"voice", "alloy"}, {"format", "wav"}});
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.error.contains(u"forge-tts"_s), qPrintable(job.error));
        QVERIFY2(job.error.contains(u"c41ctl secret set forge-tts"_s), qPrintable(job.error));
    }

    void imageOnAComfyUiBehindAKeyRunsWithTheStoredKey()
    {
        storeKey(u"forge-comfy"_s, u"comfy-key"_s);
        const qint64 id = image();
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 15000);
        const Job job = jobOf(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.error));
        QCOMPARE(job.server, u"forge-comfy"_s);
        QVERIFY(!job.outputs.empty());
        QVERIFY(QFileInfo(QString::fromStdString(job.outputs.at(0).get<std::string>())).size() > 0);
    }

    void imageWithoutAKeyFailsSayingHowToStoreIt()
    {
        const qint64 id = image();
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), 10000);
        const Job job = jobOf(id);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.error.contains(u"forge-comfy"_s), qPrintable(job.error));
        QVERIFY2(job.error.contains(u"c41ctl secret set forge-comfy"_s), qPrintable(job.error));
        QCOMPARE(m_comfy->queueRemaining(), 0);
    }

    void freeingGpuMemoryUsesTheKey()
    {
        m_dispatcher->stop();
        GpuMemoryFreer freer(m_store.get());
        freer.addServer(m_images->client(u"forge-comfy"_s));
        freer.setServerKeys(m_keys.get());
        QList<FreeMemoryResult> results = QCoro::waitFor(freer.freeIdle());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, FreeMemoryResult::Outcome::Failed);
        QVERIFY2(results.at(0).text().contains(u"c41ctl secret set forge-comfy"_s),
                 qPrintable(results.at(0).text()));

        storeKey(u"forge-comfy"_s, u"comfy-key"_s);
        results = QCoro::waitFor(freer.freeIdle());
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).outcome == FreeMemoryResult::Outcome::Freed,
                 qPrintable(results.at(0).text()));
    }

    void serversWithoutAuthNeedNoKey()
    {
        studio::StudioConfig config = m_config;
        config.servers[0].auth = net::Auth::Scheme::None;
        ServerKeys keys(m_secrets.get(), config);
        QVERIFY(!keys.needsKey(u"brain-llama"_s));
        QVERIFY(keys.needsKey(u"forge-tts"_s));
        QVERIFY(QCoro::waitFor(keys.ensure(u"brain-llama"_s)).ok());
        QVERIFY(!QCoro::waitFor(keys.ensure(u"forge-tts"_s)).ok());
        // A client registered after the key was loaded gets it too.
        storeKey(u"forge-tts"_s, u"tts-key"_s);
        QVERIFY(QCoro::waitFor(keys.ensure(u"forge-tts"_s)).ok());
        net::HttpClient late(m_nam.get(), u"forge-tts"_s, m_tts->url());
        keys.addClient(u"forge-tts"_s, &late);
        auto models = QCoro::waitFor(late.get(u"/v1/models"_s));
        QVERIFY2(models.ok(), models.ok() ? "" : qPrintable(models.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestServerKeys)
#include "tst_serverkeys.moc"
