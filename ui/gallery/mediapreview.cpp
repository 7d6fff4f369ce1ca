// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace c41::ui {

namespace {

struct ChunkHeader
{
    QByteArray id; // four characters
    qint64 size = 0;
    qint64 data = 0; // offset of the data
    qint64 next = 0; // offset of the next chunk (padded to an even size)
};

std::optional<ChunkHeader> readChunk(QFile &file, qint64 at, qint64 end)
{
    if (at + 8 > end || !file.seek(at))
        return std::nullopt;
    const QByteArray head = file.read(8);
    if (head.size() != 8)
        return std::nullopt;
    ChunkHeader c;
    c.id = head.left(4);
    c.size = qFromLittleEndian<quint32>(head.constData() + 4);
    c.data = at + 8;
    c.next = c.data + c.size + (c.size & 1);
    return c;
}

QImage fitInto(const QImage &image, QSize box, Qt::AspectRatioMode mode)
{
    if (image.isNull() || !box.isValid())
        return image;
    const QSize target = image.size().scaled(box, mode);
    if (target.width() >= image.width() || target.height() >= image.height())
        return image; // never up
    return image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

struct VideoFormat
{
    int stream = -1;
    qint32 width = 0;
    qint32 height = 0;
    int bitCount = 0;
    quint32 compression = 0;
};

constexpr quint32 fourcc(const char (&s)[5])
{
    return quint32(quint8(s[0])) | quint32(quint8(s[1])) << 8 | quint32(quint8(s[2])) << 16 |
           quint32(quint8(s[3])) << 24;
}

// hdrl: the first 'vids' stream and its BITMAPINFOHEADER.
VideoFormat readVideoFormat(QFile &file, qint64 from, qint64 to)
{
    VideoFormat format;
    int stream = 0;
    int chunks = 0;
    for (auto c = readChunk(file, from, to); c && chunks < MediaPreview::kMaxChunks;
         c = readChunk(file, c->next, to), ++chunks) {
        if (c->id != "LIST" || c->size < 4)
            continue;
        if (file.read(4) != "strl")
            continue;
        const qint64 listEnd = std::min(c->next, to);
        bool video = false;
        for (auto s = readChunk(file, c->data + 4, listEnd); s;
             s = readChunk(file, s->next, listEnd)) {
            if (s->id == "strh") {
                video = file.read(4) == "vids";
            } else if (s->id == "strf" && video && s->size >= 40) {
                const QByteArray bih = file.read(40);
                if (bih.size() != 40)
                    break;
                format.stream = stream;
                format.width = qFromLittleEndian<qint32>(bih.constData() + 4);
                format.height = qFromLittleEndian<qint32>(bih.constData() + 8);
                format.bitCount = qFromLittleEndian<quint16>(bih.constData() + 14);
                format.compression = qFromLittleEndian<quint32>(bih.constData() + 16);
                return format;
            }
        }
        ++stream;
    }
    return format;
}

// movi (and 'rec ' lists in it): the first non-empty chunk of the video stream.
std::optional<ChunkHeader> firstFrame(QFile &file, qint64 from, qint64 to, int stream, int depth)
{
    const QByteArray prefix = QByteArray::number(stream).rightJustified(2, '0');
    int chunks = 0;
    for (auto c = readChunk(file, from, to); c && chunks < MediaPreview::kMaxChunks;
         c = readChunk(file, c->next, to), ++chunks) {
        if (c->id == "LIST" && depth < 2 && c->size >= 4) {
            if (auto f = firstFrame(file, c->data + 4, std::min(c->next, to), stream, depth + 1))
                return f;
            continue;
        }
        if (c->size > 0 && c->id.startsWith(prefix) &&
            (c->id.endsWith("db") || c->id.endsWith("dc")))
            return c;
    }
    return std::nullopt;
}

QImage decodeFrame(const QByteArray &data, const VideoFormat &f)
{
    if (f.compression == fourcc("MJPG") || f.compression == fourcc("mjpg") ||
        f.compression == fourcc("JPEG"))
        return QImage::fromData(data, "JPEG");
    if (f.compression != 0 || (f.bitCount != 24 && f.bitCount != 32))
        return {};
    const int w = f.width;
    const int h = std::abs(f.height);
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384)
        return {};
    const qsizetype stride = ((qsizetype(w) * f.bitCount + 31) / 32) * 4;
    if (data.size() < stride * h)
        return {};
    const auto *bits = reinterpret_cast<const uchar *>(data.constData());
    // BI_RGB is B, G, R (and an unused byte at 32-bit): QImage's RGB32 in memory order
    // on little-endian machines; BGR888 for 24-bit.
    QImage view(bits, w, h, stride,
                f.bitCount == 24 ? QImage::Format_BGR888 : QImage::Format_RGB32);
    QImage frame = view.convertToFormat(QImage::Format_RGB32); // a deep copy
    if (f.height > 0)                                          // bottom-up rows
        frame = frame.mirrored(false, true);
    return frame;
}

struct WavFormat
{
    int format = 0; // 1: PCM, 3: IEEE float
    int channels = 0;
    int blockAlign = 0;
    int bits = 0;
    qint64 data = -1;
    qint64 dataSize = 0;
};

std::optional<WavFormat> readWavFormat(QFile &file)
{
    const qint64 end = file.size();
    if (!file.seek(0))
        return std::nullopt;
    const QByteArray riff = file.read(12);
    if (riff.size() != 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavFormat w;
    int chunks = 0;
    for (auto c = readChunk(file, 12, end); c && chunks < MediaPreview::kMaxChunks;
         c = readChunk(file, c->next, end), ++chunks) {
        if (c->id == "fmt " && c->size >= 16) {
            const QByteArray fmt = file.read(std::min<qint64>(c->size, 40));
            if (fmt.size() < 16)
                return std::nullopt;
            w.format = qFromLittleEndian<quint16>(fmt.constData());
            w.channels = qFromLittleEndian<quint16>(fmt.constData() + 2);
            w.blockAlign = qFromLittleEndian<quint16>(fmt.constData() + 12);
            w.bits = qFromLittleEndian<quint16>(fmt.constData() + 14);
            if (w.format == 0xfffe && fmt.size() >= 26) // WAVE_FORMAT_EXTENSIBLE: the sub-format
                w.format = qFromLittleEndian<quint16>(fmt.constData() + 24);
        } else if (c->id == "data") {
            w.data = c->data;
            // A stream writer may leave the size at 0 or 0xffffffff: up to the end then.
            w.dataSize = (c->size == 0 || c->size == 0xffffffffU || c->data + c->size > end)
                             ? end - c->data
                             : c->size;
            break;
        }
    }
    const int bytes = w.bits / 8;
    const bool pcm = w.format == 1 && (w.bits == 8 || w.bits == 16 || w.bits == 24 || w.bits == 32);
    const bool flt = w.format == 3 && w.bits == 32;
    if (w.data < 0 || w.channels <= 0 || (!pcm && !flt) || w.blockAlign < bytes * w.channels ||
        w.blockAlign <= 0)
        return std::nullopt;
    return w;
}

// One sample, -1..1.
float sampleAt(const char *p, const WavFormat &w)
{
    switch (w.bits) {
    case 8:
        return (float(quint8(*p)) - 128.f) / 128.f;
    case 16:
        return float(qFromLittleEndian<qint16>(p)) / 32768.f;
    case 24: {
        qint32 v = qint32(quint8(p[0])) | qint32(quint8(p[1])) << 8 | qint32(qint8(p[2])) << 16;
        return float(v) / 8388608.f;
    }
    case 32:
        if (w.format == 3) {
            float f;
            const quint32 raw = qFromLittleEndian<quint32>(p);
            std::memcpy(&f, &raw, sizeof f);
            return std::isfinite(f) ? std::clamp(f, -1.f, 1.f) : 0.f;
        }
        return float(double(qFromLittleEndian<qint32>(p)) / 2147483648.0);
    }
    return 0.f;
}

} // namespace

QImage MediaPreview::image(const QString &path, QSize box, Qt::AspectRatioMode mode)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && box.isValid()) {
        const QSize target = size.scaled(box, mode);
        if (target.width() < size.width() && target.height() < size.height())
            reader.setScaledSize(target);
    }
    return fitInto(reader.read(), box, mode);
}

QImage MediaPreview::videoPoster(const QString &path, QSize box, Qt::AspectRatioMode mode)
{
    const QFileInfo info(path);
    for (const char *ext : {"png", "jpg", "jpeg", "webp"}) {
        const QString poster =
            info.dir().filePath(info.completeBaseName() + u'.' + QString::fromLatin1(ext));
        if (QFileInfo::exists(poster)) {
            QImage image = MediaPreview::image(poster, box, mode);
            if (!image.isNull())
                return image;
        }
    }
    if (info.suffix().compare(u"avi", Qt::CaseInsensitive) == 0)
        return aviFirstFrame(path, box, mode);
    return {};
}

QImage MediaPreview::aviFirstFrame(const QString &path, QSize box, Qt::AspectRatioMode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray riff = file.read(12);
    if (riff.size() != 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "AVI ")
        return {};
    const qint64 end = file.size();
    VideoFormat format;
    int chunks = 0;
    for (auto c = readChunk(file, 12, end); c && chunks < kMaxChunks;
         c = readChunk(file, c->next, end), ++chunks) {
        if (c->id != "LIST" || c->size < 4)
            continue;
        const QByteArray type = file.read(4);
        const qint64 listEnd = std::min(c->next, end);
        if (type == "hdrl") {
            format = readVideoFormat(file, c->data + 4, listEnd);
        } else if (type == "movi" && format.stream >= 0) {
            const auto frame = firstFrame(file, c->data + 4, listEnd, format.stream, 0);
            if (!frame || frame->size > kMaxFrameBytes || !file.seek(frame->data))
                return {};
            const QByteArray data = file.read(frame->size);
            if (data.size() != frame->size)
                return {};
            return fitInto(decodeFrame(data, format), box, mode);
        }
    }
    return {};
}

QList<float> MediaPreview::wavPeaks(const QString &path, int columns)
{
    QList<float> peaks;
    QFile file(path);
    if (columns <= 0 || !file.open(QIODevice::ReadOnly))
        return peaks;
    const auto w = readWavFormat(file);
    if (!w)
        return peaks;
    const qint64 frames = w->dataSize / w->blockAlign;
    if (frames <= 0)
        return peaks;
    const int bytes = w->bits / 8;
    peaks.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        const qint64 first = frames * i / columns;
        const qint64 last = std::max(first + 1, frames * (i + 1) / columns);
        const qint64 windowFrames =
            std::min<qint64>(last - first, std::max(1, kWaveformWindowBytes / w->blockAlign));
        float peak = 0.f;
        if (file.seek(w->data + first * w->blockAlign)) {
            const QByteArray window = file.read(windowFrames * w->blockAlign);
            const qint64 got = window.size() / w->blockAlign;
            for (qint64 f = 0; f < got; ++f)
                for (int ch = 0; ch < w->channels; ++ch)
                    peak = std::max(
                        peak, std::abs(sampleAt(window.constData() + f * w->blockAlign + ch * bytes,
                                                *w)));
        }
        peaks.append(std::min(peak, 1.f));
    }
    return peaks;
}

QImage MediaPreview::waveform(const QString &path, QSize size, const QColor &color)
{
    if (size.width() < 4 || size.height() < 4)
        return {};
    constexpr int kBar = 2;
    constexpr int kGap = 1;
    const int columns = std::max(1, (size.width() + kGap) / (kBar + kGap));
    const QList<float> peaks = wavPeaks(path, columns);
    if (peaks.isEmpty())
        return {};
    const float loudest = *std::max_element(peaks.cbegin(), peaks.cend());
    // Quiet takes are scaled up to be seen; silence stays a flat line.
    const float gain = loudest > 0.001f ? 0.95f / loudest : 0.f;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    const double mid = size.height() / 2.0;
    for (int i = 0; i < peaks.size(); ++i) {
        const double half = std::max(0.5, double(peaks[i] * gain) * mid);
        p.fillRect(QRectF(i * (kBar + kGap), mid - half, kBar, 2 * half), color);
    }
    return image;
}

} // namespace c41::ui
