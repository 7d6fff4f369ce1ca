// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostartentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace c41::studio {

using net::ApiError;

namespace {
// lupdate sees Text::tr() calls under the context AutostartEntry.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)
};
} // namespace

bool AutostartEntry::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    return true;
#else
    return false;
#endif
}

QString AutostartEntry::path()
{
    if (!isSupported())
        return {};
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/autostart/org.c41.ControlCenter.desktop");
}

bool AutostartEntry::isEnabled()
{
    const QString file = path();
    return !file.isEmpty() && QFileInfo::exists(file);
}

QByteArray AutostartEntry::contents()
{
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Version=1.4\n"
                             "Name=C41 Control Center\n"
                             "Comment=Start C41 Control Center minimised to the tray at login\n"
                             "Icon=org.c41.ControlCenter\n"
                             "Exec=c41 --minimized\n"
                             "TryExec=c41\n"
                             "Terminal=false\n"
                             "NoDisplay=true\n"
                             "X-GNOME-Autostart-enabled=true\n"
                             "X-GNOME-Autostart-Delay=5\n"
                             "X-KDE-autostart-after=panel\n");
}

net::Status AutostartEntry::setEnabled(bool on)
{
    const QString file = path();
    const QString what = Text::tr("autostart");
    if (file.isEmpty()) {
        return ApiError::make(ApiError::Kind::Config, what,
                              Text::tr("starting at login is not supported on this system"));
    }
    if (!on) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return ApiError::make(ApiError::Kind::Config, what,
                                  Text::tr("cannot remove %1").arg(file));
        return net::Done{};
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return ApiError::make(ApiError::Kind::Config, what,
                              Text::tr("cannot create %1").arg(QFileInfo(file).absolutePath()));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents()) < 0 || !out.commit())
        return ApiError::make(ApiError::Kind::Config, what,
                              Text::tr("cannot write %1: %2").arg(file, out.errorString()));
    return net::Done{};
}

} // namespace c41::studio
