// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace c41::fakes {

// Writes small, valid PNG files without QtGui (the fakes link core only): an
// 8-bit RGB image with a soft gradient whose colours depend on a seed, so
// outputs and previews differ from job to job and step to step. The IDAT data
// is qCompress's zlib stream minus its 4-byte length prefix; chunk CRCs are
// computed here.
class FakePng
{
public:
    static constexpr int kMaxSide = 2048; // larger requests are clamped

    static QByteArray image(int width, int height, quint32 seed);
    static quint32 crc32(QByteArrayView data);
    static bool isPng(QByteArrayView data) { return data.startsWith("\x89PNG\r\n\x1a\n"); }
};

} // namespace c41::fakes
