// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmbackend.h"

#include "backends/ollama/ollamabackend.h"
#include "backends/openai/openaibackend.h"
#include "net/httpclient.h"

namespace c41::backends {

double LoadedModel::vramShare() const
{
    if (vramBytes < 0 || sizeBytes <= 0)
        return -1;
    return std::clamp(double(vramBytes) / double(sizeBytes), 0.0, 1.0);
}

LlmBackend::LlmBackend(net::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::unique_ptr<LlmBackend> LlmBackend::create(studio::ServerKind kind, net::HttpClient *client)
{
    switch (kind) {
    case studio::ServerKind::Ollama:
        return std::make_unique<OllamaBackend>(client);
    case studio::ServerKind::OpenAi:
        return std::make_unique<OpenAiBackend>(client);
    default:
        return nullptr;
    }
}

QString LlmBackend::serverName() const
{
    return m_client ? m_client->serverName() : QString();
}

net::ApiError LlmBackend::unsupported(const QString &what) const
{
    return net::ApiError::make(net::ApiError::Kind::Config, serverName(),
                               tr("this server cannot %1 a model through its API").arg(what),
                               tr("it loads models on demand or at start-up; use its own tools"));
}

} // namespace c41::backends
