// SPDX-License-Identifier: GPL-3.0-or-later
// The model catalog against the fake Ollama and llama.cpp servers: every server's
// models with sizes and what is loaded, load/unload/pin, and readable errors.
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "studio/memorysecretstore.h"
#include "studio/modelcatalog.h"
#include "studio/studiomonitor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <qcorotask.h>

using namespace c41;
using c41::studio::ModelCatalog;

class TestModelCatalog : public QObject
{
    Q_OBJECT

private:
    fakes::FakeOllama m_ollama;
    fakes::FakeOpenAiServer m_llama;
    quint16 m_closedPort = 0;
    QNetworkAccessManager m_nam;
    studio::MemorySecretStore m_secrets;

    studio::StudioConfig config() const
    {
        const QByteArray json =
            QStringLiteral("{\"boxes\":[{\"name\":\"brain\",\"servers\":["
                           "{\"name\":\"brain-ollama\",\"url\":\"ollama+%1\"},"
                           "{\"name\":\"brain-llama\",\"url\":\"openai+%2\"},"
                           "{\"name\":\"brain-comfy\",\"url\":\"comfyui+%2\"}]},"
                           "{\"name\":\"forge\",\"servers\":["
                           "{\"name\":\"forge-ollama\",\"url\":\"ollama+http://127.0.0.1:%3\"}]}]}")
                .arg(m_ollama.url().toString(), m_llama.url().toString())
                .arg(m_closedPort)
                .toUtf8();
        auto parsed = studio::StudioConfig::parse(json, QStringLiteral("t.json"));
        return *parsed;
    }

    static const studio::CatalogModel *find(const studio::CatalogServer *server,
                                            const QString &name)
    {
        for (const studio::CatalogModel &m : server->models)
            if (m.model.name == name)
                return &m;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ollama.setTimeScale(0);
        m_llama.setTimeScale(0);
        QVERIFY(m_ollama.listen());
        QVERIFY(m_llama.listen());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
    }

    void init()
    {
        m_ollama.setModels(fakes::FakeOllama::defaultModels());
        QVERIFY(m_ollama.loadModel(QStringLiteral("qwen3:14b")));
    }

    void listsEveryLlmServerWithSizesAndLoadedState()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ModelCatalog catalog(&monitor);
        QCOMPARE(catalog.serverNames(),
                 QStringList({QStringLiteral("brain-ollama"), QStringLiteral("brain-llama"),
                              QStringLiteral("forge-ollama")}));
        QSignalSpy changed(&catalog, &ModelCatalog::serverChanged);
        QCoro::waitFor(catalog.refresh());
        QVERIFY(changed.count() >= 3);

        const studio::CatalogServer *ollama = catalog.server(QStringLiteral("brain-ollama"));
        QVERIFY(ollama->error.isEmpty());
        QVERIFY(ollama->refreshedAt.isValid());
        QCOMPARE(ollama->models.size(), 4);
        for (const studio::CatalogModel &m : ollama->models) {
            QVERIFY2(m.model.sizeBytes > 1'000'000'000, qPrintable(m.model.name));
            QVERIFY(!m.model.quantization.isEmpty());
        }
        const studio::CatalogModel *qwen = find(ollama, QStringLiteral("qwen3:14b"));
        QVERIFY(qwen && qwen->loaded);
        QVERIFY(qwen->loaded->sizeBytes > 0);
        QVERIFY(qwen->loaded->expiresAt.isValid());
        QVERIFY(!find(ollama, QStringLiteral("llama3.2:3b"))->loaded);

        const studio::CatalogServer *llama = catalog.server(QStringLiteral("brain-llama"));
        QVERIFY(llama->error.isEmpty());
        QCOMPARE(llama->models.size(), 1);
        QVERIFY(llama->models.first().loaded); // llama-server holds its one model
        QVERIFY(llama->models.first().model.contextLength > 0);
    }

    void unreachableServerSaysWhy()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ModelCatalog catalog(&monitor);
        QCoro::waitFor(catalog.refreshServer(QStringLiteral("forge-ollama")));
        const studio::CatalogServer *forge = catalog.server(QStringLiteral("forge-ollama"));
        QVERIFY(forge->models.isEmpty());
        QVERIFY2(forge->error.contains(QStringLiteral("forge-ollama")), qPrintable(forge->error));
        QVERIFY(!forge->refreshing);
    }

    void unloadLoadAndPinChangeWhatIsInMemory()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ModelCatalog catalog(&monitor);
        QCoro::waitFor(catalog.refresh());
        const QString server = QStringLiteral("brain-ollama");
        QSignalSpy started(&catalog, &ModelCatalog::actionStarted);
        QSignalSpy finished(&catalog, &ModelCatalog::actionFinished);

        auto unload =
            catalog.run(ModelCatalog::Action::Unload, server, QStringLiteral("qwen3:14b"));
        QCOMPARE(started.count(), 1);
        QVERIFY(catalog.pending(server, QStringLiteral("qwen3:14b")).has_value());
        const net::Status unloaded = QCoro::waitFor(std::move(unload));
        QVERIFY(unloaded.ok());
        QVERIFY(!catalog.pending(server, QStringLiteral("qwen3:14b")));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(3).toString(), QString());
        QVERIFY(!find(catalog.server(server), QStringLiteral("qwen3:14b"))->loaded);
        QVERIFY(!m_ollama.loadedModels().contains(QStringLiteral("qwen3:14b")));

        const net::Status loaded = QCoro::waitFor(
            catalog.run(ModelCatalog::Action::Load, server, QStringLiteral("llama3.2:3b")));
        QVERIFY(loaded.ok());
        const auto *llama = find(catalog.server(server), QStringLiteral("llama3.2:3b"));
        QVERIFY(llama->loaded && !llama->loaded->pinned);

        const net::Status pinned = QCoro::waitFor(
            catalog.run(ModelCatalog::Action::Pin, server, QStringLiteral("gemma3:12b")));
        QVERIFY(pinned.ok());
        const auto *gemma = find(catalog.server(server), QStringLiteral("gemma3:12b"));
        QVERIFY(gemma->loaded && gemma->loaded->pinned);
    }

    void serverThatCannotLoadSaysSo()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ModelCatalog catalog(&monitor);
        QSignalSpy finished(&catalog, &ModelCatalog::actionFinished);
        const net::Status done = QCoro::waitFor(catalog.run(
            ModelCatalog::Action::Load, QStringLiteral("brain-llama"), m_llama.model().name));
        QVERIFY(!done.ok());
        QVERIFY(done.error().toString().contains(QStringLiteral("brain-llama")));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(3).toString(), done.error().toString());

        const net::Status other = QCoro::waitFor(catalog.run(
            ModelCatalog::Action::Load, QStringLiteral("brain-comfy"), QStringLiteral("x")));
        QVERIFY(!other.ok()); // not an LLM server: refused, not crashed
    }

    void periodicRefreshFollowsTheServer()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        ModelCatalog catalog(&monitor);
        catalog.setInterval(std::chrono::milliseconds(50));
        catalog.start();
        QVERIFY(catalog.isRunning());
        const QString server = QStringLiteral("brain-ollama");
        QTRY_VERIFY(catalog.server(server)->refreshedAt.isValid());
        QVERIFY(m_ollama.loadModel(QStringLiteral("gemma3:12b")));
        QTRY_VERIFY(find(catalog.server(server), QStringLiteral("gemma3:12b"))->loaded);
        catalog.stop();
        QVERIFY(!catalog.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
