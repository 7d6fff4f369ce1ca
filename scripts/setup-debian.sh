#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything C41 Control Center needs to build and test on Debian 12.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build git ccache clang-format clang libclang-rt-14-dev \
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n \
    qcoro-qt6-dev nlohmann-json3-dev libcurl4-openssl-dev qtkeychain-qt6-dev \
    libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core \
    xvfb xauth python3 python3-prometheus-client prometheus prometheus-node-exporter \
    lintian desktop-file-utils appstream dpkg-dev file fakeroot \
    trayer imagemagick xdotool x11-utils >/dev/null
