// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemacmon.h"

#include "fakeexporter.h"
#include "fakehttpserver.h"
#include "fakemacmonsample.h"
#include "faketelemetrysim.h"

namespace c41::fakes {

namespace {
FakeResponse closing(QByteArray body, int status, QByteArray type = "application/json")
{
    FakeResponse r = FakeResponse::text(std::move(body), status, std::move(type));
    r.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    return r;
}
} // namespace

FakeMacmon::FakeMacmon(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
    , m_metrics(new FakeExporter(FakeExporter::Flavour::MacmonMetrics, this))
{
    // The Mac Studio mostly serves LLMs: a light background load by default.
    m_metrics->setLoad(0.08);
    m_http->route("GET", QStringLiteral("/"),
                  [](const FakeRequest &) { return closing("{}", 200); });
    m_http->route("GET", QStringLiteral("/json"), [this](const FakeRequest &) {
        return m_warmingUp ? closing(R"({"error":"no data yet"})", 503) : closing(jsonText(), 200);
    });
    m_http->route("GET", QStringLiteral("/metrics"), [this](const FakeRequest &) {
        if (m_warmingUp)
            return closing(R"({"error":"no data yet"})", 503);
        return closing(m_metrics->metricsText(), 200, "text/plain; version=0.0.4; charset=utf-8");
    });
    m_http->routePrefix("*", QStringLiteral("/"), [this](const FakeRequest &) {
        return m_warmingUp ? closing(R"({"error":"no data yet"})", 503)
                           : closing(R"({"error":"not found"})", 404);
    });
}

FakeMacmon::~FakeMacmon() = default;

bool FakeMacmon::listen(quint16 port)
{
    return m_http->listen(port);
}

QUrl FakeMacmon::url() const
{
    return m_http->url();
}

void FakeMacmon::setLoad(double load)
{
    m_metrics->setLoad(load);
}

void FakeMacmon::setTimeScale(double scale)
{
    m_metrics->setTimeScale(scale);
}

void FakeMacmon::advance(double seconds)
{
    m_metrics->advance(seconds);
}

std::shared_ptr<FakeTelemetrySim> FakeMacmon::simulation() const
{
    return m_metrics->simulation();
}

void FakeMacmon::setSimulation(std::shared_ptr<FakeTelemetrySim> sim)
{
    m_metrics->setSimulation(std::move(sim));
}

QByteArray FakeMacmon::jsonText()
{
    FakeTelemetrySim &sim = *m_metrics->simulation();
    sim.update();
    return QByteArray::fromStdString(FakeMacmonSample::from(sim).json().dump());
}

} // namespace c41::fakes
