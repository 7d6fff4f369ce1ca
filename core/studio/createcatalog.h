// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "net/result.h"
#include "studioconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <qcorotask.h>

#include <memory>

class QNetworkAccessManager;

namespace c41::backends {
class ComfyUiClient;
class ObjectInfo;
class TtsClient;
} // namespace c41::backends

namespace c41::studio {

// What the Create page knows about one ComfyUI server: its node catalogue.
struct CreateComfyServer
{
    QString name;
    QString box;
    std::shared_ptr<const backends::ObjectInfo> info; // null until it first answered
    QString error;                                    // the last fetch failed: why
    QDateTime fetchedAt;
    bool loading = false;
};

// What the Create page knows about one text-to-speech server.
struct CreateTtsServer
{
    QString name;
    QString box;
    QStringList models;        // GET /v1/models
    QStringList voices;        // the server's list, else the OpenAI voices as suggestions
    bool voicesListed = false; // true: the server said which voices it has
    QString error;
    QDateTime fetchedAt;
    bool loading = false;
};

// The server data the Create page builds its forms from: /object_info of every
// ComfyUI server (types, ranges, model choices, installed node packs) and the
// models and voices of every TTS server, fetched on demand, cached, refreshed on
// request; plus uploads of input files to a ComfyUI server. Errors are kept as
// text. One fetch per server in flight; never blocks.
class CreateCatalog final : public QObject
{
    Q_OBJECT
public:
    CreateCatalog(const StudioConfig &config, QNetworkAccessManager *nam,
                  QObject *parent = nullptr);
    ~CreateCatalog() override;

    void setAuth(const QString &server, net::Auth auth);

    const StudioConfig &config() const { return m_config; }
    QStringList comfyServers() const { return m_comfyOrder; } // config order
    QStringList ttsServers() const { return m_ttsOrder; }
    const CreateComfyServer *comfy(const QString &name) const;
    const CreateTtsServer *tts(const QString &name) const;
    // The ComfyUI (or TTS) servers a job target reaches: the server itself, the
    // servers of a box, or every one for "any".
    QStringList comfyServersFor(const QString &target) const;
    QStringList ttsServersFor(const QString &target) const;

    // Fetches every server that has not answered yet and is not being asked.
    void ensureLoaded();
    QCoro::Task<> refresh(); // every server at once
    QCoro::Task<> refreshServer(QString server);

    // POST /upload/image of a local file to `server`; the name to put in the
    // workflow ("subfolder/file" or "file").
    QCoro::Task<net::Result<QString>> upload(QString server, QString path);

    // The voices OpenAI's speech API defines: suggestions when a server lists none.
    static QStringList standardVoices();
    // A voices list as local servers send it: {"voices": ["af_heart", …]},
    // {"voices": [{"id"|"name"|"voice_id": …}, …]} or a bare array.
    static net::Result<QStringList> parseVoices(const QByteArray &body, const QString &server);

Q_SIGNALS:
    void serverChanged(const QString &server);

private:
    QCoro::Task<> fetchComfy(QString server);
    QCoro::Task<> fetchTts(QString server);
    QStringList serversFor(const QStringList &order, const QString &target) const;

    StudioConfig m_config;
    QStringList m_comfyOrder;
    QStringList m_ttsOrder;
    QHash<QString, CreateComfyServer> m_comfy;
    QHash<QString, CreateTtsServer> m_tts;
    QHash<QString, backends::ComfyUiClient *> m_comfyClients;
    QHash<QString, net::HttpClient *> m_ttsHttp;
};

} // namespace c41::studio
