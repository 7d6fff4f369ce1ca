// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

namespace c41::fakes {

class FakeExporter;
class FakeHttpServer;
class FakeTelemetrySim;

// `macmon serve` (v0.8.2) on the simulated Mac Studio M3 Ultra 512 GB:
// GET /json (the pipe schema with aliases, "soc" and "timestamp"), GET /metrics
// (the MacmonMetrics flavour of FakeExporter, sharing this simulation), GET /
// → {}, 404 {"error":"not found"}, and 503 {"error":"no data yet"} while
// warming up, each with Connection: close like serve.rs.
class FakeMacmon : public QObject
{
    Q_OBJECT
public:
    explicit FakeMacmon(QObject *parent = nullptr);
    ~FakeMacmon() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    FakeHttpServer *http() const { return m_http; }

    void setLoad(double load); // 0..1: how hard the LLMs work the GPU
    void setTimeScale(double scale);
    void advance(double seconds);
    // Before its first sample macmon answers every path but / with 503.
    void setWarmingUp(bool warmingUp) { m_warmingUp = warmingUp; }

    std::shared_ptr<FakeTelemetrySim> simulation() const;
    void setSimulation(std::shared_ptr<FakeTelemetrySim> sim);

    QByteArray jsonText(); // the /json body now

private:
    FakeHttpServer *m_http = nullptr;
    FakeExporter *m_metrics = nullptr;
    bool m_warmingUp = false;
};

} // namespace c41::fakes
