// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace c41::studio {
class StudioMonitor;
class TelemetryService;
} // namespace c41::studio

namespace c41::ui {

class BoxCard;

// Every box of the studio at a glance: one BoxCard per box, laid out in as many
// columns as the width allows, live from the TelemetryService (figures, history,
// loaded models) and the StudioMonitor (server states). It never talks to a server:
// an Unload click comes out as unloadRequested(), and the app answers with
// showUnloadResult().
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinCardWidth = 560;

    DashboardPage(studio::TelemetryService *telemetry, studio::StudioMonitor *monitor,
                  QWidget *parent = nullptr);

    BoxCard *card(const QString &box) const { return m_cards.value(box); }
    QStringList boxes() const { return m_order; }
    int columnCount() const { return m_columns; }

public Q_SLOTS:
    // error empty: the model was unloaded.
    void showUnloadResult(const QString &box, const QString &server, const QString &model,
                          const QString &error);

Q_SIGNALS:
    void unloadRequested(const QString &box, const QString &server, const QString &model);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addCard(const QString &box, const QString &title);
    void onTelemetry(const QString &box);
    void onServerChanged(const QString &server);
    void updateServers(const QString &box);
    void relayout();
    bool unseen() const;
    void catchUp();

    studio::TelemetryService *m_telemetry;
    studio::StudioMonitor *m_monitor;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QLabel *m_subtitle;
    QHash<QString, BoxCard *> m_cards;
    QStringList m_order;
    int m_columns = 0;
    // Boxes whose figures or servers changed while the page was hidden (another page
    // shown, or the window in the tray): brought up to date when it shows again.
    QSet<QString> m_staleTelemetry;
    QSet<QString> m_staleServers;
    QPointer<QWidget> m_watchedWindow; // for its minimising and restoring
};

} // namespace c41::ui
