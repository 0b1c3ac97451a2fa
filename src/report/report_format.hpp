#pragma once
// Output formats of `worksmap report`.
#include <optional>
#include <string_view>

namespace wm::report {

enum class Format { Markdown, Csv, Json };

/// The --format value: "md"/"markdown", "csv", "json" (ASCII case-insensitive, blanks trimmed); nothing
/// for anything else.
std::optional<Format> parseFormat(std::string_view text);

/// The canonical --format value of a format ("md", "csv", "json").
std::string_view formatCode(Format format);

}  // namespace wm::report
