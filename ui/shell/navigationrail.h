// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QIcon>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace c41::ui {

// The vertical strip on the left of the main window: one checkable button per page
// (icon over a short label), exactly one checked. Items are kept sorted by `order`;
// items with order >= BottomOrder sit at the bottom of the rail (Settings).
class NavigationRail final : public QFrame
{
    Q_OBJECT
public:
    static constexpr int BottomOrder = 1000;

    explicit NavigationRail(QWidget *parent = nullptr);

    // Adds a button; returns its position from the top.
    int addItem(const QString &id, const QString &iconPath, const QString &title, int order,
                const QString &toolTip = {});
    void setCurrent(const QString &id);
    QString current() const;
    QStringList ids() const; // top to bottom
    QToolButton *button(const QString &id) const;
    // A fixed icon instead of the recoloured SVG.
    void setIcon(const QString &id, const QIcon &icon);

Q_SIGNALS:
    void currentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QString id;
        QString iconPath;
        int order = 0;
        QIcon fixedIcon;
        QToolButton *button = nullptr;
    };
    void relayout();
    void applyStyleSheet();
    void applyIcons(); // every icon, recoloured for the palette, and the style sheet

    QList<Item> m_items;
    QButtonGroup *m_group;
    QVBoxLayout *m_layout;
    int m_buttonWidth = 76; // one width for all: the widest title fits (German "Einstellungen")
};

} // namespace c41::ui
