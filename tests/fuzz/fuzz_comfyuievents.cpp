// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ComfyUI WebSocket decoder (ComfyUiEvents) must turn any
// text or binary frame into an event or a Malformed error, and never crash,
// hang or read out of bounds.
//
// Input: byte 0 picks the frame kind (even: text, odd: binary), the rest is the frame.
#include "backends/comfyui/comfyuievents.h"

#include <cstdint>
#include <cstdlib>

using c41::backends::ComfyUiEvent;
using c41::backends::ComfyUiEvents;
using c41::net::ApiError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool binary = data[0] & 1;
    const QByteArray frame(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto event = binary ? ComfyUiEvents::decodeBinary(frame, QStringLiteral("fuzz"))
                              : ComfyUiEvents::decodeText(frame, QStringLiteral("fuzz"));
    if (!event) {
        if (event.error().kind != ApiError::Kind::Malformed || event.error().server.isEmpty())
            std::abort();
        return 0;
    }
    const ComfyUiEvent &e = *event;
    if (binary) {
        switch (e.type) {
        case ComfyUiEvent::Type::Preview:
            // The image is the tail of the frame, after at least the two u32 words.
            if (e.image.isEmpty() || e.image.size() > frame.size() - 8 || !frame.endsWith(e.image))
                std::abort();
            break;
        case ComfyUiEvent::Type::Text:
            if (e.nodeId.toUtf8().size() > frame.size() * 3)
                std::abort();
            break;
        case ComfyUiEvent::Type::Unknown:
            break;
        default: // binary frames are only previews and text
            std::abort();
        }
        return 0;
    }
    if (e.type == ComfyUiEvent::Type::Preview || e.type == ComfyUiEvent::Type::Text)
        std::abort(); // text frames never decode to binary-only events
    if (e.type == ComfyUiEvent::Type::Executing && !e.promptFinished && e.nodeId.isEmpty())
        std::abort();
    return 0;
}
