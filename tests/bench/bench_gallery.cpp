// SPDX-License-Identifier: GPL-3.0-or-later
// The gallery at scale: a job database with 100,000 outputs of succeeded jobs (mixed
// images, videos and audio, four servers, a workflow of a realistic size in each
// job's parameters), then: the read of the database (on the model's worker thread),
// the GUI-thread cost of applying it, the longest event-loop stall while it loads,
// the filters (kind, server, date, text) on the proxy, the grid's layout of 100k
// tiles, and the refresh after one more job succeeds. Not a ctest test.
// Usage: QT_QPA_PLATFORM=offscreen bench_gallery [outputs]
#include "gallery/gallerydelegate.h"
#include "gallery/thumbnailer.h"
#include "jobs/galleryindex.h"
#include "jobs/jobstore.h"
#include "models/galleryfiltermodel.h"
#include "models/gallerymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace c41;
using json = nlohmann::json;

namespace {

const char *const kWords[] = {"castle", "forest",  "portrait", "neon",   "city",   "river",
                              "dragon", "sunset",  "robot",    "cat",    "ocean",  "mountain",
                              "studio", "vintage", "winter",   "desert", "garden", "train"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

bool fill(const QString &path, int count)
{
    {
        jobs::JobStore store(path); // creates the schema
        if (!store.open().ok())
            return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (kind, target, state, position, params, title, server, remote_id,"
        " remote_accepted, progress, outputs, output_dir, created, started, finished, attempts)"
        " VALUES (?, 'any', 'succeeded', ?, ?, ?, ?, ?, 1, 100, ?, ?, ?, ?, ?, 1)"));
    const char *servers[] = {"forge-comfy", "forge2-comfy", "forge3-comfy", "forge-tts"};
    json workflow = json::object();
    for (int n = 1; n <= 12; ++n) // ~1.5 kB
        workflow[std::to_string(n)] = {{"class_type", "KSamplerAdvanced"},
                                       {"inputs", {{"seed", n}, {"steps", 20}, {"cfg", 3.5}}}};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60'000;
    for (int i = 0; i < count; ++i) {
        const QString prompt = QStringLiteral("%1 %2 %3, job %4")
                                   .arg(QLatin1String(kWords[i % kWordCount]),
                                        QLatin1String(kWords[(i / 7) % kWordCount]),
                                        QLatin1String(kWords[(i / 53) % kWordCount]))
                                   .arg(i);
        const int roll = i % 10;
        const char *kind = roll < 7 ? "image" : roll < 9 ? "video" : "tts";
        const char *ext = roll < 7 ? "png" : roll < 9 ? "mp4" : "wav";
        json params{{"prompt", prompt.toStdString()},
                    {"seed", i},
                    {"steps", 20 + i % 20},
                    {"sampler", "euler"},
                    {"workflow", workflow}};
        const QString dir = QStringLiteral("/studio/outputs/2026-11-%1/%2-%3")
                                .arg(1 + i % 28)
                                .arg(i)
                                .arg(QLatin1String(kind));
        const qint64 created = start + qint64(i) * 60'000;
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(double(i));
        q.addBindValue(QString::fromStdString(params.dump()));
        q.addBindValue(prompt);
        q.addBindValue(QString::fromLatin1(servers[roll == 9 ? 3 : i % 3]));
        q.addBindValue(QStringLiteral("prompt-%1").arg(i));
        q.addBindValue(QStringLiteral("[\"%1/ComfyUI_00001_.%2\"]").arg(dir, QLatin1String(ext)));
        q.addBindValue(dir);
        q.addBindValue(created);
        q.addBindValue(created + 1000);
        q.addBindValue(created + 30000);
        if (!q.exec())
            return false;
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return true;
}

// Resident memory in MB (Linux; 0 elsewhere).
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Median of `rounds` runs of `work`, in ms.
double median(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Runs the event loop until `done`, and returns the longest gap between two ticks of
// a 1 ms timer meanwhile: how long the GUI thread was blocked at worst.
double runUntil(const std::function<bool()> &done, double *elapsed)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer gap;
    gap.start();
    double worst = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worst = std::max(worst, ms(gap));
        gap.restart();
    });
    tick.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    worst = std::max(worst, ms(gap));
    *elapsed = ms(total);
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1000, atoi(argv[1])) : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(path, count)) {
        std::fprintf(stderr, "bench_gallery: cannot build the database\n");
        return 1;
    }
    std::printf("built %d succeeded jobs (one output each) in %.1f s\n", count,
                fillTimer.elapsed() / 1000.0);

    // What the machine itself adds: the longest gap of an idle event loop for a second.
    QElapsedTimer idle;
    idle.start();
    double idleMs = 0;
    const double idleStall = runUntil([&] { return idle.elapsed() >= 1000; }, &idleMs);
    std::printf("%-48s %8.1f ms (machine noise: compare the stalls below)\n",
                "idle event loop, longest stall", idleStall);

    const double scan = median(3, [&] {
        if (!jobs::GalleryIndex::scanAll(path))
            std::abort();
    });
    std::printf("%-48s median %8.1f ms (worker thread)\n", "GalleryIndex::scanAll", scan);

    jobs::JobStore store(path);
    if (!store.open().ok())
        return 1;
    const double rssBefore = residentMb();
    QElapsedTimer construct;
    construct.start();
    ui::GalleryModel model(&store);
    const double constructMs = ms(construct);
    double loadMs = 0;
    const double stall = runUntil([&] { return model.isLoaded(); }, &loadMs);
    std::printf("%-48s %8.2f ms on the GUI thread\n", "model constructed (read started)",
                constructMs);
    std::printf("%-48s %8.1f ms, longest GUI stall %.1f ms (%d rows)\n", "model loaded", loadMs,
                stall, model.rowCount());
    std::printf("%-48s %8.1f MB\n", "memory held by the loaded model (RSS growth)",
                residentMb() - rssBefore);

    ui::GalleryFilterModel filter;
    filter.setSourceModel(&model);
    struct Case
    {
        const char *name;
        std::function<void()> set;
    };
    using Range = ui::GalleryFilterModel::DateRange;
    const QList<Case> cases = {
        {"kind = video", [&] { filter.setFilters(jobs::MediaKind::Video, {}, Range::All, {}); }},
        {"server = forge2-comfy",
         [&] { filter.setFilters(std::nullopt, QStringLiteral("forge2-comfy"), Range::All, {}); }},
        {"last 30 days", [&] { filter.setFilters(std::nullopt, {}, Range::Month, {}); }},
        {"text \"dragon castle\"",
         [&] { filter.setFilters(std::nullopt, {}, Range::All, QStringLiteral("dragon castle")); }},
        {"text, a rare one (\"job 99999\")",
         [&] { filter.setFilters(std::nullopt, {}, Range::All, QStringLiteral("job 99999")); }},
        {"image + forge-comfy + 7 days + \"neon\"",
         [&] {
             filter.setFilters(jobs::MediaKind::Image, QStringLiteral("forge-comfy"), Range::Week,
                               QStringLiteral("neon"));
         }},
    };
    double worst = 0;
    for (const Case &c : cases) {
        // The proxy maps lazily: rowCount() makes it filter now.
        const double t = median(5, [&] {
            filter.setFilters(std::nullopt, {}, Range::All, {});
            filter.rowCount();
            c.set();
            filter.rowCount();
        });
        worst = std::max(worst, t);
        std::printf("filter %-41s median %8.2f ms (%d rows; includes clearing)\n", c.name, t,
                    filter.rowCount());
    }
    std::printf("worst filter median %.2f ms: target <= 50 ms %s\n", worst,
                worst <= 50 ? "ok" : "MISSED");

    // The grid: 100k tiles in a QListView in icon mode, as the page sets it up.
    filter.setFilters(std::nullopt, {}, Range::All, {});
    ui::Thumbnailer thumbnailer(QSize(308, 231));
    QListView view;
    ui::GalleryDelegate delegate(&thumbnailer);
    view.setItemDelegate(&delegate);
    view.setViewMode(QListView::IconMode);
    view.setMovement(QListView::Static);
    view.setResizeMode(QListView::Adjust);
    view.setUniformItemSizes(true);
    view.setLayoutMode(QListView::Batched);
    view.setBatchSize(2000);
    view.setGridSize(delegate.tileSize(view.font()));
    view.resize(1200, 760);
    view.setModel(&filter);
    view.show();
    QCoreApplication::processEvents();
    // The whole layout at once (the page lays out in batches of 2000 between events).
    auto layoutOnce = [&](QListView::ViewMode mode) {
        view.setViewMode(mode);
        view.setMovement(QListView::Static);
        view.setFlow(QListView::LeftToRight);
        view.setWrapping(true);
        view.setResizeMode(QListView::Adjust);
        view.setUniformItemSizes(true);
        view.setLayoutMode(QListView::SinglePass);
        view.setGridSize(delegate.tileSize(view.font()));
        return median(3, [&] { view.doItemsLayout(); });
    };
    std::printf("%-48s median %8.1f ms\n", "grid layout of all tiles, list mode (wrapping)",
                layoutOnce(QListView::ListMode));
    std::printf("%-48s median %8.1f ms\n", "grid layout of all tiles, icon mode",
                layoutOnce(QListView::IconMode));
    view.setLayoutMode(QListView::Batched);
    view.setBatchSize(2000);
    const double refilter = median(3, [&] {
        filter.setText(QStringLiteral("sunset"));
        QCoreApplication::processEvents();
        filter.setText({});
        QCoreApplication::processEvents();
    });
    std::printf("%-48s median %8.1f ms\n", "grid: filter \"sunset\" and clear again", refilter);

    // One more job succeeds: the refresh reads it alone and inserts it on top.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("more"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral(
            "INSERT INTO jobs (kind, state, params, title, server, outputs, created, finished)"
            " VALUES ('image', 'succeeded', '{\"prompt\":\"one more\"}', 'one more',"
            " 'forge-comfy', '[\"/studio/one-more.png\"]', 1, 2)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("more"));
    QElapsedTimer refresh;
    refresh.start();
    const int before = model.rowCount();
    model.refreshNow();
    double refreshMs = 0;
    const double refreshStall =
        runUntil([&] { return model.rowCount() == before + 1 && !model.isReading(); }, &refreshMs);
    std::printf("%-48s %8.1f ms, longest stall %.1f ms\n", "refresh after one job succeeded",
                refreshMs, refreshStall);
    return 0;
}
