# GoogleTest for the WebAssembly build: Debian's googletest sources compiled
# with em++, and the suites run under Node by CTest (the toolchain sets
# CMAKE_CROSSCOMPILING_EMULATOR to node). NODERAWFS gives the test binaries
# Node's real file system, so the golden runner reads tests/golden/ from disk
# exactly as the native build does: one runner, one corpus, two targets.
#
# Provides GTest::gtest, GTest::gtest_main and scopeplay_wasm_test(target).

set(SCOPEPLAY_GTEST_SOURCE_DIR "/usr/src/googletest" CACHE PATH
    "GoogleTest sources to compile with em++ (Debian: googletest package)")
if(NOT EXISTS ${SCOPEPLAY_GTEST_SOURCE_DIR}/googletest/CMakeLists.txt)
  message(FATAL_ERROR "GoogleTest sources not found in ${SCOPEPLAY_GTEST_SOURCE_DIR} "
                      "(Debian: apt-get install googletest)")
endif()

set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)  # no threads: no SharedArrayBuffer
add_subdirectory(${SCOPEPLAY_GTEST_SOURCE_DIR}/googletest
                 ${CMAKE_BINARY_DIR}/_deps/googletest EXCLUDE_FROM_ALL)
foreach(lib gtest gtest_main)
  # GoogleTest is not held to scopeplay's warning flags (as with the system
  # package natively): -w for its sources, system includes for its headers.
  target_compile_options(${lib} PRIVATE -w -frtti)  # as the tests (see below)
  get_target_property(dirs ${lib} INTERFACE_INCLUDE_DIRECTORIES)
  set_target_properties(${lib} PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${dirs}")
  if(NOT TARGET GTest::${lib})  # GoogleTest >= 1.11 defines them itself
    add_library(GTest::${lib} ALIAS ${lib})
  endif()
endforeach()

# The test binaries are classic (CommonJS) Emscripten programs; the top-level
# package.json says "type": "module", so mark the build tree as CommonJS.
file(WRITE ${CMAKE_BINARY_DIR}/package.json "{ \"type\": \"commonjs\" }\n")

# One CTest test per binary (each gtest case as its own Node process would cost
# a Node start-up and a module compile per case); gtest prints every failure.
function(scopeplay_wasm_test target)
  # The engine's libraries keep the preset's -Os (they are what ships); the
  # test sources (large generated tables) and the link optimise less, to keep
  # the build within CI's time.
  # RTTI back on for the tests alone (the preset builds the engine without):
  # unit tests use runtime::payload_of's dynamic_cast on their own payloads.
  target_compile_options(${target} PRIVATE -O1 -frtti)
  # The shipped module's operator new/delete (wasm/alloc.cpp), so the suites run on it too.
  target_link_libraries(${target} PRIVATE scopeplay_wasm_alloc)
  target_link_options(${target} PRIVATE
    -O1
    -sNODERAWFS=1
    -sENVIRONMENT=node
    -sEXIT_RUNTIME=1
    -sWASM_ASYNC_COMPILATION=0  # read the .wasm with fs: Node 20's fetch() cannot load a path
    -sALLOW_MEMORY_GROWTH=1
    -sTOTAL_STACK=8388608)
  # A Python call costs the engine about 1 KB of the JavaScript engine's native
  # stack, so 1000 nested calls (RecursionError's depth) sit right at V8's
  # default ~984 KB: give the tests room (the main thread's stack is 8 MB).
  set(run ${CMAKE_CROSSCOMPILING_EMULATOR} --stack-size=4000 $<TARGET_FILE:${target}>)

  # Tests known to fail only here (tests/wasm/expected_failures.txt): the
  # suite runs without them, and each must fail on its own.
  set(known ${PROJECT_SOURCE_DIR}/tests/wasm/expected_failures.txt)
  set(cases "")
  if(EXISTS ${known})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${known})
    file(STRINGS ${known} lines)
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "#.*" "" line "${line}")
      string(STRIP "${line}" line)
      if(line MATCHES "^([A-Za-z0-9_]+)[ \t]+([A-Za-z0-9_./]+)$")
        if(CMAKE_MATCH_1 STREQUAL target)
          list(APPEND cases "${CMAKE_MATCH_2}")
        endif()
      elseif(line AND target STREQUAL "scopeplay_golden_tests")
        list(APPEND cases "Golden/GoldenTest.MatchesExpectedOutput/${line}")
      endif()
    endforeach()
  endif()
  if(cases)
    list(JOIN cases ":" filter)
    add_test(NAME ${target} COMMAND ${run} --gtest_filter=-${filter})
    foreach(case IN LISTS cases)
      string(REGEX REPLACE ".*/" "" short "${case}")
      string(REPLACE "." "_" short "${short}")
      add_test(NAME ${target}_wasm_xfail_${short} COMMAND ${run} --gtest_filter=${case})
      set_tests_properties(${target}_wasm_xfail_${short} PROPERTIES WILL_FAIL TRUE TIMEOUT 300)
    endforeach()
  else()
    add_test(NAME ${target} COMMAND ${run})
  endif()
  set_tests_properties(${target} PROPERTIES TIMEOUT 1200)
endfunction()
