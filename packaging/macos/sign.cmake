# codesign / notarization hook, run by CPack twice on macOS:
#   CPACK_PRE_BUILD_SCRIPTS   signs the deployed app bundle in the staging tree
#                             (nested frameworks and plug-ins first, then the
#                             app) with the hardened runtime, before the DMG
#                             is made;
#   CPACK_POST_BUILD_SCRIPTS  signs the .dmg, submits it to Apple's notary
#                             service and staples the ticket.
#
# Configuration, read when cpack runs (the environment wins over the CMake
# cache variable of the same name, so CI secrets never reach the build tree):
#   QASHDESK_SIGN_IDENTITY   "Developer ID Application: <Company> (<TEAMID>)",
#                            in a keychain on the search list. Empty: nothing
#                            is signed and nothing is notarized.
#   QASHDESK_NOTARY_PROFILE  keychain profile stored with
#                            `xcrun notarytool store-credentials`, or else
#   QASHDESK_NOTARY_APPLE_ID, QASHDESK_NOTARY_TEAM_ID, QASHDESK_NOTARY_PASSWORD
#                            (environment only; an app-specific password).
#                            Neither: the DMG is signed but not notarized.

set(_identity "$ENV{QASHDESK_SIGN_IDENTITY}")
if(_identity STREQUAL "")
    set(_identity "${CPACK_QASHDESK_SIGN_IDENTITY}")
endif()
set(_notary_profile "$ENV{QASHDESK_NOTARY_PROFILE}")
if(_notary_profile STREQUAL "")
    set(_notary_profile "${CPACK_QASHDESK_NOTARY_PROFILE}")
endif()

if(_identity STREQUAL "")
    if(NOT CPACK_PACKAGE_FILES)   # say it once, not twice
        message(STATUS "Qash Desk: QASHDESK_SIGN_IDENTITY is not set; "
                       "the app and the DMG are neither signed nor notarized.")
    endif()
    return()
endif()

function(qashdesk_run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        string(JOIN " " command ${ARGN})
        message(FATAL_ERROR "Qash Desk: failed: ${command}")
    endif()
endfunction()

set(_codesign codesign --force --timestamp --options runtime --sign "${_identity}")

if(NOT CPACK_PACKAGE_FILES)
    # Top-level bundles only: X.app/Contents/Info.plist with no .app above.
    file(GLOB_RECURSE _plists LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/Info.plist")
    list(FILTER _plists INCLUDE REGEX "\\.app/Contents/Info\\.plist$")
    list(FILTER _plists EXCLUDE REGEX "\\.app/.*\\.app/Contents/Info\\.plist$")
    if(NOT _plists)
        message(FATAL_ERROR "Qash Desk: no app bundle under ${CPACK_TEMPORARY_DIRECTORY}")
    endif()
    foreach(_plist IN LISTS _plists)
        get_filename_component(_contents "${_plist}" DIRECTORY)
        get_filename_component(_app "${_contents}" DIRECTORY)
        message(STATUS "Qash Desk: signing ${_app}")
        # Inside out: loose dylibs (plug-ins, Homebrew libraries), then the
        # frameworks, then the bundle itself.
        file(GLOB_RECURSE _dylibs "${_app}/Contents/*.dylib")
        foreach(_dylib IN LISTS _dylibs)
            if(NOT IS_SYMLINK "${_dylib}")
                qashdesk_run(${_codesign} "${_dylib}")
            endif()
        endforeach()
        file(GLOB _frameworks LIST_DIRECTORIES true "${_app}/Contents/Frameworks/*.framework")
        foreach(_framework IN LISTS _frameworks)
            qashdesk_run(${_codesign} "${_framework}")
        endforeach()
        qashdesk_run(${_codesign} "${_app}")
        qashdesk_run(codesign --verify --deep --strict --verbose=2 "${_app}")
    endforeach()
    return()
endif()

foreach(_package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT _package MATCHES "\\.dmg$")
        continue()
    endif()
    message(STATUS "Qash Desk: signing ${_package}")
    qashdesk_run(codesign --force --timestamp --sign "${_identity}" "${_package}")
    if(NOT _notary_profile STREQUAL "")
        set(_notary_credentials --keychain-profile "${_notary_profile}")
    elseif(NOT "$ENV{QASHDESK_NOTARY_APPLE_ID}" STREQUAL ""
           AND NOT "$ENV{QASHDESK_NOTARY_TEAM_ID}" STREQUAL ""
           AND NOT "$ENV{QASHDESK_NOTARY_PASSWORD}" STREQUAL "")
        set(_notary_credentials
            --apple-id "$ENV{QASHDESK_NOTARY_APPLE_ID}"
            --team-id "$ENV{QASHDESK_NOTARY_TEAM_ID}"
            --password "$ENV{QASHDESK_NOTARY_PASSWORD}")
    else()
        message(STATUS "Qash Desk: no notarization credentials; "
                       "${_package} is signed but not notarized.")
        continue()
    endif()
    message(STATUS "Qash Desk: notarizing ${_package} (this waits for Apple)")
    execute_process(COMMAND xcrun notarytool submit "${_package}" ${_notary_credentials} --wait
        RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)   # not qashdesk_run: it would print the password
        message(FATAL_ERROR "Qash Desk: notarization of ${_package} failed")
    endif()
    qashdesk_run(xcrun stapler staple "${_package}")
    qashdesk_run(xcrun stapler validate "${_package}")
endforeach()
