// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace c41::net {

// Holds either a value or an ApiError. Errors are values: nothing in core throws
// across the event loop. (std::expected is C++23, so this is a tiny own type.)
template <typename T>
class Result
{
public:
    // Default state is an error, so a Result that was never filled in can't pass
    // for success. (QCoro::waitFor needs a default constructor.)
    Result()
        : m_data(std::in_place_index<1>, ApiError{ApiError::Kind::Cancelled, {}, 0, {}, {}})
    {
    }
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// Success without a value.
struct Done
{
};
using Status = Result<Done>;

} // namespace c41::net
