// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace c41::jobs {

enum class JobKind { Chat, Image, Video, LipSync, V2A, Tts, ModelLoad, ModelPull };

enum class JobState { Queued, Dispatched, Running, Succeeded, Failed, Cancelled, Lost };

// One unit of work in the studio's queue, as stored in the jobs table.
struct Job
{
    qint64 id = 0;
    JobKind kind = JobKind::Image;
    QString target = QStringLiteral("any"); // a server name, a box name or "any"
    JobState state = JobState::Queued;
    double position = 0;                              // order among queued jobs (smaller first)
    nlohmann::json params = nlohmann::json::object(); // workflow, prompt, seed, overrides…
    QString server;                                   // the server chosen at dispatch
    QString remoteId;            // e.g. the ComfyUI prompt_id, chosen by us before submitting
    bool remoteAccepted = false; // the server answered the submit with a 200
    double progress = 0;         // 0..100
    QString step;                // current step, in words
    int etaSeconds = -1;         // -1: unknown
    QString error;               // why it failed, in words
    nlohmann::json outputs = nlohmann::json::array(); // absolute paths of the saved files
    QString outputDir;
    QDateTime created;
    QDateTime started;
    QDateTime finished;
    int attempts = 0;
    qint64 retryOf = 0; // the job this one retries, 0 if none
    QString owner;      // "host/pid/instance" of the dispatcher holding it
    QDateTime lease;    // renewed while the owner runs it
    bool cancelRequested = false;

    bool isActive() const { return state == JobState::Dispatched || state == JobState::Running; }
    bool isFinished() const;
    QString title() const; // one line for lists: the prompt, or the kind
};

QString kindName(JobKind kind);
std::optional<JobKind> kindFromName(const QString &name);
QString stateName(JobState state);
std::optional<JobState> stateFromName(const QString &name);
// What a user reads: "queued", "running", "succeeded", …, translated.
QString stateText(JobState state);

} // namespace c41::jobs
