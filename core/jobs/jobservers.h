// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"

#include <QList>
#include <QString>

namespace c41::studio {
struct StudioConfig;
}

namespace c41::jobs {

// A server jobs can be sent to.
struct JobServer
{
    QString name;
    QString box;          // the box it runs on (may be empty)
    QList<JobKind> kinds; // what it can run
    int limit = 1;        // jobs at once (ComfyUI 1, TTS 1, LLM 2)
};

// What the balancer weighs for "any server": the server's own queue beyond
// our jobs, and its free VRAM in bytes (-1 unknown).
struct JobServerLoad
{
    int queueLength = 0;
    qint64 freeVram = -1;
};

// Where jobs can go, and how loaded each place is. The app feeds it from the
// studio monitor; tests feed it numbers.
class JobServers
{
public:
    virtual ~JobServers() = default;
    virtual QList<JobServer> servers() const = 0;
    virtual JobServerLoad load(const QString &server) const = 0;
};

// A fixed list, with loads set by hand.
class StaticJobServers final : public JobServers
{
public:
    void add(JobServer server) { m_servers.append(std::move(server)); }
    void setLoad(const QString &server, JobServerLoad load);
    QList<JobServer> servers() const override { return m_servers; }
    JobServerLoad load(const QString &server) const override;

    // Every ComfyUI, TTS and LLM server of the studio, with the default limits.
    static StaticJobServers fromConfig(const studio::StudioConfig &config);

private:
    QList<JobServer> m_servers;
    QList<QPair<QString, JobServerLoad>> m_loads;
};

} // namespace c41::jobs
