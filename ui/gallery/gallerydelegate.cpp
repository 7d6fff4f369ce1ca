// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallerydelegate.h"

#include "models/gallerymodel.h"
#include "thumbnailer.h"

#include <QDate>
#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace c41::ui {

using jobs::MediaKind;

namespace {

constexpr int kRadius = 8;
constexpr int kTextPad = 10;
constexpr int kGapBelowThumb = 8;
constexpr int kBottomPad = 10;

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

QFont badgeFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.72);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    return font;
}

// At most two lines of `text` in `width`; the second elided.
QStringList twoLines(const QString &text, const QFont &font, int width)
{
    const QString simple = text.simplified();
    QTextLayout layout(simple, font);
    layout.beginLayout();
    QStringList lines;
    int consumed = 0;
    for (int i = 0; i < 2; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (i == 1) {
            lines << QFontMetrics(font).elidedText(simple.mid(line.textStart()), Qt::ElideRight,
                                                   width);
            consumed = int(simple.size());
            break;
        }
        lines << simple.mid(line.textStart(), line.textLength()).trimmed();
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    if (lines.size() == 1 && consumed < simple.size())
        lines[0] = QFontMetrics(font).elidedText(simple, Qt::ElideRight, width);
    return lines;
}

QString whenText(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today) {
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss")); // minutes are enough
        return locale.toString(local.time(), format);
    }
    if (local.date().year() == today.year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

// A plain glyph for a file without a picture (yet): play button, note, page.
void drawKindIcon(QPainter *p, const QRectF &box, MediaKind kind, const QColor &color)
{
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2;
    switch (kind) {
    case MediaKind::Video: {
        p->setPen(QPen(color, r * 0.12));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(c.x() - r, c.y() - r * 0.72, 2 * r, 1.44 * r), r * 0.18,
                           r * 0.18);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        QPolygonF play;
        play << QPointF(c.x() - r * 0.28, c.y() - r * 0.36) << QPointF(c.x() + r * 0.38, c.y())
             << QPointF(c.x() - r * 0.28, c.y() + r * 0.36);
        p->drawPolygon(play);
        break;
    }
    case MediaKind::Audio: {
        // Bars of a level meter.
        const double w = r * 0.22;
        const double heights[] = {0.5, 1.1, 1.6, 0.9, 1.3, 0.6};
        const double total = 6 * w + 5 * w * 0.6;
        for (int i = 0; i < 6; ++i) {
            const double h = r * heights[i];
            p->drawRoundedRect(QRectF(c.x() - total / 2 + i * w * 1.6, c.y() - h / 2, w, h), w / 2,
                               w / 2);
        }
        break;
    }
    case MediaKind::Image: {
        p->setPen(QPen(color, r * 0.12));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(c.x() - r, c.y() - r * 0.75, 2 * r, 1.5 * r), r * 0.15, r * 0.15);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        QPolygonF hills;
        hills << QPointF(c.x() - r * 0.75, c.y() + r * 0.5)
              << QPointF(c.x() - r * 0.2, c.y() - r * 0.1)
              << QPointF(c.x() + r * 0.15, c.y() + r * 0.25) << QPointF(c.x() + r * 0.4, c.y())
              << QPointF(c.x() + r * 0.75, c.y() + r * 0.5);
        p->drawPolygon(hills);
        p->drawEllipse(QPointF(c.x() + r * 0.45, c.y() - r * 0.35), r * 0.14, r * 0.14);
        break;
    }
    case MediaKind::Other: {
        p->setPen(QPen(color, r * 0.12));
        p->setBrush(Qt::NoBrush);
        QPainterPath page;
        page.moveTo(c.x() - r * 0.6, c.y() - r);
        page.lineTo(c.x() + r * 0.25, c.y() - r);
        page.lineTo(c.x() + r * 0.6, c.y() - r * 0.65);
        page.lineTo(c.x() + r * 0.6, c.y() + r);
        page.lineTo(c.x() - r * 0.6, c.y() + r);
        page.closeSubpath();
        p->drawPath(page);
        break;
    }
    }
    p->restore();
}

} // namespace

GalleryDelegate::GalleryDelegate(Thumbnailer *thumbnailer, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnailer(thumbnailer)
{
}

void GalleryDelegate::setTileWidth(int width)
{
    m_tileWidth = std::clamp(width, kMinTileWidth, kMaxTileWidth);
}

int GalleryDelegate::tileWidthFor(int available)
{
    const int columns = std::max(1, available / kMinTileWidth);
    return std::clamp(available / columns, kMinTileWidth, kMaxTileWidth);
}

int GalleryDelegate::thumbHeight() const
{
    return (m_tileWidth - 2 * kMargin) * 3 / 4;
}

QSize GalleryDelegate::tileSize(const QFont &font) const
{
    const QFontMetrics fm(font);
    const QFontMetrics small(smallFont(font));
    const int height = thumbHeight() + kGapBelowThumb + 2 * fm.lineSpacing() + 3 +
                       small.lineSpacing() + kBottomPad;
    return {m_tileWidth, height + 2 * kMargin};
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(option.font);
}

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The cell at the tile's size (the item rect may lag a width change by a layout).
    const QRectF cell(option.rect.topLeft(), QSizeF(tileSize(option.font)));
    const QRectF card = cell.adjusted(kMargin + 0.5, kMargin + 0.5, -kMargin - 0.5, -kMargin - 0.5);
    const QRectF thumb(card.left(), card.top(), card.width(), thumbHeight());
    const auto kind = MediaKind(index.data(GalleryModel::MediaKindRole).toInt());
    const QString path = index.data(GalleryModel::PathRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    QPainterPath cardPath;
    cardPath.addRoundedRect(card, kRadius, kRadius);
    painter->fillPath(cardPath, pal.color(QPalette::Base));

    // The thumbnail, clipped to the card's rounded top.
    painter->save();
    painter->setClipPath(cardPath);
    const QColor well = dark ? QColor(255, 255, 255, 16) : QColor(0, 0, 0, 14);
    painter->fillRect(thumb, well);
    const QPixmap pixmap = m_thumbnailer ? m_thumbnailer->thumbnail(path, kind) : QPixmap();
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    if (!pixmap.isNull() && kind == MediaKind::Audio) {
        const QRectF wave(thumb.left() + 14, thumb.top() + thumb.height() / 4, thumb.width() - 28,
                          thumb.height() / 2);
        const QSizeF size = QSizeF(pixmap.size()).scaled(wave.size(), Qt::KeepAspectRatio);
        painter->drawPixmap(QRectF(QPointF(wave.center().x() - size.width() / 2,
                                           wave.center().y() - size.height() / 2),
                                   size),
                            pixmap, QRectF(pixmap.rect()));
    } else if (!pixmap.isNull()) {
        // Cover the well, cropping the middle.
        const QSizeF crop = thumb.size().scaled(QSizeF(pixmap.size()), Qt::KeepAspectRatio);
        const QRectF source(
            QPointF((pixmap.width() - crop.width()) / 2, (pixmap.height() - crop.height()) / 2),
            crop);
        painter->drawPixmap(thumb, pixmap, source);
        if (kind == MediaKind::Video) {
            const QPointF c = thumb.center();
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 110));
            painter->drawEllipse(c, 20, 20);
            painter->setBrush(QColor(255, 255, 255, 235));
            QPolygonF play;
            play << QPointF(c.x() - 6, c.y() - 9) << QPointF(c.x() + 10, c.y())
                 << QPointF(c.x() - 6, c.y() + 9);
            painter->drawPolygon(play);
        }
    } else {
        // No picture (yet): the kind's icon and the file name.
        const bool none =
            !m_thumbnailer || m_thumbnailer->hasNoPicture(path) || kind == MediaKind::Other;
        QColor iconColor = quiet;
        if (!none)
            iconColor.setAlphaF(iconColor.alphaF() * 0.45);
        drawKindIcon(painter, QRectF(thumb.center().x() - 22, thumb.top() + 38, 44, 44), kind,
                     iconColor);
        if (none) {
            painter->setFont(smallFont(option.font));
            painter->setPen(quiet);
            const QRectF name(thumb.left() + 12, thumb.top() + 96, thumb.width() - 24,
                              QFontMetrics(painter->font()).lineSpacing());
            painter->drawText(name, Qt::AlignHCenter | Qt::AlignVCenter,
                              QFontMetrics(painter->font())
                                  .elidedText(index.data(GalleryModel::FileNameRole).toString(),
                                              Qt::ElideMiddle, int(name.width())));
        }
    }

    // The kind badge.
    const QFont badge = badgeFont(option.font);
    const QFontMetrics bfm(badge);
    const QString label = GalleryModel::kindText(kind).toUpper();
    const QRectF badgeRect(thumb.left() + 8, thumb.top() + 8, bfm.horizontalAdvance(label) + 12,
                           bfm.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 150));
    painter->drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
    painter->setFont(badge);
    painter->setPen(QColor(255, 255, 255, 240));
    painter->drawText(badgeRect, Qt::AlignCenter, label);
    painter->restore();

    // Prompt (two lines) and "server · when".
    const QFontMetrics fm(option.font);
    const int textWidth = int(card.width()) - 2 * kTextPad;
    double y = thumb.bottom() + kGapBelowThumb;
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    const QStringList lines =
        twoLines(index.data(GalleryModel::PromptRole).toString(), option.font, textWidth);
    for (const QString &line : lines) {
        painter->drawText(QRectF(card.left() + kTextPad, y, textWidth, fm.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
    y = thumb.bottom() + kGapBelowThumb + 2 * fm.lineSpacing() + 3;
    const QFont small = smallFont(option.font);
    const QFontMetrics sfm(small);
    painter->setFont(small);
    painter->setPen(quiet);
    const QString server = index.data(GalleryModel::ServerRole).toString();
    const QString when = whenText(index.data(GalleryModel::FinishedRole).toDateTime());
    const QString meta = server.isEmpty() ? when : server + QStringLiteral(" · ") + when;
    painter->drawText(QRectF(card.left() + kTextPad, y, textWidth, sfm.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(meta, Qt::ElideMiddle, textWidth));

    // The frame: the highlight when selected.
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        painter->drawRoundedRect(card.adjusted(0.75, 0.75, -0.75, -0.75), kRadius, kRadius);
    } else {
        QColor edge = pal.color(QPalette::Mid);
        edge.setAlpha(hovered ? 200 : 90);
        painter->setPen(QPen(edge, 1));
        painter->drawPath(cardPath);
    }
    if (option.state & QStyle::State_HasFocus && !selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), kRadius - 2, kRadius - 2);
    }
    painter->restore();
}

} // namespace c41::ui
