# Checks that text reaches a user only as a message key of the translation table plus arguments
# (core/translation.hpp): no core::Error made from a string, no Diagnostic brace-initialised field by field (they
# are made by Diagnostic::error/warning/info/of and placed by inFile/inLayer/atFeature). The types refuse both
# already (tests/core/translation_test.cpp asserts it); this keeps a future Error or Diagnostic look-alike, or a
# constructor added back, from bringing English-only literals in again. Run as:
# cmake -DSRC=<repo>/src -P message_rules.cmake
set(rules
  "(^|[^A-Za-z_])Error[{(] *\"@@an error made from an English literal: use core::Error{Msg::..., {args}}"
  "(^|[^A-Za-z_])Error[{(] *std::string@@an error made from text: use core::Error{Msg::..., {args}}"
  "(^|[^A-Za-z_>])[{] *(core::)?Severity::[A-Za-z]+ *,@@a brace-initialised Diagnostic: use Diagnostic::error(...).inFile(...)"
  "Diagnostic +[A-Za-z_]+ *[{;]@@a Diagnostic built field by field: use its factories")

set(failures "")
file(GLOB_RECURSE files "${SRC}/*.hpp" "${SRC}/*.cpp")
foreach(file ${files})
  foreach(rule ${rules})
    string(FIND "${rule}" "@@" bar)
    string(SUBSTRING "${rule}" 0 ${bar} pattern)
    math(EXPR after "${bar} + 2")
    string(SUBSTRING "${rule}" ${after} -1 why)
    file(STRINGS ${file} hits REGEX "${pattern}")
    foreach(line ${hits})
      if(NOT line MATCHES "^ *//")
        string(STRIP "${line}" line)
        string(APPEND failures "${file}: ${why}: ${line}\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "Message rules broken:\n${failures}")
endif()
message(STATUS "every message goes through the translation table")
