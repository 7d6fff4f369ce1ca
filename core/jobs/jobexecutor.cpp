// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobexecutor.h"

namespace c41::jobs {

JobOutcome JobOutcome::succeeded(nlohmann::json outputs)
{
    return {JobState::Succeeded, {}, std::move(outputs)};
}

JobOutcome JobOutcome::failed(QString error)
{
    return {JobState::Failed, std::move(error), nlohmann::json::array()};
}

JobOutcome JobOutcome::cancelled()
{
    return {JobState::Cancelled, {}, nlohmann::json::array()};
}

JobOutcome JobOutcome::lost(QString error)
{
    return {JobState::Lost, std::move(error), nlohmann::json::array()};
}

QString JobExecutor::newRemoteId(const Job &) const
{
    return {};
}

} // namespace c41::jobs
