#pragma once
// What the fuzz targets share: the input as text, a check whose failure is a finding (it aborts, which libFuzzer
// reports with the input and the replay test reports as a failure), and the checks every reader's diagnostics
// must pass. docs/fuzzing.md says how the targets are built and run.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace wm::fuzz {

/// The fuzzer's bytes as text (any bytes: not necessarily UTF-8).
inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Prints the failed condition and where, then aborts.
[[noreturn]] void fail(const char* condition, const char* file, int line);

/// The pieces of `text` between `separator`s; an empty piece between two separators is kept.
std::vector<std::string_view> split(std::string_view text, char separator);

/// How many arguments a message's format string needs: one past the highest "{N}", or the number of "{}".
std::size_t argumentsUsed(std::string_view format);

/// Every diagnostic carries the arguments its message uses in both languages and formats in both; its line
/// argument, where the reader gives one ({1} of a file's diagnostics), is a number.
void checkDiagnostics(const core::Diagnostics& problems);

}  // namespace wm::fuzz

// A property of the code under test; a macro so the message names the condition and its line.
#define WM_FUZZ_CHECK(condition) ((condition) ? static_cast<void>(0) : ::wm::fuzz::fail(#condition, __FILE__, __LINE__))
