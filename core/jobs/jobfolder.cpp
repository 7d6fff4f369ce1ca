// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobfolder.h"

#include <QDir>
#include <QSaveFile>

namespace c41::jobs {

using json = nlohmann::json;

namespace {
std::string iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}
} // namespace

QString JobFolder::pathFor(const QString &root, const Job &job)
{
    const QDateTime created = job.created.isValid() ? job.created : QDateTime::currentDateTime();
    return QDir(root).filePath(created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) + u'/' +
                               QString::number(job.id) + u'-' + kindName(job.kind));
}

bool JobFolder::writeMetadata(const QString &dir, const Job &job, const JobOutcome *outcome)
{
    json meta = json::object();
    meta["id"] = job.id;
    meta["kind"] = kindName(job.kind).toStdString();
    meta["title"] = job.title().toStdString();
    const json params = job.params.is_object() ? job.params : json::object();
    meta["prompt"] = params.value("prompt", json());
    meta["seed"] = params.value("seed", json());
    meta["workflow"] = params.value("workflow", json());
    meta["parameters"] = params;
    meta["server"] = job.server.toStdString();
    meta["target"] = job.target.toStdString();
    meta["prompt_id"] = job.remoteId.toStdString();
    meta["attempt"] = job.attempts;
    meta["created"] = iso(job.created);
    meta["started"] = iso(job.started);
    if (outcome) {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        meta["finished"] = iso(end);
        meta["state"] = stateName(outcome->state).toStdString();
        if (job.started.isValid())
            meta["duration_s"] = double(job.started.msecsTo(end)) / 1000.0;
        if (!outcome->error.isEmpty())
            meta["error"] = outcome->error.toStdString();
        json files = json::array();
        for (const json &f : outcome->outputs)
            if (f.is_string())
                files.push_back(QDir(dir)
                                    .relativeFilePath(QString::fromStdString(f.get<std::string>()))
                                    .toStdString());
        meta["outputs"] = files;
    } else {
        meta["state"] = "running";
    }
    QDir().mkpath(dir);
    QSaveFile file(QDir(dir).filePath(QStringLiteral("job.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::fromStdString(meta.dump(2, ' ', false, json::error_handler_t::replace)));
    file.write("\n");
    return file.commit();
}

} // namespace c41::jobs
