// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opoutcome.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <qcorotask.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>

namespace c41::jobs {
class ComfyUiJobExecutor;
class JobDispatcher;
class JobQueue;
class JobStore;
class StaticJobServers;
} // namespace c41::jobs

namespace c41::testing {

class FaultLab;

// The app's job machinery (JobStore in SQLite, JobQueue, JobDispatcher, the ComfyUI
// executor) pointed at the lab's ComfyUI. runJob() submits one image job through the
// queue and follows it to its end, then checks what the user would: a final state,
// an error when it did not succeed, the prompt queued at most once by the server,
// every output inside the job's folder.
class JobRig : public QObject
{
    Q_OBJECT
public:
    // Client timeouts shortened so that a stalled server fails a job in seconds.
    JobRig(FaultLab *lab, QString databasePath, QString outputRoot, QObject *parent = nullptr);
    ~JobRig() override;

    QString start(); // empty, or why it could not
    QCoro::Task<OpOutcome> runJob(std::chrono::milliseconds bound);
    // Jobs of this run not in a final state (a job the queue lost track of).
    QStringList unfinished();
    int submitted() const { return static_cast<int>(m_ids.size()); }
    // The image workflow with its own colour: a new prompt, which ComfyUI cannot answer
    // from its cache (a cached output keeps the file name it was first given).
    static nlohmann::json workflow(int variant);

private:
    FaultLab *m_lab;
    QString m_databasePath;
    QString m_outputRoot;
    QNetworkAccessManager m_nam;
    std::unique_ptr<jobs::JobStore> m_store;
    std::unique_ptr<jobs::StaticJobServers> m_servers;
    std::unique_ptr<jobs::ComfyUiJobExecutor> m_executor;
    std::unique_ptr<jobs::JobDispatcher> m_dispatcher;
    std::unique_ptr<jobs::JobQueue> m_queue;
    QList<qint64> m_ids;
};

} // namespace c41::testing
