// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace c41::backends {

// Which custom-node pack provides a node class a server lacks. ComfyUI does not
// say it; this table knows the packs the studio's models run on (and a few
// common ones), by class name or class-name prefix.
class NodePacks
{
public:
    // "ComfyUI-WanVideoWrapper" for "WanVideoSampler"; "" when unknown or core.
    static QString packForClass(const QString &classType);
    // "kijai/ComfyUI-WanVideoWrapper" for "ComfyUI-WanVideoWrapper"; "" when unknown.
    static QString repository(const QString &pack);
};

} // namespace c41::backends
