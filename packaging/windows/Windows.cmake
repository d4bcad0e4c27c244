# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an icon and version resource in each .exe, the Qt runtime beside
# the programs (windeployqt, through Qt's deploy script), the MSVC runtime,
# and an NSIS installer with Start menu and desktop shortcuts and an
# uninstaller. Built by .github/workflows/release.yml with Qt 6.5 or later.
set(win_dir ${PROJECT_BINARY_DIR}/packaging/windows)
set(TOKENDESK_ICO ${CMAKE_CURRENT_LIST_DIR}/tokendesk.ico) # made by packaging/make-platform-icons.sh

# --- The programs' icon and version information -----------------------------
set(TOKENDESK_RC_ICON ${TOKENDESK_ICO})
foreach(target tokendesk tokendesk-cli)
    set(TOKENDESK_RC_NAME ${target})
    if(target STREQUAL "tokendesk")
        set(TOKENDESK_RC_DESCRIPTION "${TOKENDESK_DISPLAY_NAME}")
    else()
        set(TOKENDESK_RC_DESCRIPTION "${TOKENDESK_DISPLAY_NAME} command-line companion")
    endif()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/tokendesk.rc.in ${win_dir}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${win_dir}/${target}.rc)
endforeach()

# --- Runtime: Qt (windeployqt) and the compiler's own DLLs --------------------
# windeployqt puts the Qt DLLs in bin\ beside both programs, the plugins
# (platforms\qwindows, styles\qmodernwindowsstyle or qwindowsvistastyle,
# tls\qschannelbackend, imageformats\qsvg, iconengines\qsvgicon...) in
# plugins\, Qt's own translations in translations\, and a qt.conf that
# points there. tokendesk-cli needs a subset of the same (Core, Network, tls).
# The signature changed in Qt 6.5 (FILENAME_VARIABLE became OUTPUT_SCRIPT,
# NO_COMPILER_RUNTIME appeared).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET tokendesk
        OUTPUT_SCRIPT tokendesk_deploy_script
        NO_COMPILER_RUNTIME
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET tokendesk
        FILENAME_VARIABLE tokendesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${tokendesk_deploy_script})
# QtKeychain is not part of Qt, so windeployqt leaves it out. The release
# workflow builds it as a static library; a shared one is installed here.
get_target_property(qtkeychain_type Qt6Keychain::Qt6Keychain TYPE)
if(qtkeychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
# The MSVC runtime (msvcp140.dll, vcruntime140*.dll) app-local in bin\, so no
# separate redistributable has to be installed first.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)

# --- NSIS -------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "${TOKENDESK_DISPLAY_NAME}-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${TOKENDESK_DISPLAY_NAME}")
set(CPACK_NSIS_PACKAGE_NAME "${TOKENDESK_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${TOKENDESK_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON ${TOKENDESK_ICO})
set(CPACK_NSIS_MUI_UNIICON ${TOKENDESK_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tokendesk.exe") # Apps & features
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${TOKENDESK_CONTACT}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start menu shortcut (and Uninstall beside it), and a desktop shortcut.
set(CPACK_PACKAGE_EXECUTABLES "tokendesk" "${TOKENDESK_DISPLAY_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS "tokendesk")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "tokendesk.exe")
# The "Install Options" page: whether to put bin\ (tokendesk-cli) on the PATH,
# for all users or the current one, and the desktop shortcut's tick box (the
# stock template creates the desktop shortcut only from that page).
set(CPACK_NSIS_MODIFY_PATH ON)

# Per-user or all-users. CMake's stock NSIS template asks for administrator
# rights and installs for all users in Program Files; it also has a per-user
# branch (Start menu, desktop shortcut and uninstall entry for the current
# user only) that it takes when it runs without those rights. Two edits of a
# copy of the template make that branch reachable and put it in the usual
# place: run with the highest rights the user has (an administrator is asked,
# as before, and installs for all users; a standard user installs for
# themselves, with no password prompt), and install per-user programs in
# %LOCALAPPDATA%\Programs rather than in Documents. Should a newer CMake's
# template no longer match, the stock one is used (all users only), with a
# warning in the build log.
file(READ ${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in nsis_template)
set(nsis_template_edited TRUE)
foreach(edit
        "RequestExecutionLevel admin|RequestExecutionLevel highest"
        "$DOCUMENTS\\@CPACK_PACKAGE_INSTALL_DIRECTORY@|$LOCALAPPDATA\\Programs\\@CPACK_PACKAGE_INSTALL_DIRECTORY@")
    string(REPLACE "|" ";" edit "${edit}")
    list(GET edit 0 from)
    list(GET edit 1 to)
    string(FIND "${nsis_template}" "${from}" at)
    if(at EQUAL -1)
        message(WARNING "CMake's NSIS.template.in has no '${from}' any more: the installer "
            "installs for all users only. Review packaging/windows/Windows.cmake.")
        set(nsis_template_edited FALSE)
    endif()
    string(REPLACE "${from}" "${to}" nsis_template "${nsis_template}")
endforeach()
if(nsis_template_edited)
    file(WRITE ${win_dir}/nsis/NSIS.template.in "${nsis_template}")
    list(PREPEND CMAKE_MODULE_PATH ${win_dir}/nsis) # CPack looks for the template there first
endif()
