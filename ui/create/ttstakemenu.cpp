// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttstakemenu.h"

#include "jobs/jobdispatcher.h" // JobQueue holds a QPointer<JobDispatcher>
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "mediafile.h"

#include <QFileInfo>

namespace c41::ui {

TtsTakeMenu::TtsTakeMenu(jobs::JobQueue *queue, QWidget *parent)
    : QMenu(parent)
    , m_queue(queue)
{
    connect(this, &QMenu::aboutToShow, this, &TtsTakeMenu::fill);
}

void TtsTakeMenu::fill()
{
    clear();
    QList<jobs::Job> takes;
    if (m_queue && m_queue->store()) {
        jobs::JobFilter filter;
        filter.kind = jobs::JobKind::Tts;
        filter.states = {jobs::JobState::Succeeded};
        filter.limit = 12;
        if (auto list = m_queue->store()->list(filter))
            takes = *list;
    }
    for (const jobs::Job &job : std::as_const(takes)) {
        QString path;
        for (const nlohmann::json &f : job.outputs)
            if (f.is_string() && path.isEmpty())
                path = QString::fromStdString(f.get<std::string>());
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        QString label = job.title();
        if (label.size() > 48)
            label = label.left(47) + QStringLiteral("…");
        if (const auto seconds = MediaFile::wavSeconds(path))
            label += QStringLiteral(" · ") + MediaFile::durationText(*seconds);
        QAction *action = addAction(label);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT takeChosen(path); });
    }
    if (isEmpty()) {
        QAction *none = addAction(tr("No finished TTS take yet"));
        none->setEnabled(false);
    }
    addSeparator();
    connect(addAction(tr("Make a new take…")), &QAction::triggered, this,
            &TtsTakeMenu::newTakeRequested);
}

} // namespace c41::ui
