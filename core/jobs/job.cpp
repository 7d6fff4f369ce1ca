// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace c41::jobs {

namespace {
constexpr std::array<std::pair<JobKind, const char *>, 8> kKinds{{
    {JobKind::Chat, "chat"},
    {JobKind::Image, "image"},
    {JobKind::Video, "video"},
    {JobKind::LipSync, "lipsync"},
    {JobKind::V2A, "v2a"},
    {JobKind::Tts, "tts"},
    {JobKind::ModelLoad, "model_load"},
    {JobKind::ModelPull, "model_pull"},
}};
constexpr std::array<std::pair<JobState, const char *>, 7> kStates{{
    {JobState::Queued, "queued"},
    {JobState::Dispatched, "dispatched"},
    {JobState::Running, "running"},
    {JobState::Succeeded, "succeeded"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Lost, "lost"},
}};
} // namespace

bool Job::isFinished() const
{
    return state == JobState::Succeeded || state == JobState::Failed ||
           state == JobState::Cancelled || state == JobState::Lost;
}

QString Job::title() const
{
    if (params.is_object()) {
        for (const char *key : {"title", "prompt", "text"}) {
            const auto it = params.find(key);
            if (it != params.end() && it->is_string() && !it->get<std::string>().empty())
                return QString::fromStdString(it->get<std::string>()).simplified();
        }
    }
    return kindName(kind);
}

QString kindName(JobKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<JobKind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString stateName(JobState state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return QString::fromLatin1(name);
    return {};
}

std::optional<JobState> stateFromName(const QString &name)
{
    for (const auto &[s, n] : kStates)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("c41", "queued");
    case JobState::Dispatched:
        return QCoreApplication::translate("c41", "dispatched");
    case JobState::Running:
        return QCoreApplication::translate("c41", "running");
    case JobState::Succeeded:
        return QCoreApplication::translate("c41", "succeeded");
    case JobState::Failed:
        return QCoreApplication::translate("c41", "failed");
    case JobState::Cancelled:
        return QCoreApplication::translate("c41", "cancelled");
    case JobState::Lost:
        return QCoreApplication::translate("c41", "lost");
    }
    return {};
}

} // namespace c41::jobs
