// The JSON writer (declared in report_writer.hpp). nlohmann_json stays private to this module.
#include <algorithm>
#include <array>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/kind.hpp"
#include "report/progress_columns.hpp"
#include "report/report_writer.hpp"

namespace wm::report {
namespace {

// Insertion-ordered, so keys come out in the CSV's column order rather than alphabetically.
using Json = nlohmann::ordered_json;

void addFigures(Json& object, const analysis::ProgressFigures& figures) {
  for (const FigureColumn& column : figureColumns()) {
    const std::string key(column.key);
    if (column.unit == ColumnUnit::Count)
      object[key] = column.count(figures);
    else
      object[key] = roundedDecimals(column.measure(figures), kMeasureDecimals);
  }
}

Json queryJson(const analysis::ProgressQuery& query) {
  Json q = Json::object();
  if (query.mode == analysis::ProgressQuery::Mode::AsOf) {
    q["mode"] = "as_of";
    q["as_of"] = query.asOf.iso();
  } else {
    q["mode"] = "period";
    q["from"] = query.from.iso();
    q["to"] = query.to.iso();
  }
  q["by"] = query.grouping == analysis::ProgressGrouping::Kind ? "kind" : "district";
  return q;
}

// County totals keyed by kind code, in byte-wise code order like the rows.
Json totalsJson(const analysis::ProgressTable& table) {
  std::array<domain::Kind, domain::kKindCount> kinds{};
  for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = static_cast<domain::Kind>(i);
  std::sort(kinds.begin(), kinds.end(),
            [](domain::Kind a, domain::Kind b) { return domain::kindCode(a) < domain::kindCode(b); });
  Json totals = Json::object();
  for (domain::Kind kind : kinds) {
    const analysis::ProgressFigures& figures = table.kindTotals[static_cast<std::size_t>(kind)];
    if (figures.total == 0) continue;
    Json entry = Json::object();
    addFigures(entry, figures);
    totals[std::string(domain::kindCode(kind))] = std::move(entry);
  }
  return totals;
}

}  // namespace

std::string writeJson(const analysis::ProgressTable& table) {
  Json doc = Json::object();
  doc["query"] = queryJson(table.query);
  Json rows = Json::array();
  for (const analysis::ProgressRow& row : table.rows) {
    Json r = Json::object();
    r["district"] = row.district;
    r["kind"] = std::string(domain::kindCode(row.kind));
    addFigures(r, row.figures);
    rows.push_back(std::move(r));
  }
  doc["rows"] = std::move(rows);
  doc["totals"] = totalsJson(table);
  Json total = Json::object();
  addFigures(total, table.total);
  doc["total"] = std::move(total);
  if (table.planarMeasures) doc["measures"] = "planar";  // only then: the usual case stays as it was
  // Names come from the data: a stray invalid byte is replaced instead of throwing mid-report.
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace wm::report
