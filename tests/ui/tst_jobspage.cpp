// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs page over a real JobStore in a temporary folder: jobs in every
// state, filters, the details of a failed job, Cancel and Retry, a progress
// change updating its row without a reset, paging and the empty state.
#include "backends/comfyui/comfyuiclient.h"
#include "fakecomfyui.h"
#include "jobs/gpumemoryfreer.h"
#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "models/jobsmodel.h"
#include "pages/jobspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace c41;
using jobs::Job;
using jobs::JobKind;
using jobs::JobState;
using Model = c41::ui::JobsModel;

class TestJobsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbs = 0;
    const QString m_owner = QStringLiteral("test/1/a");

    struct Studio
    {
        std::unique_ptr<jobs::JobStore> store;
        std::unique_ptr<jobs::JobQueue> queue;
        qint64 queued = 0, queued2 = 0, dispatched = 0, running = 0, succeeded = 0, failed = 0,
               cancelled = 0, lost = 0;
    };

    std::unique_ptr<jobs::JobStore> openStore()
    {
        auto store = std::make_unique<jobs::JobStore>(
            m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_dbs)));
        const auto opened = store->open();
        if (!opened.ok())
            qWarning() << opened.error().toString();
        return store;
    }

    qint64 add(jobs::JobStore &store, JobKind kind, const char *prompt)
    {
        Job job;
        job.kind = kind;
        job.params = {{"prompt", prompt}, {"seed", 42}, {"steps", 30}};
        auto id = store.enqueue(job);
        return id ? *id : 0;
    }

    // Claims a queued job for m_owner on `server`; `accepted`: it runs.
    bool start(jobs::JobStore &store, qint64 id, const QString &server, bool accepted)
    {
        auto c = store.claim(id, m_owner, server, QStringLiteral("remote-%1").arg(id));
        if (!c || !*c)
            return false;
        return !accepted || store.markAccepted(id, m_owner).ok();
    }

    // One job in every state; the succeeded one has a real PNG output.
    Studio studio()
    {
        Studio s;
        s.store = openStore();
        s.queue = std::make_unique<jobs::JobQueue>(s.store.get());
        jobs::JobStore &st = *s.store;
        const QString comfy = QStringLiteral("forge-comfy");
        s.succeeded = add(st, JobKind::Image, "a red fox at sunset, oil painting");
        s.failed = add(st, JobKind::Video, "waves crashing on rocks");
        s.lost = add(st, JobKind::Image, "a lighthouse in fog");
        s.cancelled = add(st, JobKind::Tts, "Hello and welcome to the studio");
        s.dispatched = add(st, JobKind::Image, "mountains at sunset");
        s.running = add(st, JobKind::Image, "a city street in the rain, neon");
        s.queued = add(st, JobKind::LipSync, "portrait singing");
        s.queued2 = add(st, JobKind::Image, "a bowl of fruit at sunset");

        const QString out = m_dir.filePath(QStringLiteral("out%1").arg(m_dbs));
        QDir().mkpath(out);
        const QString png = out + QStringLiteral("/fox_00001_.png");
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(0xe0, 0x70, 0x30));
        image.save(png);

        start(st, s.succeeded, comfy, true);
        st.setOutputDir(s.succeeded, m_owner, out);
        st.finish(s.succeeded, m_owner, JobState::Succeeded, {},
                  nlohmann::json::array({png.toStdString()}));
        start(st, s.failed, comfy, true);
        st.finish(s.failed, m_owner, JobState::Failed,
                  QStringLiteral("forge-comfy: node 12 (VAEDecode): CUDA out of memory"), {});
        start(st, s.lost, comfy, true);
        st.finish(s.lost, m_owner, JobState::Lost,
                  QStringLiteral("forge-comfy restarted and no longer knows this prompt"), {});
        st.cancel(s.cancelled);
        start(st, s.dispatched, comfy, false);
        start(st, s.running, QStringLiteral("forge-comfy-2"), true);
        st.setProgress(s.running, m_owner, 40, QStringLiteral("KSampler 12/30"), 20);
        return s;
    }

    static int rowOf(ui::JobsPage &page, qint64 id) { return page.model()->rowOf(id); }

    static QString stateCell(ui::JobsPage &page, qint64 id)
    {
        return page.model()->index(rowOf(page, id), Model::StateColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void modelPassesTheTesterThroughRefreshesAndPaging()
    {
        Studio s = studio();
        for (int i = 0; i < 450; ++i)
            add(*s.store, JobKind::Tts, "filler line");
        Model model(s.store.get(), s.queue.get());
        // Only the first page is read at first (the tester below fetches more itself).
        QCOMPARE(model.totalCount(), 458);
        QCOMPARE(model.rowCount(), Model::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * Model::kPageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 458);
        QVERIFY(!model.canFetchMore({}));

        s.store->setProgress(s.running, m_owner, 75, QStringLiteral("KSampler 22/30"), 8);
        s.queue->submit(Job{});
        model.refreshNow();
        QCOMPARE(model.rowCount(), 459);
        QCOMPARE(model.index(0, Model::StateColumn).data(Model::StateRole).toInt(),
                 int(JobState::Queued));

        jobs::JobFilter f;
        f.states = {JobState::Failed, JobState::Lost};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(Model::ProgressColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Progress"));
    }

    void rowsShowStateKindServerProgressAndDuration()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        Model *m = page.model();
        QCOMPARE(m->rowCount(), 8);
        // Newest first.
        QCOMPARE(m->index(0, 0).data(Model::JobIdRole).toLongLong(), s.queued2);
        const int running = rowOf(page, s.running);
        QCOMPARE(m->index(running, Model::StateColumn).data().toString(),
                 QStringLiteral("running"));
        QCOMPARE(m->index(running, Model::ServerColumn).data().toString(),
                 QStringLiteral("forge-comfy-2"));
        QCOMPARE(m->index(running, Model::ProgressColumn).data().toString(), QStringLiteral("40%"));
        QVERIFY(m->index(running, 0).data(Model::ActiveRole).toBool());
        QVERIFY(!m->index(running, Model::StartedColumn).data().toString().isEmpty());
        QVERIFY(m->index(running, Model::DurationColumn).data().toString().endsWith(u's'));
        const int queued = rowOf(page, s.queued);
        QCOMPARE(m->index(queued, Model::KindColumn).data().toString(), QStringLiteral("lipsync"));
        QCOMPARE(m->index(queued, Model::TitleColumn).data().toString(),
                 QStringLiteral("portrait singing"));
        QCOMPARE(m->index(queued, Model::ServerColumn).data().toString(), QStringLiteral("any"));
        QVERIFY(m->index(queued, Model::StartedColumn).data().toString().isEmpty());
        QVERIFY(!page.isEmptyStateShown());
    }

    void filtersByStateKindAndTextNarrowTheRows()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QCOMPARE(page.model()->rowCount(), 8);

        page.stateFilter()->setCurrentIndex(
            page.stateFilter()->findText(QStringLiteral("Failed or lost")));
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(rowOf(page, s.failed) >= 0);
        QVERIFY(rowOf(page, s.lost) >= 0);

        page.stateFilter()->setCurrentIndex(page.stateFilter()->findText(QStringLiteral("Queued")));
        QCOMPARE(page.model()->rowCount(), 2);
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findText(QStringLiteral("lipsync")));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->jobAt(0)->id, s.queued);

        page.stateFilter()->setCurrentIndex(0);
        page.kindFilter()->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), 8);
        QTest::keyClicks(page.textFilter(), QStringLiteral("SUNSET"));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(page.model()->jobAt(r)->title().contains(QStringLiteral("sunset")));
        page.textFilter()->clear();
        QTRY_COMPARE(page.model()->rowCount(), 8);
    }

    void selectingAFailedJobShowsItsError()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QVERIFY(page.detailsError().isEmpty());
        QVERIFY(page.selectJob(s.failed));
        QCOMPARE(page.selectedJobId(), s.failed);
        QVERIFY(page.detailsState().startsWith(QStringLiteral("Failed")));
        QCOMPARE(page.detailsError(),
                 QStringLiteral("forge-comfy: node 12 (VAEDecode): CUDA out of memory"));
        QVERIFY(page.retryButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isEnabled());

        // A succeeded job: no error, its output listed with a preview, and revealable.
        QVERIFY(page.selectJob(s.succeeded));
        QVERIFY(page.detailsError().isEmpty());
        QCOMPARE(page.detailsOutputs().size(), 1);
        QVERIFY(page.detailsOutputs().first().endsWith(QStringLiteral("fox_00001_.png")));
        QVERIFY(page.hasPreview());
        QVERIFY(page.revealButton()->isEnabled());
        QVERIFY(!page.retryButton()->isEnabled());
        QVERIFY(page.rerunButton()->isEnabled());
    }

    void cancelOnAQueuedJobCancelsIt()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QVERIFY(page.selectJob(s.queued));
        QVERIFY(page.cancelButton()->isEnabled());
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        QCOMPARE(s.store->job(s.queued)->state, JobState::Cancelled);
        QCOMPARE(stateCell(page, s.queued), QStringLiteral("cancelled"));
        QCOMPARE(page.selectedJobId(), s.queued);
        QVERIFY(!page.cancelButton()->isEnabled());
        QVERIFY(page.message().contains(QStringLiteral("cancelled")));
    }

    void retryOnAFailedJobQueuesANewJob()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QVERIFY(page.selectJob(s.failed));
        QTest::mouseClick(page.retryButton(), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 9);
        const Job *again = page.model()->jobAt(0);
        QVERIFY(again);
        QCOMPARE(again->state, JobState::Queued);
        QCOMPARE(again->retryOf, s.failed);
        QCOMPARE(again->title(), QStringLiteral("waves crashing on rocks"));
        // The failed job stays failed and selected.
        QCOMPARE(stateCell(page, s.failed), QStringLiteral("failed"));
        QCOMPARE(page.selectedJobId(), s.failed);

        // Re-run of a succeeded job: same parameters, a new queued job.
        QVERIFY(page.selectJob(s.succeeded));
        QTest::mouseClick(page.rerunButton(), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 10);
        QCOMPARE(page.model()->jobAt(0)->retryOf, s.succeeded);
        QCOMPARE(page.model()->jobAt(0)->params["seed"], 42);
    }

    void progressChangeUpdatesTheRowWithoutAReset()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QVERIFY(page.selectJob(s.running));
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(page.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(page.model(), &QAbstractItemModel::dataChanged);
        const int row = rowOf(page, s.running);

        QVERIFY(*s.store->setProgress(s.running, m_owner, 65, QStringLiteral("KSampler 20/30"), 9));
        // Many change notifications are coalesced into one refresh.
        for (int i = 0; i < 10; ++i)
            Q_EMIT s.queue->changed();
        QTRY_COMPARE(page.model()->index(row, Model::ProgressColumn).data().toString(),
                     QStringLiteral("65%"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        int rowChanges = 0;
        for (const QList<QVariant> &args : changes)
            if (args.at(1).value<QModelIndex>().column() == Model::ColumnCount - 1)
                ++rowChanges;
        QCOMPARE(rowChanges, 1); // only the running job's row
        QCOMPARE(page.model()->index(row, 0).data(Model::ProgressRole).toDouble(), 65.0);
        QVERIFY(page.detailsState().contains(QStringLiteral("KSampler 20/30")));
        QCOMPARE(page.selectedJobId(), s.running);
    }

    void movesTheSelectedQueuedJobAndTheSelectionFollows()
    {
        Studio s = studio();
        const qint64 third = add(*s.store, JobKind::Image, "a third one");
        const qint64 fourth = add(*s.store, JobKind::Tts, "a fourth one");
        ui::JobsPage page(s.store.get(), s.queue.get());
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // The "Queued" filter lists the queue in the order it runs.
        page.stateFilter()->setCurrentIndex(2);
        const auto rows = [&page] {
            QList<qint64> ids;
            for (int r = 0; r < page.model()->rowCount(); ++r)
                ids << page.model()->index(r, 0).data(Model::JobIdRole).toLongLong();
            return ids;
        };
        QCOMPARE(rows(), (QList<qint64>{s.queued, s.queued2, third, fourth}));
        QCOMPARE(page.model()->index(3, Model::ProgressColumn).data().toString(),
                 QStringLiteral("#4 in queue"));

        // The last job can go up, not down.
        QVERIFY(page.selectJob(fourth));
        QVERIFY(page.moveTopAction()->isEnabled() && page.moveUpAction()->isEnabled());
        QVERIFY(!page.moveDownAction()->isEnabled() && !page.moveBottomAction()->isEnabled());
        // Ctrl+Home on the table: to the top; the row moves and stays selected.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(s.store->queueOrder().value(),
                 (QList<qint64>{fourth, s.queued, s.queued2, third}));
        QCOMPARE(rows(), (QList<qint64>{fourth, s.queued, s.queued2, third}));
        QCOMPARE(page.selectedJobId(), fourth);
        QCOMPARE(page.view()->selectionModel()->selectedRows().first().row(), 0);
        QCOMPARE(page.message(), QStringLiteral("Job %1 runs next.").arg(fourth));
        QVERIFY(!page.moveTopAction()->isEnabled() && page.moveBottomAction()->isEnabled());
        // Ctrl+Down, then Ctrl+End.
        QTest::keyClick(page.view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(rows(), (QList<qint64>{s.queued, fourth, s.queued2, third}));
        QCOMPARE(page.selectedJobId(), fourth);
        QTest::keyClick(page.view(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(rows(), (QList<qint64>{s.queued, s.queued2, third, fourth}));
        QCOMPARE(page.message(),
                 QStringLiteral("Job %1 is now number 4 in the queue.").arg(fourth));
        // The buttons and the context menu do the same.
        QVERIFY(page.selectJob(s.queued2));
        const QList<QAction *> menu = page.view()->actions();
        QVERIFY(menu.contains(page.moveUpAction()) && menu.contains(page.moveBottomAction()));
        QCOMPARE(page.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        page.moveUpAction()->trigger();
        QCOMPARE(rows(), (QList<qint64>{s.queued2, s.queued, third, fourth}));
        QCOMPARE(page.selectedJobId(), s.queued2);
        QCOMPARE(page.model()->index(0, Model::ProgressColumn).data().toString(),
                 QStringLiteral("#1 in queue"));

        // In the whole history (newest first) a move changes the place shown, not the row.
        page.stateFilter()->setCurrentIndex(0);
        QVERIFY(page.selectJob(s.queued));
        const int row = rowOf(page, s.queued);
        QCOMPARE(page.model()->index(row, Model::ProgressColumn).data().toString(),
                 QStringLiteral("#2 in queue"));
        QTest::keyClick(page.view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(rowOf(page, s.queued), row);
        QCOMPARE(page.model()->index(row, Model::ProgressColumn).data().toString(),
                 QStringLiteral("#1 in queue"));
        QCOMPARE(page.model()->index(row, 0).data(Model::QueuePlaceRole).toInt(), 1);
        QCOMPARE(page.selectedJobId(), s.queued);

        // Jobs that are not queued cannot move: the actions are off, the keys do nothing.
        for (qint64 id : {s.succeeded, s.running, s.failed}) {
            QVERIFY(page.selectJob(id));
            QVERIFY(!page.moveTopAction()->isEnabled() && !page.moveUpAction()->isEnabled() &&
                    !page.moveDownAction()->isEnabled() && !page.moveBottomAction()->isEnabled());
        }
        QTest::keyClick(page.view(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(s.store->queueOrder().value(),
                 (QList<qint64>{s.queued, s.queued2, third, fourth}));
        // A finished job's step is gone from its row.
        QVERIFY(page.model()
                    ->index(rowOf(page, s.succeeded), Model::ProgressColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
    }

    void dragsAQueuedRowToItsNewPlace()
    {
        Studio s = studio();
        const qint64 third = add(*s.store, JobKind::Image, "a third one");
        ui::JobsPage page(s.store.get(), s.queue.get());
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Model *m = page.model();
        // The whole history is newest first: no dragging there.
        QVERIFY(!m->isQueueOrder());
        QVERIFY(!(m->flags(m->index(rowOf(page, s.queued), 0)) & Qt::ItemIsDragEnabled));
        page.stateFilter()->setCurrentIndex(2); // Queued: the queue in its order
        QVERIFY(m->isQueueOrder());
        QVERIFY(m->flags(m->index(2, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(page.view()->dragDropMode(), QAbstractItemView::InternalMove);

        // The third row dropped above the first: it runs first, and stays selected.
        std::unique_ptr<QMimeData> data(m->mimeData({m->index(2, 0)}));
        QVERIFY(data);
        QVERIFY(m->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(m->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(s.store->queueOrder().value(), (QList<qint64>{third, s.queued, s.queued2}));
        QCOMPARE(m->index(0, 0).data(Model::JobIdRole).toLongLong(), third);
        QCOMPARE(page.selectedJobId(), third);
        QCOMPARE(page.message(), QStringLiteral("Job %1 runs next.").arg(third));
        // Dropped on a row: before it. Below the last row: to the bottom.
        data.reset(m->mimeData({m->index(2, 0)}));
        QVERIFY(m->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m->index(1, 0)));
        QCOMPARE(s.store->queueOrder().value(), (QList<qint64>{third, s.queued2, s.queued}));
        data.reset(m->mimeData({m->index(0, 0)}));
        QVERIFY(m->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(s.store->queueOrder().value(), (QList<qint64>{s.queued2, s.queued, third}));
        QCOMPARE(page.selectedJobId(), third);

        // A job that started meanwhile cannot be dropped anywhere: the page says why.
        data.reset(m->mimeData({m->index(0, 0)}));
        QVERIFY(start(*s.store, s.queued2, QStringLiteral("forge-comfy-3"), true));
        QVERIFY(!m->dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QVERIFY2(page.message().contains(QStringLiteral("not waiting in the queue")),
                 qPrintable(page.message()));
    }

    void freesGpuMemoryWhileThePauseLasts()
    {
        Studio s = studio(); // s.dispatched holds forge-comfy
        c41::fakes::FakeComfyUi busy, idle;
        QVERIFY(busy.listen() && idle.listen());
        QNetworkAccessManager nam;
        backends::ComfyUiClient forge(&nam, QStringLiteral("forge-comfy"), busy.url());
        backends::ComfyUiClient spare(&nam, QStringLiteral("spare-comfy"), idle.url());
        jobs::GpuMemoryFreer freer(s.store.get());
        freer.addServer(&forge);
        freer.addServer(&spare);
        ui::JobsPage page(s.store.get(), s.queue.get());
        page.setMemoryFreer(&freer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Offered only while the queue is paused.
        QVERIFY(page.freeMemoryButton()->isHidden());
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(page.freeMemoryButton()->isVisible());
        QTest::mouseClick(page.freeMemoryButton(), Qt::LeftButton);
        // The page goes on while the servers answer.
        QVERIFY(!page.freeMemoryButton()->isEnabled());
        QVERIFY(page.freeMemoryButton()->text().contains(QStringLiteral("Freeing")));
        QTRY_VERIFY(page.freeMemoryButton()->isEnabled());
        QVERIFY2(page.message().contains(QStringLiteral("spare-comfy: models unloaded and GPU "
                                                        "memory freed.")),
                 qPrintable(page.message()));
        QVERIFY(page.message().contains(
            QStringLiteral("forge-comfy: left alone, job %1 runs there.").arg(s.dispatched)));
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(page.freeMemoryButton()->isHidden());
        // Without a freer (or no ComfyUI server) there is nothing to offer.
        jobs::GpuMemoryFreer none(s.store.get());
        page.setMemoryFreer(&none);
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(page.freeMemoryButton()->isHidden());
    }

    void pauseAndResumeTheQueue()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        QVERIFY(!s.queue->isPaused());
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(s.queue->isPaused());
        QVERIFY(page.pauseButton()->text().contains(QStringLiteral("Resume")));
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(!s.queue->isPaused());
    }

    void emptyStoreShowsWhatToDo()
    {
        auto store = openStore();
        jobs::JobQueue queue(store.get());
        ui::JobsPage page(store.get(), &queue);
        QVERIFY(page.isEmptyStateShown());
        Job job;
        job.params = {{"prompt", "first"}};
        QVERIFY(queue.submit(job).ok());
        QTRY_VERIFY(!page.isEmptyStateShown());
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void rendersAt1280x800()
    {
        Studio s = studio();
        ui::JobsPage page(s.store.get(), s.queue.get());
        page.resize(1280, 800);
        page.show();
        QVERIFY(page.selectJob(s.succeeded));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Pictures for a look by eye ($C41_RENDER_DIR, else the test's own folder).
        const QString dir = qEnvironmentVariable("C41_RENDER_DIR", m_dir.path());
        QVERIFY(page.grab().save(dir + QStringLiteral("/jobspage.png")));
        QVERIFY(page.selectJob(s.failed));
        QVERIFY(page.grab().save(dir + QStringLiteral("/jobspage-failed.png")));
        // The queue alone, paused, a queued job selected: the move buttons and Free GPU memory.
        c41::fakes::FakeComfyUi fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        backends::ComfyUiClient forge(&nam, QStringLiteral("forge-comfy"), fake.url());
        jobs::GpuMemoryFreer freer(s.store.get());
        freer.addServer(&forge);
        page.setMemoryFreer(&freer);
        add(*s.store, JobKind::Image, "a harbour at dawn, fog, film grain");
        QVERIFY(s.queue->pause().ok());
        page.stateFilter()->setCurrentIndex(2);
        QVERIFY(page.selectJob(s.queued2));
        page.moveUpAction()->trigger();
        QVERIFY(page.freeMemoryButton()->isVisible());
        QTest::qWait(50); // the details pane lays itself out again
        QVERIFY(page.grab().save(dir + QStringLiteral("/jobspage-queue.png")));
        QTest::mouseClick(page.freeMemoryButton(), Qt::LeftButton);
        QTRY_VERIFY(page.message().contains(QStringLiteral("forge-comfy:")));
        QVERIFY(page.grab().save(dir + QStringLiteral("/jobspage-freed.png")));
        const std::unique_ptr<jobs::JobStore> emptyStore = openStore();
        ui::JobsPage empty(emptyStore.get(), nullptr);
        empty.resize(1280, 800);
        QVERIFY(empty.grab().save(dir + QStringLiteral("/jobspage-empty.png")));
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
