// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakepng.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace c41::fakes {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBe32(out, static_cast<quint32>(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBe32(out, FakePng::crc32(typed));
}

} // namespace

quint32 FakePng::crc32(QByteArrayView data)
{
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = kCrcTable[(c ^ static_cast<quint8>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray FakePng::image(int width, int height, quint32 seed)
{
    width = std::clamp(width, 1, kMaxSide);
    height = std::clamp(height, 1, kMaxSide);
    // Two seed-dependent corner colours, blended along the diagonal.
    const int r0 = int(seed & 0xff), g0 = int((seed >> 8) & 0xff), b0 = int((seed >> 16) & 0xff);
    const int r1 = 255 - g0, g1 = 255 - b0, b1 = 255 - r0;
    const int span = std::max(1, width + height - 2);

    QByteArray raw;
    raw.resize(qsizetype(height) * (1 + 3 * qsizetype(width)));
    char *p = raw.data();
    for (int y = 0; y < height; ++y) {
        *p++ = 0; // filter: none
        for (int x = 0; x < width; ++x) {
            const int t = ((x + y) * 256) / span;
            *p++ = char(r0 + ((r1 - r0) * t) / 256);
            *p++ = char(g0 + ((g1 - g0) * t) / 256);
            *p++ = char(b0 + ((b1 - b0) * t) / 256);
        }
    }

    QByteArray ihdr;
    appendBe32(ihdr, quint32(width));
    appendBe32(ihdr, quint32(height));
    ihdr.append("\x08\x02\x00\x00\x00", 5); // 8 bit, RGB, deflate, no filter, no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", qCompress(raw, 6).mid(4)); // qCompress: BE length + zlib stream
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace c41::fakes
