# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on its staging directory, after
# CPACK_STRIP_FILES: also drops the .comment and .note sections, as dh_strip
# does, which plain `strip` keeps (lintian: binary-has-unneeded-section).
file(GLOB_RECURSE programs LIST_DIRECTORIES false
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/tokendesk"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/tokendesk-cli")
foreach(program IN LISTS programs)
    execute_process(COMMAND "${CPACK_TOKENDESK_STRIP}"
            --remove-section=.comment --remove-section=.note "${program}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
