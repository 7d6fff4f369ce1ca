// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryfiltermodel.h"

#include "gallerymodel.h"

#include <string_view>

namespace c41::ui {

GalleryFilterModel::GalleryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void GalleryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_gallery = qobject_cast<GalleryModel *>(model);
    Q_ASSERT_X(!model || m_gallery, "GalleryFilterModel", "the source must be a GalleryModel");
    QSortFilterProxyModel::setSourceModel(m_gallery);
}

void GalleryFilterModel::setMediaKind(std::optional<jobs::MediaKind> kind)
{
    setFilters(kind, m_server, m_range, m_terms.join(u' '));
}

void GalleryFilterModel::setServer(const QString &server)
{
    setFilters(m_kind, server, m_range, m_terms.join(u' '));
}

void GalleryFilterModel::setDateRange(DateRange range)
{
    setFilters(m_kind, m_server, range, m_terms.join(u' '));
}

void GalleryFilterModel::setText(const QString &text)
{
    setFilters(m_kind, m_server, m_range, text);
}

void GalleryFilterModel::setNow(const QDateTime &now)
{
    m_now = now;
    recompute();
    refilter();
}

void GalleryFilterModel::setFilters(std::optional<jobs::MediaKind> kind, const QString &server,
                                    DateRange range, const QString &text)
{
    const QStringList terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    const bool same = kind == m_kind && server == m_server && range == m_range && terms == m_terms;
    m_kind = kind;
    m_server = server;
    m_range = range;
    m_terms = terms;
    m_needles.clear();
    for (const QString &term : terms)
        m_needles << term.toUtf8();
    const qint64 since = m_sinceMs;
    recompute();
    // "Today" moves with the clock: filter again when the date range is set again.
    if (!same || since != m_sinceMs)
        refilter();
}

void GalleryFilterModel::refilter()
{
    // The mapping is rebuilt in one pass (a layout change) rather than with
    // invalidateFilter(), whose row-by-row removals and insertions of scattered rows
    // take seconds over 100k outputs.
    invalidate();
}

void GalleryFilterModel::recompute()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    switch (m_range) {
    case DateRange::All:
        m_sinceMs = 0;
        break;
    case DateRange::Today:
        m_sinceMs = now.toLocalTime().date().startOfDay().toMSecsSinceEpoch();
        break;
    case DateRange::Week:
        m_sinceMs = now.addDays(-7).toMSecsSinceEpoch();
        break;
    case DateRange::Month:
        m_sinceMs = now.addDays(-30).toMSecsSinceEpoch();
        break;
    }
}

bool GalleryFilterModel::isFiltering() const
{
    return m_kind || !m_server.isEmpty() || m_range != DateRange::All || !m_terms.isEmpty();
}

bool GalleryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_gallery || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_gallery->rowCount())
        return false;
    const jobs::GalleryItem &item = m_gallery->itemAt(sourceRow);
    if (m_kind && item.media != *m_kind)
        return false;
    if (!m_server.isEmpty() && item.server != m_server)
        return false;
    if (m_sinceMs > 0 && item.finishedMs < m_sinceMs)
        return false;
    const std::string_view text(item.searchText.constData(), size_t(item.searchText.size()));
    for (const QByteArray &needle : m_needles)
        if (text.find(std::string_view(needle.constData(), size_t(needle.size()))) ==
            std::string_view::npos)
            return false;
    return true;
}

} // namespace c41::ui
