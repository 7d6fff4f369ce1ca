// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatepicker.h"

#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/workflowvalidator.h"
#include "studio/createcatalog.h"

#include <QScopedValueRollback>

namespace c41::ui {

using backends::WorkflowTemplate;

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

TemplatePicker::TemplatePicker(studio::CreateCatalog *catalog, QWidget *parent)
    : QTreeWidget(parent)
    , m_catalog(catalog)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setAccessibleName(tr("Templates"));
    setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 4px 2px; }"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, kIdRole).toString() : QString();
        if (!m_filling && !id.isEmpty())
            Q_EMIT chosen(id);
    });
    refill();
}

void TemplatePicker::setImported(const QList<WorkflowTemplate> &imported)
{
    m_imported = imported;
    refill();
}

QStringList TemplatePicker::missingPacks(const backends::Workflow &workflow) const
{
    QStringList missing;
    for (const QString &server : m_catalog->comfyServers()) {
        const studio::CreateComfyServer *s = m_catalog->comfy(server);
        if (!s || !s->info)
            continue;
        const QStringList packs = backends::WorkflowValidator::missingPacks(
            backends::WorkflowValidator::validate(workflow, *s->info, server));
        if (packs.isEmpty())
            return {};
        missing = packs;
    }
    return missing;
}

void TemplatePicker::refill()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const QString selected = currentId();
    clear();
    QFont bold = font();
    bold.setBold(true);
    auto group = [&](const QString &text) {
        auto *item = new QTreeWidgetItem(this, {text});
        item->setFlags(Qt::ItemIsEnabled);
        item->setFont(0, bold);
        return item;
    };
    auto add = [&](QTreeWidgetItem *parent, const WorkflowTemplate &t) {
        auto *item = new QTreeWidgetItem(parent, {t.name});
        item->setData(0, kIdRole, t.id);
        QString tip = t.description;
        const QStringList missing = missingPacks(t.workflow);
        if (!missing.isEmpty()) {
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            tip +=
                u'\n' + tr("No server has %1 installed.").arg(missing.join(QStringLiteral(", ")));
        }
        item->setToolTip(0, tip.trimmed());
        return item;
    };
    const QList<std::pair<QString, QString>> groups{{QStringLiteral("image"), tr("Images")},
                                                    {QStringLiteral("video"), tr("Videos")},
                                                    {QStringLiteral("lipsync"), tr("Lip-sync")},
                                                    {QStringLiteral("v2a"), tr("Video to audio")}};
    const backends::TemplateLibrary &library = backends::TemplateLibrary::shipped();
    for (const auto &[kind, title] : groups) {
        const QList<WorkflowTemplate> list = library.ofKind(kind);
        if (list.isEmpty())
            continue;
        QTreeWidgetItem *parent = group(title);
        for (const WorkflowTemplate &t : list)
            add(parent, t);
    }
    QTreeWidgetItem *speech = group(tr("Speech"));
    auto *tts = new QTreeWidgetItem(speech, {tr("Text to speech")});
    tts->setData(0, kIdRole, kTtsId);
    tts->setToolTip(0, tr("Say a text with a voice of a speech server (OpenAI-style API)"));
    if (!m_imported.isEmpty()) {
        QTreeWidgetItem *imported = group(tr("Imported"));
        for (const WorkflowTemplate &t : std::as_const(m_imported))
            add(imported, t)->setToolTip(0, t.id);
    }
    expandAll();
    select(selected);
}

bool TemplatePicker::select(const QString &id)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (!id.isEmpty() && (*it)->data(0, kIdRole).toString() == id) {
            setCurrentItem(*it);
            scrollToItem(*it);
            return true;
        }
    }
    return false;
}

QString TemplatePicker::currentId() const
{
    return currentItem() ? currentItem()->data(0, kIdRole).toString() : QString();
}

} // namespace c41::ui
