#include "app/load_sources.hpp"

#include <filesystem>
#include <ostream>

#include "core/text.hpp"

#include "io/catalog_loader.hpp"
#include "io/map_style_file.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

core::Msg severityMsg(core::Severity s) {
  switch (s) {
    case core::Severity::Error:
      return Msg::SeverityError;
    case core::Severity::Warning:
      return Msg::SeverityWarning;
    case core::Severity::Info:
      return Msg::SeverityInfo;
  }
  return Msg::SeverityInfo;
}

core::Msg roleMsg(domain::LayerRole role) {
  switch (role) {
    case domain::LayerRole::Works:
      return Msg::LayerRoleWorks;
    case domain::LayerRole::Districts:
      return Msg::LayerRoleDistricts;
    case domain::LayerRole::Base:
      return Msg::LayerRoleBase;
  }
  return Msg::LayerRoleBase;
}

// The one name of a layer with a single named feature, else "".
std::string soleName(const domain::Layer& layer) {
  if (layer.geometry.featureCount() != 1 || layer.labels.size() != 1) return {};
  return std::string(core::trim(layer.labels[0]));
}

bool isCountyOutline(const domain::Layer& layer) {
  std::string lower = core::asciiLower(layer.info.name);
  for (const char* word : {"县界", "县域", "county"})
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

// The file or folder name without its extensions (.shp.zip, .gdb.zip and .tar.gz alike).
std::string sourceName(const std::string& source) {
  std::filesystem::path path(source);
  // "." or "data/.." names a folder only through the working directory: take the folder's own name.
  if (path.filename() == "." || path.filename() == "..") path = std::filesystem::absolute(path).lexically_normal();
  if (!path.has_filename()) path = path.parent_path();
  std::string name = path.stem().string();
  for (const char* inner : {".shp", ".gdb", ".tar", ".gpkg", ".geojson", ".kml"})
    if (core::asciiLower(name).ends_with(inner) && name.size() > std::string_view(inner).size())
      name.erase(name.size() - std::string_view(inner).size());
  return name.empty() ? source : name;
}

}  // namespace

std::string mapTitle(const Loaded& loaded, const std::vector<std::string>& sources) {
  if (!loaded.title.empty()) return loaded.title;
  const domain::Catalog& c = loaded.catalog;
  for (const auto& layer : c.layers)
    if (isCountyOutline(layer) && !soleName(layer).empty()) return soleName(layer);
  if (c.districtLayer >= 0)
    if (std::string name = soleName(c.layers[static_cast<std::size_t>(c.districtLayer)]); !name.empty()) return name;
  return sources.empty() ? std::string() : sourceName(sources.front());
}

Loaded loadSources(const std::vector<std::string>& sources, const domain::MapStyle& baseStyle,
                   const io::LoadOptions& options) {
  Loaded out;
  io::SourcesRequest request = io::requestFromSources(sources, baseStyle);
  out.style = std::move(request.style);
  out.problems = std::move(request.problems);
  out.anyUnreadable = request.anyUnreadable;
  out.title = request.request.title;
  out.slides = std::move(request.slides);
  out.slidesFile = std::move(request.slidesFile);
  out.workspaceText = std::move(request.workspaceText);
  out.catalog = io::loadCatalog(request.request, options);
  out.problems.append(out.catalog.diagnostics);
  out.anyUnreadable |= out.catalog.anySourceUnreadable;
  out.request = std::move(request.request);
  return out;
}

std::size_t printProblems(const Loaded& loaded, std::ostream& out, core::Lang lang, bool includeNotes) {
  return printDiagnostics(loaded.problems, out, lang, includeNotes);
}

std::size_t printDiagnostics(const core::Diagnostics& problems, std::ostream& out, core::Lang lang, bool includeNotes) {
  std::size_t counted = 0;
  for (const auto& d : problems.items()) {
    if (d.severity == core::Severity::Info && !includeNotes) continue;
    if (d.severity != core::Severity::Info) ++counted;
    out << tr(lang, severityMsg(d.severity)) << ": " << core::formatDiagnostic(d, lang) << "\n";
  }
  return counted;
}

void printLayerSummaries(const Loaded& loaded, std::ostream& out, core::Lang lang) {
  const geo::Crs& working = loaded.catalog.workingCrs;
  out << tr(lang, Msg::WorkingCrsChosen, working.planar() ? tr(lang, Msg::CrsLocalPlaneLabel) : working.label())
      << "\n";
  for (const auto& layer : loaded.catalog.layers) {
    const auto& i = layer.info;
    out << tr(lang, Msg::LayerSummary, i.file, i.name, tr(lang, roleMsg(i.role)), i.featuresRead, i.featuresSkipped,
              core::argText(i.sourceCrs, lang), i.encoding, domain::encodingHowText(i.encodingHow, lang))
        << "\n";
  }
}

Loaded loadAndReport(const std::vector<std::string>& sources, std::ostream& err, core::Lang lang, bool forMap,
                     const io::LoadOptions& options) {
  Loaded loaded;
  if (forMap) {
    // The bundled style (or the built-in one, with a warning, when it is missing), then the workspace's.
    io::StyleLoad defaultStyle = io::loadDefaultStyle();
    loaded = loadSources(sources, defaultStyle.style, options);
    defaultStyle.problems.append(loaded.problems);
    loaded.problems = std::move(defaultStyle.problems);
  } else {
    loaded = loadSources(sources, domain::builtInMapStyle(), options);
  }
  printProblems(loaded, err, lang, /*includeNotes=*/false);
  if (loaded.catalog.layers.empty()) err << tr(lang, Msg::CliNoData) << "\n";
  return loaded;
}

std::optional<Loaded> loadForCommand(const std::vector<std::string>& sources, std::ostream& err, core::Lang lang,
                                     bool forMap, const io::LoadOptions& options) {
  Loaded loaded = loadAndReport(sources, err, lang, forMap, options);
  if (loaded.catalog.layers.empty()) return std::nullopt;
  return loaded;
}

}  // namespace wm::app
