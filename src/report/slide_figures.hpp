#pragma once
// The figures a briefing slide shows (docs/design.md §6.1, for its date or period) as a small table of translated text,
// and the bureau's summary sentence: shared by the map overlay of `render --slide` and the PDF deck.
#include <string>
#include <vector>

#include "analysis/district_progress.hpp"
#include "core/translation.hpp"

namespace wm::report {

struct FiguresTable {
  std::string heading;                         ///< "County figures", or "城区数据"
  std::vector<std::vector<std::string>> rows;  ///< the column headers, then a row per kind with projects
};

/// The county's figures (`district` empty) or one district's from `table` (grouped by district and kind):
/// kind, total, completed, overdue (in a period: completed late), and the completed amount in the kind's unit
/// (parking spaces, else km, else m²). Kinds in their natural order; none without projects.
FiguresTable figuresTable(const analysis::ProgressTable& table, const std::string& district, core::Lang lang);

/// The bureau's year-end sentence (docs/design.md §1.2) filled with the table's county figures.
std::string summarySentence(const analysis::ProgressTable& table, core::Lang lang);

}  // namespace wm::report
