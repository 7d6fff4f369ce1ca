// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace c41::fakes {

// How ComfyUI's aiohttp server answers, shared by the fake ComfyUI's parts.

// web.json_response: Python's json.dumps spacing, application/json; charset=utf-8.
FakeResponse comfyJson(const nlohmann::ordered_json &body, int status = 200);
// web.Response(status=…): an empty application/octet-stream body.
FakeResponse comfyEmpty(int status = 200);
// An exception escaping a handler (e.g. request.json() on a body that is not JSON).
FakeResponse comfyInternalError();
// request.json(); discarded when the body is not JSON.
nlohmann::ordered_json comfyParseBody(const FakeRequest &request);
// A query parameter decoded as aiohttp does ('+' is a space).
QString comfyQueryValue(const FakeRequest &request, const QString &key, bool *present = nullptr);

} // namespace c41::fakes
