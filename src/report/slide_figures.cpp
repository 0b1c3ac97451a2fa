#include "report/slide_figures.hpp"

#include "domain/kind.hpp"
#include "report/progress_columns.hpp"

namespace wm::report {
namespace {

using core::Msg;

std::string amount(const analysis::ProgressFigures& f, core::Lang lang) {
  if (f.completedSpaces > 0) return core::tr(lang, Msg::FiguresAmountSpaces, f.completedSpaces);
  if (f.completedLengthKm > 0) return core::tr(lang, Msg::FiguresAmountKm, fixedDecimals(f.completedLengthKm, 2));
  if (f.completedAreaM2 > 0) return core::tr(lang, Msg::FiguresAmountM2, fixedDecimals(f.completedAreaM2, 0));
  return "";
}

}  // namespace

FiguresTable figuresTable(const analysis::ProgressTable& table, const std::string& district, core::Lang lang) {
  const bool period = table.query.mode == analysis::ProgressQuery::Mode::Period;
  FiguresTable out;
  out.heading = district.empty() ? std::string(core::text(Msg::FiguresCounty, lang))
                                 : core::tr(lang, Msg::FiguresDistrict, district);
  out.rows.push_back({std::string(core::text(Msg::ReportColKind, lang)),
                      std::string(core::text(Msg::ReportColTotal, lang)),
                      std::string(core::text(Msg::StatusCompleted, lang)),
                      std::string(core::text(period ? Msg::ReportColLate : Msg::ReportColOverdue, lang)),
                      std::string(core::text(Msg::FiguresColAmount, lang))});
  std::array<analysis::ProgressFigures, domain::kKindCount> byKind = table.kindTotals;
  if (!district.empty()) {
    byKind = {};
    for (const analysis::ProgressRow& row : table.rows)
      if (row.group == analysis::DistrictGroup::Named && row.district == district)
        byKind[static_cast<std::size_t>(row.kind)] += row.figures;
  }
  for (int k = 0; k < domain::kKindCount; ++k) {
    const analysis::ProgressFigures& f = byKind[static_cast<std::size_t>(k)];
    if (f.total == 0) continue;
    out.rows.push_back({std::string(core::text(domain::kindMsg(static_cast<domain::Kind>(k)), lang)),
                        std::to_string(f.total), std::to_string(f.count(domain::Status::Completed)),
                        std::to_string(f.overdue), amount(f, lang)});
  }
  return out;
}

std::string summarySentence(const analysis::ProgressTable& table, core::Lang lang) {
  const analysis::BureauSummary& s = table.summary;
  return core::tr(lang, Msg::ReportSummarySentence, s.roads, fixedDecimals(s.roadKm, 2), fixedDecimals(s.parkAreaM2, 0),
                  s.parks, s.parkingSpaces, s.carParks, fixedDecimals(s.sewerKm, 2));
}

}  // namespace wm::report
