#include "analysis/data_checks.hpp"

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/status_at_date.hpp"
#include "core/text.hpp"

namespace wm::analysis {

using core::Msg;
using domain::Project;
using domain::RecordedStatus;

namespace {

class ProjectCheck {
public:
  ProjectCheck(const domain::Catalog& catalog, const Project& project, core::Diagnostics& out)
      : _catalog(catalog), _project(project), _out(out) {}

  void report(Msg msg, std::vector<std::string> args) const {
    std::string file, layer;
    if (_project.layer < _catalog.layers.size()) {
      file = _catalog.layers[_project.layer].info.file;
      layer = _catalog.layers[_project.layer].info.name;
    }
    _out.add(core::Diagnostic::warning(msg, std::move(args)).atFeature(file, layer, _project.fid));
  }

  const Project& project() const { return _project; }

private:
  const domain::Catalog& _catalog;
  const Project& _project;
  core::Diagnostics& _out;
};

bool isOneOfTheFour(RecordedStatus r) {
  return r == RecordedStatus::Planned || r == RecordedStatus::UnderConstruction || r == RecordedStatus::Completed ||
         r == RecordedStatus::Suspended;
}

// A status as a msgArg, so it prints as "under construction" in English and "在建" in Chinese.
std::string statusArg(RecordedStatus r) { return core::msgArg(domain::recordedStatusMsg(r)); }

void checkDates(const ProjectCheck& check, core::Date today) {
  const Project& p = check.project();
  if (p.done && p.start && *p.done < *p.start)
    check.report(Msg::CompletionBeforeStart, {p.name, p.done->iso(), p.start->iso()});
  if (p.recorded == RecordedStatus::Completed && !p.done) check.report(Msg::CompletedWithoutDate, {p.name});
  if ((p.recorded == RecordedStatus::UnderConstruction || p.recorded == RecordedStatus::Suspended) && !p.start)
    check.report(Msg::StartedWithoutDate, {p.name, statusArg(p.recorded)});
  if (p.done && *p.done > today) check.report(Msg::CompletionInFuture, {p.name, p.done->iso()});
  // statusAt keeps a recorded status whose deciding date is missing, so those records are not flagged here
  // again: the missing date was reported above.
  if (isOneOfTheFour(p.recorded)) {
    const domain::Status actual = statusAt(p, today);
    if (static_cast<RecordedStatus>(actual) != p.recorded)
      check.report(Msg::StatusContradictsDates,
                   {p.name, statusArg(p.recorded), statusArg(static_cast<RecordedStatus>(actual)), today.iso()});
  }
}

// Without district polygons there is nothing to be inside of and no layer to name a district in; the loader
// reports the missing district layer once instead.
bool hasDistrictPolygons(const domain::Catalog& catalog) {
  return std::any_of(catalog.districts.begin(), catalog.districts.end(),
                     [](const domain::District& d) { return d.hasGeometry; });
}

void checkDistrict(const ProjectCheck& check, const domain::Catalog& catalog) {
  const Project& p = check.project();
  if (core::trim(p.districtName).empty()) {
    if (p.district == domain::kNoDistrict) check.report(Msg::OutsideDistricts, {p.name});
    return;
  }
  // The loader turns an attribute naming no polygon into a district of its own (hasGeometry false) so that
  // the report still has its row; that is exactly the case to point out.
  const bool resolved = p.district >= 0 && static_cast<std::size_t>(p.district) < catalog.districts.size() &&
                        catalog.districts[static_cast<std::size_t>(p.district)].hasGeometry;
  if (!resolved) check.report(Msg::UnknownDistrict, {p.name, p.districtName});
}

std::string locationArg(const domain::Catalog& catalog, const Project& p) {
  std::string file;
  std::string layer;
  if (p.layer < catalog.layers.size()) {
    file = catalog.layers[p.layer].info.file;
    layer = catalog.layers[p.layer].info.name;
  }
  return core::msgArg(Msg::FeatureLocation, {file, layer, std::to_string(p.fid)});
}

// Project indices by layer, then feature id (then position, for ties), the order problems are listed in.
std::vector<std::size_t> reportOrder(const std::vector<Project>& projects) {
  std::vector<std::size_t> order(projects.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&projects](std::size_t a, std::size_t b) {
    const Project& pa = projects[a];
    const Project& pb = projects[b];
    if (pa.layer != pb.layer) return pa.layer < pb.layer;
    return pa.fid < pb.fid;
  });
  return order;
}

}  // namespace

bool hasWorksLayer(const domain::Catalog& catalog) {
  return std::any_of(catalog.layers.begin(), catalog.layers.end(),
                     [](const domain::Layer& l) { return l.info.role == domain::LayerRole::Works; });
}

core::Diagnostics checkCatalog(const domain::Catalog& catalog, core::Date today) {
  core::Diagnostics out;
  if (catalog.projects.empty() && !hasWorksLayer(catalog)) out.add(core::Diagnostic::info(Msg::NoWorksLayer));
  const bool checkDistricts = hasDistrictPolygons(catalog);
  // The first project (in report order) to use each name; views into catalog.projects, which outlives this.
  std::unordered_map<std::string_view, std::size_t> firstWithName;
  firstWithName.reserve(catalog.projects.size());
  for (std::size_t i : reportOrder(catalog.projects)) {
    const Project& p = catalog.projects[i];
    const ProjectCheck check(catalog, p, out);
    const std::string_view name = core::trim(p.name);
    if (name.empty()) check.report(Msg::MissingName, {});
    checkDates(check, today);
    if (checkDistricts) checkDistrict(check, catalog);
    if (name.empty()) continue;
    auto [first, inserted] = firstWithName.try_emplace(name, i);
    if (!inserted) check.report(Msg::DuplicateName, {p.name, locationArg(catalog, catalog.projects[first->second])});
  }
  return out;
}

}  // namespace wm::analysis
