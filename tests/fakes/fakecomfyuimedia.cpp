// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuimedia.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace c41::fakes {

namespace {

void u32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void u16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

// A RIFF chunk: fourcc, little-endian size, data, pad byte to an even size.
QByteArray chunk(const char *fourcc, const QByteArray &data)
{
    QByteArray out(fourcc, 4);
    u32(out, quint32(data.size()));
    out += data;
    if (data.size() % 2)
        out += '\0';
    return out;
}

QByteArray list(const char *type, const QByteArray &data)
{
    return chunk("LIST", QByteArray(type, 4) + data);
}

int evenClamp(int v)
{
    return std::clamp(v, 16, 128) & ~1;
}

} // namespace

QByteArray FakeComfyUiMedia::pcm(int samples, quint32 seed)
{
    QByteArray out;
    out.reserve(samples * 2);
    const double freq = 220.0 + double(seed % 440);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / kSampleRate;
        const double envelope = std::min(1.0, std::min(i, samples - i) / (0.02 * kSampleRate));
        const double s = 0.3 * envelope * std::sin(2 * M_PI * freq * t);
        u16(out, quint16(qint16(std::lround(s * 32767))));
    }
    return out;
}

QByteArray FakeComfyUiMedia::wav(double seconds, quint32 seed)
{
    const int samples = std::max(1, int(seconds * kSampleRate));
    QByteArray fmt;
    u16(fmt, 1); // PCM
    u16(fmt, 1); // mono
    u32(fmt, kSampleRate);
    u32(fmt, kSampleRate * 2); // byte rate
    u16(fmt, 2);               // block align
    u16(fmt, 16);              // bits per sample
    const QByteArray body =
        QByteArray("WAVE") + chunk("fmt ", fmt) + chunk("data", pcm(samples, seed));
    return chunk("RIFF", body);
}

QByteArray FakeComfyUiMedia::avi(int width, int height, int frames, int fps, quint32 seed,
                                 bool withAudio)
{
    const int w = evenClamp(width);
    const int h = evenClamp(height);
    frames = std::clamp(frames, 1, 64);
    fps = std::clamp(fps, 1, 60);
    const int stride = (w * 3 + 3) & ~3;
    const int frameBytes = stride * h;
    const int samplesPerFrame = kSampleRate / fps;
    const int audioBytes = samplesPerFrame * 2;

    // movi: frame i, then its slice of audio.
    QByteArray movi("movi");
    QByteArray index;
    const QByteArray audio = withAudio ? pcm(samplesPerFrame * frames, seed) : QByteArray();
    for (int f = 0; f < frames; ++f) {
        QByteArray pixels(frameBytes, '\0');
        for (int y = 0; y < h; ++y) {
            char *row = pixels.data() + y * stride;
            for (int x = 0; x < w; ++x) {
                row[x * 3 + 0] = char((x * 255 / w + f * 16 + int(seed)) & 0xff);             // B
                row[x * 3 + 1] = char((y * 255 / h + int(seed >> 8)) & 0xff);                 // G
                row[x * 3 + 2] = char(((x + y) * 128 / w + f * 24 + int(seed >> 16)) & 0xff); // R
            }
        }
        index += QByteArray("00db", 4);
        u32(index, 0x10); // AVIIF_KEYFRAME
        u32(index, quint32(movi.size()));
        u32(index, quint32(frameBytes));
        movi += chunk("00db", pixels);
        if (withAudio) {
            index += QByteArray("01wb", 4);
            u32(index, 0x10);
            u32(index, quint32(movi.size()));
            u32(index, quint32(audioBytes));
            movi += chunk("01wb", audio.mid(f * audioBytes, audioBytes));
        }
    }

    const int streams = withAudio ? 2 : 1;
    QByteArray avih;
    u32(avih, quint32(1000000 / fps)); // microseconds per frame
    u32(avih, quint32((frameBytes + (withAudio ? audioBytes : 0)) * fps));
    u32(avih, 0);    // padding granularity
    u32(avih, 0x10); // AVIF_HASINDEX
    u32(avih, quint32(frames));
    u32(avih, 0); // initial frames
    u32(avih, quint32(streams));
    u32(avih, quint32(frameBytes));
    u32(avih, quint32(w));
    u32(avih, quint32(h));
    for (int i = 0; i < 4; ++i)
        u32(avih, 0);

    QByteArray vstrh("vidsDIB ", 8);
    u32(vstrh, 0); // flags
    u16(vstrh, 0); // priority
    u16(vstrh, 0); // language
    u32(vstrh, 0); // initial frames
    u32(vstrh, 1); // scale
    u32(vstrh, quint32(fps));
    u32(vstrh, 0); // start
    u32(vstrh, quint32(frames));
    u32(vstrh, quint32(frameBytes));
    u32(vstrh, 0xffffffff); // quality: default
    u32(vstrh, 0);          // sample size: varies
    u16(vstrh, 0);
    u16(vstrh, 0);
    u16(vstrh, quint16(w));
    u16(vstrh, quint16(h));
    QByteArray bih;
    u32(bih, 40);
    u32(bih, quint32(w));
    u32(bih, quint32(h)); // positive: bottom-up rows
    u16(bih, 1);          // planes
    u16(bih, 24);         // bits per pixel
    u32(bih, 0);          // BI_RGB
    u32(bih, quint32(frameBytes));
    u32(bih, 2835); // 72 dpi
    u32(bih, 2835);
    u32(bih, 0);
    u32(bih, 0);
    QByteArray hdrl = chunk("avih", avih) + list("strl", chunk("strh", vstrh) + chunk("strf", bih));

    if (withAudio) {
        QByteArray astrh("auds", 4);
        u32(astrh, 0); // handler
        u32(astrh, 0); // flags
        u16(astrh, 0);
        u16(astrh, 0);
        u32(astrh, 0);
        u32(astrh, 2); // scale = block align
        u32(astrh, kSampleRate * 2);
        u32(astrh, 0);
        u32(astrh, quint32(samplesPerFrame * frames)); // length in blocks
        u32(astrh, quint32(audioBytes));
        u32(astrh, 0xffffffff);
        u32(astrh, 2); // sample size = block align
        for (int i = 0; i < 4; ++i)
            u16(astrh, 0);
        QByteArray wfx;
        u16(wfx, 1);
        u16(wfx, 1);
        u32(wfx, kSampleRate);
        u32(wfx, kSampleRate * 2);
        u16(wfx, 2);
        u16(wfx, 16);
        u16(wfx, 0); // cbSize
        hdrl += list("strl", chunk("strh", astrh) + chunk("strf", wfx));
    }

    const QByteArray body =
        QByteArray("AVI ") + list("hdrl", hdrl) + chunk("LIST", movi) + chunk("idx1", index);
    return chunk("RIFF", body);
}

} // namespace c41::fakes
