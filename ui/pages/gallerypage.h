// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace c41::jobs {
class JobQueue;
class JobStore;
} // namespace c41::jobs

namespace c41::ui {

class GalleryDelegate;
class GalleryFilterModel;
class GalleryModel;
class Thumbnailer;

// The Gallery page: every output of the studio's succeeded jobs as a grid of
// thumbnails (images; a video's poster frame; an audio file's waveform; else the
// kind's icon and the file name), newest first, made lazily for the tiles on screen.
// Filters by kind, server, date and text (prompt and parameters). Actions on the
// selected output: Open (double-click, Return), Reveal (its folder), Copy parameters
// (the job's parameters as JSON) and Re-run (rerunRequested(); the app queues it).
// Cheap to construct: the contents are built, and the job history read, on first show.
class GalleryPage final : public QWidget
{
    Q_OBJECT
public:
    GalleryPage(jobs::JobStore *store, jobs::JobQueue *queue, QWidget *parent = nullptr);
    ~GalleryPage() override;

    // Builds the contents now (showing the page does it too).
    void ensureBuilt();
    bool isBuilt() const { return m_model != nullptr; }

    // The folder for saved thumbnails (default: the user's cache folder/thumbnails);
    // empty: none are saved. Takes effect at build.
    void setThumbnailCacheDir(const QString &dir);

    GalleryModel *model() const { return m_model; }
    GalleryFilterModel *filterModel() const { return m_filter; }
    Thumbnailer *thumbnailer() const { return m_thumbnailer; }
    QListView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *serverFilter() const { return m_serverFilter; }
    QComboBox *dateFilter() const { return m_dateFilter; }
    QLineEdit *textFilter() const { return m_textFilter; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *rerunButton() const { return m_rerun; }

    bool selectPath(const QString &path); // false if it is not shown
    QString selectedPath() const;
    qint64 selectedJobId() const; // 0: none
    bool isEmptyStateShown() const;
    bool isNoMatchShown() const;
    QString message() const; // the last action's result or error
    QString summary() const;

    // The app's answer to rerunRequested(): `newJobId` > 0, or an error in words.
    void showRerunResult(qint64 jobId, qint64 newJobId, const QString &error);

public Q_SLOTS:
    // Reads the job history again soon (for a signal that jobs changed).
    void scheduleRefresh();

Q_SIGNALS:
    // Run the job again with the same parameters (the Jobs page's Re-run).
    void rerunRequested(qint64 jobId);
    // The empty state's button: go to the Create page.
    void createRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void applyFilter();
    void updateServers();
    void updateState();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void openSelected();
    void revealSelected();
    void copyParameters();
    void rerunSelected();
    void clearFilters();
    void fitTiles(); // tiles grow to fill the grid's width
    QSize thumbnailSize() const;

    jobs::JobStore *m_store;
    jobs::JobQueue *m_queue;
    QString m_cacheDir;
    bool m_cacheDirSet = false;

    GalleryModel *m_model = nullptr;
    GalleryFilterModel *m_filter = nullptr;
    Thumbnailer *m_thumbnailer = nullptr;
    QStackedWidget *m_stack = nullptr;     // empty state | content
    QStackedWidget *m_gridStack = nullptr; // grid | no match
    QListView *m_view = nullptr;
    GalleryDelegate *m_delegate = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_serverFilter = nullptr;
    QComboBox *m_dateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_textDebounce = nullptr;
    QTimer *m_repaint = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_rerun = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QList<QAction *> m_actions;
};

} // namespace c41::ui
