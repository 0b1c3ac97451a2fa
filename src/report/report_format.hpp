#pragma once
// Output formats of `worksmap report`.
#include <optional>
#include <string_view>

namespace wm::report {

/// Xlsx is a binary workbook written by publish::writeXlsx, not by writeReport.
enum class Format { Markdown, Csv, Json, Xlsx };

/// The --format value: "md"/"markdown", "csv", "json", "xlsx" (ASCII case-insensitive, blanks trimmed); nothing
/// for anything else.
std::optional<Format> parseFormat(std::string_view text);

/// The canonical --format value of a format ("md", "csv", "json", "xlsx").
std::string_view formatCode(Format format);

}  // namespace wm::report
