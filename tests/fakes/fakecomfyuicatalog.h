// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace c41::fakes {

// What the fake ComfyUI knows about nodes and files: /object_info (the captured
// entries of ComfyUI 0.3.64 plus CONSTRUCTED entries for the studio's Flux and
// Wan 2.2 nodes and for the custom-node packs the shipped templates use:
// ComfyUI-WanVideoWrapper, ComfyUI-FramePackWrapper, ComfyUI-MMAudio,
// ComfyUI-VideoHelperSuite, ComfyUI-Qwen-TTS, each with python_module
// "custom_nodes.<pack>", from tests/fakes/data/comfyui), the model folders and the
// files in input/. The LoadImage/LoadAudio/video file lists follow the uploads.
// The node definitions are parsed on the first request that needs them, not when
// the catalog is made: `c41 --demo` starts a fake ComfyUI before its first paint.
class FakeComfyUiCatalog
{
public:
    using Json = nlohmann::ordered_json;

    FakeComfyUiCatalog();
    // A server without these custom-node packs ("ComfyUI-MMAudio"): their classes
    // are left out of /object_info (the "missing pack" case).
    explicit FakeComfyUiCatalog(const QStringList &withoutPacks);

    // The custom-node packs the demo forge has installed.
    static QStringList installedPacks();
    // Drops every class whose python_module is custom_nodes.<pack>[.…].
    void removePack(const QString &pack);

    const Json &objectInfo() const;
    // The /object_info body, serialised once and reused until the files change.
    const QByteArray &objectInfoBody();
    // nullptr for an unknown class.
    const Json *classInfo(const std::string &classType) const;
    bool isOutputNode(const std::string &classType) const;

    // Names in input/ (sorted like os.listdir + sorted in ComfyUI).
    QStringList inputFiles() const { return m_inputFiles; }
    void addInputFile(const QString &name);

    // The captured GET /models list.
    static QStringList modelFolders();
    // Files in a model folder; nullopt for a folder ComfyUI does not know.
    std::optional<QStringList> modelFiles(const QString &folder) const;

    // The demo workflows (API format, CONSTRUCTED templates).
    static Json demoWorkflow(const QString &name); // "flux1-dev" or "wan22-t2v-14b"

private:
    // Reads the JSON resources into m_objectInfo once, applying the packs removed and
    // the files added so far.
    void ensureLoaded() const;
    void refreshUploadCombos() const;
    void erasePack(const QString &pack) const;

    // Lazily filled (see ensureLoaded()), hence mutable.
    mutable Json m_objectInfo;
    mutable bool m_loaded = false;
    mutable QByteArray m_objectInfoBody;
    QStringList m_removedPacks; // applied when loading
    QStringList m_inputFiles;
};

} // namespace c41::fakes
