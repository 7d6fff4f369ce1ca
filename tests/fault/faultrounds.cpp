// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultrounds.h"

#include "ctlrunner.h"
#include "fakecomfyui.h"
#include "faultoperations.h"
#include "guirig.h"
#include "jobrig.h"
#include "stallmeter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <qcorotimer.h>

#include <algorithm>

using namespace std::chrono_literals;

namespace c41::testing {

namespace {
bool isStall(FaultKind fault)
{
    return fault == FaultKind::Stall || fault == FaultKind::StallBeforeHeaders;
}
} // namespace

FaultRounds::FaultRounds(FaultRoundsOptions options, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_rng(m_options.seed)
    , m_marker(QStringLiteral("c41fault-%1").arg(QCoreApplication::applicationPid()))
{
}

FaultRounds::~FaultRounds()
{
    m_gui.reset();
    m_jobs.reset();
    m_ops.reset();
}

QCoro::Task<int> FaultRounds::run()
{
    const auto known = [](const QString &name, auto all, auto nameOf) {
        for (const auto &item : all) {
            if (nameOf(item) == name)
                return true;
        }
        return name.isEmpty();
    };
    if (!known(m_options.onlyTarget, allTargets(), targetName) ||
        !known(m_options.onlyFault, allFaults(), faultName)) {
        m_out << "fault rounds: unknown --target or --fault\n";
        co_return 2;
    }
    if (!m_dir.isValid() || !m_lab.start()) {
        m_out << "fault rounds: cannot set up the lab (temporary folder or loopback)\n";
        co_return 2;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("out"));
    m_ops = std::make_unique<FaultOperations>(&m_lab, m_dir.filePath(QStringLiteral("out")));
    m_jobs = std::make_unique<JobRig>(&m_lab, m_dir.filePath(QStringLiteral("jobs.db")),
                                      m_dir.filePath(QStringLiteral("out")));
    if (const QString why = m_jobs->start(); !why.isEmpty()) {
        m_out << "fault rounds: " << why << '\n';
        co_return 2;
    }
    m_ctl = std::make_unique<CtlRunner>(m_options.ctlPath, m_dir.filePath(QStringLiteral("home")));
    m_stall = std::make_unique<StallMeter>();
    m_stall->start();
    if (m_options.gui) {
        m_gui = std::make_unique<GuiRig>();
        if (const QString why = m_gui->start(m_lab.configJson()); !why.isEmpty()) {
            m_out << "fault rounds: " << why << '\n';
            co_return 2;
        }
    }
    // Warm-up: the window's first layout and paint, the first round of checks.
    co_await QCoro::sleepFor(1500ms);
    m_initialFiles = filesOutsideOutput();
    m_stall->reset();
    m_out << QStringLiteral("fault rounds: %1 rounds, seed %2, lab in %3\n")
                 .arg(m_options.rounds)
                 .arg(m_options.seed)
                 .arg(m_dir.path());
    m_out.flush();

    for (int i = 1; i <= m_options.rounds; ++i) {
        const RoundResult r = co_await round(i);
        m_summary.add(r);
        m_out << FaultSummary::line(r, m_options.rounds) << '\n';
        m_out.flush();
    }
    // Every job the rounds submitted has reached a final state.
    QElapsedTimer settle;
    settle.start();
    while (!m_jobs->unfinished().isEmpty() && settle.elapsed() < 5000)
        co_await QCoro::sleepFor(50ms);
    if (const QStringList left = m_jobs->unfinished(); !left.isEmpty())
        m_summary.addProblem(QStringLiteral("jobs never finished: ") +
                             left.join(QStringLiteral(", ")));
    m_summary.setMaxStallMs(m_stall->maxStallMs());
    m_summary.setLimits(m_options.stallLimitMs, m_options.recoveryLimitMs);
    m_out << QStringLiteral("jobs submitted: %1, server restarts: %2, dashboard updates: %3\n")
                 .arg(m_jobs->submitted())
                 .arg(m_lab.restarts())
                 .arg(m_gui ? m_gui->repaints() : 0);
    m_summary.print(m_out);
    const bool passed = m_summary.passed(m_options.stallLimitMs);
    m_out << (passed ? "RESULT: PASS\n" : "RESULT: FAIL\n");
    m_out.flush();
    co_return passed ? 0 : 1;
}

QString FaultRounds::chooseOperation(FaultTarget target, FaultKind fault, bool viaCtl)
{
    if (fault == FaultKind::HostileNames)
        return viaCtl ? QStringLiteral("c41ctl comfy run") : QStringLiteral("job");
    if (viaCtl) {
        // A chat or a render waits as long as the server keeps the connection open
        // (a model may take minutes to load); a stalled one is for Ctrl+C, so those
        // rounds probe instead.
        if (!isStall(fault) && pick(2) == 0) {
            switch (target) {
            case FaultTarget::Ollama:
            case FaultTarget::LlamaCpp:
                return QStringLiteral("c41ctl chat");
            case FaultTarget::Tts:
                return QStringLiteral("c41ctl tts");
            case FaultTarget::ComfyUi:
                return QStringLiteral("c41ctl comfy run");
            case FaultTarget::Exporter:
                break;
            }
        }
        return QStringLiteral("c41ctl servers");
    }
    const bool probe = pick(3) == 0;
    switch (target) {
    case FaultTarget::Ollama:
    case FaultTarget::LlamaCpp:
        return probe ? QStringLiteral("probe") : QStringLiteral("chat");
    case FaultTarget::ComfyUi:
        return probe ? QStringLiteral("probe") : QStringLiteral("job");
    case FaultTarget::Tts:
        return probe ? QStringLiteral("probe") : QStringLiteral("tts");
    case FaultTarget::Exporter:
        return probe ? QStringLiteral("probe") : QStringLiteral("telemetry");
    }
    return QStringLiteral("probe");
}

std::chrono::milliseconds FaultRounds::bound(const QString &operation)
{
    if (operation == u"chat" || operation == u"tts")
        return 4000ms; // stopped by the user after 3 s at the latest
    if (operation == u"probe")
        return 2500ms; // 1.5 s probe timeout
    if (operation == u"telemetry")
        return 4000ms; // 3 s poll timeout
    if (operation == u"job")
        return 16000ms; // 3 s server grace, 4 s request timeout, retries
    return 12000ms;     // c41ctl: killed after 10 s
}

QCoro::Task<OpOutcome> FaultRounds::operate(FaultTarget target, const QString &operation)
{
    if (operation == u"chat")
        co_return co_await m_ops->chat(target, 3000ms);
    if (operation == u"tts")
        co_return co_await m_ops->tts(3000ms);
    if (operation == u"telemetry")
        co_return co_await m_ops->telemetry();
    if (operation == u"probe")
        co_return co_await m_ops->probe(target, 1500ms);
    if (operation == u"job")
        co_return co_await m_jobs->runJob(15000ms);
    // (Arguments built outside co_await: GCC 12 miscompiles braced lists in there.)
    const QStringList arguments = ctlArguments(target, operation);
    if (!arguments.isEmpty())
        co_return co_await m_ctl->run(arguments, 10000ms);
    OpOutcome unknown;
    unknown.problems << QStringLiteral("unknown operation ") + operation;
    co_return unknown;
}

QStringList FaultRounds::ctlArguments(FaultTarget target, const QString &operation)
{
    const QString kindUrl = m_lab.kindUrl(target);
    const QString out = m_dir.filePath(QStringLiteral("out"));
    if (operation == u"c41ctl servers")
        return {QStringLiteral("servers"), kindUrl};
    if (operation == u"c41ctl chat") {
        const QString model =
            target == FaultTarget::Ollama ? m_lab.ollamaModel() : m_lab.llamaModel();
        return {QStringLiteral("chat"), kindUrl, model,
                QStringLiteral("Say hello to the fault lab.")};
    }
    if (operation == u"c41ctl tts") {
        const QString file = out + QStringLiteral("/ctl-speech-%1.wav").arg(++m_ctlFiles);
        return {QStringLiteral("tts"),
                kindUrl,
                QStringLiteral("Hello from c41ctl."),
                QStringLiteral("--voice"),
                QStringLiteral("alloy"),
                QStringLiteral("--out"),
                file};
    }
    if (operation == u"c41ctl comfy run") {
        // A workflow of its own per run (see JobRig::workflow), outside the output folder.
        const QString workflow =
            m_dir.filePath(QStringLiteral("home/workflow-%1.json").arg(++m_ctlFiles));
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        QFile file(workflow);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray::fromStdString(JobRig::workflow(100000 + m_ctlFiles).dump()));
        return {QStringLiteral("comfy"),
                QStringLiteral("run"),
                kindUrl,
                workflow,
                QStringLiteral("--out"),
                out + QStringLiteral("/ctl-comfy")};
    }
    return {};
}

QPair<QString, QString> FaultRounds::hostileName()
{
    const QString m = m_marker;
    const QString up = QStringLiteral("../../../../../../../../../../tmp");
    const QList<QPair<QString, QString>> names = {
        {up + u'/' + m + QStringLiteral("-dotdot.png"), {}},
        {QStringLiteral("/tmp/") + m + QStringLiteral("-abs.png"), {}},
        {m + QStringLiteral("-sub.png"), up},
        {m + QStringLiteral("-subabs.png"), QStringLiteral("/tmp")},
        {m + QStringLiteral("-nul") + QChar(0) + QStringLiteral("/") + up +
             QStringLiteral("/x.png"),
         {}},
        {QString(4096, u'a') + QStringLiteral(".png"), {}},
        {QStringLiteral("..\\..\\..\\..\\..\\..\\..\\..\\tmp\\") + m + QStringLiteral("-bs.png"),
         {}},
        {m + QStringLiteral("-mixed.png"), QStringLiteral("sub/") + up},
        {QStringLiteral(".."), {}},
        {QString(), QString()},
    };
    return names.at(pick(static_cast<int>(names.size())));
}

QSet<QString> FaultRounds::filesOutsideOutput() const
{
    QSet<QString> files;
    const QString root = m_dir.path() + u'/';
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(root.size());
        if (rel.startsWith(QStringLiteral("out/")) || rel.startsWith(QStringLiteral("home/")) ||
            rel.startsWith(QStringLiteral("jobs.db")))
            continue;
        files.insert(rel);
    }
    return files;
}

QStringList FaultRounds::escapes() const
{
    QStringList found;
    const QSet<QString> now = filesOutsideOutput();
    for (const QString &f : now) {
        if (!m_initialFiles.contains(f))
            found << m_dir.filePath(f);
    }
    // Where a naive join of a hostile name would have written.
    const QStringList elsewhere = {QDir::tempPath(), QStringLiteral("/tmp"), QDir::currentPath(),
                                   QDir::homePath()};
    for (const QString &dir : elsewhere) {
        const QStringList hits =
            QDir(dir).entryList({m_marker + u'*'}, QDir::AllEntries | QDir::Hidden);
        for (const QString &hit : hits)
            found << dir + u'/' + hit;
    }
    found.removeDuplicates();
    return found;
}

bool FaultRounds::namesServer(const QString &error, FaultTarget target) const
{
    const QUrl url = m_lab.url(target);
    return error.contains(targetName(target)) ||
           error.contains(url.host() + u':' + QString::number(url.port()));
}

QCoro::Task<RoundResult> FaultRounds::round(int index)
{
    RoundResult r;
    r.index = index;
    QList<FaultTarget> targets;
    for (const FaultTarget t : allTargets()) {
        if (m_options.onlyTarget.isEmpty() || targetName(t) == m_options.onlyTarget)
            targets << t;
    }
    r.target = targets.at(pick(static_cast<int>(targets.size())));
    QList<FaultKind> faults;
    for (const FaultKind f : allFaults()) {
        if (faultApplies(f, r.target) &&
            (m_options.onlyFault.isEmpty() || faultName(f) == m_options.onlyFault))
            faults << f;
    }
    if (faults.isEmpty())
        faults << FaultKind::Refuse;
    r.fault = faults.at(pick(static_cast<int>(faults.size())));
    r.transient = pick(2) == 0;
    const bool viaCtl =
        m_options.ctlEvery > 0 && !m_options.ctlPath.isEmpty() && index % m_options.ctlEvery == 0;
    r.operation = chooseOperation(r.target, r.fault, viaCtl);

    // Break the server: now, or (a restart) a moment into the operation.
    QTimer faultTimer;
    faultTimer.setSingleShot(true);
    QElapsedTimer sinceClear;
    bool cleared = false;
    const FaultTarget target = r.target;
    const FaultKind fault = r.fault;
    if (fault == FaultKind::Restart) {
        connect(&faultTimer, &QTimer::timeout, this, [this, target, &cleared] {
            m_lab.restart(target);
            m_stall->forgive(); // building the fake server stands for another process
            cleared = true;
        });
        const bool comfyJob = target == FaultTarget::ComfyUi &&
                              (r.operation == u"job" || r.operation == u"c41ctl comfy run");
        if (comfyJob) {
            // Restart once the prompt is queued: the new server has never heard of it.
            const int delay = pick(40);
            connect(m_lab.comfyUi(), &fakes::FakeComfyUi::promptQueued, &faultTimer,
                    [&faultTimer, delay] {
                        if (!faultTimer.isActive())
                            faultTimer.start(delay);
                    });
        } else {
            faultTimer.start(pick(300));
        }
    } else {
        if (fault == FaultKind::HostileNames) {
            const auto [name, folder] = hostileName();
            m_lab.apply(target, fault, name, folder);
        } else {
            m_lab.apply(target, fault);
        }
        if (r.transient) {
            connect(&faultTimer, &QTimer::timeout, this, [this, target, &cleared] {
                m_lab.clear(target);
                cleared = true;
            });
            faultTimer.start(100 + pick(900));
        }
    }

    m_stall->reset();
    QElapsedTimer timer;
    timer.start();
    OpOutcome outcome = co_await operate(r.target, r.operation);
    r.elapsedMs = timer.elapsed();
    if (faultTimer.isActive()) {
        faultTimer.stop();
        if (fault == FaultKind::Restart) {
            m_lab.restart(target);
            m_stall->forgive();
        }
    }
    if (!cleared)
        m_lab.clear(target);
    // Recovery counts from when the server is well and the operation is over.
    sinceClear.start();
    r.ok = outcome.ok;
    r.error = outcome.error;
    r.problems = outcome.problems;
    if (r.elapsedMs > bound(r.operation).count())
        r.problems << QStringLiteral("hung: %1 ms (bound %2 ms)")
                          .arg(r.elapsedMs)
                          .arg(bound(r.operation).count());
    if (!r.ok && r.error.isEmpty() && r.problems.isEmpty())
        r.problems << QStringLiteral("failed without an error message");
    if (!r.ok && !r.error.isEmpty() && !namesServer(r.error, r.target))
        r.problems << QStringLiteral("the error does not name the server");
    if (const QStringList escaped = escapes(); !escaped.isEmpty())
        r.problems << QStringLiteral("written outside the output folder: ") +
                          escaped.join(QStringLiteral(", "));

    // The server is well again: the next operation must succeed within 2 s.
    QElapsedTimer recovery;
    recovery.start();
    while (recovery.elapsed() < 6000) {
        OpOutcome next = co_await operate(r.target, r.operation);
        for (const QString &p : std::as_const(next.problems))
            r.problems << QStringLiteral("after the fault: ") + p;
        if (next.ok) {
            r.recoveryMs = sinceClear.elapsed();
            break;
        }
        if (!next.problems.isEmpty())
            break;
        co_await QCoro::sleepFor(50ms);
    }
    r.stallMs = m_stall->maxStallMs();
    if (r.stallMs > m_options.stallLimitMs)
        r.problems << QStringLiteral("the event loop stalled %1 ms").arg(r.stallMs);
    if (r.recoveryMs < 0)
        r.problems << QStringLiteral("no recovery: the operation still fails after the fault");
    else if (r.recoveryMs > m_options.recoveryLimitMs)
        r.problems << QStringLiteral("slow recovery: %1 ms").arg(r.recoveryMs);
    co_return r;
}

} // namespace c41::testing
