// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <vector>

namespace c41::fakes {

class FakeTelemetrySim;

// One macmon v0.8.2 sample of the simulated Mac Studio (Apple M3 Ultra, 512 GB,
// 8 E + 24 P cores on two dies, 80 GPU cores), and the two ways `macmon serve`
// prints it: GET /json (the pipe schema with the v0.7 aliases, "soc" and
// "timestamp"; keys sorted as serde_json does) and GET /metrics (serve.rs:
// macmon_* gauges with a chip label, a blank line after each family).
struct FakeMacmonSample
{
    struct Core
    {
        int dieId = 0;
        int coreId = 0;
        double freqMhz = 0;
        double scaledRatio = 0;
        double activeRatio = 0;
    };

    double cpuTemp = 0, gpuTemp = 0;
    double ramTotal = 549755813888, ramUsage = 0, swapTotal = 0, swapUsage = 0;
    double fanRpm[2] = {0, 0};
    double fanMaxRpm[2] = {3800, 3800};
    double cpuScaled = 0, cpuActive = 0;
    double ecpuFreq = 0, ecpuScaled = 0, ecpuActive = 0;
    double pcpuFreq = 0, pcpuScaled = 0, pcpuActive = 0;
    std::vector<Core> ecores, pcores;
    double gpuFreq = 0, gpuScaled = 0, gpuActive = 0;
    double cpuPower = 0, gpuPower = 0, anePower = 0, allPower = 0, sysPower = 0, ramPower = 0,
           gpuRamPower = 0;
    double epoch = 0;

    static FakeMacmonSample from(const FakeTelemetrySim &sim);
    nlohmann::json json() const;
    QByteArray prometheusText() const;
};

} // namespace c41::fakes
