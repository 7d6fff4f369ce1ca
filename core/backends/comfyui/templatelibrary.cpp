// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrary.h"

#include "objectinfo.h"

#include <QDir>
#include <QFile>

// Q_INIT_RESOURCE must run outside any namespace; the resources live in a static
// library, so nothing would pull their initialiser in without this call.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace c41::backends {

namespace {

QStringList stringList(const Workflow::Json &meta, const char *key)
{
    QStringList out;
    const auto it = meta.find(key);
    if (it == meta.end() || !it->is_array())
        return out;
    for (const auto &v : *it)
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>());
    return out;
}

QString string(const Workflow::Json &meta, const char *key)
{
    const auto it = meta.find(key);
    return it != meta.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

nlohmann::json toJsonList(const QStringList &list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

WorkflowParameters WorkflowTemplate::parameters(const ObjectInfo *info) const
{
    const WorkflowParameters all = WorkflowParameters::discover(workflow, info);
    return exposed.isEmpty() ? all : all.only(exposed);
}

net::Result<WorkflowTemplate> TemplateLibrary::load(const QByteArray &bytes, const QString &id)
{
    auto wf = Workflow::fromBytes(bytes, id);
    if (!wf)
        return wf.error();
    WorkflowTemplate t;
    t.id = id;
    t.workflow = std::move(*wf);
    const Workflow::Json &meta = t.workflow.meta();
    if (meta.is_object()) {
        t.name = string(meta, "name");
        t.description = string(meta, "description");
        t.kind = string(meta, "kind");
        t.packs = stringList(meta, "packs");
        t.sources = stringList(meta, "sources");
        t.exposed = stringList(meta, "parameters");
    }
    if (t.name.isEmpty())
        t.name = id;
    return t;
}

const TemplateLibrary &TemplateLibrary::shipped()
{
    static const TemplateLibrary library = [] {
        initTemplateResources();
        TemplateLibrary lib;
        const QDir dir(QStringLiteral(":/c41/templates"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto t = load(f.readAll(), file.chopped(5));
            if (t)
                lib.m_templates << std::move(*t);
            else
                qWarning("Shipped template %s is broken: %s", qPrintable(file),
                         qPrintable(t.error().toString()));
        }
        return lib;
    }();
    return library;
}

QStringList TemplateLibrary::ids() const
{
    QStringList out;
    for (const WorkflowTemplate &t : m_templates)
        out << t.id;
    return out;
}

const WorkflowTemplate *TemplateLibrary::find(const QString &idOrName) const
{
    for (const WorkflowTemplate &t : m_templates)
        if (t.id == idOrName)
            return &t;
    for (const WorkflowTemplate &t : m_templates)
        if (t.name.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            t.id.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

QList<WorkflowTemplate> TemplateLibrary::ofKind(const QString &kind) const
{
    QList<WorkflowTemplate> out;
    for (const WorkflowTemplate &t : m_templates)
        if (t.kind == kind)
            out << t;
    return out;
}

nlohmann::json TemplateLibrary::toJson(const ObjectInfo *info) const
{
    nlohmann::json list = nlohmann::json::array();
    for (const WorkflowTemplate &t : m_templates)
        list.push_back({{"id", t.id.toStdString()},
                        {"name", t.name.toStdString()},
                        {"description", t.description.toStdString()},
                        {"kind", t.kind.toStdString()},
                        {"packs", toJsonList(t.packs)},
                        {"sources", toJsonList(t.sources)},
                        {"parameters", t.parameters(info).toJson()}});
    return list;
}

} // namespace c41::backends
