// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ComfyUI's GET /history/{id} (ComfyUiClient::parseHistory) must
// turn any body into an entry or a Malformed error without crashing, and every
// output file it names must either be refused by ComfyUiOutputPaths or become a
// plain relative path that cannot leave the job's folder (file names come from
// the server and are untrusted).
//
// Input: the prompt id up to the first '\n', then the body.
#include "backends/comfyui/comfyuiclient.h"
#include "backends/comfyui/comfyuioutputpaths.h"

#include <cstdint>
#include <cstdlib>

using c41::backends::ComfyUiClient;
using c41::backends::ComfyUiEvent;
using c41::backends::ComfyUiOutputPaths;
using c41::net::ApiError;

namespace {
void requireContained(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.contains(u'\\') ||
        relative.contains(u':'))
        std::abort();
    for (const QString &part : relative.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u".." || part.endsWith(u' ') ||
            part.endsWith(u'.') || part.toUtf8().size() > 255)
            std::abort();
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                std::abort();
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString promptId = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const auto entry = ComfyUiClient::parseHistory(body, promptId, QStringLiteral("fuzz"));
    if (!entry) {
        if (entry.error().kind != ApiError::Kind::Malformed || entry.error().server.isEmpty())
            std::abort();
        return 0;
    }
    if (!entry->found) {
        // Not there (yet): nothing may be made up.
        if (entry->completed || !entry->statusStr.isEmpty() || !entry->outputs.isEmpty() ||
            entry->end || !entry->cachedNodes.isEmpty())
            std::abort();
        return 0;
    }
    if (entry->end && entry->end->type != ComfyUiEvent::Type::ExecutionError &&
        entry->end->type != ComfyUiEvent::Type::ExecutionInterrupted)
        std::abort();
    for (const auto &file : entry->outputs) {
        const auto relative = ComfyUiOutputPaths::relativePath(
            file.ref.subfolder, file.ref.filename, QStringLiteral("fuzz"));
        if (relative)
            requireContained(*relative);
        else if (relative.error().kind != ApiError::Kind::Malformed)
            std::abort();
    }
    return 0;
}
