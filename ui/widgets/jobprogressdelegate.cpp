// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobprogressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace c41::ui {

JobProgressDelegate::JobProgressDelegate(int progressRole, int activeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_progressRole(progressRole)
    , m_activeRole(activeRole)
{
}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!index.data(m_activeRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, then the bar inset in the cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int percent = qBound(0, qRound(index.data(m_progressRole).toDouble()), 100);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(6, 5, -6, -5);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.text = QStringLiteral("%1%").arg(percent);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace c41::ui
