// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/telemetrymodel.h"

#include <QTextStream>

#include <nlohmann/json.hpp>

namespace c41::ctl {

// c41ctl's views of BoxTelemetry: an nvitop-like table for the whole studio, and JSON.
nlohmann::json boxJson(const studio::BoxTelemetry &box);
nlohmann::json sourceJson(const studio::SourceState &source);
void printStatusTable(QTextStream &out, const QList<studio::BoxTelemetry> &boxes);
// The models the boxes' LLM servers hold ("MODELS" section); nothing when none.
void printModels(QTextStream &out, const QList<studio::BoxTelemetry> &boxes);
// "65.0 GB" (decimal, as model sizes are given), "-" when unknown.
QString formatModelSize(double bytes);
// "61.2/96.0 GiB", "-" when unknown.
QString formatMemory(std::optional<double> used, std::optional<double> total);

} // namespace c41::ctl
