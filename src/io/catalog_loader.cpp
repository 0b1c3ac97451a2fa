#include "io/catalog_loader.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "geo/polygon_index.hpp"
#include "geo/transformer.hpp"
#include "io/district_choice.hpp"
#include "io/datum_offset_check.hpp"
#include "io/layer_plan.hpp"
#include "io/ledger_join.hpp"
#include "io/layer_reader.hpp"
#include "core/parallel_for.hpp"
#include "io/raster_reader.hpp"
#include "io/tiled_basemap.hpp"

namespace wm::io {
namespace {

unsigned threadCount(const LoadOptions& o) {
  unsigned n = o.threads ? o.threads : std::thread::hardware_concurrency();
  return std::max(1u, n);
}

// Data in China: the CGCS2000 Gauss-Kruger zone of its centre. Data elsewhere (a lon/lat layer of another
// country, or of the world): the UTM zone of its centre, or Web Mercator when it spans more than a zone can
// carry (30 degrees), so it is drawn as a GIS would rather than through a zone thousands of km away.
geo::Crs workingCrsFor(const geo::Extent& lonLat) {
  if (lonLat.empty()) return geo::Crs::cgcs2000GaussKruger3(114.0);
  const double lon = lonLat.centerX(), lat = lonLat.centerY();
  if (lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54) return geo::Crs::cgcs2000GaussKruger3(lon);
  if (lonLat.maxX - lonLat.minX > 30) return *geo::Crs::fromDefinition("EPSG:3857");
  int zone = std::clamp(static_cast<int>(std::floor((lon + 180) / 6)) + 1, 1, 60);
  return *geo::Crs::fromDefinition(fmt::format("EPSG:{}", (lat >= 0 ? 32600 : 32700) + zone));
}

// The centre of all layers' extents in CGCS2000 longitude/latitude decides the working CRS (workingCrsFor).
geo::Crs chooseWorkingCrs(const LoadRequest& request, const Plan& plan, core::Diagnostics& problems) {
  // Layers in a plane of their own are left only when no layer could be placed on the earth (planLayers): the
  // map is then drawn in that plane, whatever CRS the workspace asks for.
  for (const auto& layer : plan.layers)
    if (layer.crs.planar()) return geo::Crs::localPlane();
  if (!request.workingCrs.empty() && request.workingCrs != "auto") {
    auto crs = geo::Crs::fromDefinition(request.workingCrs);
    const bool metres = crs && !crs->geographic() && crs->metresPerUnit() == 1.0;
    if (metres) return *crs;
    // Said of the workspace file that asked for it (its layers name it), when there is one.
    std::string workspace;
    for (const auto& layer : request.layers)
      if (workspace.empty()) workspace = layer.workspaceFile;
    if (crs)  // lon/lat, feet or a site grid: the scene, scale bar and measures would take its units for metres
      problems.add(core::Diagnostic::warning(core::Msg::WorkingCrsNotMetres, {request.workingCrs, crs->unitName()})
                       .inFile(workspace));
    else
      problems.add(
          core::Diagnostic::error(core::Msg::CrsInvalid, {request.workingCrs, crs.error().asArg()}).inFile(workspace));
  }
  geo::Extent lonLat;
  for (const auto& layer : plan.layers) {
    if (layer.extent.empty()) continue;
    auto t = geo::Transformer::create(layer.crs.definition(), "EPSG:4490");
    if (!t) continue;
    double x[2] = {layer.extent.minX, layer.extent.maxX}, y[2] = {layer.extent.minY, layer.extent.maxY};
    if (t->transform(x, y, 2) == 2) {
      lonLat.add(x[0], y[0]);
      lonLat.add(x[1], y[1]);
    }
  }
  return workingCrsFor(lonLat);
}

void collectDistricts(domain::Catalog& catalog) {
  for (std::size_t l = 0; l < catalog.layers.size(); ++l) {
    if (catalog.layers[l].info.role != domain::LayerRole::Districts) continue;
    catalog.districtLayer = static_cast<std::int32_t>(l);
    const auto& labels = catalog.layers[l].labels;
    for (std::size_t f = 0; f < labels.size(); ++f)
      catalog.districts.push_back({labels[f], true, static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(f)});
  }
}

// Attribute first (a name not in the district layer becomes a district of its own); else the district
// polygon containing the project's representative point, one GEOS index per thread.
void assignDistricts(domain::Catalog& catalog, unsigned threads, bool join) {
  std::unordered_map<std::string, std::int32_t> byName;
  for (std::size_t i = 0; i < catalog.districts.size(); ++i)
    byName.emplace(catalog.districts[i].name, static_cast<std::int32_t>(i));
  std::vector<std::size_t> toJoin;
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    auto& p = catalog.projects[i];
    if (p.districtName.empty()) {
      toJoin.push_back(i);
      continue;
    }
    auto [it, added] = byName.emplace(p.districtName, static_cast<std::int32_t>(catalog.districts.size()));
    if (added) catalog.districts.push_back({p.districtName, false, 0, 0});
    p.district = it->second;
  }
  if (!join || catalog.districtLayer < 0 || toJoin.empty()) return;
  const auto& districtGeometry = catalog.layers[static_cast<std::size_t>(catalog.districtLayer)].geometry;
  const std::size_t chunks = std::min<std::size_t>(threads, toJoin.size());
  core::parallelFor(chunks, threads, [&](std::size_t chunk) {
    geo::PolygonIndex index(districtGeometry);
    for (std::size_t k = chunk; k < toJoin.size(); k += chunks) {
      auto& p = catalog.projects[toJoin[k]];
      auto pt = geo::representativePoint(catalog.layers[p.layer].geometry, p.feature);
      if (std::isnan(pt.x)) continue;  // a ledger row without coordinates: its district column or none
      long f = index.containing(pt.x, pt.y);
      // District features and district entries share order for the district layer's features.
      if (f >= 0) p.district = static_cast<std::int32_t>(f);
    }
  });
}

// The workspace's DEM and basemap, over the extent of the vector data (read after it for that reason): an
// orthophoto is read now, a tile set opened for reads per view. A raster that cannot be used is reported and left
// out; the map works without it.
void loadRasters(const LoadRequest& request, domain::Catalog& catalog) {
  if (request.dem.empty() && request.basemap.empty()) return;
  geo::Extent data;
  for (const auto& layer : catalog.layers) data.add(layer.geometry.extent());
  if (!request.dem.empty()) {
    TerrainRead t = readTerrain(request.dem, catalog.workingCrs, data);
    catalog.diagnostics.append(t.problems);
    catalog.terrain = std::move(t.grid);
  }
  if (!request.basemap.empty() && isTiledBasemap(request.basemap)) {
    // A tile set is only opened here; the map reads the tiles of each view (domain::BasemapSource).
    TiledBasemapOpen t = openTiledBasemap(request.basemap, catalog.workingCrs, data, request.basemapDatum);
    catalog.diagnostics.append(t.problems);
    catalog.basemapTiles = std::move(t.source);
  } else if (!request.basemap.empty()) {
    BasemapRead b = readBasemap(request.basemap, catalog.workingCrs, data);
    catalog.diagnostics.append(b.problems);
    catalog.basemap = std::move(b.image);
  }
}

}  // namespace

domain::Catalog loadCatalog(const LoadRequest& request, const LoadOptions& options) {
  domain::Catalog catalog;
  Plan plan = planLayers(request);
  catalog.diagnostics.append(plan.problems);
  catalog.anySourceUnreadable = plan.anyUnreadable;
  catalog.workingCrs = chooseWorkingCrs(request, plan, catalog.diagnostics);
  unsigned threads = threadCount(options);

  // Largest layers first so the last thread to finish is not the one that started the biggest layer late.
  std::vector<std::size_t> order(plan.layers.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return plan.layers[a].featureCount > plan.layers[b].featureCount;
  });
  std::vector<LayerResult> results(plan.layers.size());
  auto report = [&](std::size_t layer, LayerProgress::Stage stage, std::size_t done, std::size_t total) {
    if (!options.progress) return;
    const LayerPlan& p = plan.layers[layer];
    options.progress({layer, p.display + ": " + p.layerName, stage, done, total});
  };
  auto known = [&](std::size_t layer) {
    return static_cast<std::size_t>(std::max<std::int64_t>(0, plan.layers[layer].featureCount));
  };
  // Every planned layer at 0 first, so a progress display lists them all from the start.
  for (std::size_t layer = 0; layer < plan.layers.size(); ++layer)
    report(layer, LayerProgress::Stage::Reading, 0, known(layer));
  core::parallelFor(order.size(), threads, [&](std::size_t k) {
    std::size_t layer = order[k];
    std::function<void(std::size_t)> seen;
    if (options.progress) seen = [&](std::size_t n) { report(layer, LayerProgress::Stage::Reading, n, known(layer)); };
    results[layer] = readLayer(plan.layers[layer], options.measure, seen);
    report(layer, LayerProgress::Stage::Reading, results[layer].featuresSeen, known(layer));
  });
  // Reprojection and geodesic measurement in chunks of features, so every worker thread (LoadOptions::threads,
  // by default one per hardware thread) stays busy to the end whatever the sizes of the layers.
  for (std::size_t i = 0; i < results.size(); ++i) prepareReprojection(plan.layers[i], results[i], catalog.workingCrs);
  std::vector<LayerChunk> chunks = chunkLayers(results);
  std::vector<std::atomic<std::size_t>> reprojected(results.size());
  core::parallelFor(chunks.size(), threads, [&](std::size_t k) {
    const LayerChunk& c = chunks[k];
    reprojectChunk(plan.layers[c.layer], results[c.layer], c, catalog.workingCrs, options.measure);
    std::size_t done = reprojected[c.layer] += c.end - c.first;
    report(c.layer, LayerProgress::Stage::Reprojecting, done, results[c.layer].layer.geometry.featureCount());
  });
  for (std::size_t i = 0; i < results.size(); ++i) {
    finishLayer(plan.layers[i], results[i]);
    std::size_t kept = results[i].unreadable ? 0 : results[i].layer.geometry.featureCount();
    report(i, LayerProgress::Stage::Done, kept, kept);
  }
  joinLedgers(plan.layers, results);
  releasePlan(plan);

  std::size_t projectCount = 0;
  for (const auto& r : results) projectCount += r.projects.size();
  catalog.projects.reserve(projectCount);
  std::vector<const LayerPlan*> loaded;
  for (std::size_t i = 0; i < results.size(); ++i) {
    LayerResult& r = results[i];
    catalog.diagnostics.append(r.problems);
    if (r.unreadable) {
      catalog.anySourceUnreadable = true;
      continue;
    }
    loaded.push_back(&plan.layers[i]);
    auto layerIndex = static_cast<std::uint32_t>(catalog.layers.size());
    for (auto& p : r.projects) {
      p.layer = layerIndex;
      catalog.projects.push_back(std::move(p));
    }
    catalog.layers.push_back(std::move(r.layer));
  }
  chooseDistrictLayer(catalog);
  collectDistricts(catalog);
  assignDistricts(catalog, threads, options.joinDistricts);
  if (options.joinDistricts) warnSuspectedWebDatum(loaded, catalog);  // for report and check, not render
  loadRasters(request, catalog);
  return catalog;
}

}  // namespace wm::io
