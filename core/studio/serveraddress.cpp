// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QCoreApplication>

#include <array>

namespace c41::studio {

namespace {
struct KindInfo
{
    ServerKind kind;
    const char *name;
    const char *role;
};
constexpr std::array<KindInfo, 7> kKinds{{
    {ServerKind::Ollama, "ollama", "llm"},
    {ServerKind::OpenAi, "openai", "llm"},
    {ServerKind::ComfyUi, "comfyui", "gen"},
    {ServerKind::Tts, "tts", "tts"},
    {ServerKind::Prometheus, "prometheus", "telemetry"},
    {ServerKind::Exporter, "exporter", "telemetry"},
    {ServerKind::Macmon, "macmon", "telemetry"},
}};

// lupdate sees Text::tr() calls under the context ServerAddress (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};
} // namespace

QString serverKindName(ServerKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("unknown");
}

ServerKind serverKindFromName(QStringView name)
{
    for (const auto &k : kKinds) {
        if (name.compare(QLatin1StringView(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return ServerKind::Unknown;
}

QStringList serverKindNames()
{
    QStringList out;
    for (const auto &k : kKinds)
        out << QString::fromLatin1(k.name);
    return out;
}

QString defaultRoleFor(ServerKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.role);
    }
    return {};
}

QStringList validRoles()
{
    return {QStringLiteral("llm"), QStringLiteral("gen"), QStringLiteral("tts"),
            QStringLiteral("telemetry")};
}

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.contains(QStringLiteral("+http://")) || text.contains(QStringLiteral("+https://"));
}

net::Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    using net::ApiError;
    const QString trimmed = text.trimmed();
    const qsizetype plus = trimmed.indexOf(u'+');
    if (plus <= 0) {
        return ApiError::make(
            ApiError::Kind::Config, trimmed, Text::tr("'%1' is not a server address").arg(trimmed),
            Text::tr("Write it as KIND+URL, e.g. ollama+http://mac-studio.local:11434 "
                     "(kinds: %1).")
                .arg(serverKindNames().join(QStringLiteral(", "))));
    }
    const QString kindName = trimmed.left(plus);
    ServerAddress address;
    address.kind = serverKindFromName(kindName);
    if (address.kind == ServerKind::Unknown) {
        return ApiError::make(
            ApiError::Kind::Config, trimmed, Text::tr("unknown server kind '%1'").arg(kindName),
            Text::tr("Use one of: %1.").arg(serverKindNames().join(QStringLiteral(", "))));
    }
    address.url = QUrl(trimmed.mid(plus + 1), QUrl::StrictMode);
    const QString scheme = address.url.scheme();
    if (!address.url.isValid() || (scheme != u"http" && scheme != u"https") ||
        address.url.host().isEmpty()) {
        return ApiError::make(ApiError::Kind::Config, trimmed,
                              Text::tr("'%1' is not an http:// or https:// URL with a host")
                                  .arg(trimmed.mid(plus + 1)),
                              Text::tr("Write it as KIND+URL, e.g. comfyui+http://forge:8188."));
    }
    return address;
}

QString ServerAddress::toString() const
{
    return serverKindName(kind) + u'+' + url.toString();
}

} // namespace c41::studio
