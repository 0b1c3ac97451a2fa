#include "io/works_attributes.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <ogrsf_frmts.h>

#include "core/text.hpp"
#include "io/coded_values.hpp"
#include "io/encoding_detection.hpp"

namespace wm::io {
namespace {

using core::Msg;

struct Context {
  const OGRFeature& feature;
  const LayerPlan& plan;
  core::Diagnostics& problems;

  int column(WorksField f) const { return plan.worksColumns[static_cast<int>(f)]; }
  bool has(WorksField f) const {
    int c = column(f);
    return c >= 0 && feature.IsFieldSetAndNotNull(c);
  }
  std::string_view text(WorksField f) const {
    if (!has(f)) return "";
    // The codes first: GDAL formats a number into one buffer per feature, which reading the subtype would reuse.
    const auto& coded = codesFor(plan, feature, column(f), plan.codedValues[static_cast<std::size_t>(f)]);
    std::string_view raw = core::trim(feature.GetFieldAsString(column(f)));
    if (!coded.empty())
      if (auto it = coded.find(std::string(raw)); it != coded.end()) return it->second;
    return raw;
  }
  const char* columnName(WorksField f) const { return feature.GetFieldDefnRef(column(f))->GetNameRef(); }
  void problem(Msg msg, std::vector<std::string> args) const {
    problems.add(
        core::Diagnostic::warning(msg, std::move(args)).atFeature(plan.display, plan.layerName, feature.GetFID()));
  }
};

std::optional<core::Date> readDate(const Context& c, WorksField f) {
  if (!c.has(f)) return std::nullopt;
  int col = c.column(f);
  OGRFieldType type = c.feature.GetFieldDefnRef(col)->GetType();
  if (type == OFTDate || type == OFTDateTime) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    c.feature.GetFieldAsDateTime(col, &y, &m, &d, &hh, &mm, &ss, &tz);
    auto date = core::Date::fromYmd(y, m, d);
    if (!date)
      c.problem(Msg::ImpossibleDate, {c.columnName(f), fmt::format("{}-{}-{}", y, m, d)});
    else if (y < 1949 || y > 2100) {
      c.problem(Msg::ImplausibleDate, {c.columnName(f), date->iso()});
      return std::nullopt;
    }
    return date;
  }
  // A DBF numeric column holding 20220630 is a date too (common in registers exported from spreadsheets).
  std::string numeric;
  if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
    double v = c.feature.GetFieldAsDouble(col);
    numeric = v == std::floor(v) && v > 0 ? fmt::format("{:.0f}", v) : std::string(c.text(f));
  }
  std::string_view raw = numeric.empty() ? c.text(f) : std::string_view(numeric);
  core::DateParse p = core::parseDate(raw);
  switch (p.outcome) {
    case core::DateParse::Outcome::Empty:
      return std::nullopt;
    case core::DateParse::Outcome::Unparseable:
      c.problem(Msg::UnparseableDate, {c.columnName(f), std::string(raw)});
      return std::nullopt;
    case core::DateParse::Outcome::Impossible:
      c.problem(Msg::ImpossibleDate, {c.columnName(f), std::string(raw)});
      return std::nullopt;
    case core::DateParse::Outcome::Ok:
      break;
  }
  if (p.date.year() < 1949 || p.date.year() > 2100) {
    c.problem(Msg::ImplausibleDate, {c.columnName(f), p.date.iso()});
    return std::nullopt;
  }
  return p.date;
}

// Numbers may be stored as text ("95%", " 120 "); NaN when absent or not a number.
double readNumber(const Context& c, WorksField f) {
  if (!c.has(f)) return NAN;
  int col = c.column(f);
  OGRFieldType type = c.feature.GetFieldDefnRef(col)->GetType();
  double scale = c.plan.worksScale[static_cast<std::size_t>(f)];
  if (type == OFTReal || type == OFTInteger || type == OFTInteger64) return c.feature.GetFieldAsDouble(col) * scale;
  std::string text(c.text(f));
  if (text.empty()) return NAN;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  return end == text.c_str() ? NAN : v * scale;
}

void readKindAndStatus(const Context& c, domain::Project& p) {
  p.kind = c.plan.kind.value_or(domain::Kind::Other);
  if (std::string_view k = c.text(WorksField::Kind); !k.empty()) {
    if (auto parsed = domain::parseKind(k))
      p.kind = *parsed;
    else {
      p.kind = domain::Kind::Other;
      c.problem(Msg::UnknownKind, {std::string(k)});
    }
  }
  std::string_view s = c.text(WorksField::Status);
  p.recorded = domain::parseStatus(s);
  if (p.recorded == domain::RecordedStatus::Unknown) c.problem(Msg::UnknownStatus, {std::string(s)});
}

}  // namespace

void readWorksAttributes(const OGRFeature& feature, const LayerPlan& plan, domain::Project& p,
                         core::Diagnostics& problems) {
  Context c{feature, plan, problems};
  p.name = validUtf8(c.text(WorksField::Name));
  readKindAndStatus(c, p);
  p.start = readDate(c, WorksField::StartDate);
  p.planDone = readDate(c, WorksField::PlanDone);
  p.done = readDate(c, WorksField::DoneDate);
  p.districtName = validUtf8(c.text(WorksField::District));
  p.progress = readNumber(c, WorksField::Progress);
  if (!std::isnan(p.progress) && (p.progress < 0 || p.progress > 100)) {
    c.problem(Msg::ProgressOutOfRange, {fmt::format("{:g}", p.progress)});
    p.progress = NAN;
  }
  p.invest = readNumber(c, WorksField::Invest);
  if (!std::isnan(p.invest) && p.invest < 0) {
    c.problem(Msg::NegativeValue, {c.columnName(WorksField::Invest), fmt::format("{:g}", p.invest)});
    p.invest = NAN;
  }
  double spaces = readNumber(c, WorksField::Spaces);
  if (!std::isnan(spaces) && spaces < 0)
    c.problem(Msg::NegativeValue, {c.columnName(WorksField::Spaces), fmt::format("{:g}", spaces)});
  else if (!std::isnan(spaces))
    p.spaces = static_cast<std::int64_t>(std::llround(spaces));
  double levels = readNumber(c, WorksField::Levels);
  if (!std::isnan(levels) && levels < 0)
    c.problem(Msg::NegativeValue, {c.columnName(WorksField::Levels), fmt::format("{:g}", levels)});
  else if (!std::isnan(levels))
    p.levels = static_cast<std::int32_t>(std::lround(levels));
  // Recorded length and area stand where the geometry gives none (a ledger's points or rows); reprojectChunk
  // keeps them when the geodesic figure is 0.
  for (auto [field, target] : {std::pair{WorksField::Length, &p.lengthM}, std::pair{WorksField::Area, &p.areaM2}}) {
    double v = readNumber(c, field);
    if (!std::isnan(v) && v >= 0) *target = v;
  }
  p.fid = feature.GetFID();
}

}  // namespace wm::io
