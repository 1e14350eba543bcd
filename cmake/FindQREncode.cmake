# Finds libqrencode through pkg-config where there is one, else by name.
#   QREncode::QREncode  imported target
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_QREncode QUIET libqrencode)
endif()

find_path(QREncode_INCLUDE_DIR qrencode.h HINTS ${PC_QREncode_INCLUDE_DIRS})
find_library(QREncode_LIBRARY NAMES qrencode HINTS ${PC_QREncode_LIBRARY_DIRS})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QREncode
    REQUIRED_VARS QREncode_LIBRARY QREncode_INCLUDE_DIR
    VERSION_VAR PC_QREncode_VERSION)

if(QREncode_FOUND AND NOT TARGET QREncode::QREncode)
    add_library(QREncode::QREncode UNKNOWN IMPORTED)
    set_target_properties(QREncode::QREncode PROPERTIES
        IMPORTED_LOCATION "${QREncode_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QREncode_INCLUDE_DIR}")
endif()
mark_as_advanced(QREncode_INCLUDE_DIR QREncode_LIBRARY)
