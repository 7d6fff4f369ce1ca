// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace c41::ui {

class Thumbnailer;

// One tile of the gallery grid: the thumbnail (cropped to the tile), a badge with the
// kind of file, two lines of the prompt and "server · date". Asks the Thumbnailer for
// the items it paints only, so thumbnails are made for what is on screen; until one
// is ready (or when a file has no picture) it draws the kind's icon and the file name.
class GalleryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kMinTileWidth = 228; // margins included
    static constexpr int kMaxTileWidth = 320;
    static constexpr int kMargin = 6; // around each card, half the gap between cards
    // The largest thumbnail a tile shows (4:3), in pixels at 100% scaling.
    static constexpr int kMaxThumbWidth = kMaxTileWidth - 2 * kMargin;
    static constexpr int kMaxThumbHeight = kMaxThumbWidth * 3 / 4;

    GalleryDelegate(Thumbnailer *thumbnailer, QObject *parent = nullptr);

    // Tiles grow to fill the width: the view sets the width of a tile (margins
    // included) from how many fit in a row.
    void setTileWidth(int width);
    int tileWidth() const { return m_tileWidth; }
    // The tile, margins included, for the view's font.
    QSize tileSize(const QFont &font) const;
    // The tile width for a row `available` pixels wide.
    static int tileWidthFor(int available);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int thumbHeight() const;

    Thumbnailer *m_thumbnailer;
    int m_tileWidth = kMinTileWidth;
};

} // namespace c41::ui
