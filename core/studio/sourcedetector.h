// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

#include <QList>
#include <QString>

#include <chrono>

#include <qcorotask.h>

class QNetworkAccessManager;

namespace c41::studio {

// Auto-detection: given a box's host name, probe the standard ports of the sources
// studios already run and propose those that answer as their kind should.
class SourceDetector
{
public:
    struct Candidate
    {
        quint16 port = 0;
        ServerKind kind = ServerKind::Unknown;
        QString path; // appended to http://host:port (exporters: "/metrics")
        QString what; // "nvidia_gpu_exporter", "macmon serve", …
    };
    struct Found
    {
        ServerAddress address;
        QString what;
        QString detail; // what the probe saw, e.g. "ComfyUI 0.3.64 · NVIDIA …"
    };

    // 9835 nvidia_gpu_exporter, 9400 dcgm-exporter, 9100 node_exporter (also AMD GPUs via
    // its drm/hwmon collectors), 5000 AMD Device Metrics Exporter, 9182 windows_exporter,
    // 8188 ComfyUI,
    // 11434 Ollama, 8080 llama.cpp/vLLM, 9090 macmon serve or Prometheus (macmon is tried
    // first: its README's default port), 9091 macmon (the port the docs recommend).
    static QList<Candidate> standardPorts();
    // Every kind tried on each of these ports, the most specific answer first (macmon
    // /json before its /metrics, an exporter last): for servers on non-standard ports.
    static QList<Candidate> anyKindOn(const QList<quint16> &ports);

    // Probes every candidate at once; at most one result per port (the first candidate
    // of that port that answers as its kind), in candidate order.
    static QCoro::Task<QList<Found>>
    detect(QNetworkAccessManager *nam, QString host, QList<Candidate> candidates = standardPorts(),
           std::chrono::milliseconds timeout = std::chrono::milliseconds(1500));
};

} // namespace c41::studio
