// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "net/canceltoken.h"

#include <QCoro/QCoroTask>
#include <QString>

#include <functional>

namespace c41::jobs {

// How a job ended, as its executor saw it.
struct JobOutcome
{
    JobState state = JobState::Failed;                // Succeeded, Failed, Cancelled or Lost
    QString error;                                    // in words, for Failed and Lost
    nlohmann::json outputs = nlohmann::json::array(); // absolute file paths

    static JobOutcome succeeded(nlohmann::json outputs);
    static JobOutcome failed(QString error);
    static JobOutcome cancelled();
    static JobOutcome lost(QString error);
};

// What an executor reports while it runs a job. Each call is written to the
// job database (committed) before it returns, so an executor calls accepted()
// as soon as the server has acknowledged the submit, and only then goes on.
class ProgressSink
{
public:
    std::function<void(double percent, const QString &step, int etaSeconds)> onProgress;
    std::function<void()> onAccepted;
    std::function<void(const QString &dir)> onOutputDir;
    std::function<bool()> onHeld;

    void progress(double percent, const QString &step, int etaSeconds = -1) const
    {
        if (onProgress)
            onProgress(percent, step, etaSeconds);
    }
    void accepted() const
    {
        if (onAccepted)
            onAccepted();
    }
    void outputDir(const QString &dir) const
    {
        if (onOutputDir)
            onOutputDir(dir);
    }
    // Whether the dispatcher still holds the job (asked right before anything
    // is sent: a released job may already be in another dispatcher's hands).
    bool held() const { return !onHeld || onHeld(); }
};

// Runs jobs of some kinds on the servers it knows (by server name). run()
// starts a claimed job; reconcile() picks up a job a previous process left
// dispatched or running (see ComfyUiJobExecutor for the rules). Both follow the
// job to its end; cancelling the token interrupts it on the server.
class JobExecutor
{
public:
    virtual ~JobExecutor() = default;
    virtual bool canRun(JobKind kind) const = 0;
    virtual QCoro::Task<JobOutcome> run(Job job, ProgressSink sink, net::CancelToken cancel) = 0;
    virtual QCoro::Task<JobOutcome> reconcile(Job job, ProgressSink sink,
                                              net::CancelToken cancel) = 0;
    // The remote id to store before submitting (empty: the kind has none).
    virtual QString newRemoteId(const Job &job) const;
};

} // namespace c41::jobs
