// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace c41::ui {

// What the Create page says about a local media file: its size in words, and
// for a WAV file its length (read from the header, nothing decoded).
class MediaFile
{
public:
    static QString sizeText(qint64 bytes);                        // "312 KB", "4.2 MB"
    static std::optional<double> wavSeconds(const QString &path); // none if not a PCM WAV
    static QString durationText(double seconds);                  // "3.2 s", "1:05"
    // One line: "voice.wav · 3.2 s · 150 KB".
    static QString describe(const QString &path);
};

} // namespace c41::ui
