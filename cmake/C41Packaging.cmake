# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for the data files, the deploy step of each OS, and CPack:
#   Linux:   .deb (c41-control-center) and .tar.gz       -- tested by scripts/package-check.sh
#   macOS:   c41.app (Info.plist, c41.icns) in a DMG     -- untested here
#   Windows: NSIS installer, Start-menu entry, uninstall -- untested here
# Included once, at the end of the top-level CMakeLists.txt (the targets c41 and
# c41ctl must exist). The version is the project's VERSION, nothing else.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(C41_APP_ID "org.c41.ControlCenter")
set(C41_APP_NAME "C41 Control Center")
set(C41_DEB_NAME "c41-control-center")
# The date of the release PROJECT_VERSION names: AppStream <release>, man pages and
# the Debian changelog. Bump it together with project(VERSION).
set(C41_RELEASE_DATE "2026-11-22")
set(C41_RELEASE_DATE_RFC2822 "Sun, 22 Nov 2026 12:00:00 +0000")
set(C41_MAINTAINER "The C41 Control Center developers <maintainers@c41.example.invalid>")

set(C41_PKG_SRC "${PROJECT_SOURCE_DIR}/packaging")
set(C41_PKG_GEN "${PROJECT_BINARY_DIR}/packaging")
set(C41_ICONS "${PROJECT_SOURCE_DIR}/resources/icons")
# hicolor PNG sizes committed under resources/icons/hicolor (packaging/make-icons.py).
set(C41_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# ---------------------------------------------------------------------------------
# Linux (and other freedesktop systems): desktop entry, AppStream, icons, man pages.
# ---------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    find_program(C41_GZIP gzip REQUIRED)
    # Compresses IN to OUT (gzip -9n: no name, no time stamp, so builds are
    # reproducible) at configure time; configure_file() already re-runs CMake when
    # the source changes.
    function(c41_gzip_file in out)
        execute_process(COMMAND "${C41_GZIP}" -9nc "${in}" OUTPUT_FILE "${out}"
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "gzip ${in} failed: ${rc}")
        endif()
    endfunction()

    set(C41_DEB_RELEASE 1)
    set(C41_DEB_VERSION "${PROJECT_VERSION}-${C41_DEB_RELEASE}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${C41_MAINTAINER}")

    configure_file("${C41_PKG_SRC}/linux/${C41_APP_ID}.metainfo.xml.in"
        "${C41_PKG_GEN}/${C41_APP_ID}.metainfo.xml" @ONLY)
    foreach(page c41 c41ctl)
        configure_file("${C41_PKG_SRC}/linux/${page}.1.in" "${C41_PKG_GEN}/${page}.1" @ONLY)
        c41_gzip_file("${C41_PKG_GEN}/${page}.1" "${C41_PKG_GEN}/${page}.1.gz")
    endforeach()
    configure_file("${C41_PKG_SRC}/linux/changelog.Debian.in" "${C41_PKG_GEN}/changelog.Debian"
        @ONLY)
    c41_gzip_file("${C41_PKG_GEN}/changelog.Debian" "${C41_PKG_GEN}/changelog.Debian.gz")

    install(FILES "${C41_PKG_SRC}/linux/${C41_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${C41_PKG_GEN}/${C41_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # Optional autostart entry: the app copies it to ~/.config/autostart when the
    # user asks for "Start at login"; it is not put in /etc/xdg/autostart.
    install(FILES "${C41_PKG_SRC}/linux/c41-autostart.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/${C41_DEB_NAME}")
    install(FILES "${C41_ICONS}/c41.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${C41_APP_ID}.svg")
    foreach(size IN LISTS C41_ICON_SIZES)
        install(FILES "${C41_ICONS}/hicolor/c41-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${C41_APP_ID}.png")
    endforeach()
    install(FILES "${C41_PKG_GEN}/c41.1.gz" "${C41_PKG_GEN}/c41ctl.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${C41_PKG_SRC}/linux/copyright" "${C41_PKG_GEN}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${C41_DEB_NAME}")
    install(FILES "${C41_PKG_SRC}/linux/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME "${C41_DEB_NAME}")
endif()

# ---------------------------------------------------------------------------------
# macOS: the bundle's Info.plist and icon; macdeployqt through Qt's deploy support.
# c41ctl goes inside the bundle (Contents/MacOS) so it shares the deployed frameworks.
# ---------------------------------------------------------------------------------
if(APPLE)
    set(C41_ICNS "${PROJECT_SOURCE_DIR}/packaging/macos/c41.icns")
    target_sources(c41 PRIVATE "${C41_ICNS}")
    # Source properties are per directory: set it where c41 is defined.
    set_source_files_properties("${C41_ICNS}" TARGET_DIRECTORY c41
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(c41 PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${C41_PKG_SRC}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${C41_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "${C41_APP_NAME}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "c41.icns"
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
    set_target_properties(c41ctl PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    set(C41_MAC_DEPLOY "${PROJECT_BINARY_DIR}/deploy/c41-macos-deploy.cmake")
    file(GENERATE OUTPUT "${C41_MAC_DEPLOY}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:c41>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:c41>.app/Contents/MacOS/$<TARGET_FILE_NAME:c41ctl>\")
")
    install(SCRIPT "${C41_MAC_DEPLOY}")
endif()

# ---------------------------------------------------------------------------------
# Windows: exe icon and version resource; windeployqt through Qt's deploy support.
# ---------------------------------------------------------------------------------
if(WIN32)
    configure_file("${C41_PKG_SRC}/windows/c41.rc.in" "${C41_PKG_GEN}/c41.rc" @ONLY)
    target_sources(c41 PRIVATE "${C41_PKG_GEN}/c41.rc")
    foreach(target c41 c41ctl)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${deploy_script}")
    endforeach()
    # The MSVC runtime, for machines that do not have it yet.
    include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${C41_DEB_NAME}")
set(CPACK_PACKAGE_VENDOR "The C41 Control Center developers")
set(CPACK_PACKAGE_CONTACT "${C41_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "monitor and drive the servers of a small AI studio")
# Wrapped for dpkg (lines under 80 columns, an empty line between paragraphs).
set(CPACK_PACKAGE_DESCRIPTION [=[C41 Control Center is one native window, a tray icon and a command line
(c41ctl) for the machines of a small AI studio: language models served by
Ollama, llama.cpp, vLLM or MLX, image and video generation with ComfyUI,
text-to-speech servers, and GPU and memory telemetry from Prometheus
exporters and macmon.

It shows which servers are up, what they run and how fast they answer,
manages the models in memory and keeps API keys in the system keychain.
A built-in demo studio lets you try it without any server.]=])
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${C41_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "c41;${C41_APP_NAME}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "${C41_APP_NAME}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${C41_ICNS}")
    set(CPACK_PACKAGE_FILE_NAME "C41ControlCenter-${PROJECT_VERSION}-macOS")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(C41_ICO "${C41_PKG_SRC}/windows/c41.ico")
    set(CPACK_PACKAGE_FILE_NAME "C41ControlCenter-${PROJECT_VERSION}-win64")
    set(CPACK_NSIS_PACKAGE_NAME "${C41_APP_NAME}")
    set(CPACK_NSIS_DISPLAY_NAME "${C41_APP_NAME}")
    set(CPACK_NSIS_MUI_ICON "${C41_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${C41_ICO}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\c41.exe") # the icon in "Apps & features"
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${C41_MAINTAINER}")
    # NSIS always writes Uninstall.exe, registers it in "Apps & features" and puts an
    # "Uninstall" shortcut in the Start-menu folder. Remove an older version first.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # c41ctl on PATH (the installer asks).
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    # Start menu: the app (CPACK_PACKAGE_EXECUTABLES), the uninstaller, the website.
    set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}" "${C41_APP_NAME} website")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "c41.exe")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGE_FILE_NAME "${C41_DEB_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
    # DEB
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # c41-control-center_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE "${C41_DEB_RELEASE}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    # Libraries from dpkg-shlibdeps; plugins Qt loads at run time, which no ELF
    # dependency names: the SVG icon engine (the window
    # icon), the SQLite driver (chat history); and libcurl, which the connection
    # doctor loads with QLibrary on first use (not linked: start-up cost), 7.85 for
    # CURLOPT_PROTOCOLS_STR.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, libcurl4 (>= 7.85.0)")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager | keepassxc")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "prometheus-node-exporter")
endif()

include(CPack)
