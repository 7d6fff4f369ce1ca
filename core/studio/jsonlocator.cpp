// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <nlohmann/json.hpp>

#include <iterator>
#include <vector>

namespace c41::studio {

namespace {
// A forward iterator over the text that remembers the last position read.
struct TrackingIterator
{
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *p = nullptr;
    const char **lastRead = nullptr;

    reference operator*() const
    {
        *lastRead = p;
        return *p;
    }
    TrackingIterator &operator++()
    {
        ++p;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator old = *this;
        ++p;
        return old;
    }
    bool operator==(const TrackingIterator &o) const { return p == o.p; }
    bool operator!=(const TrackingIterator &o) const { return p != o.p; }
};

class LineSax
{
public:
    LineSax(const char *begin, const char **lastRead, QHash<QString, int> *out)
        : m_begin(begin)
        , m_lastRead(lastRead)
        , m_out(out)
    {
    }

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(nlohmann::json::number_integer_t) { return value(); }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return value(); }
    bool number_float(nlohmann::json::number_float_t, const std::string &) { return value(); }
    bool string(std::string &) { return value(); }
    bool binary(nlohmann::json::binary_t &) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string &key)
    {
        if (!m_stack.empty())
            m_stack.back().key = QString::fromStdString(key);
        m_out->insert(path(), line());
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

private:
    struct Frame
    {
        bool array = false;
        int index = -1;
        QString key;
    };

    int line() const
    {
        int n = 1;
        for (const char *c = m_begin; c < *m_lastRead; ++c)
            n += (*c == '\n');
        return n;
    }
    QString path() const
    {
        QString out;
        for (const Frame &f : m_stack) {
            if (f.array) {
                out += u'[' + QString::number(f.index) + u']';
            } else if (!f.key.isEmpty()) {
                if (!out.isEmpty())
                    out += u'.';
                out += f.key;
            }
        }
        return out;
    }
    void element()
    {
        if (!m_stack.empty() && m_stack.back().array) {
            ++m_stack.back().index;
            m_out->insert(path(), line());
        }
    }
    bool value()
    {
        element();
        return true;
    }
    bool open(bool array)
    {
        element();
        m_stack.push_back({array, -1, {}});
        return true;
    }
    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }

    const char *m_begin;
    const char **m_lastRead;
    QHash<QString, int> *m_out;
    std::vector<Frame> m_stack;
};
} // namespace

QHash<QString, int> locateJsonLines(const QByteArray &text)
{
    QHash<QString, int> out;
    const char *begin = text.constData();
    const char *lastRead = begin;
    LineSax sax(begin, &lastRead, &out);
    TrackingIterator first{begin, &lastRead};
    TrackingIterator last{begin + text.size(), &lastRead};
    nlohmann::json::sax_parse(first, last, &sax, nlohmann::json::input_format_t::json, false);
    return out;
}

} // namespace c41::studio
