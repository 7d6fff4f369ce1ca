// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationrail.h"

#include "widgets/tintedicon.h"

#include <QButtonGroup>
#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace c41::ui {

NavigationRail::NavigationRail(QWidget *parent)
    : QFrame(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setAccessibleName(tr("Pages"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_layout->setContentsMargins(6, 10, 6, 10);
    m_layout->setSpacing(4);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *b, bool on) {
        if (on)
            Q_EMIT currentChanged(b->property("pageId").toString());
    });
}

int NavigationRail::addItem(const QString &id, const QString &iconPath, const QString &title,
                            int order, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("rail_") + id);
    button->setProperty("pageId", id);
    button->setText(title);
    button->setAccessibleName(title);
    button->setToolTip(toolTip.isEmpty() ? title : toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(24, 24));
    const int wanted = button->fontMetrics().horizontalAdvance(title) + 16;
    if (wanted > m_buttonWidth) {
        m_buttonWidth = wanted;
        for (const Item &item : std::as_const(m_items))
            item.button->setFixedWidth(m_buttonWidth);
    }
    button->setFixedWidth(m_buttonWidth);
    button->setMinimumHeight(58);
    button->setFocusPolicy(Qt::TabFocus);
    m_group->addButton(button);

    int pos = 0;
    while (pos < m_items.size() && m_items[pos].order <= order)
        ++pos;
    m_items.insert(pos, Item{id, iconPath, order, QIcon(), button});
    relayout();
    // Only the new button's icon: re-tinting every icon on each add read each SVG again.
    applyStyleSheet();
    button->setIcon(tintedIcon(iconPath, palette().color(QPalette::WindowText),
                               palette().color(QPalette::Highlight)));
    if (m_items.size() == 1)
        button->setChecked(true);
    return pos;
}

void NavigationRail::relayout()
{
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0); // the buttons stay, only the layout items go
    bool stretched = false;
    for (const Item &item : std::as_const(m_items)) {
        if (!stretched && item.order >= BottomOrder) {
            m_layout->addStretch(1);
            stretched = true;
        }
        m_layout->addWidget(item.button, 0, Qt::AlignHCenter);
    }
    if (!stretched)
        m_layout->addStretch(1);
}

void NavigationRail::applyStyleSheet()
{
    const QColor checked = palette().color(QPalette::Highlight);
    // The checked page: a soft pill in the highlight colour, computed from the palette so
    // it follows the light or dark scheme.
    QColor pill = checked;
    pill.setAlphaF(0.16);
    QColor hover = palette().color(QPalette::WindowText);
    hover.setAlphaF(0.07);
    const QString sheet =
        QStringLiteral("QToolButton { border: none; border-radius: 10px; padding: 6px 2px; }"
                       "QToolButton:hover { background: %1; }"
                       "QToolButton:checked { background: %2; color: %3; }")
            .arg(hover.name(QColor::HexArgb), pill.name(QColor::HexArgb), checked.name());
    if (sheet != styleSheet()) // restyling is not free: only when the palette changed
        setStyleSheet(sheet);
}

void NavigationRail::applyIcons()
{
    const QColor normal = palette().color(QPalette::WindowText);
    const QColor checked = palette().color(QPalette::Highlight);
    applyStyleSheet();
    for (const Item &item : std::as_const(m_items)) {
        item.button->setIcon(item.fixedIcon.isNull() ? tintedIcon(item.iconPath, normal, checked)
                                                     : item.fixedIcon);
    }
}

void NavigationRail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QFrame::changeEvent(event);
}

void NavigationRail::setCurrent(const QString &id)
{
    if (QToolButton *b = button(id))
        b->setChecked(true);
}

QString NavigationRail::current() const
{
    QAbstractButton *b = m_group->checkedButton();
    return b ? b->property("pageId").toString() : QString();
}

QStringList NavigationRail::ids() const
{
    QStringList out;
    for (const Item &item : m_items)
        out << item.id;
    return out;
}

void NavigationRail::setIcon(const QString &id, const QIcon &icon)
{
    for (Item &item : m_items) {
        if (item.id == id) {
            item.fixedIcon = icon;
            item.button->setIcon(icon);
        }
    }
}

QToolButton *NavigationRail::button(const QString &id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return item.button;
    }
    return nullptr;
}

} // namespace c41::ui
