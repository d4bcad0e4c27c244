# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: TokenDesk.app with its Info.plist, icon and bundle identifier, and
# tokendesk-cli inside it (Contents/MacOS, src/cli/CMakeLists.txt); the Qt
# frameworks and plugins deployed into the bundle by macdeployqt, through Qt's
# deploy script; packaged as a DragNDrop .dmg. Built by
# .github/workflows/release.yml with Qt 6.5 or later.
set(mac_dir ${PROJECT_BINARY_DIR}/packaging/macos)
set(TOKENDESK_ICNS ${CMAKE_CURRENT_LIST_DIR}/tokendesk.icns) # made by packaging/make-platform-icons.sh
set(bundle "${TOKENDESK_DISPLAY_NAME}.app")

# --- The bundle -------------------------------------------------------------
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(TOKENDESK_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    set(TOKENDESK_MACOS_MINIMUM 12.0) # Qt 6.8's own minimum
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${mac_dir}/Info.plist @ONLY)
set_target_properties(tokendesk PROPERTIES
    OUTPUT_NAME ${TOKENDESK_DISPLAY_NAME} # TokenDesk.app/Contents/MacOS/TokenDesk
    MACOSX_BUNDLE_INFO_PLIST ${mac_dir}/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER ${TOKENDESK_APP_ID}
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${TOKENDESK_APP_ID})
target_sources(tokendesk PRIVATE ${TOKENDESK_ICNS})
set_source_files_properties(${TOKENDESK_ICNS} TARGET_DIRECTORY tokendesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
# tokendesk-cli sits in Contents/MacOS and uses the frameworks that
# macdeployqt copies into Contents/Frameworks for the app.
set_target_properties(tokendesk-cli PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")

# --- Runtime: Qt (macdeployqt) ----------------------------------------------
# macdeployqt copies the Qt frameworks and plugins (platforms/libqcocoa,
# styles/libqmacstyle, tls/libqsecuretransportbackend or libqopensslbackend,
# imageformats/libqsvg, iconengines/libqsvgicon...) into the bundle and writes
# its qt.conf. The signature changed in Qt 6.5 (FILENAME_VARIABLE became
# OUTPUT_SCRIPT).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET tokendesk
        OUTPUT_SCRIPT tokendesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET tokendesk
        FILENAME_VARIABLE tokendesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${tokendesk_deploy_script})
# Qt's own translations (standard dialogs and buttons), which the app script
# leaves out on macOS, into Contents/Resources/translations where the app
# looks for them (src/i18n/translations.cpp).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_script(TARGET tokendesk
        NAME tokendesk_translations
        OUTPUT_SCRIPT tokendesk_translations_script
        CONTENT "
set(QT_DEPLOY_TRANSLATIONS_DIR \"${bundle}/Contents/Resources/translations\")
qt_deploy_translations(CATALOGS qtbase)
")
    install(SCRIPT ${tokendesk_translations_script})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${bundle}/Contents/Resources
    RENAME LICENSE.txt)
# Deploying rewrote the binaries' load commands, which breaks their
# signatures, and Apple silicon runs no unsigned code: sign the whole bundle
# again, ad hoc (a Developer ID signature and notarisation need the
# project's Apple account; see the README).
install(CODE "
execute_process(COMMAND codesign --force --deep --sign -
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle}\"
    COMMAND_ERROR_IS_FATAL ANY)
")

# --- DragNDrop --------------------------------------------------------------
# The .dmg holds TokenDesk.app and a link to /Applications to drag it onto.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "${TOKENDESK_DISPLAY_NAME}-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "${TOKENDESK_DISPLAY_NAME} ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON ${TOKENDESK_ICNS}) # the volume's icon
