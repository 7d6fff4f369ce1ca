// SPDX-License-Identifier: GPL-3.0-or-later
// The job history at scale: a database of 100,000 jobs (mixed kinds, states and
// servers, each with its parameters), then the time to open it and show the
// first page, and to filter it by state, kind, server and prompt text.
// Targets (issue 6): open ≤ 200 ms, filter ≤ 50 ms. Not a ctest test.
// Usage: bench_jobhistory [jobs]
#include "jobs/jobstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace c41::jobs;
using json = nlohmann::json;

namespace {

const char *const kWords[] = {"castle", "forest",  "portrait", "neon",   "city",   "river",
                              "dragon", "sunset",  "robot",    "cat",    "ocean",  "mountain",
                              "studio", "vintage", "winter",   "desert", "garden", "train"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// Fills `path` with `count` finished-looking jobs in one transaction.
bool fill(const QString &path, int count)
{
    {
        JobStore store(path); // creates the schema
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
        " remote_accepted, progress, error, outputs, output_dir, created, started, finished,"
        " attempts) VALUES (?, 'any', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1)"));
    const char *kinds[] = {"image", "image", "image", "video", "tts", "chat", "lipsync", "v2a"};
    const char *servers[] = {"forge-comfy", "forge2-comfy", "forge-tts", "brain-ollama"};
    json workflow = json::object();
    for (int n = 1; n <= 12; ++n) // a workflow of a realistic size (~1.5 kB)
        workflow[std::to_string(n)] = {{"class_type", "KSamplerAdvanced"},
                                       {"inputs", {{"seed", n}, {"steps", 20}, {"cfg", 3.5}}}};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60'000;
    for (int i = 0; i < count; ++i) {
        const QString prompt = QStringLiteral("%1 %2 %3, job %4")
                                   .arg(QLatin1String(kWords[i % kWordCount]),
                                        QLatin1String(kWords[(i / 7) % kWordCount]),
                                        QLatin1String(kWords[(i / 53) % kWordCount]))
                                   .arg(i);
        const int roll = i % 100;
        const char *state = roll < 85   ? "succeeded"
                            : roll < 93 ? "failed"
                            : roll < 97 ? "cancelled"
                                        : "lost";
        if (i >= count - 20)
            state = "queued";
        json params{{"prompt", prompt.toStdString()}, {"seed", i}, {"workflow", workflow}};
        const qint64 created = start + qint64(i) * 60'000;
        q.addBindValue(QString::fromLatin1(kinds[i % 8]));
        q.addBindValue(QString::fromLatin1(state));
        q.addBindValue(double(i));
        q.addBindValue(QString::fromStdString(params.dump()));
        q.addBindValue(prompt);
        q.addBindValue(QString::fromLatin1(servers[i % 4]));
        q.addBindValue(QStringLiteral("prompt-%1").arg(i));
        q.addBindValue(roll < 85 ? 100.0 : 40.0);
        q.addBindValue(roll < 85 ? QStringLiteral("")
                                 : QStringLiteral("forge-comfy: node 3 failed"));
        q.addBindValue(QStringLiteral("[\"/out/%1-image/ComfyUI_00001_.png\"]").arg(i));
        q.addBindValue(QStringLiteral("/out/%1-image").arg(i));
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

// Best and median of `rounds` runs, in ms.
std::pair<double, double> measure(int rounds, const std::function<int()> &work, int *rows)
{
    QList<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        *rows = work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.first(), times[times.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1000, atoi(argv[1])) : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(path, count)) {
        std::fprintf(stderr, "bench_jobhistory: cannot build the database\n");
        return 1;
    }
    std::printf("built a history of %d jobs in %.1f s\n", count, fillTimer.elapsed() / 1000.0);

    int rows = 0;
    // Open: a fresh connection, the schema check, the first page (200 newest).
    auto [openBest, openMedian] = measure(
        7,
        [&] {
            JobStore store(path);
            if (!store.open().ok())
                std::abort();
            JobFilter first;
            return int(store.list(first).value().size());
        },
        &rows);
    std::printf("%-44s best %7.2f ms  median %7.2f ms  (%d rows)  target <= 200 ms %s\n",
                "open + first page of 200", openBest, openMedian, rows,
                openMedian <= 200 ? "ok" : "MISSED");

    JobStore store(path);
    if (!store.open().ok())
        return 1;
    struct Case
    {
        const char *name;
        JobFilter filter;
        bool count = false;
    };
    QList<Case> cases;
    {
        JobFilter f;
        f.states = {JobState::Failed};
        cases.append({"state = failed (page of 200)", f});
        f = {};
        f.states = {JobState::Failed, JobState::Lost};
        cases.append({"state in (failed, lost)", f});
        f = {};
        f.kind = JobKind::Video;
        cases.append({"kind = video", f});
        f = {};
        f.server = QStringLiteral("forge2-comfy");
        cases.append({"server = forge2-comfy", f});
        f = {};
        f.text = QStringLiteral("dragon castle");
        cases.append({"prompt contains \"dragon castle\"", f});
        f = {};
        f.text = QStringLiteral("job 99999");
        cases.append({"prompt contains a rare text", f});
        f = {};
        f.states = {JobState::Succeeded};
        f.kind = JobKind::Image;
        f.text = QStringLiteral("neon");
        cases.append({"succeeded + image + \"neon\"", f});
        f = {};
        f.states = {JobState::Queued};
        f.newestFirst = false;
        cases.append({"queued, in queue order", f});
        f = {};
        f.states = {JobState::Failed};
        cases.append({"count(state = failed)", f, true});
        f = {};
        f.text = QStringLiteral("sunset");
        cases.append({"count(prompt contains \"sunset\")", f, true});
    }
    double worst = 0;
    for (const Case &c : std::as_const(cases)) {
        auto [best, median] = measure(
            7,
            [&] {
                return c.count ? store.count(c.filter).value()
                               : int(store.list(c.filter).value().size());
            },
            &rows);
        worst = std::max(worst, median);
        std::printf("filter %-37s best %7.2f ms  median %7.2f ms  (%d%s)\n", c.name, best, median,
                    rows, c.count ? " counted" : " rows");
    }
    std::printf("worst filter median %.2f ms: target <= 50 ms %s\n", worst,
                worst <= 50 ? "ok" : "MISSED");
    return 0;
}
