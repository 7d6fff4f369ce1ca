// SPDX-License-Identifier: GPL-3.0-or-later
#include "gauge.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace c41::ui {

namespace {
constexpr double kStartDeg = 225; // Qt angles: counter-clockwise from 3 o'clock
constexpr double kSpanDeg = -270;
} // namespace

Gauge::Gauge(QString caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(std::move(caption))
    , m_valueText(QStringLiteral("—"))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(m_caption);
    updateAccessibleText();
}

void Gauge::setValue(std::optional<double> fraction, const QString &valueText,
                     const QString &detail)
{
    if (fraction)
        fraction = std::clamp(*fraction, 0.0, 1.0);
    const QString text = valueText.isEmpty() ? QStringLiteral("—") : valueText;
    // Polled figures wobble in digits nobody sees: repaint (and tell accessibility) only
    // when what is drawn changes: the texts, the arc's colour band or its length to the
    // half degree. The arc is drawn from the fraction last painted, so it never drifts.
    const bool textsChanged = text != m_valueText || detail != m_detail;
    const bool arcChanged =
        arcStep(fraction) != arcStep(m_drawnFraction) || band(fraction) != band(m_drawnFraction);
    m_fraction = fraction;
    if (!textsChanged && !arcChanged)
        return;
    m_drawnFraction = fraction;
    if (textsChanged) {
        m_valueText = text;
        m_detail = detail;
        updateAccessibleText();
    }
    update();
}

int Gauge::arcStep(std::optional<double> fraction)
{
    // Half-degree steps of the 270° arc; -1 for no arc (unknown or empty).
    if (!fraction || *fraction <= 0.001)
        return -1;
    return int(std::lround(*fraction * -kSpanDeg * 2));
}

int Gauge::band(std::optional<double> fraction) const
{
    if (!fraction)
        return 0;
    return *fraction >= m_alertAt ? 3 : *fraction >= m_warnAt ? 2 : 1;
}

void Gauge::setThresholds(double warnAt, double alertAt)
{
    m_warnAt = warnAt;
    m_alertAt = alertAt;
    m_drawnFraction = m_fraction;
    update();
}

void Gauge::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    updateAccessibleText();
    update();
}

void Gauge::updateAccessibleText()
{
    setAccessibleDescription(m_detail.isEmpty() ? m_valueText
                                                : m_valueText + QStringLiteral(", ") + m_detail);
    setToolTip(m_caption + QStringLiteral(": ") + accessibleDescription());
}

QSize Gauge::sizeHint() const
{
    const QFontMetrics fm(font());
    return {qMax(112, fm.horizontalAdvance(m_detail) + 8), 98 + 2 * fm.height()};
}

QSize Gauge::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {96, 98 + 2 * fm.height()};
}

void Gauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool enabled = isEnabled();
    const QFontMetrics fm(font());

    const qreal dial = qMin<qreal>(width() - 8, 88);
    const QRectF arcRect((width() - dial) / 2, 4, dial, dial);
    const qreal thickness = qMax<qreal>(6, dial / 11);
    const QRectF ring =
        arcRect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);

    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.12);
    QPen pen(track, thickness, Qt::SolidLine, Qt::RoundCap);
    // The empty track is the same on every repaint: drawn once into a pixmap (an
    // antialiased arc is most of a gauge's paint cost, and figures repaint it every round).
    const qreal dpr = devicePixelRatioF();
    const QString trackKey =
        QStringLiteral("%1x%2@%3:%4").arg(width()).arg(height()).arg(dpr).arg(track.rgba());
    if (trackKey != m_trackKey) {
        m_track = QPixmap((QSizeF(size()) * dpr).toSize());
        m_track.setDevicePixelRatio(dpr);
        m_track.fill(Qt::transparent);
        QPainter tp(&m_track);
        tp.setRenderHint(QPainter::Antialiasing);
        tp.setPen(pen);
        tp.drawArc(ring, int(kStartDeg * 16), int(kSpanDeg * 16));
        m_trackKey = trackKey;
    }
    p.drawPixmap(0, 0, m_track);

    if (m_drawnFraction && *m_drawnFraction > 0.001) {
        QColor fill = pal.color(QPalette::Highlight);
        if (*m_drawnFraction >= m_alertAt)
            fill = QColor(0xd9, 0x3f, 0x3f);
        else if (*m_drawnFraction >= m_warnAt)
            fill = QColor(0xe0, 0x8a, 0x1e);
        if (!enabled)
            fill = pal.color(QPalette::Disabled, QPalette::WindowText);
        pen.setColor(fill);
        p.setPen(pen);
        p.drawArc(ring, int(kStartDeg * 16), int(kSpanDeg * *m_drawnFraction * 16));
    }

    // The value in the middle of the dial.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    p.setFont(big);
    p.setPen(pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QFontMetrics bigFm(big);
    const QString value = bigFm.elidedText(m_valueText, Qt::ElideRight, int(ring.width() - 6));
    p.drawText(ring, Qt::AlignCenter, value);

    // Caption at the arc's open bottom, detail under the dial.
    p.setFont(font());
    const QRectF captionRect(0, arcRect.bottom() - fm.height() / 2.0, width(), fm.height());
    p.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(m_caption, Qt::ElideRight, width()));
    QColor dim = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    dim.setAlphaF(dim.alphaF() * 0.7);
    p.setPen(dim);
    const QRectF detailRect(0, captionRect.bottom() + 1, width(), fm.height());
    p.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(m_detail, Qt::ElideRight, width()));
}

} // namespace c41::ui
