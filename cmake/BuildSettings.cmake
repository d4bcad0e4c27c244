# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every TokenDesk target links: warnings and the
# strict Qt defines that keep string conversions and connections explicit.
add_library(tokendesk_build_settings INTERFACE)
target_compile_definitions(tokendesk_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TOKENDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(tokendesk_build_settings INTERFACE /W4 /permissive-)
    if(TOKENDESK_WARNINGS_AS_ERRORS)
        target_compile_options(tokendesk_build_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(tokendesk_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(TOKENDESK_WARNINGS_AS_ERRORS)
        target_compile_options(tokendesk_build_settings INTERFACE -Werror)
    endif()
endif()
