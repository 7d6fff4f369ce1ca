// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target, differential: whenever JsonPick accepts a text, nlohmann::json must
// accept it too and hold the same kind and string at every picked path. JsonPick is the
// fast path of the chat stream readers; a difference would be a token shown wrongly.
// The paths are the ones the OpenAI and Ollama stream readers pick.
#include "net/jsonpick.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>

using c41::net::JsonPick;
using nlohmann::json;

namespace {

const json *walk(const json &root, QByteArrayView path)
{
    const json *at = &root;
    for (const QByteArrayView step : QByteArray(path.toByteArray()).split('.')) {
        if (at->is_array() && step == "0") {
            if (at->empty())
                return nullptr;
            at = &at->front();
        } else if (at->is_object()) {
            const auto it = at->find(step.toByteArray().toStdString());
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else {
            return nullptr;
        }
    }
    return at;
}

JsonPick::Kind kindOf(const json *v)
{
    using Kind = JsonPick::Kind;
    if (!v)
        return Kind::Absent;
    switch (v->type()) {
    case json::value_t::null:
        return Kind::Null;
    case json::value_t::boolean:
        return v->get<bool>() ? Kind::True : Kind::False;
    case json::value_t::string:
        return Kind::String;
    case json::value_t::object:
        return Kind::Object;
    case json::value_t::array:
        return Kind::Array;
    default:
        return Kind::Number;
    }
}

void check(const QList<QByteArrayView> &paths, QByteArrayView text)
{
    JsonPick pick(paths);
    if (!pick.pick(text))
        return;
    const json dom = json::parse(text.begin(), text.end(), nullptr, false);
    if (dom.is_discarded())
        std::abort(); // JsonPick accepted what nlohmann rejects
    for (int i = 0; i < paths.size(); ++i) {
        const json *v = walk(dom, paths[i]);
        const JsonPick::Field &f = pick.field(i);
        if (kindOf(v) != f.kind)
            std::abort();
        if (f.isString() && f.text() != QString::fromStdString(v->get<std::string>()))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    check({"error", "usage", "timings", "choices", "choices.0", "choices.0.delta",
           "choices.0.delta.role", "choices.0.delta.content", "choices.0.delta.reasoning_content",
           "choices.0.delta.reasoning", "choices.0.finish_reason"},
          text);
    check({"error", "done", "message", "message.content", "message.thinking", "message.role",
           "response", "thinking"},
          text);
    return 0;
}
