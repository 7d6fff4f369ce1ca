// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultoperations.h"

#include "backends/llm/llmbackend.h"
#include "backends/tts/ttsclient.h"
#include "faultlab.h"
#include "net/httpclient.h"
#include "studio/serverprobe.h"
#include "studio/telemetrysource.h"

#include <QFile>
#include <QTimer>

#include <memory>

namespace c41::testing {

namespace {
// Cancels `token` after `after`, as a user pressing Stop would; stops with the timer.
std::unique_ptr<QTimer> stopTimer(net::CancelToken token, std::chrono::milliseconds after)
{
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    QObject::connect(timer.get(), &QTimer::timeout, [token]() mutable { token.cancel(); });
    timer->start(after);
    return timer;
}
} // namespace

FaultOperations::FaultOperations(FaultLab *lab, QString outputDir, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_outputDir(std::move(outputDir))
{
}

QCoro::Task<OpOutcome> FaultOperations::chat(FaultTarget target,
                                             std::chrono::milliseconds stopAfter)
{
    net::HttpClient client(&m_nam, targetName(target), m_lab->url(target));
    const auto backend = backends::LlmBackend::create(m_lab->kind(target), &client);
    backends::ChatRequest request;
    request.model = target == FaultTarget::Ollama ? m_lab->ollamaModel() : m_lab->llamaModel();
    request.messages = {{QStringLiteral("user"), QStringLiteral("Say hello to the fault lab.")}};
    request.maxTokens = 24;
    net::CancelToken cancel;
    const auto stop = stopTimer(cancel, stopAfter);
    int events = 0;
    const backends::ChatReply reply = co_await backend->chat(
        request,
        [&events](const backends::ChatEvent &) {
            ++events;
            return true;
        },
        cancel);
    OpOutcome out;
    out.ok = reply.ok();
    if (!reply.ok())
        out.error = reply.error->toString();
    else if (reply.content.isEmpty())
        out.problems << QStringLiteral("a chat that succeeded brought no text");
    co_return out;
}

QCoro::Task<OpOutcome> FaultOperations::tts(std::chrono::milliseconds stopAfter)
{
    backends::TtsClient client(&m_nam, targetName(FaultTarget::Tts), m_lab->url(FaultTarget::Tts));
    backends::TtsRequest request;
    request.input = QStringLiteral("The fault lab says hello.");
    request.voice = QStringLiteral("alloy");
    const QString path = m_outputDir + QStringLiteral("/speech-%1.wav").arg(++m_files);
    net::CancelToken cancel;
    const auto stop = stopTimer(cancel, stopAfter);
    const auto result = co_await client.synthesize(request, path, cancel);
    OpOutcome out;
    out.ok = result.ok();
    QFile file(path);
    if (!result.ok()) {
        out.error = result.error().toString();
        if (file.exists())
            out.problems << QStringLiteral("a failed render left %1 behind").arg(path);
    } else if (!file.open(QIODevice::ReadOnly) || !file.read(4).startsWith("RIFF")) {
        out.problems << QStringLiteral("a render that succeeded wrote no WAV file");
    }
    co_return out;
}

QCoro::Task<OpOutcome> FaultOperations::telemetry()
{
    studio::ServerConfig server;
    server.name = targetName(FaultTarget::Exporter);
    server.box = QStringLiteral("forge");
    const auto address = studio::ServerAddress::parse(m_lab->kindUrl(FaultTarget::Exporter));
    OpOutcome out;
    if (!address.ok()) {
        out.problems << address.error().toString();
        co_return out;
    }
    server.address = *address;
    studio::TelemetrySource source(&m_nam, server, std::chrono::milliseconds(500));
    co_await source.poll();
    const studio::SourceState state = source.state();
    out.ok = state.error.isEmpty() && source.reading().has_value();
    out.error = state.error;
    if (!out.ok && out.error.isEmpty())
        out.problems << QStringLiteral("a telemetry poll failed without saying why");
    co_return out;
}

QCoro::Task<OpOutcome> FaultOperations::probe(FaultTarget target, std::chrono::milliseconds timeout)
{
    // The configured address: an exporter's includes its /metrics path.
    const auto address = studio::ServerAddress::parse(m_lab->kindUrl(target));
    net::HttpClient client(&m_nam, targetName(target),
                           address.ok() ? address->url : m_lab->url(target));
    const studio::ProbeResult result =
        co_await studio::ServerProbe::probe(client, m_lab->kind(target), timeout);
    OpOutcome out;
    out.ok = result.healthy;
    if (result.error)
        out.error = result.error->toString();
    else if (!result.healthy)
        out.problems << QStringLiteral("an unhealthy probe without an error");
    co_return out;
}

} // namespace c41::testing
