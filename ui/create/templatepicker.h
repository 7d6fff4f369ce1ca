// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/comfyui/templatelibrary.h"

#include <QList>
#include <QTreeWidget>

namespace c41::studio {
class CreateCatalog;
}

namespace c41::ui {

// The Create page's list of what can be made: the shipped templates grouped by
// kind (images, videos, lip-sync, video to audio), text to speech, and imported
// workflows. A template no loaded server has the node packs for is greyed, with
// the packs in its tooltip.
class TemplatePicker final : public QTreeWidget
{
    Q_OBJECT
public:
    static inline const QString kTtsId = QStringLiteral("tts"); // the speech entry

    explicit TemplatePicker(studio::CreateCatalog *catalog, QWidget *parent = nullptr);

    // Rebuilds the list (keeps the current entry); call when a server's nodes change.
    void refill();
    void setImported(const QList<backends::WorkflowTemplate> &imported);
    // Makes `id` current, without emitting chosen(). False when absent.
    bool select(const QString &id);
    QString currentId() const;

Q_SIGNALS:
    // The user moved to another entry.
    void chosen(const QString &id);

private:
    // The packs every loaded server lacks for `workflow` ("" list: one can run it,
    // or none has answered yet).
    QStringList missingPacks(const backends::Workflow &workflow) const;

    studio::CreateCatalog *m_catalog;
    QList<backends::WorkflowTemplate> m_imported;
    bool m_filling = false;
};

} // namespace c41::ui
