#include "report/report_format.hpp"

#include <string>

#include "core/text.hpp"

namespace wm::report {

std::optional<Format> parseFormat(std::string_view text) {
  const std::string value = core::asciiLower(core::trim(text));
  if (value == "md" || value == "markdown") return Format::Markdown;
  if (value == "csv") return Format::Csv;
  if (value == "json") return Format::Json;
  if (value == "xlsx") return Format::Xlsx;
  return std::nullopt;
}

std::string_view formatCode(Format format) {
  switch (format) {
    case Format::Markdown:
      return "md";
    case Format::Csv:
      return "csv";
    case Format::Json:
      return "json";
    case Format::Xlsx:
      return "xlsx";
  }
  return "md";
}

}  // namespace wm::report
