// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuievents.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace c41::backends {

using net::ApiError;
using nlohmann::json;
using Type = ComfyUiEvent::Type;

namespace {

// lupdate sees Text::tr() calls under the context ComfyUiEvents (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComfyUiEvents)
};

ApiError malformed(const QString &server, const QString &what)
{
    return ApiError::make(ApiError::Kind::Malformed, server,
                          Text::tr("sent a WebSocket message that cannot be read: %1").arg(what));
}

// A node or prompt id: ComfyUI uses strings, but accept numbers too.
QString idField(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    return {};
}

double numberField(const json &object, const char *key, double fallback = 0)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return fallback;
    const double v = it->get<double>();
    return std::isfinite(v) ? v : fallback;
}

// A whole number that fits T, else the fallback: servers (and fuzzers) send 1e120.
// -double(min) is 2^(bits-1), exact, unlike double(max).
template <typename T>
T integerField(const json &object, const char *key, T fallback)
{
    const double v = numberField(object, key, double(fallback));
    constexpr double lowest = double(std::numeric_limits<T>::min());
    if (v < lowest || v >= -lowest)
        return fallback;
    return T(v);
}

QStringList idList(const json &object, const char *key)
{
    QStringList ids;
    if (!object.is_object())
        return ids;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return ids;
    for (const json &v : *it) {
        if (v.is_string())
            ids << QString::fromStdString(v.get<std::string>());
        else if (v.is_number_integer())
            ids << QString::number(v.get<qint64>());
    }
    return ids;
}

Type typeOf(const std::string &name)
{
    static const std::pair<const char *, Type> types[] = {
        {"status", Type::Status},
        {"feature_flags", Type::FeatureFlags},
        {"execution_start", Type::ExecutionStart},
        {"execution_cached", Type::ExecutionCached},
        {"executing", Type::Executing},
        {"progress", Type::Progress},
        {"progress_state", Type::ProgressState},
        {"executed", Type::Executed},
        {"execution_success", Type::ExecutionSuccess},
        {"execution_error", Type::ExecutionError},
        {"execution_interrupted", Type::ExecutionInterrupted},
    };
    for (const auto &[key, type] : types) {
        if (name == key)
            return type;
    }
    return Type::Unknown;
}

quint32 be32(const QByteArray &frame, qsizetype at)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(frame.constData() + at));
}

} // namespace

net::Result<ComfyUiEvent> ComfyUiEvents::decodeText(const QString &text, const QString &server)
{
    return decodeText(text.toUtf8(), server);
}

net::Result<ComfyUiEvent> ComfyUiEvents::decodeText(const QByteArray &utf8, const QString &server)
{
    const json root = json::parse(utf8.begin(), utf8.end(), nullptr, false);
    if (root.is_discarded())
        return malformed(server, Text::tr("not JSON"));
    if (!root.is_object())
        return malformed(server, Text::tr("not a JSON object"));
    const auto typeIt = root.find("type");
    if (typeIt == root.end() || !typeIt->is_string())
        return malformed(server, Text::tr("no \"type\""));
    ComfyUiEvent e;
    const std::string typeName = typeIt->get<std::string>();
    e.typeName = QString::fromStdString(typeName);
    e.type = typeOf(typeName);
    const auto dataIt = root.find("data");
    if (e.type == Type::Unknown) {
        if (dataIt != root.end())
            e.data = *dataIt;
        return e;
    }
    if (dataIt == root.end() || !dataIt->is_object())
        return malformed(server, Text::tr("\"%1\" without a data object").arg(e.typeName));
    const json &d = *dataIt;
    e.data = d;
    e.promptId = idField(d, "prompt_id");
    e.timestamp = integerField<qint64>(d, "timestamp", 0);

    switch (e.type) {
    case Type::Status: {
        e.sid = idField(d, "sid");
        const auto status = d.find("status");
        if (status != d.end() && status->is_object()) {
            const auto info = status->find("exec_info");
            if (info != status->end() && info->is_object())
                e.queueRemaining = integerField<int>(*info, "queue_remaining", -1);
        }
        break;
    }
    case Type::ExecutionCached:
        e.nodes = idList(d, "nodes");
        break;
    case Type::Executing: {
        const auto node = d.find("node");
        e.promptFinished = node != d.end() && node->is_null();
        e.nodeId = idField(d, "node");
        e.displayNode = idField(d, "display_node");
        if (!e.promptFinished && e.nodeId.isEmpty())
            return malformed(server, Text::tr("\"executing\" without a node"));
        break;
    }
    case Type::Progress:
        e.nodeId = idField(d, "node");
        e.value = numberField(d, "value");
        e.max = numberField(d, "max");
        break;
    case Type::ProgressState: {
        const auto nodes = d.find("nodes");
        if (nodes == d.end() || !nodes->is_object())
            return malformed(server, Text::tr("\"progress_state\" without nodes"));
        for (auto it = nodes->begin(); it != nodes->end(); ++it) {
            if (!it.value().is_object())
                continue;
            ComfyUiEvent::NodeProgress p;
            p.nodeId = QString::fromStdString(it.key());
            p.value = numberField(it.value(), "value");
            p.max = numberField(it.value(), "max");
            const auto state = it.value().find("state");
            p.finished = state != it.value().end() && state->is_string() &&
                         state->get<std::string>() == "finished";
            e.nodeStates.append(p);
        }
        break;
    }
    case Type::Executed: {
        e.nodeId = idField(d, "node");
        e.displayNode = idField(d, "display_node");
        const auto output = d.find("output");
        e.output = output != d.end() && output->is_object() ? *output : json::object();
        if (e.nodeId.isEmpty())
            return malformed(server, Text::tr("\"executed\" without a node"));
        break;
    }
    case Type::ExecutionError:
    case Type::ExecutionInterrupted: {
        e.nodeId = idField(d, "node_id");
        e.nodeType = idField(d, "node_type");
        e.nodes = idList(d, "executed");
        if (e.type == Type::ExecutionError) {
            e.exceptionType = idField(d, "exception_type");
            e.exceptionMessage = idField(d, "exception_message").trimmed();
            e.traceback = idList(d, "traceback");
        }
        break;
    }
    default:
        break;
    }
    return e;
}

net::Result<ComfyUiEvent> ComfyUiEvents::decodeBinary(const QByteArray &frame,
                                                      const QString &server)
{
    if (frame.size() < 4)
        return malformed(server, Text::tr("a binary frame shorter than its 4-byte type"));
    ComfyUiEvent e;
    const quint32 type = be32(frame, 0);
    e.typeName = QStringLiteral("binary:%1").arg(type);
    switch (type) {
    case 1: { // PREVIEW_IMAGE: u32 image type (1 JPEG, 2 PNG), image bytes
        if (frame.size() < 8)
            return malformed(server, Text::tr("a preview frame without its image type"));
        const quint32 format = be32(frame, 4);
        e.type = Type::Preview;
        e.imageFormat = format == 1   ? ComfyUiEvent::ImageFormat::Jpeg
                        : format == 2 ? ComfyUiEvent::ImageFormat::Png
                                      : ComfyUiEvent::ImageFormat::Unknown;
        e.image = frame.mid(8);
        if (e.image.isEmpty())
            return malformed(server, Text::tr("a preview frame without image bytes"));
        return e;
    }
    case 3: { // TEXT: u32 node id length, node id, UTF-8 text
        if (frame.size() < 8)
            return malformed(server, Text::tr("a text frame without its node id length"));
        const quint32 idLen = be32(frame, 4);
        if (idLen > quint32(frame.size() - 8))
            return malformed(server, Text::tr("a text frame whose node id overruns it"));
        e.type = Type::Text;
        e.nodeId = QString::fromUtf8(frame.mid(8, qsizetype(idLen)));
        e.text = QString::fromUtf8(frame.mid(8 + qsizetype(idLen)));
        return e;
    }
    case 4: { // PREVIEW_IMAGE_WITH_METADATA: u32 JSON length, JSON, image bytes
        if (frame.size() < 8)
            return malformed(server, Text::tr("a preview frame without its metadata length"));
        const quint32 jsonLen = be32(frame, 4);
        if (jsonLen > quint32(frame.size() - 8))
            return malformed(server, Text::tr("a preview frame whose metadata overruns it"));
        const QByteArray meta = frame.mid(8, qsizetype(jsonLen));
        const json m = json::parse(meta.begin(), meta.end(), nullptr, false);
        if (m.is_discarded() || !m.is_object())
            return malformed(server,
                             Text::tr("a preview frame whose metadata is not a JSON object"));
        e.type = Type::Preview;
        e.data = m;
        e.nodeId = idField(m, "node_id");
        e.displayNode = idField(m, "display_node_id");
        e.promptId = idField(m, "prompt_id");
        const QString mime = idField(m, "image_type");
        e.imageFormat = mime == u"image/png"    ? ComfyUiEvent::ImageFormat::Png
                        : mime == u"image/jpeg" ? ComfyUiEvent::ImageFormat::Jpeg
                                                : ComfyUiEvent::ImageFormat::Unknown;
        e.image = frame.mid(8 + qsizetype(jsonLen));
        if (e.image.isEmpty())
            return malformed(server, Text::tr("a preview frame without image bytes"));
        return e;
    }
    default: // 2 = UNENCODED_PREVIEW_IMAGE (never sent over the socket) and future types
        e.type = Type::Unknown;
        return e;
    }
}

QString ComfyUiEvents::mimeType(ComfyUiEvent::ImageFormat format)
{
    switch (format) {
    case ComfyUiEvent::ImageFormat::Png:
        return QStringLiteral("image/png");
    case ComfyUiEvent::ImageFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case ComfyUiEvent::ImageFormat::Unknown:
        break;
    }
    return {};
}

QString ComfyUiEvents::extension(ComfyUiEvent::ImageFormat format)
{
    switch (format) {
    case ComfyUiEvent::ImageFormat::Png:
        return QStringLiteral("png");
    case ComfyUiEvent::ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ComfyUiEvent::ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("bin");
}

} // namespace c41::backends
