// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuihttp.h"

#include "fakepythonjson.h"

namespace c41::fakes {

FakeResponse comfyJson(const nlohmann::ordered_json &body, int status)
{
    return FakeResponse::json(pythonJsonDumps(body), status);
}

FakeResponse comfyEmpty(int status)
{
    return FakeResponse::text({}, status, "application/octet-stream");
}

FakeResponse comfyInternalError()
{
    return FakeResponse::text("500 Internal Server Error\n\nServer got itself in trouble", 500,
                              "text/plain; charset=utf-8");
}

nlohmann::ordered_json comfyParseBody(const FakeRequest &request)
{
    return nlohmann::ordered_json::parse(
        request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
}

QString comfyQueryValue(const FakeRequest &request, const QString &key, bool *present)
{
    if (present)
        *present = request.query.hasQueryItem(key);
    QString raw = request.query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

} // namespace c41::fakes
