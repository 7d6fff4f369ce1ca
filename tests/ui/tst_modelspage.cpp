// SPDX-License-Identifier: GPL-3.0-or-later
// The Models page against the fake Ollama and llama.cpp servers: rows with sizes,
// Unload changing what is in memory, readable errors, filter, empty state.
#include "fakeollama.h"
#include "fakeopenaiserver.h"
#include "models/llmmodelsmodel.h"
#include "pages/modelspage.h"
#include "studio/memorysecretstore.h"
#include "studio/modelcatalog.h"
#include "studio/studiomonitor.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace c41;
using Model = c41::ui::LlmModelsModel;

class TestModelsPage : public QObject
{
    Q_OBJECT

private:
    fakes::FakeOllama m_ollama;
    fakes::FakeOpenAiServer m_llama;
    quint16 m_closedPort = 0;
    QNetworkAccessManager m_nam;
    studio::MemorySecretStore m_secrets;

    studio::StudioConfig config(bool withLlm = true) const
    {
        const QString servers =
            withLlm ? QStringLiteral("{\"name\":\"brain-ollama\",\"url\":\"ollama+%1\"},"
                                     "{\"name\":\"brain-llama\",\"url\":\"openai+%2\"},"
                                     "{\"name\":\"forge-ollama\",\"url\":\"ollama+http://"
                                     "127.0.0.1:%3\"}")
                          .arg(m_ollama.url().toString(), m_llama.url().toString())
                          .arg(m_closedPort)
                    : QStringLiteral("{\"name\":\"forge-comfy\",\"url\":\"comfyui+%1\"}")
                          .arg(m_llama.url().toString());
        const QByteArray json = (QStringLiteral("{\"boxes\":[{\"name\":\"brain\",\"servers\":[") +
                                 servers + QStringLiteral("]}]}"))
                                    .toUtf8();
        return *studio::StudioConfig::parse(json, QStringLiteral("t.json"));
    }

    // The view row of a model, through the sort/filter proxy.
    static int viewRow(ui::ModelsPage &page, const QString &server, const QString &model)
    {
        QAbstractItemModel *m = page.view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (i.data(Model::ServerRole).toString() == server &&
                i.data(Model::ModelNameRole).toString() == model)
                return r;
        }
        return -1;
    }

    static QString cell(ui::ModelsPage &page, int row, int column)
    {
        return page.view()->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ollama.setTimeScale(0.001);
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

    void rowsAppearWithSizesAndLoadedState()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show(); // starts the periodic refresh
        QVERIFY(catalog.isRunning());
        QTRY_COMPARE(page.model()->modelCount(), 5);
        QTRY_COMPARE(page.model()->errorCount(), 1);
        QCOMPARE(page.model()->loadedCount(), 2); // qwen3 on Ollama + llama.cpp's model

        const int qwen = viewRow(page, QStringLiteral("brain-ollama"), QStringLiteral("qwen3:14b"));
        QVERIFY(qwen >= 0);
        QVERIFY(cell(page, qwen, Model::SizeColumn).endsWith(QStringLiteral("GB")));
        QVERIFY(cell(page, qwen, Model::ParamsColumn).contains(QStringLiteral("qwen3")));
        QVERIFY(!cell(page, qwen, Model::QuantColumn).isEmpty());
        QVERIFY(cell(page, qwen, Model::ContextColumn) != QStringLiteral("—"));
        const QString state = cell(page, qwen, Model::StateColumn);
        QVERIFY2(state.startsWith(QStringLiteral("In memory")), qPrintable(state));
        QVERIFY2(state.contains(QStringLiteral("unloads in")), qPrintable(state));
        const int gemma =
            viewRow(page, QStringLiteral("brain-ollama"), QStringLiteral("gemma3:12b"));
        QCOMPARE(cell(page, gemma, Model::StateColumn), QStringLiteral("Not loaded"));

        QVERIFY(QDir().mkpath(QStringLiteral("/tmp")));
        QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("gui-chat-models.png"))));
        page.hide();
        QVERIFY(!catalog.isRunning());
    }

    void unreachableServerShowsItsError()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        page.show();
        QTRY_COMPARE(page.model()->errorCount(), 1);
        QAbstractItemModel *m = page.view()->model();
        int errorRow = -1;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(Model::IsErrorRole).toBool())
                errorRow = r;
        QVERIFY(errorRow >= 0);
        QCOMPARE(cell(page, errorRow, Model::ServerColumn), QStringLiteral("forge-ollama"));
        QCOMPARE(cell(page, errorRow, Model::ModelColumn), QStringLiteral("Unreachable"));
        const QString error = cell(page, errorRow, Model::StateColumn);
        QVERIFY2(error.contains(QStringLiteral("forge-ollama")), qPrintable(error));
        // An error row offers no action.
        page.view()->selectRow(errorRow);
        auto *load = page.findChild<QPushButton *>();
        QVERIFY(load);
        const auto buttons = page.findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    }

    void unloadChangesTheLoadedState()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        page.show();
        QTRY_COMPARE(page.model()->modelCount(), 5);
        const QString ollama = QStringLiteral("brain-ollama");
        int qwen = viewRow(page, ollama, QStringLiteral("qwen3:14b"));
        page.view()->selectRow(qwen);
        QPushButton *unload = nullptr;
        QPushButton *load = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->accessibleName() == QStringLiteral("Unload selected models"))
                unload = b;
            if (b->accessibleName() == QStringLiteral("Load selected models"))
                load = b;
        }
        QVERIFY(unload && load);
        QVERIFY(unload->isEnabled());
        QVERIFY(!load->isEnabled()); // already loaded
        QTest::mouseClick(unload, Qt::LeftButton);
        // Busy on the row at once, then the result.
        qwen = viewRow(page, ollama, QStringLiteral("qwen3:14b"));
        QCOMPARE(cell(page, qwen, Model::StateColumn), QStringLiteral("Unloading…"));
        QVERIFY(page.message().contains(QStringLiteral("Unloading qwen3:14b")));
        QTRY_VERIFY(page.message().contains(QStringLiteral("was unloaded")));
        qwen = viewRow(page, ollama, QStringLiteral("qwen3:14b"));
        QTRY_COMPARE(cell(page, qwen, Model::StateColumn), QStringLiteral("Not loaded"));
        QVERIFY(!m_ollama.loadedModels().contains(QStringLiteral("qwen3:14b")));
        QTRY_VERIFY(load->isEnabled());

        // Pin another one.
        const int gemma = viewRow(page, ollama, QStringLiteral("gemma3:12b"));
        page.view()->selectRow(gemma);
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->accessibleName() == QStringLiteral("Pin selected models"))
                QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(page.message().contains(QStringLiteral("is pinned")));
        QTRY_VERIFY(
            cell(page, viewRow(page, ollama, QStringLiteral("gemma3:12b")), Model::StateColumn)
                .contains(QStringLiteral("pinned")));
    }

    void serverThatCannotLoadSaysSo()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        page.show();
        QTRY_COMPARE(page.model()->modelCount(), 5);
        const int row = viewRow(page, QStringLiteral("brain-llama"), m_llama.model().name);
        QVERIFY(row >= 0);
        page.view()->selectRow(row);
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->accessibleName() == QStringLiteral("Unload selected models")) {
                QVERIFY(b->isEnabled());
                QTest::mouseClick(b, Qt::LeftButton);
            }
        // llama-server holds its one model for good: it cannot unload, and says so.
        QTRY_VERIFY2(page.message().contains(QStringLiteral("brain-llama")),
                     qPrintable(page.message()));
        QTRY_VERIFY2(!page.message().contains(QStringLiteral("Unloading")),
                     qPrintable(page.message()));
        QVERIFY(!page.message().contains(QStringLiteral("was unloaded")));
        QVERIFY(page.model()->loadedCount() >= 1);
    }

    void filterNarrowsTheRows()
    {
        studio::StudioMonitor monitor(config(), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        page.show();
        QTRY_COMPARE(page.model()->modelCount(), 5);
        QTRY_COMPARE(page.model()->errorCount(), 1);
        auto *filter = page.findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("GEMMA"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, Model::ModelColumn), QStringLiteral("gemma3:12b"));
        filter->clear();
        QCOMPARE(page.view()->model()->rowCount(), 6);
    }

    void emptyStateWithoutLlmServers()
    {
        studio::StudioMonitor monitor(config(false), &m_secrets, &m_nam);
        studio::ModelCatalog catalog(&monitor);
        ui::ModelsPage page(&catalog);
        page.resize(1280, 800);
        page.show();
        QVERIFY(!catalog.isRunning());
        QLabel *empty = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->accessibleName() == QStringLiteral("No LLM server configured"))
                empty = l;
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!page.view()->isVisible());
        QVERIFY(
            page.grab().save(QDir::temp().filePath(QStringLiteral("gui-chat-models-empty.png"))));
    }
};

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
