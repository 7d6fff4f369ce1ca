// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/galleryitem.h"

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace c41::ui {

class GalleryModel;

// The gallery's filters over a GalleryModel: the kind of file, the server, how recent
// (finished today, in the last 7 or 30 days) and free text (every word must appear
// in the prompt, the plain parameters or the file name, any case). Order is kept.
class GalleryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class DateRange { All, Today, Week, Month };

    explicit GalleryFilterModel(QObject *parent = nullptr);

    // The source must be a GalleryModel.
    void setSourceModel(QAbstractItemModel *model) override;
    GalleryModel *galleryModel() const { return m_gallery; }

    void setMediaKind(std::optional<jobs::MediaKind> kind);
    void setServer(const QString &server); // empty: all
    void setDateRange(DateRange range);
    void setText(const QString &text);
    // All at once, one re-filter.
    void setFilters(std::optional<jobs::MediaKind> kind, const QString &server, DateRange range,
                    const QString &text);
    // "Now" for the date ranges (tests); invalid: the clock.
    void setNow(const QDateTime &now);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void recompute();
    void refilter();

    GalleryModel *m_gallery = nullptr;
    std::optional<jobs::MediaKind> m_kind;
    QString m_server;
    DateRange m_range = DateRange::All;
    QStringList m_terms;
    QList<QByteArray> m_needles; // the terms, lower-case UTF-8
    QDateTime m_now;
    qint64 m_sinceMs = 0;
};

} // namespace c41::ui
