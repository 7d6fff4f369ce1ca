// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediafile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

namespace c41::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41::ui::MediaFile)
};
} // namespace

QString MediaFile::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

std::optional<double> MediaFile::wavSeconds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return std::nullopt;
    quint32 byteRate = 0;
    // Walk the chunks: "fmt " gives the byte rate, "data" the length.
    for (int guard = 0; guard < 64; ++guard) {
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8)
            return std::nullopt;
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (chunk.startsWith("fmt ")) {
            const QByteArray fmt = file.read(size);
            if (fmt.size() < 16)
                return std::nullopt;
            byteRate = qFromLittleEndian<quint32>(fmt.constData() + 8);
            if (size % 2)
                file.read(1);
            continue;
        }
        if (chunk.startsWith("data")) {
            if (byteRate == 0)
                return std::nullopt;
            // A streamed WAV may say 0 or 0xffffffff: take what the file holds.
            const qint64 held = file.size() - file.pos();
            const qint64 bytes =
                (size == 0 || size == 0xffffffffu) ? held : qMin<qint64>(size, held);
            return double(bytes) / byteRate;
        }
        if (!file.seek(file.pos() + size + (size % 2)))
            return std::nullopt;
    }
    return std::nullopt;
}

QString MediaFile::durationText(double seconds)
{
    if (seconds < 60)
        return Text::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString MediaFile::describe(const QString &path)
{
    const QFileInfo info(path);
    QStringList parts{info.fileName()};
    if (const auto seconds = wavSeconds(path))
        parts << durationText(*seconds);
    parts << sizeText(info.size());
    return parts.join(QStringLiteral(" · "));
}

} // namespace c41::ui
