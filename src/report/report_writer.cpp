#include "report/report_writer.hpp"

namespace wm::report {

std::string writeReport(const analysis::ProgressTable& table, Format format, core::Lang lang,
                        std::string_view dataNote) {
  switch (format) {
    case Format::Csv:
      return writeCsv(table);
    case Format::Json:
      return writeJson(table);
    case Format::Xlsx:  // a workbook, not text: publish::writeXlsx
    case Format::Markdown:
      break;
  }
  return writeMarkdown(table, lang, dataNote);
}

}  // namespace wm::report
