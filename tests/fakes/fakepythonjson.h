// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace c41::fakes {

// ComfyUI is Python: aiohttp's json_response and the WebSocket send both use
// json.dumps with its defaults, so bodies read {"a": 1, "b": [1, 2]} (", " and
// ": " separators) with every non-ASCII character escaped as \uXXXX. The fake
// writes the same bytes so that lengths and raw-text checks match the captures.
QByteArray pythonJsonDumps(const nlohmann::ordered_json &value);

// Python truthiness of obj[key] ("if json_data['clear']:"); false when absent.
bool pythonTruthy(const nlohmann::ordered_json &object, const char *key);

} // namespace c41::fakes
