// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace c41::studio {
class MemorySecretStore;
class StudioMonitor;
class TelemetryService;
} // namespace c41::studio

namespace c41::ui {
class MainWindow;
}

namespace c41::testing {

// The app's window (offscreen) on the lab's studio: the main window with the live
// dashboard, the studio monitor checking every server each second and telemetry
// polled at 1 Hz, all on the event loop the faults run on.
class GuiRig : public QObject
{
    Q_OBJECT
public:
    explicit GuiRig(QObject *parent = nullptr);
    ~GuiRig() override;

    QString start(const QByteArray &configJson); // empty, or why it could not
    int repaints() const { return m_repaints; }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<studio::MemorySecretStore> m_secrets;
    std::unique_ptr<studio::StudioMonitor> m_monitor;
    std::unique_ptr<studio::TelemetryService> m_telemetry;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_repaints = 0;
};

} // namespace c41::testing
