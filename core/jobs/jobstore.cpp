// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace c41::jobs {

using json = nlohmann::json;

namespace {
const char *const kSchemaV1[] = {
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL, target TEXT NOT NULL DEFAULT 'any', state TEXT NOT NULL,"
    " position REAL NOT NULL DEFAULT 0, params TEXT NOT NULL DEFAULT '{}',"
    " title TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',"
    " remote_id TEXT NOT NULL DEFAULT '', remote_accepted INTEGER NOT NULL DEFAULT 0,"
    " progress REAL NOT NULL DEFAULT 0, step TEXT NOT NULL DEFAULT '',"
    " eta INTEGER NOT NULL DEFAULT -1, error TEXT NOT NULL DEFAULT '',"
    " outputs TEXT NOT NULL DEFAULT '[]', output_dir TEXT NOT NULL DEFAULT '',"
    " created INTEGER NOT NULL, started INTEGER, finished INTEGER,"
    " attempts INTEGER NOT NULL DEFAULT 1, retry_of INTEGER NOT NULL DEFAULT 0,"
    " owner TEXT NOT NULL DEFAULT '', lease INTEGER NOT NULL DEFAULT 0,"
    " cancel_requested INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state, id)",
    "CREATE INDEX IF NOT EXISTS jobs_queue ON jobs(position, id) WHERE state = 'queued'",
    "CREATE INDEX IF NOT EXISTS jobs_by_kind ON jobs(kind, id)",
    "CREATE INDEX IF NOT EXISTS jobs_by_server ON jobs(server, id)",
    "CREATE INDEX IF NOT EXISTS jobs_active ON jobs(server) WHERE state IN ('dispatched', "
    "'running')",
    "CREATE INDEX IF NOT EXISTS jobs_by_remote ON jobs(remote_id)",
    "CREATE TABLE IF NOT EXISTS queue_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Substring search on titles (prompts): an FTS5 trigram index, where this
// SQLite has one (3.34+); else a LIKE scan.
const char *const kTextIndex[] = {
    "CREATE VIRTUAL TABLE IF NOT EXISTS jobs_fts USING fts5("
    " title, content='jobs', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS jobs_fts_ai AFTER INSERT ON jobs BEGIN"
    " INSERT INTO jobs_fts(rowid, title) VALUES (new.id, new.title); END",
    "CREATE TRIGGER IF NOT EXISTS jobs_fts_ad AFTER DELETE ON jobs BEGIN"
    " INSERT INTO jobs_fts(jobs_fts, rowid, title) VALUES ('delete', old.id, old.title); END",
    "CREATE TRIGGER IF NOT EXISTS jobs_fts_au AFTER UPDATE OF title ON jobs BEGIN"
    " INSERT INTO jobs_fts(jobs_fts, rowid, title) VALUES ('delete', old.id, old.title);"
    " INSERT INTO jobs_fts(rowid, title) VALUES (new.id, new.title); END",
};

const QString kColumns = QStringLiteral(
    "id, kind, target, state, position, params, server, remote_id, remote_accepted, progress,"
    " step, eta, error, outputs, output_dir, created, started, finished, attempts, retry_of,"
    " owner, lease, cancel_requested");

const QString kActive = QStringLiteral("('dispatched', 'running')");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

json parseOr(const QString &text, json fallback)
{
    json j = json::parse(text.toStdString(), nullptr, false);
    return j.is_discarded() ? fallback : j;
}

QString dump(const json &j)
{
    return QString::fromStdString(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

// Qt binds a null QString as NULL; the text columns are NOT NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString title(const Job &job)
{
    return job.title().left(500);
}
} // namespace

JobStore::JobStore(QString path)
    : m_path(std::move(path))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("c41jobs-%1").arg(++counter);
}

JobStore::~JobStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

net::ApiError JobStore::error(const QString &what, const QString &detail) const
{
    return net::ApiError::make(net::ApiError::Kind::Config, m_path,
                               what + QStringLiteral(": ") + detail);
}

net::Status JobStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return net::Done{};
}

bool JobStore::isOpen() const
{
    return m_db.isOpen();
}

net::Status JobStore::open()
{
    if (m_db.isOpen())
        return net::Done{};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return error(QCoreApplication::translate("c41", "cannot open the job database"),
                     m_db.lastError().text());
    for (const char *pragma :
         {"PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (auto s = exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    return migrate();
}

net::Status JobStore::migrate()
{
    const int version = schemaVersion();
    if (version > kSchemaVersion)
        return error(QCoreApplication::translate("c41", "the job database"),
                     QCoreApplication::translate(
                         "c41", "it was written by a newer C41 (schema %1, this one knows %2)")
                         .arg(version)
                         .arg(kSchemaVersion));
    if (version == kSchemaVersion) {
        m_textIndex = hasTextIndex();
        return net::Done{};
    }
    if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s;
    for (const char *sql : kSchemaV1) {
        if (auto s = exec(QString::fromLatin1(sql)); !s.ok()) {
            exec(QStringLiteral("ROLLBACK"));
            return s;
        }
    }
    exec(QStringLiteral("SAVEPOINT text_index"));
    bool textIndex = true;
    for (const char *sql : kTextIndex)
        textIndex = textIndex && exec(QString::fromLatin1(sql)).ok();
    exec(textIndex ? QStringLiteral("RELEASE text_index")
                   : QStringLiteral("ROLLBACK TO text_index"));
    if (auto s = exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)); !s.ok()) {
        exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    auto done = exec(QStringLiteral("COMMIT"));
    m_textIndex = hasTextIndex();
    return done;
}

bool JobStore::hasTextIndex()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'jobs_fts'")) &&
           q.next();
}

int JobStore::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 JobStore::dataVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

net::Result<bool> JobStore::changed(QSqlQuery &q)
{
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.numRowsAffected() > 0;
}

net::Result<QList<Job>> JobStore::select(QSqlQuery &q)
{
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    QList<Job> jobs;
    while (q.next()) {
        Job j;
        j.id = q.value(0).toLongLong();
        j.kind = kindFromName(q.value(1).toString()).value_or(JobKind::Image);
        j.target = q.value(2).toString();
        j.state = stateFromName(q.value(3).toString()).value_or(JobState::Lost);
        j.position = q.value(4).toDouble();
        j.params = parseOr(q.value(5).toString(), json::object());
        j.server = q.value(6).toString();
        j.remoteId = q.value(7).toString();
        j.remoteAccepted = q.value(8).toInt() != 0;
        j.progress = q.value(9).toDouble();
        j.step = q.value(10).toString();
        j.etaSeconds = q.value(11).toInt();
        j.error = q.value(12).toString();
        j.outputs = parseOr(q.value(13).toString(), json::array());
        j.outputDir = q.value(14).toString();
        j.created = fromMs(q.value(15));
        j.started = fromMs(q.value(16));
        j.finished = fromMs(q.value(17));
        j.attempts = q.value(18).toInt();
        j.retryOf = q.value(19).toLongLong();
        j.owner = q.value(20).toString();
        j.lease = q.value(21).toLongLong() > 0 ? fromMs(q.value(21)) : QDateTime();
        j.cancelRequested = q.value(22).toInt() != 0;
        jobs.append(std::move(j));
    }
    return jobs;
}

net::Result<qint64> JobStore::enqueue(const Job &job)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (kind, target, state, position, params, title, created, attempts,"
        " retry_of) VALUES (?, ?, 'queued',"
        " (SELECT COALESCE(MAX(position), 0) + 1 FROM jobs WHERE state = 'queued'),"
        " ?, ?, ?, ?, ?)"));
    q.addBindValue(kindName(job.kind));
    q.addBindValue(job.target.isEmpty() ? QStringLiteral("any") : job.target);
    q.addBindValue(dump(job.params));
    q.addBindValue(nn(title(job)));
    q.addBindValue(job.created.isValid() ? job.created.toMSecsSinceEpoch() : now());
    q.addBindValue(std::max(1, job.attempts));
    q.addBindValue(job.retryOf);
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "cannot add the job"),
                     q.lastError().text());
    return q.lastInsertId().toLongLong();
}

net::Result<Job> JobStore::job(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    auto jobs = select(q);
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return net::ApiError::make(net::ApiError::Kind::Config, m_path,
                                   QCoreApplication::translate("c41", "no job %1").arg(id));
    return jobs->first();
}

namespace {
// The FROM and WHERE clauses for a filter. A text filter on the trigram index
// drives the query from the index (newest match first), so a rare text costs
// its few matches and a frequent one stops at the first page.
QString where(const JobFilter &filter, QVariantList &binds, bool textIndex, bool *fromIndex)
{
    QStringList parts;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (JobState s : filter.states) {
            marks << QStringLiteral("?");
            binds << stateName(s);
        }
        parts << QStringLiteral("state IN (") + marks.join(u',') + u')';
    }
    if (filter.kind) {
        parts << QStringLiteral("kind = ?");
        binds << kindName(*filter.kind);
    }
    if (!filter.server.isEmpty()) {
        parts << QStringLiteral("server = ?");
        binds << filter.server;
    }
    if (textIndex && filter.text.size() >= 3) {
        // A trigram phrase query: a case-insensitive substring match, from the index.
        QString phrase = filter.text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        parts << QStringLiteral("jobs_fts MATCH ?");
        *fromIndex = true;
        binds << QString(u'"' + phrase + u'"');
    } else if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        parts << QStringLiteral("title LIKE ? ESCAPE '\\'");
        binds << QString(u'%' + pattern + u'%');
    }
    const QString from =
        *fromIndex ? QStringLiteral(" FROM jobs_fts CROSS JOIN jobs ON jobs.id = jobs_fts.rowid")
                   : QStringLiteral(" FROM jobs");
    if (parts.isEmpty())
        return from;
    return from + QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

net::Result<QList<Job>> JobStore::list(const JobFilter &filter)
{
    QVariantList binds;
    bool fromIndex = false;
    const QString clauses = where(filter, binds, m_textIndex, &fromIndex);
    const QString sql = QStringLiteral("SELECT ") + kColumns + clauses +
                        (!filter.newestFirst ? QStringLiteral(" ORDER BY position, id")
                         : fromIndex         ? QStringLiteral(" ORDER BY jobs_fts.rowid DESC")
                                             : QStringLiteral(" ORDER BY id DESC")) +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(filter.limit < 0 ? -1 : filter.limit);
    q.addBindValue(std::max(0, filter.offset));
    return select(q);
}

net::Result<int> JobStore::count(const JobFilter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool fromIndex = false;
    q.prepare(QStringLiteral("SELECT COUNT(*)") + where(filter, binds, m_textIndex, &fromIndex));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.value(0).toInt();
}

net::Result<QList<Job>> JobStore::queued()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM jobs WHERE state = 'queued' ORDER BY position, id"));
    return select(q);
}

net::Result<QList<Job>> JobStore::active()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE state IN ") +
              kActive + QStringLiteral(" ORDER BY id"));
    return select(q);
}

net::Result<int> JobStore::activeCount(const QString &server)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE server = ? AND state IN ") + kActive);
    q.addBindValue(nn(server));
    if (!q.exec() || !q.next())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.value(0).toInt();
}

net::Result<bool> JobStore::claim(qint64 id, const QString &owner, const QString &server,
                                  const QString &remoteId, int serverLimit)
{
    // One statement: SQLite runs it under the write lock, so the limit check
    // and the claim are atomic across processes.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'dispatched', owner = ?, lease = ?, server = ?, remote_id = ?,"
        " remote_accepted = 0, started = ?, step = '', progress = 0, error = ''"
        " WHERE id = ? AND state = 'queued' AND (? <= 0 OR (SELECT COUNT(*) FROM jobs"
        " WHERE server = ? AND state IN ('dispatched', 'running')) < ?)"));
    const qint64 t = now();
    q.addBindValue(nn(owner));
    q.addBindValue(t);
    q.addBindValue(nn(server));
    q.addBindValue(nn(remoteId));
    q.addBindValue(t);
    q.addBindValue(id);
    q.addBindValue(serverLimit);
    q.addBindValue(nn(server));
    q.addBindValue(serverLimit);
    return changed(q);
}

net::Result<bool> JobStore::markAccepted(qint64 id, const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'running', remote_accepted = 1, lease = ?"
                             " WHERE id = ? AND owner = ? AND state IN ") +
              kActive);
    q.addBindValue(now());
    q.addBindValue(id);
    q.addBindValue(nn(owner));
    return changed(q);
}

net::Result<bool> JobStore::setOutputDir(qint64 id, const QString &owner, const QString &dir)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE jobs SET output_dir = ? WHERE id = ? AND owner = ? AND state IN ") +
        kActive);
    q.addBindValue(nn(dir));
    q.addBindValue(id);
    q.addBindValue(nn(owner));
    return changed(q);
}

net::Result<bool> JobStore::setProgress(qint64 id, const QString &owner, double percent,
                                        const QString &step, int etaSeconds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET progress = ?, step = ?, eta = ?, lease = ?"
                             " WHERE id = ? AND owner = ? AND state IN ") +
              kActive);
    q.addBindValue(std::clamp(percent, 0.0, 100.0));
    q.addBindValue(nn(step));
    q.addBindValue(etaSeconds);
    q.addBindValue(now());
    q.addBindValue(id);
    q.addBindValue(nn(owner));
    return changed(q);
}

net::Result<bool> JobStore::finish(qint64 id, const QString &owner, JobState state,
                                   const QString &errorText, const json &outputs)
{
    QSqlQuery q(m_db);
    // The step was the running job's current one ("VAEDecode…"): a finished
    // job has none.
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, error = ?, outputs = ?, finished = ?,"
                             " progress = CASE WHEN ? THEN 100 ELSE progress END, eta = -1,"
                             " step = '',"
                             " owner = '', lease = 0 WHERE id = ? AND owner = ? AND state IN ") +
              kActive);
    q.addBindValue(stateName(state));
    q.addBindValue(nn(errorText));
    q.addBindValue(dump(outputs.is_array() ? outputs : json::array()));
    q.addBindValue(now());
    q.addBindValue(state == JobState::Succeeded ? 1 : 0);
    q.addBindValue(id);
    q.addBindValue(nn(owner));
    return changed(q);
}

net::Result<int> JobStore::renewLeases(const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET lease = ? WHERE owner = ? AND state IN ") + kActive);
    q.addBindValue(now());
    q.addBindValue(nn(owner));
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.numRowsAffected();
}

net::Result<bool> JobStore::takeOver(qint64 id, const QString &previousOwner, const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET owner = ?, lease = ? WHERE id = ? AND owner = ?"
                             " AND state IN ") +
              kActive);
    q.addBindValue(nn(owner));
    q.addBindValue(now());
    q.addBindValue(id);
    q.addBindValue(nn(previousOwner));
    return changed(q);
}

net::Result<int> JobStore::release(const QString &owner)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE jobs SET owner = '', lease = 0 WHERE owner = ? AND state IN ") +
        kActive);
    q.addBindValue(nn(owner));
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.numRowsAffected();
}

net::Result<bool> JobStore::cancel(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'cancelled', finished = ?,"
                             " error = '' WHERE id = ? AND state = 'queued'"));
    q.addBindValue(now());
    q.addBindValue(id);
    auto done = changed(q);
    if (!done || *done)
        return done;
    QSqlQuery flag(m_db);
    flag.prepare(QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND state IN ") +
                 kActive);
    flag.addBindValue(id);
    auto flagged = changed(flag);
    if (!flagged)
        return flagged.error();
    if (*flagged)
        return false;
    auto j = job(id);
    if (!j)
        return j.error();
    return net::ApiError::make(
        net::ApiError::Kind::Config, m_path,
        QCoreApplication::translate("c41", "job %1 has already finished (%2)")
            .arg(id)
            .arg(stateText(j->state)));
}

net::Result<qint64> JobStore::retry(qint64 id)
{
    auto j = job(id);
    if (!j)
        return j.error();
    if (!j->isFinished())
        return net::ApiError::make(net::ApiError::Kind::Config, m_path,
                                   QCoreApplication::translate("c41", "job %1 is still %2")
                                       .arg(id)
                                       .arg(stateText(j->state)));
    Job again;
    again.kind = j->kind;
    again.target = j->target;
    again.params = j->params;
    again.attempts = j->attempts + 1;
    again.retryOf = id;
    return enqueue(again);
}

net::Status JobStore::reorder(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return net::Done{};
    if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s;
    QList<double> positions;
    QList<qint64> present;
    for (qint64 id : ids) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT position FROM jobs WHERE id = ? AND state = 'queued'"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            positions << q.value(0).toDouble();
            present << id;
        }
    }
    std::sort(positions.begin(), positions.end());
    for (qsizetype i = 1; i < positions.size(); ++i) // equal positions: keep them distinct
        if (positions[i] <= positions[i - 1])
            positions[i] = positions[i - 1] + 1e-6;
    for (qsizetype i = 0; i < present.size(); ++i) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE jobs SET position = ? WHERE id = ?"));
        q.addBindValue(positions[i]);
        q.addBindValue(present[i]);
        if (!q.exec()) {
            exec(QStringLiteral("ROLLBACK"));
            return error(QCoreApplication::translate("c41", "cannot reorder the queue"),
                         q.lastError().text());
        }
    }
    return exec(QStringLiteral("COMMIT"));
}

net::Status JobStore::moveToFront(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE jobs SET position = (SELECT COALESCE(MIN(position), 0) - 1 FROM jobs"
                       " WHERE state = 'queued') WHERE id = ? AND state = 'queued'"));
    q.addBindValue(id);
    auto r = changed(q);
    if (!r)
        return r.error();
    return net::Done{};
}

net::Result<QList<qint64>> JobStore::queueOrder()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'queued' ORDER BY position, id")))
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

net::ApiError JobStore::notQueued(qint64 id)
{
    auto j = job(id);
    if (!j)
        return j.error();
    return net::ApiError::make(
        net::ApiError::Kind::Config, m_path,
        QCoreApplication::translate("c41", "job %1 is not waiting in the queue (it is %2)")
            .arg(id)
            .arg(stateText(j->state)));
}

net::Result<int>
JobStore::place(qint64 id,
                const std::function<net::Result<int>(const QList<qint64> &, int)> &target)
{
    if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s.ok())
        return s.error();
    auto rollback = [this](net::ApiError e) -> net::Result<int> {
        exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    QList<qint64> order;
    QList<double> positions;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, position FROM jobs WHERE state = 'queued' ORDER BY position, id")))
            return rollback(error(QCoreApplication::translate("c41", "the job database"),
                                  q.lastError().text()));
        while (q.next()) {
            order << q.value(0).toLongLong();
            positions << q.value(1).toDouble();
        }
    }
    const int from = int(order.indexOf(id));
    if (from < 0)
        return rollback(notQueued(id));
    auto to = target(order, from);
    if (!to)
        return rollback(to.error());
    const int dest = std::clamp(*to, 0, int(order.size()) - 1);
    if (dest == from) {
        exec(QStringLiteral("ROLLBACK"));
        return from;
    }
    QList<qint64> moved = order;
    moved.move(from, dest);
    // The jobs between the two places take the slots they occupy, in the new
    // order; if slots are shared (equal positions), the whole queue is renumbered.
    int lo = std::min(from, dest);
    int hi = std::max(from, dest);
    bool distinct = true;
    for (int i = std::max(1, lo); i <= std::min(hi + 1, int(positions.size()) - 1); ++i)
        distinct = distinct && positions[i] > positions[i - 1];
    if (!distinct) {
        lo = 0;
        hi = int(moved.size()) - 1;
        for (int i = 0; i < positions.size(); ++i)
            positions[i] = i + 1;
    }
    for (int i = lo; i <= hi; ++i) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE jobs SET position = ? WHERE id = ?"));
        q.addBindValue(positions[i]);
        q.addBindValue(moved[i]);
        if (!q.exec())
            return rollback(error(QCoreApplication::translate("c41", "cannot reorder the queue"),
                                  q.lastError().text()));
    }
    if (auto s = exec(QStringLiteral("COMMIT")); !s.ok())
        return rollback(s.error());
    return dest;
}

net::Result<int> JobStore::move(qint64 id, QueueMove where)
{
    return place(id, [where](const QList<qint64> &order, int from) -> net::Result<int> {
        switch (where) {
        case QueueMove::Top:
            return 0;
        case QueueMove::Up:
            return std::max(0, from - 1);
        case QueueMove::Down:
            return std::min(int(order.size()) - 1, from + 1);
        case QueueMove::Bottom:
            break;
        }
        return int(order.size()) - 1;
    });
}

net::Result<int> JobStore::moveBefore(qint64 id, qint64 beforeId)
{
    return place(id,
                 [this, id, beforeId](const QList<qint64> &order, int from) -> net::Result<int> {
                     if (beforeId == 0)
                         return int(order.size()) - 1;
                     if (beforeId == id)
                         return from;
                     const int other = int(order.indexOf(beforeId));
                     if (other < 0)
                         return notQueued(beforeId);
                     return other > from ? other - 1 : other; // its index once the job is taken out
                 });
}

net::Status JobStore::setPaused(bool paused)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO queue_settings (key, value) VALUES ('paused', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(paused ? QStringLiteral("1") : QStringLiteral("0"));
    auto r = changed(q);
    if (!r)
        return r.error();
    return net::Done{};
}

bool JobStore::isPaused()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM queue_settings WHERE key = 'paused'")) && q.next())
        return q.value(0).toString() == u'1';
    return false;
}

net::Result<int> JobStore::purgeFinished(const QDateTime &before)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE state IN ('succeeded', 'failed',"
                             " 'cancelled', 'lost') AND finished < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    if (!q.exec())
        return error(QCoreApplication::translate("c41", "the job database"), q.lastError().text());
    return q.numRowsAffected();
}

} // namespace c41::jobs
