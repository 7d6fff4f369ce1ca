// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace c41::net {

// Picks a few fields out of one JSON text without building it: the fast path for the
// thousands of small stream events of a chat reply ({"message":{"content":"word"}, ...}),
// where a full nlohmann::json parse and its allocations were most of the CPU per token.
//
// It validates the whole text while it walks (structure, strings, escapes, UTF-8,
// numbers), but it is deliberately strict rather than complete: anything it is not sure
// of (nesting deeper than 16, a key with an escape, a lone surrogate, a field named twice)
// makes pick() return false, and the caller then parses the text with nlohmann::json as
// before. A differential fuzz target (fuzz_jsonpick) checks that whenever pick() accepts a
// text, nlohmann accepts it too and holds the same values at the picked paths.
class JsonPick
{
public:
    enum class Kind { Absent, Null, False, True, Number, String, Object, Array };

    struct Field
    {
        Kind kind = Kind::Absent;
        QByteArrayView raw; // a string's bytes between its quotes, escapes undone by text()
        bool escaped = false;

        bool isString() const { return kind == Kind::String; }
        // The string's value; empty for any other kind.
        QString text() const;
    };

    // Paths are dot-separated keys; "0" steps into the first element of an array
    // ("choices.0.delta.content"). At most 12 paths, each at most 6 steps.
    explicit JsonPick(const QList<QByteArrayView> &paths);

    // Walks `json`. True when it is one valid JSON value and no picked path occurs twice;
    // field(i) then holds what the i-th path holds (Absent where the path is missing).
    bool pick(QByteArrayView json);
    const Field &field(int index) const { return m_fields[index]; }

private:
    struct Path
    {
        QByteArrayView steps[6];
        int depth = 0;
    };
    enum class Step { Key, Index };

    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string(QByteArrayView &raw, bool &escaped);
    bool number();
    bool literal(QByteArrayView word);
    void skipSpace();
    // The picked path (index) the value at the current position sits on, or -1.
    int matching(int depth) const;

    QList<Path> m_paths;
    Field m_fields[12];
    // The walk: the current key (or "0" for the first array element, "" for others) per level.
    QByteArrayView m_stack[17];
    const char *m_p = nullptr;
    const char *m_end = nullptr;
};

} // namespace c41::net
