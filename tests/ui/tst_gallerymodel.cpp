// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery's model and filters over a real JobStore in a temporary folder: one row
// per output of each succeeded job (newest first, none for failed or pending jobs),
// the filters by kind, server, date and text, the update when a job finishes (rows
// inserted at the top, no reset) and the re-read after a purge. The
// QAbstractItemModelTester watches the model and the filter through all of it.
#include "jobs/galleryindex.h"
#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "models/galleryfiltermodel.h"
#include "models/gallerymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace c41;
using jobs::Job;
using jobs::JobKind;
using jobs::JobState;
using jobs::MediaKind;
using Model = c41::ui::GalleryModel;
using Filter = c41::ui::GalleryFilterModel;

class TestGalleryModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbs = 0;
    const QString m_owner = QStringLiteral("test/1/a");

    QString newDatabase() { return m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_dbs)); }

    static std::unique_ptr<jobs::JobStore> open(const QString &path)
    {
        auto store = std::make_unique<jobs::JobStore>(path);
        const auto opened = store->open();
        if (!opened.ok())
            qWarning() << opened.error().toString();
        return store;
    }

    qint64 add(jobs::JobStore &store, JobKind kind, const nlohmann::json &params)
    {
        Job job;
        job.kind = kind;
        job.params = params;
        auto id = store.enqueue(job);
        return id ? *id : 0;
    }

    // Runs a queued job to `state` on `server` with these output files.
    bool finish(jobs::JobStore &store, qint64 id, const QString &server, JobState state,
                const QStringList &outputs)
    {
        auto c = store.claim(id, m_owner, server, QStringLiteral("remote-%1").arg(id));
        if (!c || !*c || !store.markAccepted(id, m_owner).ok())
            return false;
        nlohmann::json files = nlohmann::json::array();
        for (const QString &o : outputs)
            files.push_back(o.toStdString());
        auto f = store.finish(id, m_owner, state, {}, files);
        return f && *f;
    }

    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    // Moves a job's end back by `days` (a second connection, like another process).
    static void age(const QString &db, qint64 id, int days)
    {
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE jobs SET finished = ? WHERE id = ?"));
            q.addBindValue(QDateTime::currentDateTime().addDays(-days).toMSecsSinceEpoch());
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
    }

    struct Studio
    {
        QString db;
        std::unique_ptr<jobs::JobStore> store;
        qint64 fox = 0, waves = 0, voice = 0, failed = 0, pending = 0, old = 0;
    };

    // Four succeeded jobs (five files), one failed, one still queued.
    Studio studio()
    {
        Studio s;
        s.db = newDatabase();
        s.store = open(s.db);
        jobs::JobStore &st = *s.store;
        s.old = add(st, JobKind::Image, {{"prompt", "an old lighthouse in fog"}, {"seed", 7}});
        s.fox = add(st, JobKind::Image,
                    {{"prompt", "a red fox at sunset, oil painting"},
                     {"seed", 42},
                     {"sampler", "euler_ancestral"},
                     {"workflow", {{"3", {{"class_type", "KSampler"}}}}}});
        s.waves = add(st, JobKind::Video, {{"prompt", "waves crashing on rocks"}, {"seed", 3}});
        s.voice = add(st, JobKind::Tts, {{"text", "Hello and welcome to the studio"}});
        s.failed = add(st, JobKind::Image, {{"prompt", "a broken robot"}});
        s.pending = add(st, JobKind::Image, {{"prompt", "a bowl of fruit"}});
        finish(st, s.old, QStringLiteral("forge-comfy"), JobState::Succeeded,
               {out(QStringLiteral("lighthouse.png"))});
        finish(st, s.fox, QStringLiteral("forge-comfy"), JobState::Succeeded,
               {out(QStringLiteral("fox_00001_.png")), out(QStringLiteral("fox_00002_.png"))});
        finish(st, s.waves, QStringLiteral("forge2-comfy"), JobState::Succeeded,
               {out(QStringLiteral("waves_00001.mp4"))});
        finish(st, s.voice, QStringLiteral("forge-tts"), JobState::Succeeded,
               {out(QStringLiteral("welcome.wav"))});
        finish(st, s.failed, QStringLiteral("forge-comfy"), JobState::Failed,
               {out(QStringLiteral("broken.png"))});
        age(s.db, s.old, 10);
        return s;
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int i = 0; i < model.rowCount(); ++i)
            values << model.index(i, 0).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsTheOutputsOfSucceededJobsNewestFirst()
    {
        Studio s = studio();
        Model model(s.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isLoaded());
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        // Newest first: the voice, the video, the fox's two files, the old lighthouse;
        // nothing of the failed or the queued job.
        QCOMPARE(column(model, Model::FileNameRole),
                 QStringList({QStringLiteral("welcome.wav"), QStringLiteral("waves_00001.mp4"),
                              QStringLiteral("fox_00001_.png"), QStringLiteral("fox_00002_.png"),
                              QStringLiteral("lighthouse.png")}));
        const QModelIndex fox = model.index(2, 0);
        QCOMPARE(fox.data(Model::JobIdRole).toLongLong(), s.fox);
        QCOMPARE(fox.data(Model::PathRole).toString(), out(QStringLiteral("fox_00001_.png")));
        QCOMPARE(fox.data(Model::MediaKindRole).toInt(), int(MediaKind::Image));
        QCOMPARE(fox.data(Model::JobKindRole).toString(), QStringLiteral("image"));
        QCOMPARE(fox.data(Model::ServerRole).toString(), QStringLiteral("forge-comfy"));
        QCOMPARE(fox.data(Model::PromptRole).toString(),
                 QStringLiteral("a red fox at sunset, oil painting"));
        QCOMPARE(fox.data(Qt::DisplayRole).toString(),
                 QStringLiteral("a red fox at sunset, oil painting"));
        QVERIFY(fox.data(Model::FinishedRole).toDateTime().secsTo(QDateTime::currentDateTime()) <
                60);
        QCOMPARE(model.index(0, 0).data(Model::MediaKindRole).toInt(), int(MediaKind::Audio));
        QCOMPARE(model.index(0, 0).data(Model::PromptRole).toString(),
                 QStringLiteral("Hello and welcome to the studio"));
        QCOMPARE(model.index(1, 0).data(Model::MediaKindRole).toInt(), int(MediaKind::Video));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"forge2-comfy"));
        QCOMPARE(model.servers(),
                 QStringList({QStringLiteral("forge-comfy"), QStringLiteral("forge-tts"),
                              QStringLiteral("forge2-comfy")}));
    }

    void filtersByKindServerDateAndText()
    {
        Studio s = studio();
        Model model(s.store.get());
        Filter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(filter.rowCount(), 5);
        QVERIFY(!filter.isFiltering());

        filter.setMediaKind(MediaKind::Image);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMediaKind(MediaKind::Audio);
        QCOMPARE(column(filter, Model::FileNameRole), QStringList{QStringLiteral("welcome.wav")});
        filter.setMediaKind(std::nullopt);

        filter.setServer(QStringLiteral("forge2-comfy"));
        QCOMPARE(column(filter, Model::FileNameRole),
                 QStringList{QStringLiteral("waves_00001.mp4")});
        filter.setServer({});

        // Dates: the lighthouse finished 10 days ago.
        filter.setDateRange(Filter::DateRange::Today);
        QCOMPARE(filter.rowCount(), 4);
        filter.setDateRange(Filter::DateRange::Week);
        QCOMPARE(filter.rowCount(), 4);
        filter.setDateRange(Filter::DateRange::Month);
        QCOMPARE(filter.rowCount(), 5);
        filter.setNow(QDateTime::currentDateTime().addDays(45)); // a month and a half later
        QCOMPARE(filter.rowCount(), 0);
        filter.setNow({});
        filter.setDateRange(Filter::DateRange::All);
        QCOMPARE(filter.rowCount(), 5);

        // Text: any case, every word, in the prompt, the plain parameters or the file name.
        filter.setText(QStringLiteral("SUNSET fox"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("euler_ancestral"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("fox_00002"));
        QCOMPARE(column(filter, Model::FileNameRole),
                 QStringList{QStringLiteral("fox_00002_.png")});
        filter.setText(QStringLiteral("KSampler")); // inside the workflow graph: not searched
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(QStringLiteral("fox lighthouse"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(QStringLiteral("welcome"));
        QCOMPARE(filter.rowCount(), 1);

        // All together.
        filter.setFilters(MediaKind::Image, QStringLiteral("forge-comfy"), Filter::DateRange::Month,
                          QStringLiteral("lighthouse"));
        QCOMPARE(column(filter, Model::FileNameRole),
                 QStringList{QStringLiteral("lighthouse.png")});
        QVERIFY(filter.isFiltering());
    }

    void insertsTheOutputsOfAJobThatFinishes()
    {
        Studio s = studio();
        // The GUI's queue watches the database; the job finishes on another connection
        // (a dispatcher in c41ctl, say).
        jobs::JobQueue queue(s.store.get());
        queue.watch(std::chrono::milliseconds(20));
        Model model(s.store.get(), &queue);
        Filter filter;
        filter.setSourceModel(&model);
        filter.setMediaKind(MediaKind::Image);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy servers(&model, &Model::serversChanged);

        auto other = open(s.db);
        // The job queued before the first read, and one queued after it.
        QVERIFY(finish(*other, s.pending, QStringLiteral("forge3-comfy"), JobState::Succeeded,
                       {out(QStringLiteral("fruit.png"))}));
        const qint64 late = add(*other, JobKind::Image, {{"prompt", "a late night train"}});
        QVERIFY(finish(*other, late, QStringLiteral("forge-comfy"), JobState::Succeeded,
                       {out(QStringLiteral("train.png"))}));

        QTRY_COMPARE(model.rowCount(), 7);
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
        const QStringList names = column(model, Model::FileNameRole);
        QVERIFY(names.indexOf(QStringLiteral("train.png")) < 2);
        QVERIFY(names.indexOf(QStringLiteral("fruit.png")) < 2);
        QCOMPARE(filter.rowCount(), 5); // the filter follows
        QVERIFY(servers.count() >= 1);
        QVERIFY(model.servers().contains(QStringLiteral("forge3-comfy")));

        // A failed job adds nothing.
        const qint64 bad = add(*other, JobKind::Image, {{"prompt", "doomed"}});
        QVERIFY(finish(*other, bad, QStringLiteral("forge-comfy"), JobState::Failed,
                       {out(QStringLiteral("doomed.png"))}));
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 7);
    }

    void readsEverythingAgainAfterAPurge()
    {
        Studio s = studio();
        jobs::JobQueue queue(s.store.get());
        Model model(s.store.get(), &queue);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 5);
        // Jobs older than a week go (the lighthouse).
        auto purged = s.store->purgeFinished(QDateTime::currentDateTime().addDays(-7));
        QVERIFY(purged && *purged == 1);
        Q_EMIT queue.changed();
        QTRY_COMPARE(model.rowCount(), 4);
        QVERIFY(!column(model, Model::FileNameRole).contains(QStringLiteral("lighthouse.png")));
    }

    void saysWhenThereIsNoDatabase()
    {
        jobs::JobStore missing(m_dir.filePath(QStringLiteral("nowhere/jobs.sqlite")));
        Model model(&missing);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
    }

    void copiesParametersAsJsonAndKnowsKindsByName()
    {
        Job job;
        job.params = {{"prompt", "a fox"}, {"seed", 42}};
        const QString text = jobs::GalleryIndex::parametersJson(job);
        const auto parsed = nlohmann::json::parse(text.toStdString());
        QCOMPARE(parsed, job.params);
        QVERIFY(text.contains(u'\n')); // indented, for people
        QCOMPARE(jobs::GalleryIndex::mediaKindOf(QStringLiteral("/a/b.PNG")), MediaKind::Image);
        QCOMPARE(jobs::GalleryIndex::mediaKindOf(QStringLiteral("/a/b.webm")), MediaKind::Video);
        QCOMPARE(jobs::GalleryIndex::mediaKindOf(QStringLiteral("/a/b.flac")), MediaKind::Audio);
        QCOMPARE(jobs::GalleryIndex::mediaKindOf(QStringLiteral("/a.png/notes")), MediaKind::Other);
    }
};

QTEST_MAIN(TestGalleryModel)
#include "tst_gallerymodel.moc"
