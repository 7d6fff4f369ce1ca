// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLabel>

namespace c41::ui {

// A word-wrapped QLabel that remembers its height for a width. QLabel lays its whole text
// out again on every heightForWidth() call, and a layout pass asks several times for each
// label; the dashboard relays out its cards whenever a figure changes, so that layout work
// was most of its idle CPU. The answer is kept until the text, font or style change.
class WrapLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QString m_heightsFor;
    mutable QHash<int, int> m_heights;
};

} // namespace c41::ui
