// SPDX-License-Identifier: GPL-3.0-or-later
#include "guirig.h"

#include "dashboard/dashboardpage.h"
#include "mainwindow.h"
#include "studio/memorysecretstore.h"
#include "studio/studioconfig.h"
#include "studio/studiomonitor.h"
#include "studio/telemetryservice.h"

using namespace std::chrono_literals;

namespace c41::testing {

GuiRig::GuiRig(QObject *parent)
    : QObject(parent)
{
}

GuiRig::~GuiRig()
{
    m_window.reset(); // the pages before the services they show
    m_telemetry.reset();
    m_monitor.reset();
}

QString GuiRig::start(const QByteArray &configJson)
{
    const auto config = studio::StudioConfig::parse(configJson, QStringLiteral("fault-lab.json"));
    if (!config.ok())
        return config.error().toString();
    m_secrets = std::make_unique<studio::MemorySecretStore>();
    m_monitor = std::make_unique<studio::StudioMonitor>(*config, m_secrets.get(), &m_nam);
    m_monitor->setInterval(1s);
    m_monitor->setProbeTimeout(1500ms);
    m_telemetry = std::make_unique<studio::TelemetryService>(&m_nam);
    m_telemetry->setConfig(*config, 1s);
    m_window = std::make_unique<ui::MainWindow>(m_monitor.get(), QStringLiteral("fault lab"));
    auto *dashboard = new ui::DashboardPage(m_telemetry.get(), m_monitor.get());
    m_window->addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), dashboard);
    m_window->setCurrentPage(QStringLiteral("dashboard"));
    connect(m_telemetry.get(), &studio::TelemetryService::updated, this, [this] { ++m_repaints; });
    m_window->resize(1280, 800);
    m_window->show();
    m_monitor->start();
    m_telemetry->start();
    return {};
}

} // namespace c41::testing
