// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediadropzone.h"

#include "mediafile.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace c41::ui {

namespace {

constexpr int kPreview = 72;

QStringList suffixes(MediaDropZone::Kind kind)
{
    switch (kind) {
    case MediaDropZone::Kind::Image:
        return {QStringLiteral("png"),  QStringLiteral("jpg"), QStringLiteral("jpeg"),
                QStringLiteral("webp"), QStringLiteral("bmp"), QStringLiteral("gif"),
                QStringLiteral("tif"),  QStringLiteral("tiff")};
    case MediaDropZone::Kind::Audio:
        return {QStringLiteral("wav"), QStringLiteral("mp3"),  QStringLiteral("flac"),
                QStringLiteral("ogg"), QStringLiteral("opus"), QStringLiteral("m4a"),
                QStringLiteral("aac")};
    case MediaDropZone::Kind::Video:
        return {QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("webm"),
                QStringLiteral("mkv"), QStringLiteral("avi"), QStringLiteral("m4v"),
                QStringLiteral("gif")};
    }
    return {};
}

} // namespace

MediaDropZone::MediaDropZone(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_preview(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_clear(new QPushButton(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("mediaDropZone"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("%1 input: drop a file or browse").arg(kindText(kind)));
    m_preview->setFixedSize(kPreview, kPreview);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setObjectName(QStringLiteral("mediaPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    QFont strong = m_title->font();
    strong.setBold(true);
    m_title->setFont(strong);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_browse->setAccessibleName(tr("Browse for the %1 file").arg(kindText(kind)));
    m_browse->setToolTip(tr("Choose a file on this computer; it is uploaded when you submit"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the %1 file").arg(kindText(kind)));
    m_clear->setToolTip(tr("Forget the chosen file"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addStretch(1);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    texts->addStretch(1);
    m_buttons->setSpacing(6);
    m_buttons->addWidget(m_browse);
    m_buttons->addWidget(m_clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(12);
    layout->addWidget(m_preview);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &MediaDropZone::browse);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFile({}); });
    refresh();
}

QString MediaDropZone::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return tr("image");
    case Kind::Audio:
        return tr("audio");
    case Kind::Video:
        return tr("video");
    }
    return {};
}

bool MediaDropZone::accepts(Kind kind, const QString &path)
{
    return suffixes(kind).contains(QFileInfo(path).suffix().toLower());
}

bool MediaDropZone::setFile(const QString &path)
{
    if (!path.isEmpty() && (!accepts(m_kind, path) || !QFileInfo(path).isFile())) {
        m_note = QFileInfo(path).isFile() ? tr("%1 is not a file of this kind (%2).")
                                                .arg(QFileInfo(path).fileName(), kindText(m_kind))
                                          : tr("%1 does not exist.").arg(path);
        refresh();
        return false;
    }
    m_note.clear();
    if (path == m_file) {
        refresh();
        return true;
    }
    m_file = path;
    refresh();
    Q_EMIT fileChanged(m_file);
    return true;
}

void MediaDropZone::setServerValue(const QString &name)
{
    m_serverValue = name;
    refresh();
}

QPushButton *MediaDropZone::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(text);
    m_buttons->insertWidget(1, button);
    return button;
}

void MediaDropZone::browse()
{
    QStringList patterns;
    for (const QString &s : suffixes(m_kind))
        patterns << QStringLiteral("*.") + s;
    const QString filter = tr("%1 files (%2)").arg(kindText(m_kind), patterns.join(u' ')) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the %1 file").arg(kindText(m_kind)),
        m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath(), filter);
    if (!path.isEmpty())
        setFile(path);
}

void MediaDropZone::refresh()
{
    setHover(false);
    m_clear->setVisible(!m_file.isEmpty());
    m_preview->clear();
    if (m_file.isEmpty()) {
        m_title->setText(m_kind == Kind::Image   ? tr("Drop an image here")
                         : m_kind == Kind::Audio ? tr("Drop an audio file here")
                                                 : tr("Drop a video here"));
        m_detail->setText(
            !m_note.isEmpty()
                ? m_note
                : (m_serverValue.isEmpty()
                       ? tr("or browse for one")
                       : tr("or browse for one; until then the workflow uses %1 on the server")
                             .arg(m_serverValue)));
        m_preview->setText(m_kind == Kind::Image   ? tr("Image")
                           : m_kind == Kind::Audio ? tr("Audio")
                                                   : tr("Video"));
        return;
    }
    const QFileInfo info(m_file);
    m_title->setText(info.fileName());
    QString detail = MediaFile::sizeText(info.size());
    if (m_kind == Kind::Image) {
        QImageReader reader(m_file);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid()) {
            detail = tr("%1 × %2 px · %3").arg(size.width()).arg(size.height()).arg(detail);
            reader.setScaledSize(size.scaled(kPreview, kPreview, Qt::KeepAspectRatio));
        }
        const QImage image = reader.read();
        if (!image.isNull())
            m_preview->setPixmap(QPixmap::fromImage(image));
        else
            m_preview->setText(tr("Image"));
    } else {
        if (const auto seconds = MediaFile::wavSeconds(m_file))
            detail = MediaFile::durationText(*seconds) + QStringLiteral(" · ") + detail;
        m_preview->setText(m_kind == Kind::Audio ? tr("Audio") : tr("Video"));
    }
    m_detail->setText(m_note.isEmpty() ? detail : m_note);
    m_detail->setToolTip(m_file);
}

void MediaDropZone::setHover(bool hover)
{
    setStyleSheet(
        QStringLiteral("QFrame#mediaDropZone { border: 1px %1 palette(mid); border-radius: 6px; "
                       "background: %2; }"
                       "QLabel#mediaPreview { border: 1px solid palette(midlight); border-radius: "
                       "4px; background: palette(base); color: palette(placeholder-text); }")
            .arg(m_file.isEmpty() ? QStringLiteral("dashed") : QStringLiteral("solid"),
                 hover ? QStringLiteral("palette(highlight)") : QStringLiteral("palette(window)")));
}

QString MediaDropZone::droppedFile(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void MediaDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!path.isEmpty() && accepts(m_kind, path)) {
        event->acceptProposedAction();
        setHover(true);
    }
}

void MediaDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    QFrame::dragLeaveEvent(event);
    setHover(false);
}

void MediaDropZone::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!path.isEmpty() && setFile(path))
        event->acceptProposedAction();
    setHover(false);
}

} // namespace c41::ui
