// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace c41::fakes {

class FakeHttpServer;
class FakeTelemetrySim;

// A Prometheus exporter on loopback: GET /metrics in the flavour of a real
// exporter, modelled on the captured scrapes (same metric names, HELP/TYPE
// lines, label names and units):
//  - NvidiaGpuExporter: utkuozdemir/nvidia_gpu_exporter (:9835) for an RTX PRO
//    6000 96 GB: bytes, ratios 0–1, Hz;
//  - DcgmExporter: NVIDIA dcgm-exporter 4.5.3 (:9400), same GPU: MiB, %, MHz;
//  - NodeExporter: node_exporter 1.5.0 (:9100) on the Linux GPU box (256 GB);
//  - MacmonMetrics: `macmon serve` /metrics for an M3 Ultra 512 GB.
//  - AmdDeviceMetricsExporter: ROCm's AMD Device Metrics Exporter (:5000), two
//    Radeon AI PRO R9700: MB, %, W;
//  - NodeExporterStrixHalo: node_exporter 1.5.0 --collector.drm on a Strix Halo
//    APU (drm + hwmon + meminfo + CPU), bytes;
//  - WindowsExporter: windows_exporter >= 0.31 (:9182) cpu + memory collectors.
// Values follow a simulated load (setLoad) with a time-based wobble; counters
// only grow. Several fakes can share one simulation (the same box seen by two
// exporters) through setSimulation().
class FakeExporter : public QObject
{
    Q_OBJECT
public:
    enum class Flavour {
        NvidiaGpuExporter,
        DcgmExporter,
        NodeExporter,
        MacmonMetrics,
        AmdDeviceMetricsExporter,
        NodeExporterStrixHalo,
        WindowsExporter,
    };
    Q_ENUM(Flavour)

    explicit FakeExporter(Flavour flavour = Flavour::NvidiaGpuExporter, QObject *parent = nullptr);
    ~FakeExporter() override;

    bool listen(quint16 port = 0);
    QUrl url() const;        // http://127.0.0.1:PORT
    QUrl metricsUrl() const; // …/metrics
    FakeHttpServer *http() const { return m_http; }

    void setFlavour(Flavour flavour) { m_flavour = flavour; }
    Flavour flavour() const { return m_flavour; }
    void setLoad(double load); // 0..1, what the box is asked to do; values follow smoothly
    double load() const;       // the current (smoothed, wobbling) load
    void setTimeScale(double scale);
    void advance(double seconds); // step simulated time (deterministic tests)
    void setHostname(const QString &hostname) { m_hostname = hostname; } // dcgm's Hostname label

    std::shared_ptr<FakeTelemetrySim> simulation() const { return m_sim; }
    void setSimulation(std::shared_ptr<FakeTelemetrySim> sim);

    // One scrape, exactly what GET /metrics answers now (and counted as one).
    QByteArray metricsText();
    int scrapes() const { return m_scrapes; }

private:
    QByteArray landingPage() const;

    FakeHttpServer *m_http = nullptr;
    std::shared_ptr<FakeTelemetrySim> m_sim;
    Flavour m_flavour;
    QString m_hostname = QStringLiteral("forge");
    int m_scrapes = 0;
};

} // namespace c41::fakes
