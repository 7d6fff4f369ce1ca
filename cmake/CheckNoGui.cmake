# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when BINARY needs libQt6Gui or libQt6Widgets (run after link).
execute_process(COMMAND ${READELF} -d ${BINARY} OUTPUT_VARIABLE _dyn RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(_dyn MATCHES "libQt6(Gui|Widgets|Charts|OpenGL)")
    message(FATAL_ERROR "Layering: ${BINARY} links Qt Gui/Widgets, but it may only use core")
endif()
