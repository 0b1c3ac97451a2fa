#include "app/commands.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "analysis/data_checks.hpp"
#include "app/load_sources.hpp"
#include "app/server_report.hpp"
#include "io/server_rollup.hpp"
#include "core/resource_dir.hpp"
#include "geo/polygon_index.hpp"
#include "analysis/overdue_works.hpp"
#include "publish/xlsx_report.hpp"
#include "report/report_writer.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// Problems with polygons (self-intersections, bad rings): reported, the polygons are still shown.
void checkGeometries(const domain::Catalog& catalog, core::Diagnostics& out) {
  for (const auto& layer : catalog.layers) {
    const auto& g = layer.geometry;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
      if (g.featureKinds[f] != geo::GeomKind::Polygon) continue;
      std::string reason = geo::invalidityReason(g, f);
      if (!reason.empty())
        out.add(core::Diagnostic::warning(Msg::InvalidGeometry, {reason})
                    .atFeature(layer.info.file, layer.info.name, layer.fids[f]));
    }
  }
}

// The workbook always holds the district sheet, so it is computed by district and kind whatever --by says.
ExitCode writeExcelReport(const ReportOptions& options, const Loaded& loaded, Streams io) {
  analysis::ProgressQuery query = options.query;
  query.grouping = analysis::ProgressGrouping::DistrictAndKind;
  const analysis::ProgressTable table = analysis::computeProgress(loaded.catalog, query);
  const std::vector<analysis::OverdueWork> overdue = analysis::overdueWorks(loaded.catalog, query);
  if (auto failed = publish::writeXlsx(options.output, {table, overdue, loaded.title}, io.lang)) {
    io.err << failed->text(io.lang) << "\n";
    return ExitCode::OutputFailed;
  }
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

ExitCode writeTextReport(const analysis::ProgressTable& table, const ReportOptions& options, Streams io,
                         const std::string& title, bool anyUnreadable) {
  std::string text = report::writeReport(table, options.format, io.lang, title);
  if (options.output.empty()) {
    io.out << text;
  } else {
    std::ofstream file(options.output, std::ios::binary);
    file << text;
    if (!file.good()) {
      io.err << tr(io.lang, Msg::CliCannotWrite, options.output, std::strerror(errno)) << "\n";
      return ExitCode::OutputFailed;
    }
  }
  return anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

// A register wholly in PostgreSQL is rolled up by the server (docs/postgis.md); nothing when it must be read
// into memory instead (a note says why, then the caller reads it).
std::optional<ExitCode> reportOnServer(const ReportOptions& options, Streams io) {
  io::SourcesRequest request = io::requestFromSources(options.sources);
  if (request.anyUnreadable || !io::onlyPostgis(request.request)) return std::nullopt;
  ServerProgress server = progressOnServer(request.request, options.query);
  if (!server.table && !server.failed) {
    core::Diagnostics why;
    for (const core::Diagnostic& d : server.problems.items())
      if (d.msg == Msg::RollupInMemory) why.add(d);
    printDiagnostics(why, io.err, io.lang, /*includeNotes=*/true);
    return std::nullopt;
  }
  printDiagnostics(request.problems, io.err, io.lang, /*includeNotes=*/false);
  printDiagnostics(server.problems, io.err, io.lang, /*includeNotes=*/false);
  if (server.failed) return ExitCode::InputUnreadable;
  return writeTextReport(*server.table, options, io, request.request.title, false);
}

}  // namespace

std::string sampleCountySource() {
  return (core::findResourceDir(core::Resource::Geodata).path / "sample-county.worksmap.toml").string();
}

ExitCode runReport(const ReportOptions& options, Streams io) {
  if (options.format == report::Format::Xlsx && options.output.empty()) {
    // A workbook is binary: never onto a terminal, and the temporary-then-rename needs a folder.
    io.err << tr(io.lang, Msg::XlsxNeedsOutput) << "\n";
    return ExitCode::Usage;
  }
  if (options.format != report::Format::Xlsx && serverRollupAllowed())
    if (std::optional<ExitCode> done = reportOnServer(options, io)) return *done;
  std::optional<Loaded> input = loadForCommand(options.sources, io.err, io.lang);
  if (!input) return ExitCode::InputUnreadable;
  const Loaded& loaded = *input;
  if (loaded.catalog.projects.empty() && !analysis::hasWorksLayer(loaded.catalog))
    io.err << tr(io.lang, Msg::SeverityInfo) << ": " << tr(io.lang, Msg::NoWorksLayer) << "\n";
  if (options.format == report::Format::Xlsx) return writeExcelReport(options, loaded, io);
  auto table = analysis::computeProgress(loaded.catalog, options.query);
  return writeTextReport(table, options, io, loaded.title, loaded.anyUnreadable);
}

ExitCode runCheck(const std::vector<std::string>& sources, Streams io) {
  Loaded loaded = loadSources(sources);
  auto findings = analysis::checkCatalog(loaded.catalog, core::Date::today());
  if (loaded.catalog.districtLayer < 0 && !loaded.catalog.projects.empty())
    findings.add(core::Diagnostic::warning(Msg::NoDistrictLayer));
  checkGeometries(loaded.catalog, findings);
  findings.append(domain::slideProblems(loaded.slides, loaded.catalog, loaded.slidesFile));
  loaded.problems.append(findings);
  printLayerSummaries(loaded, io.out, io.lang);
  std::size_t problems = printProblems(loaded, io.err, io.lang, /*includeNotes=*/true);
  std::size_t layerCount = loaded.catalog.layers.size();
  if (problems == 0)
    io.out << tr(io.lang, Msg::CheckSummaryClean, loaded.catalog.projects.size(), layerCount) << "\n";
  else
    io.out << tr(io.lang, Msg::CheckSummaryProblems, loaded.catalog.projects.size(), layerCount, problems) << "\n";
  if (loaded.anyUnreadable) return ExitCode::InputUnreadable;
  return problems == 0 ? ExitCode::Ok : ExitCode::ProblemsFound;
}

bool outputFolderWritable(const std::filesystem::path& output, Streams io) {
  const std::filesystem::path folder = output.has_parent_path() ? output.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (std::filesystem::is_directory(folder, ec) && ::access(folder.c_str(), W_OK) == 0) return true;
  io.err << core::tr(io.lang, core::Msg::CliNoFolder, output.string(), folder.string()) << "\n";
  return false;
}

}  // namespace wm::app
