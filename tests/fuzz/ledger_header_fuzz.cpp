// A ledger sheet (台账) as its cells come from the spreadsheet driver (io/ledger_table.hpp): the input is the
// sheet as text, a row a line and a cell per tab; a cell that reads whole as a number is also numeric, as a
// spreadsheet's number cells are. Finds the header, the data and total rows, reads coordinates and compares names.
#include <charconv>
#include <cmath>
#include <string>

#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "io/ledger_table.hpp"

using namespace wm;

namespace {

io::LedgerCell cellOf(std::string_view text) {
  io::LedgerCell cell{std::string(text), std::nullopt, std::nullopt};
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (!text.empty() && error == std::errc() && end == text.data() + text.size()) cell.number = value;
  return cell;
}

void checkLayout(const std::vector<io::LedgerRow>& rows, const io::LedgerLayout& layout) {
  WM_FUZZ_CHECK(layout.headerRow >= -1 && layout.headerRow < io::kLedgerHeaderSearchRows);
  WM_FUZZ_CHECK(layout.headerRow < static_cast<int>(rows.size()));
  if (layout.headerRow < 0) return;
  const auto& header = rows[static_cast<std::size_t>(layout.headerRow)];
  for (const auto& column : layout.columns)
    WM_FUZZ_CHECK(column.source >= 0 && column.source < static_cast<int>(header.size()) && !column.header.empty());
  const int columns = static_cast<int>(layout.columns.size());
  for (int index : {layout.lonColumn, layout.latColumn, layout.lonLatColumn})
    WM_FUZZ_CHECK(index >= -1 && index < columns);
  WM_FUZZ_CHECK((layout.lonColumn < 0) == (layout.latColumn < 0));
  int previous = layout.headerRow;
  for (int row : layout.dataRows) {
    WM_FUZZ_CHECK(row > previous && row < static_cast<int>(rows.size()));
    previous = row;
  }
  if (layout.year) WM_FUZZ_CHECK(*layout.year >= 1990 && *layout.year <= 2100);
}

void checkCoordinate(std::string_view text) {
  const std::optional<double> value = io::parseCoordinate(text);
  // A coordinate that is read is a number a map can place.
  if (value) WM_FUZZ_CHECK(std::isfinite(*value));
  // A sign applies to the whole coordinate, degrees, minutes and seconds alike.
  if (!text.empty() && text.front() >= '0' && text.front() <= '9') {
    const std::optional<double> negative = io::parseCoordinate("-" + std::string(text));
    WM_FUZZ_CHECK(negative.has_value() == value.has_value());
    if (value && negative) WM_FUZZ_CHECK(*negative == -*value);
  }
}

void checkName(std::string_view text) {
  const std::string once = io::normalisedProjectName(text);
  WM_FUZZ_CHECK(core::isValidUtf8(once));
  WM_FUZZ_CHECK(io::normalisedProjectName(once) == once);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<io::LedgerRow> rows;
  for (std::string_view line : fuzz::split(fuzz::asText(data, size), '\n')) {
    io::LedgerRow& row = rows.emplace_back();
    for (std::string_view text : fuzz::split(line, '\t')) {
      row.push_back(cellOf(text));
      checkCoordinate(text);
      checkName(text);
    }
  }
  checkLayout(rows, io::readLedgerLayout(rows));
  for (const auto& row : rows) io::isLedgerDataRow(row);
  return 0;
}
