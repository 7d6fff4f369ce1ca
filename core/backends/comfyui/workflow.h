// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace c41::backends {

// A ComfyUI workflow in API format ("Export (API)"): node id → {class_type,
// inputs, _meta.title}. A top-level "_c41" object (the shipped templates'
// description) is kept apart and never sent to the server.
class Workflow
{
public:
    using Json = nlohmann::ordered_json;

    struct Node
    {
        QString id;
        QString classType;
        QString title; // _meta.title, may be empty
        Json inputs;   // always an object
    };

    // A link input: ["<node id>", <output slot>].
    struct Link
    {
        QString nodeId;
        int slot = 0;
    };

    Workflow() = default;

    // `source` names the file (or "the workflow") in error messages. Errors are
    // ApiError::Kind::Config values with a message a user can act on; a UI-format
    // file (saved with Save) is explained.
    static net::Result<Workflow> fromBytes(const QByteArray &bytes, const QString &source);
    static net::Result<Workflow> fromJson(const Json &root, const QString &source);
    // The graph editor's own format ("nodes" and "links" arrays).
    static bool isUiFormat(const Json &root);
    static QString uiFormatMessage();

    QString source() const { return m_source; }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QList<Node> &nodes() const { return m_nodes; } // in numeric id order
    QStringList nodeIds() const;
    const Node *node(const QString &id) const;
    // A node id, or a node title (exact, then ignoring case). Error when there is
    // no such node or the title is ambiguous.
    net::Result<QString> resolveNode(const QString &idOrTitle) const;
    // "3 KSampler" or "6 CLIPTextEncode (Positive prompt)".
    QString nodeLabel(const QString &id) const;

    static std::optional<Link> link(const Json &value);
    // Nodes whose inputs link to `id`, with the input name: (consumer id, input).
    QList<QPair<QString, QString>> consumers(const QString &id) const;

    // The input's value; null Json when absent.
    Json input(const QString &id, const QString &inputName) const;
    // Sets a literal value (the node must exist; no-op otherwise).
    void setInput(const QString &id, const QString &inputName, Json value);

    // The top-level "_c41" object (null when absent).
    const Json &meta() const { return m_meta; }
    // The API graph to POST as "prompt": nodes only, "_c41" stripped.
    Json toPrompt() const;
    QByteArray toBytes() const; // toPrompt(), indented

private:
    Node *mutableNode(const QString &id);

    QList<Node> m_nodes;
    Json m_meta;
    QString m_source;
};

} // namespace c41::backends
