// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace c41::ui {

// One line of plain text that shrinks with its layout: elided with "…" when it does not
// fit, with the whole text in the tooltip and the accessible name. For names a server
// chooses (models, GPUs), which can be any length.
class ElidedLabel final : public QWidget
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace c41::ui
