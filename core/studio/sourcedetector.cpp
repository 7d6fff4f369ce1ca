// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedetector.h"

#include "net/httpclient.h"
#include "serverprobe.h"

#include <QSet>

#include <memory>
#include <vector>

namespace c41::studio {

QList<SourceDetector::Candidate> SourceDetector::standardPorts()
{
    const QString metrics = QStringLiteral("/metrics");
    return {
        {9835, ServerKind::Exporter, metrics, QStringLiteral("nvidia_gpu_exporter")},
        {9400, ServerKind::Exporter, metrics, QStringLiteral("dcgm-exporter")},
        {9100, ServerKind::Exporter, metrics, QStringLiteral("node_exporter")},
        {5000, ServerKind::Exporter, metrics, QStringLiteral("AMD Device Metrics Exporter")},
        {9182, ServerKind::Exporter, metrics, QStringLiteral("windows_exporter")},
        {8188, ServerKind::ComfyUi, {}, QStringLiteral("ComfyUI")},
        {11434, ServerKind::Ollama, {}, QStringLiteral("Ollama")},
        {8080, ServerKind::OpenAi, {}, QStringLiteral("llama.cpp / vLLM")},
        {9090, ServerKind::Macmon, {}, QStringLiteral("macmon serve")},
        {9090, ServerKind::Prometheus, {}, QStringLiteral("Prometheus")},
        {9091, ServerKind::Macmon, {}, QStringLiteral("macmon serve")},
    };
}

QList<SourceDetector::Candidate> SourceDetector::anyKindOn(const QList<quint16> &ports)
{
    QList<Candidate> out;
    for (quint16 port : ports) {
        out.append({port, ServerKind::Macmon, {}, QStringLiteral("macmon serve")});
        out.append({port, ServerKind::ComfyUi, {}, QStringLiteral("ComfyUI")});
        out.append({port, ServerKind::Ollama, {}, QStringLiteral("Ollama")});
        out.append({port, ServerKind::Prometheus, {}, QStringLiteral("Prometheus")});
        out.append({port, ServerKind::OpenAi, {}, QStringLiteral("OpenAI-compatible")});
        out.append({port, ServerKind::Exporter, QStringLiteral("/metrics"),
                    QStringLiteral("Prometheus exporter")});
    }
    return out;
}

QCoro::Task<QList<SourceDetector::Found>> SourceDetector::detect(QNetworkAccessManager *nam,
                                                                 QString host,
                                                                 QList<Candidate> candidates,
                                                                 std::chrono::milliseconds timeout)
{
    std::vector<std::unique_ptr<net::HttpClient>> clients;
    std::vector<QCoro::Task<ProbeResult>> probes;
    QList<ServerAddress> addresses;
    for (const Candidate &candidate : std::as_const(candidates)) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPort(candidate.port);
        url.setPath(candidate.path);
        ServerAddress address;
        address.kind = candidate.kind;
        address.url = url;
        addresses << address;
        clients.push_back(std::make_unique<net::HttpClient>(nam, address.toString(), url));
        probes.push_back(ServerProbe::probe(*clients.back(), candidate.kind, timeout));
    }
    QList<Found> found;
    QSet<quint16> taken;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ProbeResult result = co_await probes[size_t(i)];
        if (!result.healthy || taken.contains(candidates[i].port))
            continue;
        taken.insert(candidates[i].port);
        found.append({addresses[i], candidates[i].what, result.detail});
    }
    co_return found;
}

} // namespace c41::studio
