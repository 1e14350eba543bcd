# Project-wide compile settings live on an interface target rather than in
# directory-wide variables, so every target opts in explicitly.
add_library(qashdesk_options INTERFACE)

target_compile_definitions(qashdesk_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QASHDESK_VERSION="${PROJECT_VERSION}"
    QASHDESK_APP_ID="${QASHDESK_APP_ID}")

if(MSVC)
    target_compile_options(qashdesk_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(qashdesk_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)
endif()

if(QASHDESK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "QASHDESK_SANITIZE is for GCC and Clang")
    endif()
    target_compile_options(qashdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(qashdesk_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer build (preset "fuzz"): coverage instrumentation plus ASan and UBSan
# on every target; only the fuzz targets link the libFuzzer driver
# (-fsanitize=fuzzer, added in tests/fuzz/CMakeLists.txt).
if(QASHDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "QASHDESK_FUZZ needs clang (libFuzzer): use the fuzz preset or scripts/fuzz")
    endif()
    target_compile_options(qashdesk_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        # clang's -Wpedantic flags Qt's own qCInfo(category) << … macros.
        -Wno-gnu-zero-variadic-macro-arguments)
    target_link_options(qashdesk_options INTERFACE -fsanitize=address,undefined)
endif()

# Hardening for optimised builds, as Debian's dpkg-buildflags would add
# (the sanitizer builds instrument memory access their own way).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT MSVC AND NOT QASHDESK_SANITIZE AND NOT QASHDESK_FUZZ)
    target_compile_options(qashdesk_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
        -fstack-protector-strong)
    target_link_options(qashdesk_options INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
