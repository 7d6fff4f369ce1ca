// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace c41::studio {

// Maps each member and element of a JSON text to the line it starts on, keyed by
// a readable path such as "boxes[0].servers[1].url". nlohmann/json keeps no source
// positions in its DOM, so this walks the text once more with its SAX interface
// through an iterator that records how far the lexer has read. Used only to point
// config errors at a line.
QHash<QString, int> locateJsonLines(const QByteArray &text);

} // namespace c41::studio
