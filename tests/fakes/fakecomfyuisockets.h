// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QWebSocket;

namespace c41::fakes {

// The /ws connections of the fake ComfyUI, keyed by sid (the clientId query
// parameter, or a uuid4 hex when absent). As in server.py, a reconnect with the
// same clientId replaces the old socket, and events for a sid with no open
// socket are dropped. Text frames are {"type", "data"} dumped like Python.
class FakeComfyUiSockets : public QObject
{
    Q_OBJECT
public:
    using Json = nlohmann::ordered_json;

    // Binary frame event types (server.py BinaryEventTypes).
    enum BinaryEvent : quint32 {
        PreviewImage = 1,
        UnencodedPreviewImage = 2,
        Text = 3,
        PreviewImageWithMetadata = 4,
    };

    explicit FakeComfyUiSockets(QObject *parent = nullptr);

    // Takes a freshly upgraded socket; returns its sid.
    QString accept(QWebSocket *socket, const QString &requestedClientId);

    // To one sid; an empty clientId means broadcast (ComfyUI's send_sync(sid=None)).
    void send(const QString &clientId, const char *type, const Json &data);
    void broadcast(const char *type, const Json &data) { send({}, type, data); }
    void sendBinary(const QString &clientId, const QByteArray &frame);

    // A sampler preview. ComfyUI sends type 4 (with metadata) to sockets that
    // announced supports_preview_metadata, before the "progress" message, and
    // type 1 with image type 2 (PNG) to the others, after it.
    enum class PreviewAudience { WithMetadata, Plain };
    void sendPreview(PreviewAudience audience, const QString &clientId, const QByteArray &png,
                     const std::string &nodeId, const std::string &promptId);
    // A TEXT frame (type 3), which ComfyUI always broadcasts.
    void broadcastText(const std::string &nodeId, const QByteArray &text);

    // Closes every socket (a network drop as the clients see it).
    void closeAll();

    bool isConnected(const QString &sid) const;
    int count() const { return int(m_clients.size()); }

Q_SIGNALS:
    void clientConnected(const QString &sid);

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        bool supportsPreviewMetadata = false;
        bool sawFirstMessage = false;
    };
    void onText(QWebSocket *socket, const QString &sid, const QString &message);
    static QByteArray frame(const char *type, const Json &data);

    QHash<QString, Client> m_clients;
};

} // namespace c41::fakes
