// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace c41::studio {

// The normalised telemetry model: every source (exporter, macmon, ComfyUI, …) is
// converted into these, once, at the source; units are fixed here. A missing figure
// is std::nullopt, never 0.

enum class DeviceKind {
    DiscreteGpu,   // own VRAM
    UnifiedMemory, // one pool shared by CPU and GPU (Apple M-series, GB10, Strix Halo)
};

struct DeviceSample
{
    QString id;   // stable key within a box: GPU UUID, else "gpu<index>", else the chip name
    QString name; // "NVIDIA RTX PRO 6000 Blackwell", "Apple M3 Ultra"
    DeviceKind kind = DeviceKind::DiscreteGpu;
    std::optional<double> utilisationPercent; // 0–100
    std::optional<double> memoryUsedBytes;
    std::optional<double> memoryTotalBytes;
    std::optional<double> temperatureC;
    std::optional<double> powerW;
    std::optional<double> powerLimitW;
    // Clocks held down by the power cap, heat or a hardware slowdown (not by idling);
    // unknown when the source does not say. throttleReasons: "power cap", "thermal", …
    std::optional<bool> throttled;
    QStringList throttleReasons;
    QString source; // the server it came from (name or KIND+URL)
    QDateTime sampledAt;
    // After a merge: which source gave each field ("utilisation", "memory", "temperature",
    // "power", "powerLimit", "throttle"); empty for a single-source sample.
    QMap<QString, QString> fieldSources;
};

struct HostSample
{
    std::optional<double> cpuPercent; // 0–100 over all cores; unknown until two scrapes
    std::optional<double> memoryUsedBytes;
    std::optional<double> memoryTotalBytes;
    std::optional<double> load1;
    QString source;
    QDateTime sampledAt;
};

// What one scrape of one source said.
struct TelemetryReading
{
    QString source;
    QDateTime sampledAt;
    QList<DeviceSample> devices;
    std::optional<HostSample> host;
};

// The state of one source of a box, as the poller sees it.
struct SourceState
{
    QString name; // server name or KIND+URL
    QString kind; // "exporter", "macmon", "comfyui", "prometheus"
    QDateTime lastSuccess;
    QString error; // the last failure, empty while it answers
    bool stale = false;
    int deviceCount = 0;
    bool givesHost = false;
};

// A model held in memory by an LLM server of the box (Ollama /api/ps, llama.cpp, vLLM).
struct LlmModelSample
{
    QString name;
    double sizeBytes = 0;            // 0: unknown
    std::optional<double> vramShare; // 0..1 of sizeBytes in GPU memory
    QDateTime expiresAt;             // invalid: no idle timer known
    bool pinned = false;             // kept loaded forever (keep_alive -1)
    QString state;                   // llama-swap: starting/ready/stopping
};

// What one LLM server of a box holds, polled more slowly than the telemetry sources.
struct LlmServerSample
{
    QString server; // name or KIND+URL
    QString kind;   // "ollama", "openai"
    QList<LlmModelSample> models;
    std::optional<int> busySlots; // llama.cpp /slots
    std::optional<int> totalSlots;
    std::optional<double> running; // vLLM requests
    std::optional<double> waiting;
    std::optional<double> kvCacheFill; // 0..1
    QString error;                     // the last failure, empty while it answers
    QDateTime sampledAt;               // the last success
};

// One box: its devices and host, merged from all of its sources.
struct BoxTelemetry
{
    QString box;
    QList<DeviceSample> devices;
    std::optional<HostSample> host;
    QList<SourceState> sources;
    QList<LlmServerSample> llmServers; // loaded models of the box's ollama/openai servers
    QMap<QString, bool> staleDevices;  // device id → older than 3 intervals
    bool hostStale = false;
    bool offline() const; // every source failing (or none configured)
};

} // namespace c41::studio
