// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QStringList>

namespace c41::testing {

// Contract check: does `actual` (from a fake) have the shape of `captured` (from a
// real server)? Every key of a captured object must exist in the actual one with
// the same JSON type (integers and floats both count as numbers; null matches
// anything, since real servers send null for "not yet"). Tuples (arrays whose
// elements differ in type) and arrays of the captured length are checked index by
// index; other arrays element-wise against the first captured element. Returns the differences, as
// JSON-pointer paths with what was expected; empty means the shapes agree.
QStringList shapeDifferences(const nlohmann::json &captured, const nlohmann::json &actual,
                             const std::string &path = {});

} // namespace c41::testing
