# Authenticode signing hook, run by CPack twice on Windows:
#   CPACK_PRE_BUILD_SCRIPTS   signs every unsigned .exe/.dll in the staging tree
#                             (ours and qtkeychain; Qt's and Microsoft's are
#                             signed already), before WIX and ZIP pack it;
#   CPACK_POST_BUILD_SCRIPTS  signs the finished .msi (CPACK_PACKAGE_FILES).
#
# Configuration, read when cpack runs (the environment wins over the CMake
# cache variable of the same name, so CI secrets never reach the build tree):
#   QASHDESK_SIGN_IDENTITY    SHA-1 thumbprint of a code-signing certificate in
#                             the Windows certificate store (40 hex digits), or
#                             its subject name. Empty: nothing is signed.
#   QASHDESK_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server
#                             (default http://timestamp.digicert.com).
#   QASHDESK_SIGNTOOL         path to signtool.exe if it is not on PATH.

set(_identity "$ENV{QASHDESK_SIGN_IDENTITY}")
if(_identity STREQUAL "")
    set(_identity "${CPACK_QASHDESK_SIGN_IDENTITY}")
endif()
if(_identity STREQUAL "")
    if(NOT CPACK_PACKAGE_FILES)   # say it once per generator, not twice
        message(STATUS "Qash Desk: QASHDESK_SIGN_IDENTITY is not set; "
                       "the ${CPACK_GENERATOR} package is not code-signed.")
    endif()
    return()
endif()

set(_timestamp_url "$ENV{QASHDESK_SIGN_TIMESTAMP_URL}")
if(_timestamp_url STREQUAL "")
    set(_timestamp_url "http://timestamp.digicert.com")
endif()

set(_signtool "$ENV{QASHDESK_SIGNTOOL}")
if(_signtool STREQUAL "")
    find_program(_signtool_on_path signtool)   # on PATH in a VS developer shell
    if(_signtool_on_path)
        set(_signtool "${_signtool_on_path}")
    else()                                     # else the newest Windows SDK's
        file(GLOB _sdk_signtools "C:/Program Files (x86)/Windows Kits/10/bin/10.*/x64/signtool.exe")
        list(SORT _sdk_signtools COMPARE NATURAL ORDER DESCENDING)
        if(_sdk_signtools)
            list(GET _sdk_signtools 0 _signtool)
        endif()
    endif()
endif()
if(_signtool STREQUAL "")
    message(FATAL_ERROR "Qash Desk: QASHDESK_SIGN_IDENTITY is set but signtool.exe "
                        "was not found; set QASHDESK_SIGNTOOL.")
endif()

string(LENGTH "${_identity}" _identity_length)
if(_identity MATCHES "^[0-9A-Fa-f]+$" AND _identity_length EQUAL 40)
    set(_select_cert /sha1 "${_identity}")   # certificate thumbprint
else()
    set(_select_cert /n "${_identity}")      # certificate subject name
endif()

function(qashdesk_sign file)
    execute_process(
        COMMAND "${_signtool}" sign ${_select_cert}
                /fd sha256 /tr "${_timestamp_url}" /td sha256
                /d "${CPACK_QASHDESK_DISPLAY_NAME}" /du "${CPACK_QASHDESK_HOMEPAGE}"
                "${file}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Qash Desk: signing ${file} failed")
    endif()
    execute_process(COMMAND "${_signtool}" verify /pa /q "${file}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Qash Desk: ${file} does not verify after signing")
    endif()
endfunction()

if(CPACK_PACKAGE_FILES)
    foreach(_package IN LISTS CPACK_PACKAGE_FILES)
        if(_package MATCHES "\\.msi$")
            message(STATUS "Qash Desk: signing ${_package}")
            qashdesk_sign("${_package}")
        endif()
    endforeach()
else()
    file(GLOB_RECURSE _binaries "${CPACK_TEMPORARY_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_DIRECTORY}/*.dll")
    foreach(_binary IN LISTS _binaries)
        execute_process(COMMAND "${_signtool}" verify /pa /q "${_binary}"
            RESULT_VARIABLE _signed OUTPUT_QUIET ERROR_QUIET)
        if(NOT _signed EQUAL 0)
            message(STATUS "Qash Desk: signing ${_binary}")
            qashdesk_sign("${_binary}")
        endif()
    endforeach()
endif()
