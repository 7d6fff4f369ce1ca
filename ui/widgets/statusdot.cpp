// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdot.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace c41::ui {

QIcon statusDot(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(color.rgba());
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal margin = size * 0.22;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgba(), icon);
    return icon;
}

} // namespace c41::ui
