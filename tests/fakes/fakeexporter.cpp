// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeexporter.h"

#include "fakegpumetrics.h"
#include "fakehostmetrics.h"
#include "fakehttpserver.h"
#include "fakemacmonsample.h"
#include "fakepromtext.h"
#include "faketelemetrysim.h"

namespace c41::fakes {

FakeExporter::FakeExporter(Flavour flavour, QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
    , m_sim(std::make_shared<FakeTelemetrySim>())
    , m_flavour(flavour)
{
    m_http->route("GET", QStringLiteral("/metrics"), [this](const FakeRequest &) {
        FakeResponse r = FakeResponse::text(
            metricsText(), 200,
            QByteArray(FakePromText::kContentType.data(), FakePromText::kContentType.size()));
        if (m_flavour == Flavour::MacmonMetrics)
            r.headers.append(
                qMakePair(QByteArray("Connection"),
                          QByteArray("close"))); // macmon serve closes every connection
        return r;
    });
    m_http->route("GET", QStringLiteral("/"), [this](const FakeRequest &) {
        if (m_flavour == Flavour::MacmonMetrics) {
            FakeResponse r = FakeResponse::text("{}", 200, "application/json");
            r.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
            return r;
        }
        return FakeResponse::text(landingPage(), 200, "text/html; charset=utf-8");
    });
    m_http->routePrefix("*", QStringLiteral("/"), [this](const FakeRequest &) {
        if (m_flavour == Flavour::MacmonMetrics) {
            FakeResponse r =
                FakeResponse::text(R"({"error":"not found"})", 404, "application/json");
            r.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
            return r;
        }
        return FakeResponse::text("404 page not found\n", 404, "text/plain; charset=utf-8");
    });
}

FakeExporter::~FakeExporter() = default;

bool FakeExporter::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeExporter::url() const
{
    return m_http->url();
}

QUrl FakeExporter::metricsUrl() const
{
    return m_http->url(QStringLiteral("/metrics"));
}

void FakeExporter::setLoad(double load)
{
    m_sim->setLoad(load);
}

double FakeExporter::load() const
{
    m_sim->update();
    return m_sim->load();
}

void FakeExporter::setTimeScale(double scale)
{
    m_sim->setTimeScale(scale);
}

void FakeExporter::advance(double seconds)
{
    m_sim->advance(seconds);
}

void FakeExporter::setSimulation(std::shared_ptr<FakeTelemetrySim> sim)
{
    if (sim)
        m_sim = std::move(sim);
}

QByteArray FakeExporter::metricsText()
{
    ++m_scrapes;
    m_sim->update();
    switch (m_flavour) {
    case Flavour::NvidiaGpuExporter:
        return FakeGpuMetrics::nvidiaGpuExporter(FakeGpuSample::from(*m_sim));
    case Flavour::DcgmExporter:
        return FakeGpuMetrics::dcgmExporter(FakeGpuSample::from(*m_sim), m_hostname);
    case Flavour::NodeExporter:
        return FakeHostMetrics::nodeExporter(*m_sim, m_scrapes);
    case Flavour::MacmonMetrics:
        return FakeMacmonSample::from(*m_sim).prometheusText();
    case Flavour::AmdDeviceMetricsExporter:
        return FakeGpuMetrics::amdDeviceMetricsExporter(*m_sim);
    case Flavour::NodeExporterStrixHalo:
        return FakeHostMetrics::nodeExporterStrixHalo(*m_sim, m_scrapes);
    case Flavour::WindowsExporter:
        return FakeHostMetrics::windowsExporter(*m_sim, m_scrapes);
    }
    return {};
}

QByteArray FakeExporter::landingPage() const
{
    QByteArray title = "NVIDIA GPU Exporter";
    switch (m_flavour) {
    case Flavour::NodeExporter:
    case Flavour::NodeExporterStrixHalo:
        title = "Node Exporter";
        break;
    case Flavour::DcgmExporter:
        title = "DCGM Exporter";
        break;
    case Flavour::AmdDeviceMetricsExporter:
        title = "AMD Device Metrics Exporter";
        break;
    case Flavour::WindowsExporter:
        title = "windows_exporter";
        break;
    case Flavour::NvidiaGpuExporter:
    case Flavour::MacmonMetrics:
        break;
    }
    return "<html>\n<head><title>" + title + "</title></head>\n<body>\n<h1>" + title +
           "</h1>\n<p><a href=\"/metrics\">Metrics</a></p>\n</body>\n</html>\n";
}

} // namespace c41::fakes
