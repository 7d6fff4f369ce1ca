// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailer.h"

#include "mediapreview.h"

#include "jobs/galleryindex.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

namespace c41::ui {

using jobs::MediaKind;

namespace {
constexpr int kMaxNoPicture = 20000;
}

Thumbnailer::Thumbnailer(QSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
    , m_waveform(0x4a, 0x90, 0xd9)
    , m_cache(kCacheBytes / 1024)
{
    // Two decodes at a time: thumbnails stay quick without taking the machine.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() / 2, 1, 2));
    m_pool.setExpiryTimeout(5000);
}

Thumbnailer::~Thumbnailer()
{
    m_queue.clear();
    m_pool.clear();
    m_pool.waitForDone();
}

void Thumbnailer::setSize(QSize size)
{
    if (size == m_size)
        return;
    m_size = size;
    ++m_generation;
    m_cache.clear();
    m_none.clear();
    m_queue.clear();
    m_waiting.clear();
}

void Thumbnailer::setCacheDir(const QString &dir)
{
    m_cacheDir = dir;
}

void Thumbnailer::setWaveformColor(const QColor &color)
{
    if (color == m_waveform)
        return;
    m_waveform = color;
    // Waveforms are drawn in this colour: draw them again.
    const QList<QString> keys = m_cache.keys();
    for (const QString &key : keys)
        if (jobs::GalleryIndex::mediaKindOf(key) == MediaKind::Audio)
            m_cache.remove(key);
}

QPixmap Thumbnailer::thumbnail(const QString &path, MediaKind kind)
{
    if (const QPixmap *cached = m_cache.object(path))
        return *cached;
    if (kind == MediaKind::Other || m_none.contains(path) || m_waiting.contains(path))
        return {};
    m_waiting.insert(path);
    m_queue.append({path, kind});
    // Only the latest requests wait; older ones are asked again if they are painted again.
    while (m_queue.size() > kMaxQueued)
        m_waiting.remove(m_queue.takeFirst().path);
    startNext();
    return {};
}

void Thumbnailer::startNext()
{
    while (m_running < m_pool.maxThreadCount() && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast(); // the newest: what is on screen now
        ++m_running;
        const QSize size = m_size;
        const QString cacheDir = m_cacheDir;
        const QColor waveform = m_waveform;
        const quint64 generation = m_generation;
        m_pool.start([this, request, size, cacheDir, waveform, generation] {
            const QImage image = make(request.path, request.kind, size, cacheDir, waveform);
            // Queued to this object: the destructor waits for the pool, and events
            // posted to a deleted object are dropped.
            QMetaObject::invokeMethod(
                this,
                [this, path = request.path, image, generation] {
                    finished(path, image, generation);
                },
                Qt::QueuedConnection);
        });
    }
}

void Thumbnailer::finished(const QString &path, const QImage &image, quint64 generation)
{
    --m_running;
    ++m_decoded;
    if (generation == m_generation) {
        m_waiting.remove(path);
        if (image.isNull()) {
            if (m_none.size() > kMaxNoPicture)
                m_none.clear();
            m_none.insert(path);
        } else {
            const qsizetype bytes = image.sizeInBytes();
            m_cache.insert(path, new QPixmap(QPixmap::fromImage(image)),
                           int(std::max<qsizetype>(1, bytes / 1024)));
        }
        Q_EMIT ready(path);
    }
    startNext();
}

QImage Thumbnailer::make(const QString &path, MediaKind kind, QSize size, const QString &cacheDir,
                         const QColor &waveform)
{
    const QFileInfo info(path);
    if (!info.isFile() || !size.isValid())
        return {};
    if (kind == MediaKind::Audio) {
        // Cheap to draw again (a bounded read), and drawn in the palette's colour.
        if (info.suffix().compare(u"wav", Qt::CaseInsensitive) != 0)
            return {};
        return MediaPreview::waveform(path, QSize(size.width(), size.height() / 2), waveform);
    }
    if (kind != MediaKind::Image && kind != MediaKind::Video)
        return {};
    const bool useDisk = !cacheDir.isEmpty() && info.size() >= kDiskCacheMinBytes;
    QString cached;
    if (useDisk) {
        const QByteArray key =
            info.absoluteFilePath().toUtf8() + '|' + QByteArray::number(info.size()) + '|' +
            QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|' +
            QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        cached = QDir(cacheDir).filePath(QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex() + ".png"));
        QImage image(cached);
        if (!image.isNull())
            return image;
    }
    // Covering the box: the grid crops thumbnails to its tiles.
    const QImage image =
        kind == MediaKind::Image
            ? MediaPreview::image(path, size, Qt::KeepAspectRatioByExpanding)
            : MediaPreview::videoPoster(path, size, Qt::KeepAspectRatioByExpanding);
    if (useDisk && !image.isNull() && QDir().mkpath(cacheDir)) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
            file.commit();
    }
    return image;
}

} // namespace c41::ui
