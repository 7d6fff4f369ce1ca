// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace c41::backends {

// One input of a node class, as GET /object_info describes it.
struct ComfyInputSpec
{
    enum class Type {
        Int,
        Float,
        String,
        Boolean,
        Combo,
        Connection, // a typed link: MODEL, IMAGE, CONDITIONING, …
    };

    QString name;
    QString typeName; // "INT", "FLOAT", "STRING", "BOOLEAN", "COMBO", "MODEL", "IMAGE", …
    Type type = Type::Connection;
    bool required = true;
    QStringList choices; // Combo only
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> step;
    nlohmann::json defaultValue; // null when the server gives none
    bool multiline = false;      // STRING
    bool seedControl = false;    // INT with control_after_generate (a seed)
    // Combo of files in input/ that the front end uploads: "image", "audio", "video" or "".
    QString upload;
    QString tooltip;

    // A value typed in a form (not a link).
    bool isWidget() const { return type != Type::Connection; }
};

// One node class of GET /object_info.
struct ComfyNodeClass
{
    QString name;
    QString displayName;
    QString category;
    QString description;
    QString pythonModule; // "nodes", "comfy_extras.nodes_wan", "custom_nodes.ComfyUI-MMAudio"
    QList<ComfyInputSpec> inputs; // required first, then optional, in the server's order
    QStringList outputs;          // RETURN_TYPES
    QStringList outputNames;
    bool outputNode = false;

    const ComfyInputSpec *input(const QString &inputName) const;
    // The custom-node pack the class comes from ("ComfyUI-MMAudio"); "" for core nodes.
    QString pack() const;
};

// The node classes a ComfyUI server knows, parsed from GET /object_info.
// Entries of unexpected shape are skipped (or their odd inputs are), never thrown on.
class ObjectInfo
{
public:
    ObjectInfo() = default;

    // Malformed when the body is not a JSON object.
    static net::Result<ObjectInfo> parse(const QByteArray &body, const QString &server);
    static ObjectInfo fromJson(const nlohmann::ordered_json &root, const QString &server = {});

    QString server() const { return m_server; }
    bool isEmpty() const { return m_classes.isEmpty(); }
    qsizetype size() const { return m_classes.size(); }
    bool contains(const QString &classType) const { return m_classes.contains(classType); }
    // nullptr for a class the server does not have.
    const ComfyNodeClass *nodeClass(const QString &classType) const;
    QStringList classNames() const; // sorted

    // Parses one class entry (the value of /object_info/<class>).
    static ComfyNodeClass parseClass(const QString &name, const nlohmann::ordered_json &info);

private:
    QString m_server;
    QHash<QString, ComfyNodeClass> m_classes;
};

} // namespace c41::backends
