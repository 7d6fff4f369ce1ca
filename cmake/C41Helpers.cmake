# SPDX-License-Identifier: GPL-3.0-or-later
# Small helpers shared by the targets.

# The core layer must never link Qt Gui or Widgets. This walks the link closure
# of a target at configure time and stops the build if either appears.
function(c41_forbid_gui_in target)
    set(_seen "")
    set(_todo ${target})
    while(_todo)
        list(POP_FRONT _todo _t)
        if(_t IN_LIST _seen)
            continue()
        endif()
        list(APPEND _seen ${_t})
        if(_t MATCHES "^Qt6?::(Gui|Widgets|Charts|OpenGL|OpenGLWidgets|Svg|SvgWidgets)$")
            message(FATAL_ERROR "Layering: ${target} links ${_t}; core/ must not depend on Gui or Widgets")
        endif()
        if(TARGET ${_t})
            get_target_property(_aliased ${_t} ALIASED_TARGET)
            if(_aliased)
                list(APPEND _todo ${_aliased})
            endif()
            get_target_property(_libs ${_t} LINK_LIBRARIES)
            get_target_property(_ilibs ${_t} INTERFACE_LINK_LIBRARIES)
            foreach(_l IN LISTS _libs _ilibs)
                if(_l AND NOT _l MATCHES "NOTFOUND$" AND NOT _l MATCHES "^\\$<")
                    list(APPEND _todo ${_l})
                endif()
            endforeach()
        endif()
    endwhile()
endfunction()

# After linking an executable that should only contain core, verify with readelf
# that no Gui/Widgets shared library made it into its dynamic section.
function(c41_check_no_gui_at_link target)
    find_program(C41_READELF readelf)
    if(C41_READELF)
        add_custom_command(TARGET ${target} POST_BUILD
            COMMAND ${CMAKE_COMMAND} -DREADELF=${C41_READELF} -DBINARY=$<TARGET_FILE:${target}>
                    -P ${PROJECT_SOURCE_DIR}/cmake/CheckNoGui.cmake
            VERBATIM)
    endif()
endfunction()
