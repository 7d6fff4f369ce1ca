// SPDX-License-Identifier: GPL-3.0-or-later
// The Gallery page, offscreen, over a real JobStore whose succeeded jobs saved real
// files into a temporary folder: PNG images, a WAV take and an uncompressed AVI (the
// demo's formats). Thumbnails arrive (the image's colours, the AVI's first frame, the
// WAV's waveform), only for what is on screen; the kind and text filters narrow the
// grid; Copy parameters puts the job's parameters on the clipboard as JSON; Re-run
// emits the job id; Open and Reveal open the file and its folder; the empty state.
// C41_GALLERY_SCREENSHOT=FILE.png saves the realistic gallery to look at.
#include "fakecomfyuimedia.h"
#include "gallery/mediapreview.h"
#include "gallery/thumbnailer.h"
#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "models/galleryfiltermodel.h"
#include "models/gallerymodel.h"
#include "pages/gallerypage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace c41;
using jobs::Job;
using jobs::JobKind;
using jobs::JobState;
using jobs::MediaKind;
using Model = c41::ui::GalleryModel;

class TestGalleryPage : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices' handler for file: URLs while a test runs.
    void openUrl(const QUrl &url) { m_opened << url; }

private:
    QTemporaryDir m_dir;
    int m_dbs = 0;
    const QString m_owner = QStringLiteral("test/1/a");
    QList<QUrl> m_opened;

    struct Studio
    {
        QString folder;
        std::unique_ptr<jobs::JobStore> store;
        std::unique_ptr<jobs::JobQueue> queue;
        qint64 image = 0, noise = 0, voice = 0, video = 0, notes = 0;
        QString png, noisePng, wav, avi, txt;
        nlohmann::json imageParams;
    };

    std::unique_ptr<jobs::JobStore> openStore(const QString &path)
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

    bool finish(jobs::JobStore &store, qint64 id, const QString &server, const QStringList &files)
    {
        auto c = store.claim(id, m_owner, server, QStringLiteral("remote-%1").arg(id));
        if (!c || !*c || !store.markAccepted(id, m_owner).ok())
            return false;
        nlohmann::json outputs = nlohmann::json::array();
        for (const QString &f : files)
            outputs.push_back(f.toStdString());
        auto done = store.finish(id, m_owner, JobState::Succeeded, {}, outputs);
        return done && *done;
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    Studio emptyStudio()
    {
        Studio s;
        s.folder = m_dir.filePath(QStringLiteral("studio%1").arg(++m_dbs));
        QDir().mkpath(s.folder);
        s.store = openStore(s.folder + QStringLiteral("/jobs.sqlite"));
        s.queue = std::make_unique<jobs::JobQueue>(s.store.get());
        return s;
    }

    // A solid orange image, a large noisy one, a WAV take, an AVI clip, a text file.
    Studio studio()
    {
        Studio s = emptyStudio();
        jobs::JobStore &st = *s.store;
        s.png = s.folder + QStringLiteral("/fox_00001_.png");
        QImage orange(640, 480, QImage::Format_RGB32);
        orange.fill(QColor(0xe0, 0x70, 0x30));
        orange.save(s.png);
        s.noisePng = s.folder + QStringLiteral("/static_00001_.png");
        QImage noise(400, 300, QImage::Format_RGB32);
        QRandomGenerator random(5);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, random.generate() | 0xff000000U);
        noise.save(s.noisePng); // ~360 kB: big enough for the thumbnail folder
        s.wav = s.folder + QStringLiteral("/welcome.wav");
        write(s.wav, fakes::FakeComfyUiMedia::wav(1.5, 3));
        s.avi = s.folder + QStringLiteral("/waves_00001.avi");
        write(s.avi, fakes::FakeComfyUiMedia::avi(96, 64, 4, 8, 0x102030, false));
        s.txt = s.folder + QStringLiteral("/notes.txt");
        write(s.txt, "some notes\n");

        s.imageParams = {{"prompt", "a red fox at sunset, oil painting"},
                         {"seed", 42},
                         {"steps", 30},
                         {"sampler", "euler"}};
        s.image = add(st, JobKind::Image, s.imageParams);
        s.noise = add(st, JobKind::Image, {{"prompt", "television static"}, {"seed", 5}});
        s.voice = add(st, JobKind::Tts, {{"text", "Hello and welcome to the studio"}});
        s.video = add(st, JobKind::Video, {{"prompt", "waves crashing on rocks"}});
        s.notes = add(st, JobKind::Chat, {{"prompt", "write release notes"}});
        finish(st, s.image, QStringLiteral("forge-comfy"), {s.png});
        finish(st, s.noise, QStringLiteral("forge-comfy"), {s.noisePng});
        finish(st, s.voice, QStringLiteral("forge-tts"), {s.wav});
        finish(st, s.video, QStringLiteral("forge2-comfy"), {s.avi});
        finish(st, s.notes, QStringLiteral("brain-ollama"), {s.txt});
        return s;
    }

    struct Shown
    {
        std::unique_ptr<ui::GalleryPage> page;
        QString thumbs;
    };

    Shown show(Studio &s, QSize size = {1280, 800})
    {
        Shown shown;
        shown.page = std::make_unique<ui::GalleryPage>(s.store.get(), s.queue.get());
        shown.thumbs = s.folder + QStringLiteral("/thumbnails");
        shown.page->setThumbnailCacheDir(shown.thumbs);
        shown.page->resize(size);
        shown.page->show();
        return shown;
    }

    static QModelIndex indexOf(ui::GalleryPage &page, const QString &path)
    {
        QAbstractItemModel *m = page.view()->model();
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->index(i, 0).data(Model::PathRole).toString() == path)
                return m->index(i, 0);
        return {};
    }

    static bool chooseKind(QComboBox *combo, MediaKind kind)
    {
        const int i = combo->findData(int(kind));
        combo->setCurrentIndex(i);
        return i >= 0;
    }

    // An image that looks like a picture: sky, sun and hills, hues from `seed`.
    static QImage art(int w, int h, int seed)
    {
        QImage image(w, h, QImage::Format_RGB32);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const int hue = (seed * 47) % 360;
        QLinearGradient sky(0, 0, 0, h);
        sky.setColorAt(0, QColor::fromHsv(hue, 120, 235));
        sky.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 160, 160));
        p.fillRect(image.rect(), sky);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv((hue + 180) % 360, 90, 255));
        p.drawEllipse(QPointF(w * (0.25 + 0.1 * (seed % 5)), h * 0.32), w * 0.1, w * 0.1);
        for (int layer = 0; layer < 3; ++layer) {
            QPainterPath hills;
            hills.moveTo(0, h);
            for (int x = 0; x <= w; x += w / 8)
                hills.lineTo(x, h * (0.55 + 0.12 * layer) -
                                    h * 0.1 * std::sin((x + seed * 37 + layer * 90) / 70.0));
            hills.lineTo(w, h);
            p.setBrush(QColor::fromHsv((hue + 200 + layer * 20) % 360, 110 + layer * 40,
                                       150 - layer * 40));
            p.drawPath(hills);
        }
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void init() { m_opened.clear(); }

    void buildsItsContentsOnFirstShow()
    {
        Studio s = studio();
        ui::GalleryPage page(s.store.get(), s.queue.get());
        QVERIFY(!page.isBuilt());
        QVERIFY(!page.model());
        page.setThumbnailCacheDir({});
        page.resize(1000, 700);
        page.show();
        QVERIFY(page.isBuilt());
        QTRY_COMPARE(page.model()->rowCount(), 5);
        QVERIFY(!page.isEmptyStateShown());
        QCOMPARE(page.summary(), QStringLiteral("5 output(s)"));
    }

    void thumbnailsArriveForImagesVideoAndAudio()
    {
        Studio s = studio();
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 5);
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::Thumbnailer *thumbs = page.thumbnailer();
        // Painting the grid asks for them; they are decoded off the GUI thread.
        QTRY_VERIFY(!thumbs->thumbnail(s.png, MediaKind::Image).isNull());
        QTRY_VERIFY(!thumbs->thumbnail(s.avi, MediaKind::Video).isNull());
        QTRY_VERIFY(!thumbs->thumbnail(s.wav, MediaKind::Audio).isNull());
        QTRY_VERIFY(!thumbs->thumbnail(s.noisePng, MediaKind::Image).isNull());

        const QImage image = thumbs->thumbnail(s.png, MediaKind::Image).toImage();
        QVERIFY(image.width() <= 640 && image.height() <= thumbs->size().height());
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), QColor(0xe0, 0x70, 0x30));
        // The video's first frame (bottom-up rows in the file: its first row is the
        // picture's bottom row).
        const QImage frame = thumbs->thumbnail(s.avi, MediaKind::Video).toImage();
        QVERIFY(frame.width() >= 96 && frame.height() >= 64);
        const QImage full = ui::MediaPreview::aviFirstFrame(s.avi, {});
        QCOMPARE(full.size(), QSize(96, 64));
        QCOMPARE(full.pixelColor(0, 63), QColor(0x10, 0x20, 0x30));
        QCOMPARE(full.pixelColor(0, 0), QColor(100, 27, 0x30));
        // The waveform: bars in the middle, transparent above and below the loudest.
        const QImage wave = thumbs->thumbnail(s.wav, MediaKind::Audio).toImage();
        QVERIFY(qAlpha(wave.pixel(wave.width() / 2, wave.height() / 2)) > 0 ||
                qAlpha(wave.pixel(wave.width() / 2 + 1, wave.height() / 2)) > 0);
        QCOMPARE(qAlpha(wave.pixel(wave.width() / 2, 0)), 0);
        const QList<float> peaks = ui::MediaPreview::wavPeaks(s.wav, 50);
        QCOMPARE(peaks.size(), 50);
        QVERIFY(peaks[25] > 0.25f && peaks[25] < 0.35f); // the fake's tone is at 0.3
        // A text file has no picture; nothing is decoded for it.
        QVERIFY(thumbs->thumbnail(s.txt, MediaKind::Other).isNull());
        // The large image's thumbnail is saved for the next start.
        QTRY_COMPARE(QDir(shown.thumbs).entryList({QStringLiteral("*.png")}, QDir::Files).size(),
                     2); // the noise image and the video (74 kB); not the small orange PNG
    }

    void filtersNarrowTheGrid()
    {
        Studio s = studio();
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QAbstractItemModel *grid = page.view()->model();
        QTRY_COMPARE(grid->rowCount(), 5);

        QVERIFY(chooseKind(page.kindFilter(), MediaKind::Audio));
        QCOMPARE(grid->rowCount(), 1);
        QCOMPARE(grid->index(0, 0).data(Model::PathRole).toString(), s.wav);
        QCOMPARE(page.summary(), QStringLiteral("1 of 5 output(s)"));
        QVERIFY(chooseKind(page.kindFilter(), MediaKind::Image));
        QCOMPARE(grid->rowCount(), 2);
        page.kindFilter()->setCurrentIndex(0);
        QCOMPARE(grid->rowCount(), 5);

        // The servers of the outputs are offered.
        QComboBox *servers = page.serverFilter();
        QTRY_VERIFY(servers->findData(QStringLiteral("forge2-comfy")) > 0);
        servers->setCurrentIndex(servers->findData(QStringLiteral("forge2-comfy")));
        QCOMPARE(grid->rowCount(), 1);
        QCOMPARE(grid->index(0, 0).data(Model::PathRole).toString(), s.avi);
        servers->setCurrentIndex(0);

        QComboBox *dates = page.dateFilter();
        dates->setCurrentIndex(dates->findData(int(ui::GalleryFilterModel::DateRange::Today)));
        QCOMPARE(grid->rowCount(), 5);
        dates->setCurrentIndex(0);

        // Typed text narrows after a short pause: prompt words and parameter values.
        QTest::keyClicks(page.textFilter(), QStringLiteral("fox"));
        QTRY_COMPARE(grid->rowCount(), 1);
        QCOMPARE(grid->index(0, 0).data(Model::PathRole).toString(), s.png);
        page.textFilter()->clear();
        QTest::keyClicks(page.textFilter(), QStringLiteral("EULER"));
        QTRY_COMPARE(grid->rowCount(), 1);
        page.textFilter()->clear();
        QTest::keyClicks(page.textFilter(), QStringLiteral("no such thing"));
        QTRY_COMPARE(grid->rowCount(), 0);
        QVERIFY(page.isNoMatchShown());
        QVERIFY(!page.isEmptyStateShown());
        auto *clear = page.findChild<QPushButton *>();
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->accessibleName() == QStringLiteral("Clear the filters"))
                clear = b;
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(grid->rowCount(), 5);
        QVERIFY(page.textFilter()->text().isEmpty());
        QVERIFY(!page.isNoMatchShown());
    }

    void copyParametersPutsTheJobsParametersOnTheClipboard()
    {
        Studio s = studio();
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 5);
        QVERIFY(!page.copyButton()->isEnabled()); // nothing selected
        QVERIFY(page.selectPath(s.png));
        QCOMPARE(page.selectedJobId(), s.image);
        QVERIFY(page.copyButton()->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(page.copyButton(), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        const auto parsed = nlohmann::json::parse(text.toStdString(), nullptr, false);
        QVERIFY2(!parsed.is_discarded(), qPrintable(text));
        QCOMPARE(parsed, s.imageParams);
        QVERIFY(page.message().contains(QString::number(s.image)));
    }

    void rerunEmitsTheJobId()
    {
        Studio s = studio();
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 5);
        QSignalSpy rerun(&page, &ui::GalleryPage::rerunRequested);
        QVERIFY(page.selectPath(s.avi));
        QTest::mouseClick(page.rerunButton(), Qt::LeftButton);
        QCOMPARE(rerun.count(), 1);
        QCOMPARE(rerun.first().at(0).toLongLong(), s.video);
        page.showRerunResult(s.video, 99, {});
        QVERIFY(page.message().contains(QStringLiteral("99")));
        page.showRerunResult(s.video, 0, QStringLiteral("the queue is off"));
        QVERIFY(page.message().contains(QStringLiteral("the queue is off")));
    }

    void openAndRevealOpenTheFileAndItsFolder()
    {
        Studio s = studio();
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 5);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Double-click opens.
        const QModelIndex wav = indexOf(page, s.wav);
        QVERIFY(wav.isValid());
        const QPoint at = page.view()->visualRect(wav).center();
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(page.selectedPath(), s.wav);
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(), QUrl::fromLocalFile(s.wav));
        QTest::mouseClick(page.openButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 2);
        QTest::mouseClick(page.revealButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 3);
        QCOMPARE(m_opened.last(), QUrl::fromLocalFile(s.folder));
        // A file that was deleted says so instead.
        QFile::remove(s.wav);
        QTest::mouseClick(page.openButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 3);
        QVERIFY(page.message().contains(QStringLiteral("no longer there")));
    }

    void decodesOnlyWhatIsOnScreen()
    {
        Studio s = emptyStudio();
        QStringList files;
        for (int i = 0; i < 120; ++i) {
            const QString path =
                s.folder + QStringLiteral("/batch_%1.png").arg(i, 3, 10, QChar(u'0'));
            QImage small(64, 48, QImage::Format_RGB32);
            small.fill(QColor::fromHsv(i * 3, 200, 200));
            small.save(path);
            files << path;
            const qint64 id = add(*s.store, JobKind::Image, {{"prompt", "batch"}, {"seed", i}});
            QVERIFY(finish(*s.store, id, QStringLiteral("forge-comfy"), {path}));
        }
        Shown shown = show(s, {1000, 700});
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 120);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::Thumbnailer *thumbs = page.thumbnailer();
        QTRY_VERIFY(thumbs->decodedCount() > 0);
        QTRY_VERIFY(!thumbs->isBusy());
        const int firstScreen = thumbs->decodedCount();
        QVERIFY2(firstScreen < 40, qPrintable(QString::number(firstScreen)));
        // Newest first: the last file written is on screen, the first is not.
        QVERIFY(!thumbs->thumbnail(files.last(), MediaKind::Image).isNull());
        QVERIFY(thumbs->thumbnail(files.first(), MediaKind::Image).isNull() &&
                thumbs->isBusy()); // asking queues it
        QTRY_VERIFY(!thumbs->isBusy());
        // Scrolling to the end paints (and decodes) the last tiles.
        page.view()->scrollToBottom();
        const QModelIndex last = indexOf(page, files.at(1));
        QTRY_VERIFY(!thumbs->thumbnail(files.at(1), MediaKind::Image).isNull());
        QVERIFY(last.isValid());
        QVERIFY(thumbs->decodedCount() < 120);
    }

    void previewsOfBrokenFilesAreIconsNotCrashes()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(folder);
        const QByteArray avi = fakes::FakeComfyUiMedia::avi(64, 48, 2, 8, 1, true);
        const QByteArray wav = fakes::FakeComfyUiMedia::wav(0.5, 1);
        // Cut short, inside the first frame and inside the header.
        write(folder + QStringLiteral("/short.avi"), avi.left(avi.indexOf("00db") + 4000));
        write(folder + QStringLiteral("/header.avi"), avi.left(40));
        write(folder + QStringLiteral("/header.wav"), wav.left(30));
        // A WAV whose data chunk claims 4 GB (a stream writer's placeholder): read to the
        // end of the file only.
        QByteArray streamed = wav;
        const qsizetype data = streamed.indexOf("data");
        QVERIFY(data > 0);
        streamed.replace(data + 4, 4, QByteArray(4, '\xff'));
        write(folder + QStringLiteral("/streamed.wav"), streamed);
        // Noise with RIFF magic; an empty file.
        write(folder + QStringLiteral("/noise.avi"), QByteArray("RIFF\xff\xff\xff\x7f"
                                                                "AVI LIST\xff\xff\xff\x7fhdrl",
                                                                24) +
                                                         QByteArray(64, '\x7f'));
        write(folder + QStringLiteral("/empty.wav"), {});

        QVERIFY(
            ui::MediaPreview::aviFirstFrame(folder + QStringLiteral("/short.avi"), {}).isNull());
        QVERIFY(
            ui::MediaPreview::aviFirstFrame(folder + QStringLiteral("/header.avi"), {}).isNull());
        QVERIFY(
            ui::MediaPreview::aviFirstFrame(folder + QStringLiteral("/noise.avi"), {}).isNull());
        QVERIFY(ui::MediaPreview::wavPeaks(folder + QStringLiteral("/header.wav"), 20).isEmpty());
        QVERIFY(ui::MediaPreview::wavPeaks(folder + QStringLiteral("/empty.wav"), 20).isEmpty());
        const QList<float> peaks =
            ui::MediaPreview::wavPeaks(folder + QStringLiteral("/streamed.wav"), 20);
        QCOMPARE(peaks.size(), 20);
        QVERIFY(peaks[10] > 0.25f);
        // The whole file with its audio stream: the video's first frame all the same.
        write(folder + QStringLiteral("/whole.avi"), avi);
        QCOMPARE(ui::MediaPreview::aviFirstFrame(folder + QStringLiteral("/whole.avi"), {}).size(),
                 QSize(64, 48));
        // A poster saved next to a video wins.
        QImage poster(320, 180, QImage::Format_RGB32);
        poster.fill(Qt::darkMagenta);
        poster.save(folder + QStringLiteral("/clip.png"));
        write(folder + QStringLiteral("/clip.mp4"), QByteArray(1024, '\0'));
        const QImage image =
            ui::MediaPreview::videoPoster(folder + QStringLiteral("/clip.mp4"), QSize(160, 160));
        QCOMPARE(image.size(), QSize(160, 90));
        QCOMPARE(image.pixelColor(80, 45), QColor(Qt::darkMagenta));
    }

    void emptyStateUntilSomethingIsMade()
    {
        Studio s = emptyStudio();
        s.queue->watch(std::chrono::milliseconds(20));
        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_VERIFY(page.model()->isLoaded());
        QVERIFY(page.isEmptyStateShown());
        QSignalSpy create(&page, &ui::GalleryPage::createRequested);
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->accessibleName() == QStringLiteral("Go to the Create page"))
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(create.count(), 1);

        // A job finishes (on another connection: the queue notices).
        auto other = openStore(s.store->path());
        const QString png = s.folder + QStringLiteral("/first.png");
        QImage first(320, 240, QImage::Format_RGB32);
        first.fill(Qt::darkCyan);
        first.save(png);
        const qint64 id = add(*other, JobKind::Image, {{"prompt", "my first picture"}});
        QVERIFY(finish(*other, id, QStringLiteral("forge-comfy"), {png}));
        QTRY_COMPARE(page.view()->model()->rowCount(), 1);
        QVERIFY(!page.isEmptyStateShown());
    }

    void rendersARealisticGallery()
    {
        Studio s = emptyStudio();
        const char *prompts[] = {"a misty mountain valley at dawn, volumetric light, 35mm",
                                 "portrait of an old fisherman, dramatic rim light",
                                 "isometric cozy bookshop interior, warm lamps",
                                 "neon city street in the rain, cyberpunk, reflections",
                                 "a red fox at sunset, oil painting",
                                 "desert dunes under a violet sky, minimal",
                                 "a lighthouse in a storm, waves crashing",
                                 "spring garden with cherry blossoms, watercolor",
                                 "retro sci-fi rocket on a launch pad, 1960s poster",
                                 "aerial view of a winding river through autumn forest",
                                 "still life with lemons and a blue vase"};
        const QStringList servers = {QStringLiteral("forge-comfy"), QStringLiteral("forge2-comfy")};
        int n = 0;
        for (const char *prompt : prompts) {
            const bool tall = n % 4 == 1;
            const QString path =
                s.folder + QStringLiteral("/ComfyUI_%1_.png").arg(n, 5, 10, QChar(u'0'));
            art(tall ? 512 : 768, tall ? 768 : 512, n).save(path);
            const qint64 id =
                add(*s.store, JobKind::Image, {{"prompt", prompt}, {"seed", 1000 + n}});
            QVERIFY(finish(*s.store, id, servers[n % 2], {path}));
            ++n;
            if (n == 3 || n == 7) {
                const QString clip = s.folder + QStringLiteral("/wan22_%1.avi").arg(n);
                write(clip, fakes::FakeComfyUiMedia::avi(128, 72, 2, 8, 0x3050a0u * n, true));
                const qint64 v = add(*s.store, JobKind::Video,
                                     {{"prompt", "a paper boat drifting down a gutter stream"}});
                QVERIFY(finish(*s.store, v, QStringLiteral("forge-comfy"), {clip}));
            }
            if (n == 5 || n == 9) {
                const QString take = s.folder + QStringLiteral("/tts_take_%1.wav").arg(n);
                write(take, fakes::FakeComfyUiMedia::wav(2.0, quint32(n * 31)));
                const qint64 t = add(*s.store, JobKind::Tts,
                                     {{"text", "Welcome back to the studio. Today we render the "
                                               "trailer."}});
                QVERIFY(finish(*s.store, t, QStringLiteral("forge-tts"), {take}));
            }
        }
        const QString mp4 = s.folder + QStringLiteral("/lipsync_00001.mp4");
        write(mp4, QByteArray(2048, '\0'));
        const qint64 lip = add(*s.store, JobKind::LipSync, {{"prompt", "portrait singing"}});
        QVERIFY(finish(*s.store, lip, QStringLiteral("forge2-comfy"), {mp4}));

        Shown shown = show(s);
        ui::GalleryPage &page = *shown.page;
        QTRY_COMPARE(page.view()->model()->rowCount(), 16);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectPath(s.folder + QStringLiteral("/ComfyUI_00009_.png")); // first row
        QTRY_VERIFY(page.thumbnailer()->decodedCount() >= 10 && !page.thumbnailer()->isBusy());
        QTest::qWait(100);
        const QImage shot = page.grab().toImage();
        QCOMPARE(shot.size(), QSize(1280, 800) * shot.devicePixelRatio());
        const QString target = qEnvironmentVariable("C41_GALLERY_SCREENSHOT");
        if (!target.isEmpty()) {
            QVERIFY(shot.save(target));
            chooseKind(page.kindFilter(), MediaKind::Audio);
            QTest::qWait(50);
            page.grab().save(
                QString(target).replace(QStringLiteral(".png"), QStringLiteral("-audio.png")));
            page.kindFilter()->setCurrentIndex(0);
            QTest::keyClicks(page.textFilter(), QStringLiteral("zebra"));
            QTRY_VERIFY(page.isNoMatchShown());
            page.grab().save(
                QString(target).replace(QStringLiteral(".png"), QStringLiteral("-nomatch.png")));
            // The same in a dark palette.
            page.textFilter()->clear();
            QTRY_VERIFY(!page.isNoMatchShown());
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x22));
            dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Base, QColor(0x2a, 0x2b, 0x2f));
            dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x33, 0x38));
            dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Button, QColor(0x2f, 0x30, 0x35));
            dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa3));
            dark.setColor(QPalette::Highlight, QColor(0x4c, 0x9a, 0xff));
            dark.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5e));
            page.setPalette(dark);
            QTest::qWait(100);
            QTRY_VERIFY(!page.thumbnailer()->isBusy());
            page.grab().save(
                QString(target).replace(QStringLiteral(".png"), QStringLiteral("-dark.png")));
            Studio none = emptyStudio();
            Shown empty = show(none);
            QTRY_VERIFY(empty.page->isEmptyStateShown());
            empty.page->grab().save(
                QString(target).replace(QStringLiteral(".png"), QStringLiteral("-empty.png")));
        }
    }
};

QTEST_MAIN(TestGalleryPage)
#include "tst_gallerypage.moc"
