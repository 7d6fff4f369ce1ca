// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace c41::studio {
class StudioMonitor;
}

namespace c41::ui {

class NavigationRail;

// The one window: a navigation rail on the left, the pages in a stack, and a status
// bar with where the studio comes from, how many servers are up and the last check.
// Pages are plain widgets added by the app (app/c41main.cpp); the window knows none
// of them. Geometry, dock state and the current page are kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(studio::StudioMonitor *monitor, QString sourceLabel, QWidget *parent = nullptr);

    // Adds `page` (the window takes ownership) under `id` with its rail button.
    // The rail keeps the canonical order (dashboard, models, chat, create, jobs, gallery,
    // then unknown ids, settings last at the bottom) whatever the call order.
    // An empty `shortcut` takes defaultShortcut(id) (Ctrl+1 … Ctrl+7). Returns false when
    // the id is taken.
    bool addPage(const QString &id, const QIcon &icon, const QString &title, QWidget *page,
                 const QKeySequence &shortcut = {});
    // Same, with the icon from an SVG resource recoloured for the palette (and again
    // when the palette changes): ":/c41/icons/<id>.svg" when iconPath is empty.
    bool addPage(const QString &id, const QString &title, QWidget *page,
                 const QString &iconPath = {}, const QKeySequence &shortcut = {});

    static QKeySequence defaultShortcut(const QString &id);
    static int canonicalOrder(const QString &id);

    bool setCurrentPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const;
    QStringList pageIds() const; // rail order, top to bottom
    NavigationRail *rail() const { return m_rail; }

    // QSettings (organisation/application names of the QApplication).
    void restoreWindowState();
    void saveWindowState() const;

Q_SIGNALS:
    void currentPageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateSummary();

    studio::StudioMonitor *m_monitor;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_checked;
    QHash<QString, QWidget *> m_pages;
};

} // namespace c41::ui
