// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

namespace c41::jobs {
class JobQueue;
}

namespace c41::ui {

// The voice of a lip-sync from a text-to-speech take: the latest finished TTS
// jobs of the queue (text and length), read when the menu opens, and "Make a new
// take…".
class TtsTakeMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit TtsTakeMenu(jobs::JobQueue *queue, QWidget *parent = nullptr);

Q_SIGNALS:
    void takeChosen(const QString &path);
    void newTakeRequested();

private:
    void fill();

    QPointer<jobs::JobQueue> m_queue;
};

} // namespace c41::ui
