#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the app icon, resources/icons/c41.svg, into every file the packages need:

  resources/icons/hicolor/c41-<N>.png   Linux hicolor PNGs (N = 16 ... 512)
  packaging/windows/c41.ico             Windows: exe icon and NSIS installer icon
  packaging/macos/c41.icns              macOS: the bundle's icon (Info.plist CFBundleIconFile)

The outputs are committed, so a build needs no SVG renderer. Run this again after
changing c41.svg; it needs rsvg-convert (Debian: librsvg2-bin). The .ico and .icns
containers are written here directly (both hold plain PNG images), so neither
ImageMagick nor macOS's iconutil is needed.
"""
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources/icons/c41.svg"
HICOLOR = ROOT / "resources/icons/hicolor"
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# icns element types that hold PNG data, and their pixel size.
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
]


def render(size: int) -> bytes:
    return subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
        check=True, capture_output=True).stdout


def write_ico(path: Path, images: dict) -> None:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, data = b"", b""
    for size in ICO_SIZES:
        png = images[size]
        # Width/height 0 means 256 in an ICONDIRENTRY.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png),
                               offset + len(data))
        data += png
    path.write_bytes(header + entries + data)


def write_icns(path: Path, images: dict) -> None:
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    sizes = sorted(set(HICOLOR_SIZES + ICO_SIZES + [size for _, size in ICNS_TYPES]))
    images = {size: render(size) for size in sizes}
    HICOLOR.mkdir(parents=True, exist_ok=True)
    for size in HICOLOR_SIZES:
        (HICOLOR / f"c41-{size}.png").write_bytes(images[size])
    write_ico(ROOT / "packaging/windows/c41.ico", images)
    write_icns(ROOT / "packaging/macos/c41.icns", images)
    return 0


if __name__ == "__main__":
    sys.exit(main())
