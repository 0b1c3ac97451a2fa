#include <filesystem>

#include "core/text.hpp"
#include "io/catalog_loader.hpp"
#include "io/workspace.hpp"

namespace wm::io {
namespace {

// A workspace's [[layer]] entries become requests with the user's overrides; a source naming a directory or
// zip expands to each dataset in it, all sharing the entry's settings.
void addWorkspace(const Workspace& ws, SourcesRequest& out) {
  if (!ws.title.empty()) out.request.title = ws.title;
  out.style = ws.style;
  out.slides = ws.slides;
  out.slidesFile = ws.file.string();
  out.workspaceText = ws.text;
  if (!ws.crs.empty()) out.request.workingCrs = ws.crs;
  if (!ws.dem.empty()) out.request.dem = ws.dem;
  if (!ws.basemap.empty()) out.request.basemap = ws.basemap;
  if (ws.basemapDatum) out.request.basemapDatum = ws.basemapDatum;
  if (ws.districts) {
    out.request.districtLayer = ws.districts->layerName;
    out.request.districtNameField = ws.districts->nameField;
  }
  for (const auto& entry : ws.layers) {
    Discovery found = discoverSources({entry.source});
    out.problems.append(found.problems);
    out.anyUnreadable |= found.anyUnreadable;
    for (const auto& dataset : found.datasets) {
      LayerRequest r;
      r.dataset = dataset;
      r.layerName = entry.layerName;
      r.role = entry.role;
      r.kind = entry.kind;
      r.encoding = entry.encoding;
      r.crs = entry.crs;
      r.fields = entry.fields;
      r.datum = entry.datum;
      r.join = entry.join;
      r.workspaceFile = ws.file.string();
      r.workspaceLine = entry.line;
      out.request.layers.push_back(std::move(r));
    }
  }
}

}  // namespace

SourcesRequest requestFromSources(const std::vector<std::string>& sources, const domain::MapStyle& baseStyle) {
  SourcesRequest out;
  out.style = baseStyle;
  std::vector<std::string> plain;
  for (const auto& source : sources) {
    if (!looksLikeWorkspace(source)) {
      plain.push_back(source);
      continue;
    }
    WorkspaceLoad load = loadWorkspace(source, baseStyle);
    out.problems.append(load.problems);
    if (!load.workspace) {
      out.anyUnreadable = true;
      continue;
    }
    addWorkspace(*load.workspace, out);
  }
  Discovery found = discoverSources(plain);
  out.problems.append(found.problems);
  out.anyUnreadable |= found.anyUnreadable;
  for (const auto& dataset : found.datasets) {
    LayerRequest r;
    r.dataset = dataset;
    out.request.layers.push_back(std::move(r));
  }
  out.request.classColumns = out.style.classColumns;
  return out;
}

}  // namespace wm::io
