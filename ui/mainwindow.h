// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

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
// Start-up: only the current page joins the stack (and is laid out and polished) before
// the first paint; the others join when first shown, and pages added with a factory are
// only built then. afterFirstPaint() defers work until the window has been painted.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    using PageFactory = std::function<QWidget *()>;

    MainWindow(studio::StudioMonitor *monitor, QString sourceLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    // Same, but the page is built by `factory` the first time it is shown or asked for
    // with page(): start-up pays only for the rail button.
    bool addPage(const QString &id, const QString &title, PageFactory factory,
                 const QString &iconPath = {}, const QKeySequence &shortcut = {});

    // Runs `callback` once, just after the window's first paint (at once when it was
    // painted already); nothing if `context` is gone by then. For work the first frame
    // does not need: the first server round, databases, the tray.
    void afterFirstPaint(QObject *context, std::function<void()> callback);
    bool isPainted() const { return m_painted; }

    static QKeySequence defaultShortcut(const QString &id);
    static int canonicalOrder(const QString &id);

    bool setCurrentPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const;    // builds a factory page
    bool isPageBuilt(const QString &id) const; // false for a factory page not built yet
    QStringList pageIds() const;               // rail order, top to bottom
    NavigationRail *rail() const { return m_rail; }

    // QSettings (organisation/application names of the QApplication).
    void restoreWindowState();
    void saveWindowState() const;

Q_SIGNALS:
    void currentPageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool addEntry(const QString &id, const QString &title, const QString &iconPath,
                  const QKeySequence &shortcut);
    QWidget *build(const QString &id) const;
    void updateSummary();

    studio::StudioMonitor *m_monitor;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_checked;
    mutable QHash<QString, QWidget *> m_pages;       // built pages
    mutable QHash<QString, PageFactory> m_factories; // pages not built yet
    // Built pages that have not joined the stack yet: parked under a widget that is
    // never shown, so they are neither laid out nor polished before they are needed.
    std::unique_ptr<QWidget> m_parking;
    bool m_painted = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_afterPaint;
};

} // namespace c41::ui
