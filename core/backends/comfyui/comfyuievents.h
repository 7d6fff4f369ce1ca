// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace c41::backends {

// One message of ComfyUI's /ws?clientId= socket, decoded (protocols: the
// fixtures' README, "WebSocket /ws"). Only the fields of its type are set.
struct ComfyUiEvent
{
    enum class Type {
        Unknown, // a type this client does not know: ignore it
        Status,
        FeatureFlags,
        ExecutionStart,
        ExecutionCached,
        Executing,
        Progress,
        ProgressState,
        Executed,
        ExecutionSuccess,
        ExecutionError,
        ExecutionInterrupted,
        Preview, // binary type 1 (PREVIEW_IMAGE) or 4 (PREVIEW_IMAGE_WITH_METADATA)
        Text,    // binary type 3 (TEXT), broadcast by nodes such as GetImageSize
    };
    enum class ImageFormat { Unknown, Jpeg, Png };

    struct NodeProgress
    {
        QString nodeId;
        double value = 0;
        double max = 0;
        bool finished = false; // "state": "finished" (else "running")
    };

    Type type = Type::Unknown;
    QString typeName;    // the wire's "type" ("binary:<n>" for binary frames)
    QString promptId;    // empty when the message has none (status, reconnect "executing")
    QString nodeId;      // executing, progress, executed, error, interrupted, preview, text
    QString displayNode; // executing, executed
    // executing {"node": null}: the prompt is over (success, error or interrupt alike).
    bool promptFinished = false;
    int queueRemaining = -1; // status
    QString sid;             // the first status frame
    double value = 0;        // progress
    double max = 0;          // progress
    QStringList nodes;       // execution_cached: cached ids; error/interrupted: the executed ids
    QList<NodeProgress> nodeStates; // progress_state
    nlohmann::json output;          // executed: the node's ui output ({"images": [...]})
    QString nodeType;               // execution_error / execution_interrupted
    QString exceptionType;          // execution_error
    QString exceptionMessage;       // execution_error, trimmed
    QStringList traceback;          // execution_error
    qint64 timestamp = 0;           // ms since the epoch, when the server sent one
    QByteArray image;               // preview: the encoded image bytes (no decoding in core)
    ImageFormat imageFormat = ImageFormat::Unknown;
    QString text;        // text frames
    nlohmann::json data; // the raw "data" object of a text frame
};

// Turns ComfyUI WebSocket frames into ComfyUiEvent values. Pure: never throws,
// never crashes on garbage; a frame it cannot read becomes a Malformed ApiError,
// a well-formed frame of an unknown type becomes Type::Unknown.
class ComfyUiEvents
{
public:
    static net::Result<ComfyUiEvent> decodeText(const QByteArray &utf8, const QString &server = {});
    static net::Result<ComfyUiEvent> decodeText(const QString &text, const QString &server = {});
    static net::Result<ComfyUiEvent> decodeBinary(const QByteArray &frame,
                                                  const QString &server = {});

    // The MIME type for a preview format ("image/png", "image/jpeg", "" if unknown).
    static QString mimeType(ComfyUiEvent::ImageFormat format);
    // File extension for a preview format ("png", "jpg", "bin").
    static QString extension(ComfyUiEvent::ImageFormat format);
};

} // namespace c41::backends
