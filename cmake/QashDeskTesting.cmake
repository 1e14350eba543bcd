# qashdesk_add_test(NAME SOURCES src... LIBS lib... [LABELS l...])
# One Qt Test executable per test class, registered with CTest. Every test runs
# on the offscreen platform with Qt's test-mode paths, so nothing touches the
# real settings, journal or display.
function(qashdesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test qashdesk_options ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_FORCE_STDERR_LOGGING=1"
        TIMEOUT 120
        LABELS "${ARG_LABELS}")
endfunction()
