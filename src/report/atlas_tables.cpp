#include "report/atlas_tables.hpp"

#include "domain/kind.hpp"
#include "report/progress_columns.hpp"

namespace wm::report {
namespace {

using core::Msg;

std::string says(Msg msg, core::Lang lang) { return std::string(core::text(msg, lang)); }

std::vector<std::string> districtHeader(bool period, core::Lang lang) {
  std::vector<std::string> header{says(Msg::ReportColDistrict, lang)};
  if (period) {
    header.push_back(says(Msg::StatusCompleted, lang));
    header.push_back(says(Msg::ReportColLate, lang));
  } else {
    for (Msg m : {Msg::ReportColTotal, Msg::StatusPlanned, Msg::StatusUnderConstruction, Msg::StatusCompleted,
                  Msg::StatusSuspended, Msg::ReportColOverdue})
      header.push_back(says(m, lang));
  }
  for (Msg m : {Msg::ReportColCompletedLengthKm, Msg::ReportColCompletedAreaM2, Msg::ReportColCompletedSpaces})
    header.push_back(says(m, lang));
  return header;
}

std::vector<std::string> districtLine(std::string name, const analysis::ProgressFigures& f, bool period) {
  std::vector<std::string> row{std::move(name)};
  if (period) {
    row.push_back(std::to_string(f.count(domain::Status::Completed)));
    row.push_back(std::to_string(f.overdue));
  } else {
    for (std::int64_t n : {f.total, f.count(domain::Status::Planned), f.count(domain::Status::UnderConstruction),
                           f.count(domain::Status::Completed), f.count(domain::Status::Suspended), f.overdue})
      row.push_back(std::to_string(n));
  }
  row.push_back(fixedDecimals(f.completedLengthKm, 2));
  row.push_back(fixedDecimals(f.completedAreaM2, 0));
  row.push_back(std::to_string(f.completedSpaces));
  return row;
}

}  // namespace

TextRows districtRows(const analysis::ProgressTable& table, const std::vector<std::string>& districts,
                      core::Lang lang) {
  const bool period = table.query.mode == analysis::ProgressQuery::Mode::Period;
  TextRows rows{districtHeader(period, lang)};
  for (const std::string& name : districts) {
    analysis::ProgressFigures sum;
    for (const analysis::ProgressRow& row : table.rows)
      if (row.group == analysis::DistrictGroup::Named && row.district == name) sum += row.figures;
    rows.push_back(districtLine(name, sum, period));
  }
  analysis::ProgressFigures unassigned;
  bool anyUnassigned = false;
  for (const analysis::ProgressRow& row : table.rows)
    if (row.group == analysis::DistrictGroup::Unassigned) {
      unassigned += row.figures;
      anyUnassigned = true;
    }
  if (anyUnassigned) rows.push_back(districtLine(says(Msg::ReportUnassigned, lang), unassigned, period));
  rows.push_back(districtLine(says(Msg::ReportColTotal, lang), table.total, period));
  return rows;
}

TextRows overdueRows(const std::vector<analysis::OverdueWork>& works, bool period, core::Lang lang) {
  TextRows rows{{says(Msg::AtlasColProject, lang), says(Msg::ReportColKind, lang), says(Msg::AtlasColPlanned, lang)}};
  if (period) rows.front().push_back(says(Msg::AtlasColCompleted, lang));
  rows.front().push_back(says(period ? Msg::AtlasColDaysLate : Msg::AtlasColDaysOverdue, lang));
  for (const analysis::OverdueWork& w : works) {
    std::vector<std::string> row{w.name, says(domain::kindMsg(w.kind), lang), w.planned.iso()};
    if (period) row.push_back(w.completed ? w.completed->iso() : std::string());
    row.push_back(std::to_string(w.daysLate));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace wm::report
