// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace c41::jobs {

using json = nlohmann::json;

namespace {

constexpr int kMaxSearchText = 600;
constexpr int kMaxSearchValue = 200;

// The parameters without the workflow graph (kilobytes a job, not searched), cut
// down by SQLite's JSON functions where it has them.
const QString kColumns = QStringLiteral(
    "id, kind, state, json_remove(params, '$.workflow'), title, server, outputs, finished,"
    " created");
const QString kColumnsPlain =
    QStringLiteral("id, kind, state, params, title, server, outputs, finished, created");

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

net::ApiError dbError(const QString &path, const QString &detail)
{
    return net::ApiError::make(net::ApiError::Kind::Config, path,
                               QCoreApplication::translate("c41", "the job database") +
                                   QStringLiteral(": ") + detail);
}

// A connection of its own for one scan, on the calling thread, removed after.
class ScanConnection
{
public:
    explicit ScanConnection(const QString &path)
        : m_path(path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("c41gallery-%1").arg(++counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    ~ScanConnection()
    {
        if (m_db.isOpen()) {
            if (m_inTransaction)
                QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScanConnection(const ScanConnection &) = delete;
    ScanConnection &operator=(const ScanConnection &) = delete;

    net::Status open()
    {
        if (!QFileInfo::exists(m_path))
            return dbError(m_path, QCoreApplication::translate("c41", "no such file"));
        if (!m_db.open())
            return dbError(m_path, m_db.lastError().text());
        // One read transaction: the queries below see one state of the database.
        m_inTransaction = QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
        return net::Done{};
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

struct Reader
{
    QString path;
    QHash<QString, QString> servers; // one shared string per server name
    GalleryScan scan;
    const std::atomic<bool> *cancel = nullptr;

    // Reads one row of kColumns: a succeeded job's outputs, or a pending id.
    void read(const QSqlQuery &q)
    {
        const qint64 id = q.value(0).toLongLong();
        scan.maxId = std::max(scan.maxId, id);
        const QString state = q.value(2).toString();
        if (state == u"queued" || state == u"dispatched" || state == u"running") {
            scan.pending.append(id);
            return;
        }
        if (state != u"succeeded")
            return;
        ++scan.succeededJobs;
        const json outputs = json::parse(q.value(6).toString().toStdString(), nullptr, false);
        const QStringList files =
            outputs.is_discarded() ? QStringList() : GalleryIndex::outputPaths(outputs);
        if (files.isEmpty())
            return;
        const json params = json::parse(q.value(3).toString().toStdString(), nullptr, false);
        const QString server = q.value(5).toString();
        auto shared = servers.find(server);
        if (shared == servers.end())
            shared = servers.insert(server, server);
        const QVariant finished = q.value(7);
        GalleryItem item;
        item.jobId = id;
        item.jobKind = kindFromName(q.value(1).toString()).value_or(JobKind::Image);
        item.finishedMs = finished.isNull() ? q.value(8).toLongLong() : finished.toLongLong();
        item.server = *shared;
        item.title = q.value(4).toString();
        if (item.title.isEmpty())
            item.title = kindName(item.jobKind);
        for (const QString &file : files) {
            item.path = file;
            item.media = GalleryIndex::mediaKindOf(file);
            item.searchText = GalleryIndex::searchText(
                item.title, params.is_discarded() ? json::object() : params, fileNameOf(file));
            scan.items.append(item);
        }
    }

    // SELECT <columns> FROM jobs <where>: with the workflow cut out by SQLite where
    // it can, else as stored. Then newest first (sorted here: SQLite would sort the
    // whole rows).
    net::Status run(QSqlDatabase &db, const QString &where, const QVariantList &binds)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        bool ok =
            q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs ") + where);
        if (!ok) // no JSON functions in this SQLite
            ok = q.prepare(QStringLiteral("SELECT ") + kColumnsPlain +
                           QStringLiteral(" FROM jobs ") + where);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!ok || !q.exec())
            return dbError(path, q.lastError().text());
        while (q.next()) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return dbError(path, QCoreApplication::translate("c41", "the read was cancelled"));
            read(q);
        }
        std::stable_sort(scan.items.begin(), scan.items.end(),
                         [](const GalleryItem &a, const GalleryItem &b) {
                             return a.finishedMs != b.finishedMs ? a.finishedMs > b.finishedMs
                                                                 : a.jobId > b.jobId;
                         });
        return net::Done{};
    }

    net::Status countSucceeded(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'succeeded'")) ||
            !q.next())
            return dbError(path, q.lastError().text());
        scan.totalSucceeded = q.value(0).toInt();
        return net::Done{};
    }
};

void appendValue(QString &out, const json &v)
{
    if (v.is_string()) {
        out += QString::fromStdString(v.get<std::string>()).left(kMaxSearchValue);
        out += u' ';
    } else if (v.is_number() || v.is_boolean()) {
        out += QString::fromStdString(v.dump());
        out += u' ';
    }
}

} // namespace

net::Result<GalleryScan> GalleryIndex::scanAll(const QString &databasePath,
                                               const std::atomic<bool> *cancel)
{
    ScanConnection connection(databasePath);
    if (auto s = connection.open(); !s.ok())
        return s.error();
    Reader reader{databasePath, {}, {}, cancel};
    if (auto s = reader.run(connection.db(),
                            QStringLiteral("WHERE state IN ('succeeded', 'queued', 'dispatched',"
                                           " 'running')"),
                            {});
        !s.ok())
        return s.error();
    QSqlQuery last(connection.db());
    if (last.exec(QStringLiteral("SELECT MAX(id) FROM jobs")) && last.next())
        reader.scan.maxId = std::max(reader.scan.maxId, last.value(0).toLongLong());
    if (auto s = reader.countSucceeded(connection.db()); !s.ok())
        return s.error();
    return std::move(reader.scan);
}

net::Result<GalleryScan> GalleryIndex::scanChanges(const QString &databasePath,
                                                   const QList<qint64> &pending, qint64 afterId)
{
    ScanConnection connection(databasePath);
    if (auto s = connection.open(); !s.ok())
        return s.error();
    Reader reader{databasePath, {}, {}, nullptr};
    reader.scan.maxId = afterId;
    // Ids are integers: written into the statement (no limit on bound values).
    QString ids;
    for (qint64 id : pending) {
        if (!ids.isEmpty())
            ids += u',';
        ids += QString::number(id);
    }
    if (auto s =
            reader.run(connection.db(),
                       QStringLiteral("WHERE id > ?") +
                           (ids.isEmpty() ? QString() : QStringLiteral(" OR id IN (") + ids + u')'),
                       {afterId});
        !s.ok())
        return s.error();
    if (auto s = reader.countSucceeded(connection.db()); !s.ok())
        return s.error();
    return std::move(reader.scan);
}

MediaKind GalleryIndex::mediaKindOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || dot < path.lastIndexOf(u'/'))
        return MediaKind::Other;
    const QString ext = path.mid(dot + 1).toLower();
    static const QStringList images{QStringLiteral("png"),  QStringLiteral("jpg"),
                                    QStringLiteral("jpeg"), QStringLiteral("webp"),
                                    QStringLiteral("gif"),  QStringLiteral("bmp"),
                                    QStringLiteral("tif"),  QStringLiteral("tiff")};
    static const QStringList videos{QStringLiteral("mp4"), QStringLiteral("webm"),
                                    QStringLiteral("avi"), QStringLiteral("mov"),
                                    QStringLiteral("mkv"), QStringLiteral("m4v")};
    static const QStringList audio{QStringLiteral("wav"),  QStringLiteral("flac"),
                                   QStringLiteral("mp3"),  QStringLiteral("ogg"),
                                   QStringLiteral("opus"), QStringLiteral("m4a")};
    if (images.contains(ext))
        return MediaKind::Image;
    if (videos.contains(ext))
        return MediaKind::Video;
    if (audio.contains(ext))
        return MediaKind::Audio;
    return MediaKind::Other;
}

QStringList GalleryIndex::outputPaths(const json &outputs)
{
    QStringList paths;
    if (!outputs.is_array())
        return paths;
    for (const json &o : outputs) {
        if (o.is_string())
            paths << QString::fromStdString(o.get<std::string>());
        else if (o.is_object() && o.contains("path") && o["path"].is_string())
            paths << QString::fromStdString(o["path"].get<std::string>());
    }
    paths.removeAll(QString());
    return paths;
}

QString GalleryIndex::parametersJson(const Job &job)
{
    const json &params = job.params.is_null() ? json::object() : job.params;
    return QString::fromStdString(params.dump(2, ' ', false, json::error_handler_t::replace));
}

QByteArray GalleryIndex::searchText(const QString &title, const json &params,
                                    const QString &fileName)
{
    QString out = title.left(kMaxSearchValue * 2);
    out += u' ';
    if (params.is_object()) {
        for (auto it = params.begin(); it != params.end() && out.size() < kMaxSearchText; ++it) {
            const std::string &key = it.key();
            if (key == "workflow" || key == "prompt" || key == "title")
                continue;
            if (it->is_object() || it->is_array()) {
                // One level down (e.g. "overrides": {"steps": 30}), plain values only.
                for (const json &v : *it)
                    appendValue(out, v);
                continue;
            }
            appendValue(out, *it);
        }
    }
    out = out.left(kMaxSearchText);
    out += fileName;
    return out.toLower().toUtf8();
}

} // namespace c41::jobs
