// SPDX-License-Identifier: GPL-3.0-or-later
// Hosts the tests' shared precompiled header (see tests/CMakeLists.txt).
