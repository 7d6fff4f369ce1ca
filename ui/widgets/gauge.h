// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

#include <optional>

namespace c41::ui {

// A round gauge: a 270° arc filled to `fraction`, the value in the middle, the caption
// under it and a detail line (e.g. "41.2 / 96 GiB"). An unknown value shows an empty
// arc and "—", never 0. The arc turns amber from `warnAt` and red from `alertAt`.
// Painted with palette roles, so it follows the light or dark scheme.
class Gauge final : public QWidget
{
    Q_OBJECT
public:
    explicit Gauge(QString caption, QWidget *parent = nullptr);

    void setValue(std::optional<double> fraction, const QString &valueText,
                  const QString &detail = {});
    void setThresholds(double warnAt, double alertAt);
    void setCaption(const QString &caption);

    std::optional<double> fraction() const { return m_fraction; }
    QString valueText() const { return m_valueText; }
    QString detail() const { return m_detail; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleText();
    static int arcStep(std::optional<double> fraction);
    int band(std::optional<double> fraction) const;

    QString m_caption;
    std::optional<double> m_fraction;
    std::optional<double> m_drawnFraction; // what the arc shows (see setValue)
    QString m_valueText;
    QString m_detail;
    double m_warnAt = 0.8;
    double m_alertAt = 0.95;
    QPixmap m_track; // the empty arc, for m_trackKey (size, pixel ratio, colour)
    QString m_trackKey;
};

} // namespace c41::ui
