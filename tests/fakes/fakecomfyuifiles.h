// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace c41::fakes {

struct FakeRequest;
struct FakeResponse;

// A file the way ComfyUI names it in outputs and uploads.
struct FakeComfyUiFileRef
{
    QString filename;
    QString subfolder;
    QString type; // "input", "output" or "temp"

    nlohmann::ordered_json json() const; // {"filename", "subfolder", "type"}
};

// The fake's input/, output/ and temp/ folders, in memory, with the /view and
// /upload/image endpoints. Generated outputs
// keep only their recipe (size and seed) and render their PNG on the first
// GET /view; a bounded number of rendered files stay cached.
class FakeComfyUiFiles
{
public:
    struct File
    {
        QByteArray bytes; // empty until rendered, for generated files
        QByteArray contentType;
        int width = 0;
        int height = 0;
        quint32 seed = 0;
        bool withAudio = false; // videos: with a PCM sound track (video-to-audio outputs)
        bool generated = false;
        QDateTime modified;
    };

    // SaveImage naming: "<prefix>_<counter, 5 digits>_.<ext>", where a "/" in
    // filenamePrefix makes a subfolder ("video/ComfyUI" → subfolder "video").
    // Generated content by extension: png (FakePng), wav and avi (FakeComfyUiMedia).
    FakeComfyUiFileRef addOutput(const QString &type, const QString &filenamePrefix,
                                 const QString &extension, int width, int height, quint32 seed,
                                 bool withAudio = false);
    // A hostile server: the next output gets exactly this filename and subfolder
    // (e.g. "../../evil.png"), whatever its node's prefix. /view still refuses
    // such names, as ComfyUI would.
    void setNextOutputName(const QString &filename, const QString &subfolder)
    {
        m_nextName = filename;
        m_nextSubfolder = subfolder;
    }
    // POST /upload/image naming: without overwrite, a clash with identical bytes
    // returns the same name and different bytes get "name (1).ext", "name (2).ext"…
    FakeComfyUiFileRef upload(const QString &type, const QString &subfolder, const QString &name,
                              const QByteArray &bytes, bool overwrite);
    // nullptr when missing; renders a generated file on first access.
    const File *find(const QString &type, const QString &subfolder, const QString &filename);

    static QByteArray contentTypeFor(const QString &filename);

    // GET /view?filename=&type=&subfolder=: the file with aiohttp's FileResponse
    // headers, or 404 with an empty body (http_f_view_output / _missing).
    FakeResponse view(const FakeRequest &request);
    // POST /upload/image (multipart: image, type, subfolder, overwrite):
    // {"name", "subfolder", "type"}; *stored tells where the file went.
    FakeResponse upload(const FakeRequest &request, FakeComfyUiFileRef *stored);

private:
    static QString key(const QString &type, const QString &subfolder, const QString &filename);
    void trim();

    QHash<QString, File> m_files;
    QList<QString> m_order;    // insertion order, for trimming
    QList<QString> m_rendered; // generated files whose bytes are cached
    QHash<QString, int> m_counters;
    QString m_nextName;
    QString m_nextSubfolder;
};

} // namespace c41::fakes
