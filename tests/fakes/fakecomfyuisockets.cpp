// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuisockets.h"

#include "fakepythonjson.h"

#include <QUuid>
#include <QWebSocket>
#include <QtEndian>

#include <utility>

namespace c41::fakes {

namespace {
QByteArray be32(quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 4);
}
} // namespace

FakeComfyUiSockets::FakeComfyUiSockets(QObject *parent)
    : QObject(parent)
{
}

QByteArray FakeComfyUiSockets::frame(const char *type, const Json &data)
{
    return pythonJsonDumps(Json{{"type", type}, {"data", data}});
}

QString FakeComfyUiSockets::accept(QWebSocket *socket, const QString &requestedClientId)
{
    const QString sid = requestedClientId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128)
                                                    : requestedClientId;
    Client &client = m_clients[sid];
    if (client.socket && client.socket != socket)
        client.socket->disconnect(this);
    client = Client{socket, false, false};
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket, sid](const QString &message) { onText(socket, sid, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, sid] {
        const auto it = m_clients.find(sid);
        if (it != m_clients.end() && it->socket == socket)
            m_clients.erase(it);
    });
    Q_EMIT clientConnected(sid);
    return sid;
}

void FakeComfyUiSockets::onText(QWebSocket *socket, const QString &sid, const QString &message)
{
    const auto it = m_clients.find(sid);
    if (it == m_clients.end() || it->socket != socket)
        return;
    const bool first = !it->sawFirstMessage;
    it->sawFirstMessage = true;
    const Json json = Json::parse(message.toStdString(), nullptr, false);
    if (!first || !json.is_object() || !json.contains("type") || json.at("type") != "feature_flags")
        return;
    const Json flags = json.contains("data") ? json.at("data") : Json::object();
    it->supportsPreviewMetadata = pythonTruthy(flags, "supports_preview_metadata");
    socket->sendTextMessage(
        QString::fromUtf8(frame("feature_flags", Json{{"supports_preview_metadata", true},
                                                      {"max_upload_size", 104857600}})));
}

void FakeComfyUiSockets::send(const QString &clientId, const char *type, const Json &data)
{
    const QString text = QString::fromUtf8(frame(type, data));
    if (!clientId.isEmpty()) {
        const auto it = m_clients.constFind(clientId);
        if (it != m_clients.constEnd() && it->socket)
            it->socket->sendTextMessage(text);
        return;
    }
    const QHash<QString, Client> clients = m_clients; // a send may end in a disconnect
    for (const Client &client : clients) {
        if (client.socket)
            client.socket->sendTextMessage(text);
    }
}

void FakeComfyUiSockets::sendBinary(const QString &clientId, const QByteArray &data)
{
    const QHash<QString, Client> clients = m_clients;
    for (auto it = clients.constBegin(); it != clients.constEnd(); ++it) {
        if (it->socket && (clientId.isEmpty() || it.key() == clientId))
            it->socket->sendBinaryMessage(data);
    }
}

void FakeComfyUiSockets::sendPreview(PreviewAudience audience, const QString &clientId,
                                     const QByteArray &png, const std::string &nodeId,
                                     const std::string &promptId)
{
    const bool wantMetadata = audience == PreviewAudience::WithMetadata;
    const QByteArray metadata = pythonJsonDumps(Json{{"node_id", nodeId},
                                                     {"prompt_id", promptId},
                                                     {"display_node_id", nodeId},
                                                     {"parent_node_id", nullptr},
                                                     {"real_node_id", nodeId},
                                                     {"image_type", "image/png"}});
    const QByteArray data = wantMetadata
                                ? QByteArray(be32(PreviewImageWithMetadata) +
                                             be32(quint32(metadata.size())) + metadata + png)
                                : QByteArray(be32(PreviewImage) + be32(2 /* PNG */) + png);
    const QHash<QString, Client> clients = m_clients;
    for (auto it = clients.constBegin(); it != clients.constEnd(); ++it) {
        if (it->socket && (clientId.isEmpty() || it.key() == clientId) &&
            it->supportsPreviewMetadata == wantMetadata)
            it->socket->sendBinaryMessage(data);
    }
}

void FakeComfyUiSockets::broadcastText(const std::string &nodeId, const QByteArray &text)
{
    const QByteArray id = QByteArray::fromStdString(nodeId);
    sendBinary({}, be32(Text) + be32(quint32(id.size())) + id + text);
}

void FakeComfyUiSockets::closeAll()
{
    const QHash<QString, Client> clients = std::exchange(m_clients, {});
    for (const Client &client : clients) {
        if (client.socket) {
            client.socket->disconnect(this);
            client.socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("dropped"));
        }
    }
}

bool FakeComfyUiSockets::isConnected(const QString &sid) const
{
    const auto it = m_clients.constFind(sid);
    return it != m_clients.constEnd() && it->socket;
}

} // namespace c41::fakes
