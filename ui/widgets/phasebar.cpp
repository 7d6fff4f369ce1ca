// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasebar.h"

#include "diagnostics/serverdiagnosis.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace c41::ui {

namespace {
const QColor kDns(0x3a, 0xa8, 0xc1);
const QColor kConnect(0x3b, 0x7d, 0xd8);
const QColor kTls(0x8a, 0x5c, 0xd6);
const QColor kWait(0xe0, 0x8a, 0x1e);
const QColor kRead(0x2f, 0xb3, 0x5f);
const QColor kFailed(0xd9, 0x3f, 0x3f);
constexpr int kBarHeight = 12;
constexpr int kGap = 6;
} // namespace

PhaseBar::PhaseBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseBar::setTimes(const diagnostics::PhaseTimes &times, bool failed)
{
    m_times = times;
    m_failed = failed;
    QStringList parts;
    for (const Segment &s : segments())
        parts << s.name + u' ' + diagnostics::ServerDiagnosis::formatMs(s.ms);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

void PhaseBar::setScaleMs(double ms)
{
    m_scaleMs = ms;
    update();
}

QList<PhaseBar::Segment> PhaseBar::segments() const
{
    QList<Segment> out;
    double at = 0;
    const auto add = [&](const QString &name, std::optional<double> end, const QColor &color) {
        if (!end)
            return;
        out << Segment{name, std::max(0.0, *end - at), color};
        at = std::max(at, *end);
    };
    add(tr("DNS"), m_times.dns, kDns);
    add(tr("connect"), m_times.connect, kConnect);
    add(tr("TLS"), m_times.tls, kTls);
    add(tr("first byte"), m_times.firstByte, kWait);
    if (m_failed)
        add(tr("failed after"), m_times.total, kFailed);
    else if (m_times.firstByte)
        add(tr("rest"), m_times.total, kRead);
    return out;
}

QSize PhaseBar::sizeHint() const
{
    const int legend = fontMetrics().height();
    return {360, kBarHeight + kGap + legend};
}

QSize PhaseBar::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void PhaseBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Segment> segs = segments();
    const QRectF track(0.5, 0.5, width() - 1.0, kBarHeight - 1.0);
    QPainterPath clip;
    clip.addRoundedRect(track, 3, 3);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Midlight));
    p.drawPath(clip);

    double total = 0;
    for (const Segment &s : segs)
        total += s.ms;
    const double scale = std::max({m_scaleMs, total, 0.001});
    p.save();
    p.setClipPath(clip);
    double x = track.left();
    for (const Segment &s : segs) {
        // Every phase that happened gets at least a sliver, so a 0.1 ms DNS shows.
        const double w = std::max(2.0, track.width() * s.ms / scale);
        p.fillRect(QRectF(x, track.top(), w, track.height()), s.color);
        x += w;
    }
    p.restore();

    // The legend: a swatch and "name time" per phase, in bar order.
    const QFontMetrics fm = fontMetrics();
    int lx = 0;
    const int ly = kBarHeight + kGap;
    const int swatch = fm.ascent() - 2;
    for (const Segment &s : segs) {
        const QString text = s.name + u' ' + diagnostics::ServerDiagnosis::formatMs(s.ms);
        const int w = swatch + 4 + fm.horizontalAdvance(text);
        if (lx + w > width())
            break;
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        p.drawRoundedRect(QRectF(lx, ly + (fm.height() - swatch) / 2.0, swatch, swatch), 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(lx + swatch + 4, ly + fm.ascent()), text);
        lx += w + 14;
    }
}

} // namespace c41::ui
