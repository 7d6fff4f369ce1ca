// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobservers.h"

#include "studio/studioconfig.h"

namespace c41::jobs {

void StaticJobServers::setLoad(const QString &server, JobServerLoad load)
{
    for (auto &entry : m_loads) {
        if (entry.first == server) {
            entry.second = load;
            return;
        }
    }
    m_loads.append({server, load});
}

JobServerLoad StaticJobServers::load(const QString &server) const
{
    for (const auto &entry : m_loads)
        if (entry.first == server)
            return entry.second;
    return {};
}

StaticJobServers StaticJobServers::fromConfig(const studio::StudioConfig &config)
{
    StaticJobServers out;
    for (const studio::ServerConfig &s : config.servers) {
        JobServer server;
        server.name = s.name;
        server.box = s.box;
        switch (s.address.kind) {
        case studio::ServerKind::ComfyUi:
            server.kinds = {JobKind::Image, JobKind::Video, JobKind::LipSync, JobKind::V2A};
            server.limit = 1;
            break;
        case studio::ServerKind::Tts:
            server.kinds = {JobKind::Tts};
            server.limit = 1;
            break;
        case studio::ServerKind::Ollama:
        case studio::ServerKind::OpenAi:
            server.kinds = {JobKind::Chat, JobKind::ModelLoad, JobKind::ModelPull};
            server.limit = 2;
            break;
        default:
            continue;
        }
        out.add(std::move(server));
    }
    return out;
}

} // namespace c41::jobs
