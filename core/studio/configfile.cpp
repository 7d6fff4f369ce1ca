// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfile.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace c41::studio {

using net::ApiError;

namespace {
// lupdate sees Text::tr() calls under the context ConfigFile (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)
};
constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;
} // namespace

QString ConfigFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/studio.json");
}

net::Result<StudioConfig> ConfigFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        qCDebug(lcConfig).noquote() << "no config at" << path << "- empty studio";
        return StudioConfig{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::make(ApiError::Kind::Config, path,
                              Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxConfigBytes) {
        return ApiError::make(
            ApiError::Kind::Config, path,
            Text::tr("%1 is larger than 4 MiB; is it really the studio config?").arg(path));
    }
    return StudioConfig::parse(file.readAll(), path);
}

net::Status ConfigFile::save(const QString &path, const StudioConfig &config)
{
    if (QFileInfo::exists(path)) {
        const auto existing = load(path);
        if (!existing.ok()) {
            return ApiError::make(ApiError::Kind::Config, path,
                                  Text::tr("not saving over %1, which has an error: %2")
                                      .arg(path, existing.error().message),
                                  Text::tr("Fix or move the file first."));
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toJson()) < 0 || !file.commit()) {
        return ApiError::make(ApiError::Kind::Config, path,
                              Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return net::Done{};
}

} // namespace c41::studio
