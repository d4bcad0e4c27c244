# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules beyond the two executables, and the installers CPack builds
# from them: DEB, RPM and TGZ on Linux (packaging/linux), NSIS on Windows
# (packaging/windows), a DragNDrop .dmg on macOS (packaging/macos). Included
# last by the top CMakeLists.txt, so every target exists and the deploy step
# runs after the executables are installed (install rules run in the order
# they are declared).
#
# The metadata (version, summary, homepage, app id, vendor, contact, release
# date) comes from the top CMakeLists.txt, and only from there.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "tokendesk")
set(CPACK_PACKAGE_VENDOR "${TOKENDESK_VENDOR}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "TokenDesk fetches the permanent API tokens of a BotPenguin partner agency's
customers: paste or pick customer user IDs, fetch their tokens in parallel,
see at a glance which are active, and copy one safely into the customer's
setup. Tokens are masked on screen, marked secret on the clipboard and cleared
from it after 30 seconds; the agency key lives in the system keychain.

It comes with tokendesk-cli, a console companion for scripts and batches,
and a built-in demo sandbox (--demo) that needs no BotPenguin account.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${TOKENDESK_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${TOKENDESK_DISPLAY_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Directories in the packages are 0755 whatever the builder's umask is.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/build-;/\\\\.git/")

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
