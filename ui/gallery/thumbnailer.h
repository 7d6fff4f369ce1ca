// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/galleryitem.h"

#include <QCache>
#include <QColor>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>

namespace c41::ui {

// Thumbnails of output files, made on demand (the view asks for the items it paints,
// so only visible ones are decoded), on worker threads: images decoded at thumbnail
// size, a video's poster frame (MediaPreview::videoPoster), an audio file's waveform.
// Kept in a bounded memory cache; image and video thumbnails are also saved as PNG
// under a cache folder (keyed by path, size and modification time), so the next start
// reads a small file instead of decoding a large one. Requests are served newest
// first, and only the latest kMaxQueued wait: scrolling fast past 10,000 items does not
// queue 10,000 decodes.
class Thumbnailer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQueued = 128;
    static constexpr int kCacheBytes = 64 * 1024 * 1024;
    // Files smaller than this are decoded again rather than saved in the cache folder.
    static constexpr qint64 kDiskCacheMinBytes = 64 * 1024;

    // `size`: the largest thumbnail, in device pixels.
    explicit Thumbnailer(QSize size, QObject *parent = nullptr);
    ~Thumbnailer() override; // waits for the decodes running (each is bounded)

    QSize size() const { return m_size; }
    void setSize(QSize size); // forgets the thumbnails made at the old size
    // The folder for saved thumbnails; empty (the default): none are saved.
    void setCacheDir(const QString &dir);
    QString cacheDir() const { return m_cacheDir; }
    void setWaveformColor(const QColor &color);

    // The thumbnail when it is ready. Otherwise a null pixmap, and the file is queued
    // for decoding (once): ready(path) follows. Null too when the file has no picture
    // (hasNoPicture(path)): an unknown format, a video without a poster, a missing file.
    QPixmap thumbnail(const QString &path, jobs::MediaKind kind);
    bool hasNoPicture(const QString &path) const { return m_none.contains(path); }
    bool isBusy() const { return m_running > 0 || !m_queue.isEmpty(); }
    int decodedCount() const { return m_decoded; } // decodes finished so far

    // Runs on a worker thread: the picture for one file, or null.
    static QImage make(const QString &path, jobs::MediaKind kind, QSize size,
                       const QString &cacheDir, const QColor &waveform);

Q_SIGNALS:
    void ready(const QString &path);

private:
    struct Request
    {
        QString path;
        jobs::MediaKind kind;
    };
    void startNext();
    void finished(const QString &path, const QImage &image, quint64 generation);

    QSize m_size;
    QString m_cacheDir;
    QColor m_waveform;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_none;
    QList<Request> m_queue;  // newest last
    QSet<QString> m_waiting; // queued or running
    int m_running = 0;
    int m_decoded = 0;
    quint64 m_generation = 0;
};

} // namespace c41::ui
