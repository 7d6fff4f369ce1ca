// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace c41::fakes {

// Small, valid media files for the fake ComfyUI's audio and video outputs,
// written without any codec library: a 16-bit PCM WAV tone, and an
// uncompressed RIFF AVI (BI_RGB 24-bit 'DIB ' frames of a moving gradient,
// with an optional PCM audio stream for video-to-audio jobs) with an idx1
// index, which every mainstream player opens.
class FakeComfyUiMedia
{
public:
    static constexpr int kSampleRate = 22050;

    // Mono 16-bit PCM, a seed-dependent tone with a soft envelope.
    static QByteArray wav(double seconds, quint32 seed);
    // width/height are clamped to 16..128 and rounded to even numbers.
    static QByteArray avi(int width, int height, int frames, int fps, quint32 seed, bool withAudio);

    // The PCM samples wav() and avi() use.
    static QByteArray pcm(int samples, quint32 seed);
};

} // namespace c41::fakes
