// SPDX-License-Identifier: GPL-3.0-or-later
#include "tintedicon.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace c41::ui {

namespace {

// Renders the SVG on demand at the size and device pixel ratio asked for (so nothing
// is rasterised at start-up, and every scale is crisp), then recolours it.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, QColor normal, QColor checked)
        : m_svg(std::move(svg))
        , m_normal(std::move(normal))
        , m_checked(std::move(checked))
    {
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg, m_normal, m_checked); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        const QSize px = size * scale;
        const QString key = QStringLiteral("%1x%2/%3/%4")
                                .arg(px.width())
                                .arg(px.height())
                                .arg(int(mode))
                                .arg(int(state));
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_svg);
        QPixmap pixmap(px);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            m_renderer->render(&p, QRectF(QPointF(0, 0), px));
            QColor color = state == QIcon::On ? m_checked : m_normal;
            if (mode == QIcon::Disabled)
                color.setAlphaF(color.alphaF() * 0.4);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(pixmap.rect(), color);
        }
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QByteArray m_svg;
    QColor m_normal;
    QColor m_checked;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon tintedIcon(const QString &svgPath, const QColor &normal, const QColor &checked)
{
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll(), normal, checked));
}

} // namespace c41::ui
