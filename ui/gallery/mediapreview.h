// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace c41::ui {

// Small pictures of media files, for thumbnails: safe to call on a worker thread
// (QImage and QPainter on a QImage only), and every read is bounded, whatever the
// file says about itself. A null image means "no picture": show an icon.
class MediaPreview
{
public:
    // Limits on what one preview reads.
    static constexpr qint64 kMaxFrameBytes = 32 * 1024 * 1024;
    static constexpr int kMaxChunks = 4096;
    static constexpr int kWaveformWindowBytes = 4096;

    // The image scaled down (never up) to fit `box` (or, with KeepAspectRatioByExpanding,
    // to cover it), decoded at that size where the format can (setScaledSize).
    static QImage image(const QString &path, QSize box,
                        Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    // A video's poster: an image saved next to it under the same name (clip.png for
    // clip.mp4, as ComfyUI's video nodes do), else the first frame of an AVI whose
    // video is uncompressed (BI_RGB 24/32-bit) or MJPEG.
    static QImage videoPoster(const QString &path, QSize box,
                              Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    static QImage aviFirstFrame(const QString &path, QSize box,
                                Qt::AspectRatioMode mode = Qt::KeepAspectRatio);
    // A WAV file's waveform (PCM 8/16/24/32-bit or 32-bit float, any channel count):
    // one peak per pixel column, read from windows spread over the file.
    static QImage waveform(const QString &path, QSize size, const QColor &color);
    // The peaks (0..1) the waveform draws, `columns` of them; empty if unreadable.
    static QList<float> wavPeaks(const QString &path, int columns);
};

} // namespace c41::ui
