// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace c41::ui {

namespace {
// Two hues per device: utilisation solid, memory a lighter companion.
const QList<QColor> &utilColors()
{
    static const QList<QColor> c{QColor(0x3d, 0x8b, 0xfd), QColor(0x2f, 0xb3, 0x80),
                                 QColor(0xb0, 0x6a, 0xf0), QColor(0xe8, 0x6a, 0x3c)};
    return c;
}
const QList<QColor> &memoryColors()
{
    static const QList<QColor> c{QColor(0xf0, 0x9a, 0x1a), QColor(0xd9, 0x4a, 0x8c),
                                 QColor(0x17, 0xa2, 0xb8), QColor(0x8c, 0x9b, 0x2a)};
    return c;
}
} // namespace

HistoryChart::HistoryChart(const studio::TelemetryHistory *history, QString box, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_box(std::move(box))
    , m_ranges(new QButtonGroup(this))
    , m_placeholder(new QLabel(tr("Collecting history…")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("History"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    for (const int minutes : {5, 15, 60}) {
        auto *b = new QToolButton;
        b->setText(minutes == 60 ? tr("1 h") : tr("%1 min").arg(minutes));
        b->setAccessibleName(minutes == 60 ? tr("Show the last hour")
                                           : tr("Show the last %1 minutes").arg(minutes));
        b->setObjectName(QStringLiteral("range%1").arg(minutes));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setChecked(minutes == m_minutes);
        m_ranges->addButton(b, minutes);
        header->addWidget(b);
    }
    layout->addLayout(header);
    connect(m_ranges, &QButtonGroup::idClicked, this, &HistoryChart::setRangeMinutes);

    // The chart itself is made when there is something to draw (not at start-up).
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setFixedHeight(kChartHeight);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_placeholder, 1);

    m_pending.setSingleShot(true);
    connect(&m_pending, &QTimer::timeout, this, [this] { redrawNow(); });
    setRangeMinutes(5);
}

void HistoryChart::ensureChart()
{
    if (m_chart)
        return;
    m_chart = new QChart;
    m_view = new QChartView(m_chart);
    m_timeAxis = new QDateTimeAxis;
    m_valueAxis = new QValueAxis;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFixedHeight(kChartHeight);
    m_view->setAccessibleName(tr("Utilisation and memory history"));
    m_view->setFrameShape(QFrame::NoFrame);
    delete layout()->replaceWidget(m_placeholder, m_view); // the old item is ours to delete
    delete m_placeholder;
    m_placeholder = nullptr;
    m_timeAxis->setFormat(m_minutes >= 60 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    slideAxis(QDateTime::currentDateTime());
    applyPalette();
}

void HistoryChart::slideAxis(const QDateTime &now)
{
    // The time axis moves in steps of 1/60 of the range (5 s for 5 minutes), not on every
    // redraw: QtCharts lays every axis label out again (rich text) whenever the range moves,
    // and that was most of the dashboard's idle CPU. The newest point stays within one step
    // of the right edge; the span is always the whole range.
    const qint64 step = 1000LL * m_minutes;
    const qint64 end = (now.toMSecsSinceEpoch() + step - 1) / step * step;
    if (end == m_axisEnd && m_minutes == m_axisMinutes)
        return;
    m_axisEnd = end;
    m_axisMinutes = m_minutes;
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(end);
    m_timeAxis->setRange(to.addSecs(-60LL * m_minutes), to);
}

QDateTimeAxis *HistoryChart::timeAxis()
{
    ensureChart();
    return m_timeAxis;
}

QChart *HistoryChart::chart()
{
    ensureChart();
    return m_chart;
}

void HistoryChart::applyPalette()
{
    if (!m_chart)
        return;
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_chart->legend()->setLabelColor(text);
}

void HistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void HistoryChart::setDevices(const QList<Device> &devices)
{
    m_devices = devices;
    refresh();
}

void HistoryChart::setRangeMinutes(int minutes)
{
    m_minutes = minutes;
    if (QAbstractButton *b = m_ranges->button(minutes))
        b->setChecked(true);
    if (m_timeAxis)
        m_timeAxis->setFormat(minutes >= 60 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    redrawNow();
}

void HistoryChart::setGreyedOut(bool greyed)
{
    if (m_greyed == greyed)
        return;
    m_greyed = greyed;
    redrawNow();
}

void HistoryChart::refresh()
{
    if (m_pending.isActive())
        return;
    if (!m_sinceRedraw.isValid() || m_sinceRedraw.elapsed() >= 1000) {
        redrawNow();
        return;
    }
    m_pending.start(int(1000 - m_sinceRedraw.elapsed()));
}

HistoryChart::Lines &HistoryChart::linesFor(const Device &device, int index)
{
    auto it = m_lines.find(device.id);
    if (it != m_lines.end())
        return *it;
    Lines lines;
    const bool many = m_devices.size() > 1;
    lines.utilisation = new QLineSeries;
    lines.utilisation->setName(many ? tr("%1 utilisation").arg(device.label) : tr("Utilisation"));
    lines.memory = new QLineSeries;
    lines.memory->setName(many ? tr("%1 memory").arg(device.label) : tr("Memory"));
    const int hue = index % int(utilColors().size());
    lines.utilisation->setPen(QPen(utilColors().at(hue), 2));
    lines.memory->setPen(QPen(memoryColors().at(hue), 2));
    for (QLineSeries *s : {lines.utilisation, lines.memory}) {
        s->setUseOpenGL(false);
        m_chart->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
    }
    return *m_lines.insert(device.id, lines);
}

QList<QPointF> HistoryChart::points(const QString &device, studio::TelemetryHistory::Metric metric,
                                    double scale, qint64 from, qint64 to) const
{
    const QList<studio::TelemetryHistory::Point> raw = m_history->series(m_box, device, metric);
    QList<QPointF> out;
    out.reserve(kMaxPoints + 1);
    const qint64 bucket = std::max<qint64>(1, (to - from) / kMaxPoints);
    if (bucket <= 1000) { // short range: plot the samples themselves
        for (const auto &p : raw) {
            if (p.msecsSinceEpoch >= from)
                out.append(QPointF(double(p.msecsSinceEpoch), p.value * scale));
        }
        return out;
    }
    // Longer ranges: the mean of each bucket, so the point count stays bounded.
    qint64 bucketStart = -1;
    double sum = 0;
    int n = 0;
    const auto flush = [&] {
        if (n > 0)
            out.append(QPointF(double(bucketStart + bucket / 2), sum / n * scale));
        sum = 0;
        n = 0;
    };
    for (const auto &p : raw) {
        if (p.msecsSinceEpoch < from)
            continue;
        const qint64 b = from + (p.msecsSinceEpoch - from) / bucket * bucket;
        if (b != bucketStart) {
            flush();
            bucketStart = b;
        }
        sum += p.value;
        ++n;
    }
    flush();
    return out;
}

void HistoryChart::redrawNow(const QDateTime &now)
{
    m_pending.stop();
    m_sinceRedraw.start();
    ++m_redraws;
    if (m_devices.isEmpty() && !m_chart)
        return; // nothing to draw yet: no chart made
    ensureChart();
    const QDateTime from = now.addSecs(-60LL * m_minutes);
    slideAxis(now);
    if (!m_history)
        return;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = now.toMSecsSinceEpoch();
    using Metric = studio::TelemetryHistory::Metric;
    for (int i = 0; i < m_devices.size(); ++i) {
        const Device &device = m_devices.at(i);
        Lines &lines = linesFor(device, i);
        lines.utilisation->replace(points(device.id, Metric::Utilisation, 1.0, fromMs, toMs));
        if (device.memoryTotalBytes > 0) {
            lines.memory->replace(points(device.id, Metric::MemoryUsed,
                                         100.0 / device.memoryTotalBytes, fromMs, toMs));
        } else {
            lines.memory->clear();
        }
        const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
        const int hue = i % int(utilColors().size());
        lines.utilisation->setColor(m_greyed ? grey : utilColors().at(hue));
        lines.memory->setColor(m_greyed ? grey : memoryColors().at(hue));
    }
}

} // namespace c41::ui
