// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace c41::ui {

// Paints a progress bar in a cell when the index says its job runs
// (`activeRole` true, percent in `progressRole`); otherwise the cell's text.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    JobProgressDelegate(int progressRole, int activeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_progressRole;
    int m_activeRole;
};

} // namespace c41::ui
