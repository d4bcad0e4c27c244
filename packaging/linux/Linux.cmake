# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: the desktop integration (desktop entry, AppStream metainfo, hicolor
# icons), man pages, the Debian copyright and changelog, and CPack's DEB, RPM
# and TGZ. Qt itself comes from the distribution (the .deb depends on
# Debian's Qt packages), so nothing of Qt is deployed here: Qt 6.4's
# qt_generate_deploy_app_script does not support Linux anyway.
set(data_dir ${PROJECT_BINARY_DIR}/packaging/linux)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}) # named after the package
find_program(TOKENDESK_GZIP gzip REQUIRED)

# The release date in RFC 2822 form for the Debian changelog (lintian checks
# the weekday), and the version in the files that carry one.
execute_process(COMMAND date -u -R -d "${TOKENDESK_RELEASE_DATE} 12:00:00"
    OUTPUT_VARIABLE TOKENDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/resources/${TOKENDESK_APP_ID}.metainfo.xml.in
    ${data_dir}/${TOKENDESK_APP_ID}.metainfo.xml @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${data_dir}/changelog @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${data_dir}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/man/tokendesk.1.in ${data_dir}/tokendesk.1 @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/man/tokendesk-cli.1.in
    ${data_dir}/tokendesk-cli.1 @ONLY)

# Compressed with -9 and without a timestamp (-n), as Debian policy and
# lintian want them, and reproducibly.
set(gzipped_files)
foreach(file changelog tokendesk.1 tokendesk-cli.1)
    add_custom_command(OUTPUT ${data_dir}/${file}.gz
        COMMAND ${TOKENDESK_GZIP} -9nkf ${data_dir}/${file}
        DEPENDS ${data_dir}/${file}
        VERBATIM)
    list(APPEND gzipped_files ${data_dir}/${file}.gz)
endforeach()

# The hicolor PNGs, rendered from the SVG by a small QtSvg tool at build time.
qt_add_executable(tokendesk-iconrender ${PROJECT_SOURCE_DIR}/packaging/iconrender.cpp)
target_link_libraries(tokendesk-iconrender PRIVATE Qt6::Gui Qt6::Svg tokendesk_build_settings)
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/tokendesk.svg)
set(icon_sizes 16 22 24 32 48 64 128 256 512)
set(icon_pngs)
foreach(size IN LISTS icon_sizes)
    list(APPEND icon_pngs ${data_dir}/hicolor/${size}x${size}/apps/${TOKENDESK_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
    COMMAND tokendesk-iconrender ${icon_svg}
        ${data_dir}/hicolor/%1x%1/apps/${TOKENDESK_APP_ID}.png ${icon_sizes}
    DEPENDS tokendesk-iconrender ${icon_svg}
    COMMENT "Rendering the hicolor icons"
    VERBATIM)

# Built with the app, so that building just `tokendesk tokendesk-cli` is enough
# for cpack.
add_custom_target(tokendesk_linux_data DEPENDS ${icon_pngs} ${gzipped_files})
add_dependencies(tokendesk tokendesk_linux_data)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${TOKENDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${data_dir}/${TOKENDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${data_dir}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${TOKENDESK_APP_ID}.svg)
install(FILES ${data_dir}/tokendesk.1.gz ${data_dir}/tokendesk-cli.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The licence as Debian wants it (machine-readable, pointing to
# /usr/share/common-licenses/GPL-3) and a Debian-format changelog: the package
# is built by upstream from upstream's tree, so it is a native package and its
# changelog is changelog.gz.
install(FILES ${data_dir}/copyright ${data_dir}/changelog.gz DESTINATION ${doc_dir})

# CPack strips the programs (CPACK_STRIP_FILES); this drops what strip keeps.
if(CMAKE_STRIP)
    set(CPACK_TOKENDESK_STRIP "${CMAKE_STRIP}")
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/strip-sections.cmake)
endif()

# --- DEB --------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TOKENDESK_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps finds the libraries the programs link (Qt Core, Gui, Widgets,
# Network, Svg, QtKeychain, libc...). It cannot see what is loaded at run time:
# QtKeychain opens libsecret with dlopen. (libqt6svg6, which also holds the SVG
# icon engine, comes from shlibdeps; the xcb platform plugin is in libqt6gui6.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# A Secret Service to keep the agency key in (as QtKeychain recommends), and
# Qt's own translations of its standard dialogs and buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")

# --- RPM --------------------------------------------------------------------
# Built on Debian: rpm computes the library requirements the same way, and
# libsecret is named by its soname so that Fedora and openSUSE both resolve it.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit)")
else()
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0")
endif()
# Directories that the distribution's own packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS icon_sizes)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# Plain `cpack` builds what this machine can build.
set(CPACK_GENERATOR "TGZ")
find_program(TOKENDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(TOKENDESK_DPKG_SHLIBDEPS)
    list(APPEND CPACK_GENERATOR "DEB")
endif()
find_program(TOKENDESK_RPMBUILD rpmbuild)
if(TOKENDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
endif()
