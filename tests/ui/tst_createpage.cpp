// SPDX-License-Identifier: GPL-3.0-or-later
// The Create page against FakeComfyUi, a ComfyUI without MMAudio and FakeTts, with
// a real JobStore in a temporary folder: templates grouped by kind, the generated
// form with the server's ranges, inline errors that turn Submit off and say why,
// uploads, the queued job equal to what `c41ctl jobs add` builds, text to speech
// with its take, imports and empty states. C41_CREATE_SHOTS=DIR saves pictures.
#include "fakecomfyui.h"
#include "fakecomfyuicatalog.h"
#include "fakehttpserver.h"
#include "fakepng.h"
#include "faketts.h"

#include "backends/comfyui/templatelibrary.h"
#include "backends/comfyui/workflowoverrides.h"
#include "create/mediadropzone.h"
#include "create/parametereditor.h"
#include "create/templatepicker.h"
#include "create/ttspanel.h"
#include "create/workflowform.h"
#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "pages/createpage.h"
#include "studio/createcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

#include <qcorotask.h>

using namespace c41;
using namespace Qt::StringLiterals;
using backends::WorkflowParameter;
using nlohmann::json;

class TestCreatePage : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    fakes::FakeComfyUi m_comfy;
    fakes::FakeTts m_tts;
    fakes::FakeHttpServer m_bare; // a ComfyUI without ComfyUI-MMAudio
    fakes::FakeComfyUiCatalog m_bareCatalog{QStringList{u"ComfyUI-MMAudio"_s}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<jobs::JobStore> m_store;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<studio::CreateCatalog> m_catalog;
    std::unique_ptr<ui::CreatePage> m_page;

    studio::StudioConfig config(bool withCreate = true) const
    {
        const QString servers =
            withCreate
                ? u"{\"name\":\"forge\",\"servers\":["
                  "{\"name\":\"forge-comfy\",\"url\":\"comfyui+%1\"},"
                  "{\"name\":\"forge-tts\",\"url\":\"tts+%2\"}]},"
                  "{\"name\":\"attic\",\"servers\":["
                  "{\"name\":\"attic-comfy\",\"url\":\"comfyui+%3\"}]}"_s.arg(
                      m_comfy.url().toString(), m_tts.url().toString(), m_bare.url().toString())
                : u"{\"name\":\"brain\",\"servers\":["
                  "{\"name\":\"brain-ollama\",\"url\":\"ollama+http:\\/\\/127.0.0.1:1\"}]}"_s;
        const QByteArray text = (u"{\"boxes\":["_s + servers + u"]}"_s).toUtf8();
        return *studio::StudioConfig::parse(text, u"t.json"_s);
    }

    void open(bool withCreate = true)
    {
        m_page.reset();
        m_catalog = std::make_unique<studio::CreateCatalog>(config(withCreate), &m_nam);
        m_page = std::make_unique<ui::CreatePage>(m_catalog.get(), m_queue.get());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void waitForServers()
    {
        QTRY_VERIFY(m_catalog->comfy(u"forge-comfy"_s)->info);
        QTRY_VERIFY(m_catalog->comfy(u"attic-comfy"_s)->info);
        QTRY_VERIFY(m_catalog->tts(u"forge-tts"_s)->fetchedAt.isValid());
    }

    ui::ParameterEditor *editor(const QString &role) const
    {
        for (ui::ParameterEditor *e : m_page->form()->editors())
            if (e->parameter().role == role)
                return e;
        return nullptr;
    }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("C41_CREATE_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(200); // the check runs 150 ms after the last edit
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

    // Types into a field the way a user does: select all, then the keys.
    static void retype(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Delete);
        QTest::keyClicks(widget, text);
    }

    // A finished TTS job with its take on disk, as the dispatcher leaves it.
    qint64 finishedTake(const QString &text)
    {
        jobs::Job job;
        job.kind = jobs::JobKind::Tts;
        job.params = json{{"text", text.toStdString()}, {"voice", "alloy"}, {"format", "wav"}};
        const qint64 id = *m_store->enqueue(job);
        const QString path =
            file(u"take-%1.wav"_s.arg(id), fakes::FakeTts::wav(fakes::FakeTts::pcm(text)));
        const QString owner = u"test/1/1"_s;
        m_store->claim(id, owner, u"forge-tts"_s, u"r%1"_s.arg(id));
        m_store->markAccepted(id, owner);
        m_store->finish(id, owner, jobs::JobState::Succeeded, {},
                        json::array({path.toStdString()}));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_comfy.listen());
        m_comfy.setTimeScale(0.001);
        QVERIFY(m_tts.listen());
        m_bare.route("GET", u"/object_info"_s, [this](const fakes::FakeRequest &) {
            return fakes::FakeResponse::json(m_bareCatalog.objectInfoBody());
        });
        QVERIFY(m_bare.listen());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<jobs::JobStore>(m_dir->filePath(u"jobs.sqlite"_s));
        QVERIFY(m_store->open().ok());
        m_queue = std::make_unique<jobs::JobQueue>(m_store.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_catalog.reset();
        m_queue.reset();
        m_store.reset();
        m_dir.reset();
    }

    void buildsOnFirstShowOnly()
    {
        m_catalog = std::make_unique<studio::CreateCatalog>(config(), &m_nam);
        ui::CreatePage page(m_catalog.get(), m_queue.get());
        QVERIFY(!page.templateView()); // nothing built, nothing asked
        QTest::qWait(50);
        QVERIFY(!m_catalog->comfy(u"forge-comfy"_s)->loading);
        QVERIFY(!m_catalog->comfy(u"forge-comfy"_s)->info);
        page.show();
        QVERIFY(page.templateView());
        QVERIFY(m_catalog->comfy(u"forge-comfy"_s)->loading);
    }

    void templatesAreGroupedByKind()
    {
        open();
        QTreeWidget *tree = m_page->templateView();
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            groups << tree->topLevelItem(i)->text(0);
        QCOMPARE(groups, (QStringList{u"Images"_s, u"Videos"_s, u"Lip-sync"_s, u"Video to audio"_s,
                                      u"Speech"_s}));
        // Every shipped template the queue can run is there, the ComfyUI speech one is not.
        QCOMPARE(tree->topLevelItem(0)->childCount(),
                 int(backends::TemplateLibrary::shipped().ofKind(u"image"_s).size()));
        QVERIFY(!m_page->selectTemplate(u"qwen3-tts-fb"_s));
        QVERIFY(m_page->selectTemplate(u"flux1-dev"_s));
        QCOMPARE(m_page->currentTemplate(), u"flux1-dev"_s);
        // The target picker: any, the boxes, the ComfyUI servers.
        QComboBox *target = m_page->targetPicker();
        QStringList targets;
        for (int i = 0; i < target->count(); ++i)
            targets << target->itemData(i).toString();
        QCOMPARE(targets, (QStringList{u"any"_s, u"forge"_s, u"attic"_s, u"forge-comfy"_s,
                                       u"attic-comfy"_s}));
        QCOMPARE(target->itemText(0), u"Any server that can run it"_s);
        waitForServers();
        shoot(u"create-flux"_s);
    }

    void formHasTheServersRangesAndABadValueTurnsSubmitOff()
    {
        open();
        waitForServers();
        QVERIFY(m_page->selectTemplate(u"flux1-dev"_s));
        QVERIFY(m_page->setTarget(u"forge-comfy"_s));
        QTRY_VERIFY(m_page->submitButton()->isEnabled());

        ui::ParameterEditor *steps = editor(u"steps"_s);
        QVERIFY(steps);
        QVERIFY(steps->parameter().max.has_value()); // from forge-comfy's object_info
        auto *spin = qobject_cast<QSpinBox *>(steps->input());
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), int(*steps->parameter().max));
        ui::ParameterEditor *prompt = editor(u"positive"_s);
        QVERIFY(prompt);
        QVERIFY(qobject_cast<QPlainTextEdit *>(prompt->input()));

        // A seed that is not a number: the field says so, Submit is off and says why.
        ui::ParameterEditor *seed = editor(u"seed"_s);
        QVERIFY(seed);
        auto *random = seed->findChild<QCheckBox *>();
        QVERIFY(random && random->isChecked());
        random->click();
        retype(seed->input(), u"forty-two"_s);
        QTRY_VERIFY(!seed->error().isEmpty());
        QTRY_VERIFY(!m_page->submitButton()->isEnabled());
        QVERIFY2(m_page->submitReason().contains(u"Fix the 1 marked field"_s),
                 qPrintable(m_page->submitReason()));
        shoot(u"create-error"_s);

        // An empty prompt too.
        retype(prompt->input(), QString());
        QTRY_VERIFY(!prompt->error().isEmpty());
        QTRY_VERIFY(m_page->submitReason().contains(u"Fix the 2 marked field"_s));

        retype(seed->input(), u"42"_s);
        retype(prompt->input(), u"a lighthouse at dusk, oil painting"_s);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, u"12"_s);
        QTRY_VERIFY(m_page->submitButton()->isEnabled());
        QVERIFY(seed->error().isEmpty());
        QVERIFY(m_page->submitReason().isEmpty());

        // Submit: a queued job, the same `jobs add image flux1-dev --set …` would queue.
        QSignalSpy queued(m_page.get(), &ui::CreatePage::jobQueued);
        QTest::mouseClick(m_page->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(queued.count(), 1);
        const qint64 id = m_page->lastJobId();
        QVERIFY(id > 0);
        QCOMPARE(m_page->resultText(), u"Queued as job #%1."_s.arg(id));
        const jobs::Job job = *m_store->job(id);
        QCOMPARE(job.state, jobs::JobState::Queued);
        QCOMPARE(job.kind, jobs::JobKind::Image);
        QCOMPARE(job.target, u"forge-comfy"_s);
        backends::Workflow expected =
            backends::TemplateLibrary::shipped().find(u"flux1-dev"_s)->workflow;
        QVERIFY(backends::WorkflowOverrides::applyAll(
                    expected,
                    {u"positive=a lighthouse at dusk, oil painting"_s, u"seed=42"_s, u"steps=12"_s})
                    .ok());
        QCOMPARE(job.params.value("title", ""), "flux1-dev");
        QCOMPARE(job.params.at("workflow"), json(expected.toPrompt()));

        // "Open in Jobs" asks the window to show it.
        QSignalSpy open(m_page.get(), &ui::CreatePage::openJobRequested);
        QVERIFY(m_page->openJobButton()->isVisible());
        QTest::mouseClick(m_page->openJobButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), id);
        shoot(u"create-queued"_s);
    }

    void aServerWithoutTheNodePackIsNamed()
    {
        open();
        waitForServers();
        QVERIFY(m_page->selectTemplate(u"mmaudio-v2a"_s));
        QVERIFY(m_page->setTarget(u"attic-comfy"_s));
        QTRY_VERIFY(m_page->problemsText().contains(u"ComfyUI-MMAudio"_s));
        QVERIFY(!m_page->submitButton()->isEnabled());
        QVERIFY(m_page->submitReason().contains(u"attic-comfy"_s));
        shoot(u"create-missing-pack"_s);
        // Any server: the check picks the one that has it.
        QVERIFY(m_page->setTarget(u"any"_s));
        QTRY_VERIFY(m_page->problemsText().isEmpty());
        // The dispatcher could send "any" job to attic-comfy: it goes to forge-comfy.
        QVERIFY2(m_page->checkNote().contains(u"Only forge-comfy"_s),
                 qPrintable(m_page->checkNote()));
    }

    void templatesNoServerCanRunAreGreyed()
    {
        const QByteArray text = (u"{\"boxes\":[{\"name\":\"attic\",\"servers\":[{\"name\":"
                                 "\"attic-comfy\",\"url\":\"comfyui+"_s +
                                 m_bare.url().toString() + u"\"}]}]}"_s)
                                    .toUtf8();
        studio::CreateCatalog catalog(*studio::StudioConfig::parse(text, u"t.json"_s), &m_nam);
        ui::TemplatePicker picker(&catalog);
        QSignalSpy chosen(&picker, &ui::TemplatePicker::chosen);
        QVERIFY(picker.select(u"mmaudio-v2a"_s));
        QCOMPARE(chosen.count(), 0); // only the user's moves are announced
        QCOMPARE(picker.currentItem()->toolTip(0).contains(u"No server has"_s), false);
        QCoro::waitFor(catalog.refreshServer(u"attic-comfy"_s));
        picker.refill();
        QCOMPARE(picker.currentId(), u"mmaudio-v2a"_s);
        QVERIFY2(picker.currentItem()->toolTip(0).contains(
                     u"No server has ComfyUI-MMAudio installed."_s),
                 qPrintable(picker.currentItem()->toolTip(0)));
        QVERIFY(picker.select(u"flux1-dev"_s));
        QVERIFY(!picker.currentItem()->toolTip(0).contains(u"No server has"_s));
        // Keyboard: the next entry down is announced.
        picker.setFocus();
        QTest::keyClick(&picker, Qt::Key_Down);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), u"flux1-schnell"_s);
    }

    void videoToAudioUploadsTheDroppedVideo()
    {
        open();
        waitForServers();
        QVERIFY(m_page->selectTemplate(u"mmaudio-v2a"_s));
        QVERIFY(m_page->setTarget(u"any"_s));
        QTRY_VERIFY(editor(u"video"_s));
        ui::ParameterEditor *video = editor(u"video"_s);
        ui::MediaDropZone *zone = video->dropZone();
        QVERIFY(zone);
        // The template's input.mp4 is not on the server: pick a file.
        QTRY_VERIFY(!video->error().isEmpty());
        QVERIFY(!m_page->submitButton()->isEnabled());
        // A wrong kind of file is refused with a note.
        QVERIFY(!zone->setFile(file(u"notes.txt"_s, "hello")));
        QVERIFY(zone->file().isEmpty());

        // Dropped from the file manager.
        const QString clip = file(u"beach clip.mp4"_s, QByteArray(4096, 'v'));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(clip)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(zone, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(zone, &drop);
        QCOMPARE(zone->file(), clip);
        retype(editor(u"positive"_s)->input(), u"waves on pebbles, gulls"_s);
        QTRY_VERIFY(m_page->submitButton()->isEnabled());
        shoot(u"create-v2a"_s);

        QSignalSpy queued(m_page.get(), &ui::CreatePage::jobQueued);
        m_page->submit();
        QTRY_COMPARE(queued.count(), 1);
        const jobs::Job job = *m_store->job(m_page->lastJobId());
        QCOMPARE(job.kind, jobs::JobKind::V2A);
        QCOMPARE(job.target, u"forge-comfy"_s); // where the file went
        const json &inputs =
            job.params.at("workflow").at(video->parameter().nodeId.toStdString()).at("inputs");
        QCOMPARE(inputs.at(video->parameter().input.toStdString()), json("beach clip.mp4"));
    }

    void textToSpeechQueuesAndShowsTheTake()
    {
        open();
        waitForServers();
        QVERIFY(m_page->selectTemplate(ui::TemplatePicker::kTtsId));
        ui::TtsPanel *tts = m_page->ttsPanel();
        // FakeTts lists no voices: OpenAI's names, and a note saying so.
        QTRY_VERIFY(tts->voicePicker()->count() > 0);
        QCOMPARE(tts->voicePicker()->itemText(0), u"alloy"_s);
        QVERIFY(!m_page->submitButton()->isEnabled()); // no text yet
        QVERIFY(!tts->takeText().isEmpty());
        retype(tts->textEdit(), u"The render is done."_s);
        QTRY_VERIFY(m_page->submitButton()->isEnabled());
        QVERIFY(m_page->setTarget(u"forge-tts"_s));
        m_page->submit();
        QTRY_VERIFY(m_page->lastJobId() > 0);
        const qint64 id = m_page->lastJobId();
        const jobs::Job job = *m_store->job(id);
        QCOMPARE(job.kind, jobs::JobKind::Tts);
        QCOMPARE(job.target, u"forge-tts"_s);
        QCOMPARE(job.params,
                 (json{{"text", "The render is done."}, {"voice", "alloy"}, {"format", "wav"}}));
        QVERIFY(tts->takeText().contains(u"#%1"_s.arg(id)));
        QVERIFY(!tts->playButton()->isEnabled());

        // The dispatcher renders it: the take appears with its length.
        const QString path = file(
            u"speech.wav"_s, fakes::FakeTts::wav(fakes::FakeTts::pcm(u"The render is done."_s)));
        const QString owner = u"test/1/1"_s;
        QVERIFY(*m_store->claim(id, owner, u"forge-tts"_s, u"r"_s));
        m_store->finish(id, owner, jobs::JobState::Succeeded, {},
                        json::array({path.toStdString()}));
        QTRY_VERIFY(tts->playButton()->isEnabled());
        QVERIFY2(tts->takeText().startsWith(u"speech.wav · "_s), qPrintable(tts->takeText()));
        QVERIFY(tts->takeText().contains(u" s · "_s));
        shoot(u"create-tts"_s);

        // "Use for lip-sync" opens a lip-sync template with the take as the voice.
        QTest::mouseClick(tts->useButton(), Qt::LeftButton);
        QCOMPARE(backends::TemplateLibrary::shipped().find(m_page->currentTemplate())->kind,
                 u"lipsync"_s);
        QTRY_VERIFY(editor(u"audio"_s));
        QCOMPARE(editor(u"audio"_s)->localFile(), path);
    }

    void lipSyncVoiceFromAFinishedTake()
    {
        finishedTake(u"Welcome to the studio."_s);
        open();
        waitForServers();
        QVERIFY(m_page->selectTemplate(u"humo-core"_s));
        ui::ParameterEditor *audio = editor(u"audio"_s);
        QVERIFY(audio);
        QPushButton *takes = nullptr;
        for (QPushButton *b : audio->dropZone()->findChildren<QPushButton *>())
            if (b->text() == u"TTS take"_s)
                takes = b;
        QVERIFY(takes && takes->menu());
        QMetaObject::invokeMethod(takes->menu(), "aboutToShow");
        const QList<QAction *> actions = takes->menu()->actions();
        QVERIFY(!actions.isEmpty());
        QVERIFY2(actions.first()->text().startsWith(u"Welcome to the studio."_s),
                 qPrintable(actions.first()->text()));
        actions.first()->trigger();
        QVERIFY(audio->localFile().endsWith(u".wav"_s));
        const QString portrait = file(u"portrait.png"_s, fakes::FakePng::image(320, 400, 3));
        QVERIFY(editor(u"image"_s)->dropZone()->setFile(portrait));
        QTRY_VERIFY(m_page->submitButton()->isEnabled());
        shoot(u"create-lipsync"_s);
    }

    void importsAnApiWorkflow()
    {
        open();
        waitForServers();
        const backends::Workflow wan =
            backends::TemplateLibrary::shipped().find(u"z-image-turbo"_s)->workflow;
        const QString path = file(u"my turbo.json"_s, wan.toBytes());
        QVERIFY(m_page->importWorkflow(path).ok());
        QCOMPARE(m_page->currentTemplate(), QFileInfo(path).absoluteFilePath());
        QTRY_VERIFY(!m_page->form()->editors().isEmpty());
        QTRY_VERIFY(m_page->submitButton()->isEnabled());
        shoot(u"create-imported"_s);
        // Its kind is a guess the user can correct; Ctrl+Enter submits.
        auto *kind = m_page->findChild<QComboBox *>(u"jobKind"_s);
        QVERIFY(kind && kind->isVisible());
        QCOMPARE(kind->currentData().toString(), u"image"_s);
        kind->setCurrentIndex(kind->findData(u"video"_s));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(m_page->form()->editors().first()->input(), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_VERIFY(m_page->lastJobId() > 0);
        const jobs::Job job = *m_store->job(m_page->lastJobId());
        QCOMPARE(job.params.value("title", ""), "my turbo");
        QCOMPARE(job.kind, jobs::JobKind::Video);

        // A UI-format file is explained, not imported.
        const QString ui = file(u"ui.json"_s, R"({"nodes":[],"links":[]})");
        const net::Status refused = m_page->importWorkflow(ui);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"API"_s));
    }

    void emptyStateSaysToAddAServer()
    {
        open(false);
        QLabel *empty = m_page->noServersLabel();
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!m_page->templateView()->isVisible());
        QVERIFY(empty->text().contains(u"Settings"_s));
        QVERIFY(empty->text().contains(u"comfyui+http://"_s));
        QVERIFY(!m_page->submitButton()->isEnabled());
        QVERIFY(m_page->submitReason().contains(u"Settings"_s));
        shoot(u"create-empty"_s);
    }

    void aServerThatDoesNotAnswerIsSaidInWords()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        const QByteArray text =
            u"{\"boxes\":[{\"name\":\"cellar\",\"servers\":[{\"name\":\"cellar-comfy\","
            "\"url\":\"comfyui+http:\\/\\/127.0.0.1:%1\"}]}]}"_s.arg(closed)
                .toUtf8();
        m_catalog = std::make_unique<studio::CreateCatalog>(
            *studio::StudioConfig::parse(text, u"t.json"_s), &m_nam);
        m_page = std::make_unique<ui::CreatePage>(m_catalog.get(), m_queue.get());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(m_page->selectTemplate(u"z-image-turbo"_s));
        QTRY_VERIFY(!m_catalog->comfy(u"cellar-comfy"_s)->error.isEmpty());
        QTRY_VERIFY2(m_page->checkNote().startsWith(u"Not checked: "_s),
                     qPrintable(m_page->checkNote()));
        QVERIFY(m_page->checkNote().contains(u"cellar-comfy"_s));
        // The job may still wait in the queue for the server to come back.
        QVERIFY(m_page->submitButton()->isEnabled());
        shoot(u"create-unreachable"_s);
    }

    void withoutAJobDatabaseNothingIsQueued()
    {
        m_catalog = std::make_unique<studio::CreateCatalog>(config(), &m_nam);
        m_page = std::make_unique<ui::CreatePage>(m_catalog.get(), nullptr);
        m_page->resize(1280, 800);
        m_page->show();
        waitForServers();
        QVERIFY(m_page->selectTemplate(u"flux1-dev"_s));
        QTRY_VERIFY(m_page->submitReason().contains(u"job queue is off"_s));
        QVERIFY(!m_page->submitButton()->isEnabled());
    }
};

QTEST_MAIN(TestCreatePage)
#include "tst_createpage.moc"
