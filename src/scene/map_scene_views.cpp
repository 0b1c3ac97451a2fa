// The view-dependent work of a large map (MapScene::prepare, the warm-up ahead of a flight): which levels of
// detail and coverage blocks a view draws, and building the missing ones on all cores between frames.
#include <algorithm>
#include <functional>
#include <set>
#include <thread>
#include <unordered_map>

#include "core/parallel_for.hpp"
#include "scene/map_scene.hpp"

namespace wm::scene {

bool MapScene::mayBeInView(const DetailTile& tile, const osg::Matrixd& viewProjection, const osg::Matrixd& projection) {
  const osg::BoundingSphere& bound = tile.getBound();
  osg::Vec4d c = osg::Vec4d(osg::Vec3d(bound.center()), 1.0) * viewProjection;
  // Outside the view by more than its bounding sphere's radius (in clip units): not drawn.
  double rx = std::abs(projection(0, 0)) * bound.radius(), ry = std::abs(projection(1, 1)) * bound.radius();
  return c.w() > 0 && std::abs(c.x()) <= c.w() + rx && std::abs(c.y()) <= c.w() + ry;
}

double MapScene::handOverFor(const osg::Matrixd& view, const osg::Matrixd& projection, int width) const {
  const double density = _coverage->densityHandOver();
  // The works tiles in view that would draw vectors, finest pixel first (nearest the camera).
  const osg::Matrixd viewProjection = view * projection;
  std::vector<std::pair<double, std::size_t>> near;  // finest ground size of a pixel, source vertices
  for (std::size_t t = 0; t < _tiles.size(); ++t) {
    if (!_groupOf[t] || !mayBeInView(*_tiles[t], viewProjection, projection)) continue;
    double finest = metresPerPixelRange(view, projection, width, _tiles[t]->box()).first;
    if (finest < density) near.emplace_back(finest, _sourceVertices[t]);
  }
  std::sort(near.begin(), near.end());
  std::size_t total = 0;
  for (const auto& [finest, vertices] : near) {
    total += vertices;
    // Past the budget: this tile and all coarser ones go to the rasters (each of them has every pixel at least
    // this size, so rastersDrawAll holds for it), and so do tiles at the same scale, a rounding error finer
    // (in a plan view, every tile: all or nothing).
    if (total > _vectorWorksBudget) return finest * (1 - 1e-6);
  }
  return density;
}

void MapScene::forLevelsInView(const osg::Matrixd& view, const osg::Matrixd& projection, int width,
                               const std::function<void(DetailTile&, std::size_t)>& visit) const {
  const osg::Matrixd viewProjection = view * projection;
  std::unordered_map<const RasterCoveredGroup*, bool> groupRaster;  // a few works layers
  for (std::size_t t = 0; t < _tiles.size(); ++t) {
    const auto& tile = _tiles[t];
    if (const RasterCoveredGroup* group = _groupOf[t]) {
      auto [at, fresh] = groupRaster.try_emplace(group, false);
      if (fresh) at->second = group->drawnAsRaster(view, projection, width);
      if (at->second) continue;
    }
    if (tile->drawnAsRaster(view, projection, width)) continue;
    // A tile out of view is not drawn, nothing to build. (Its centre behind the eye (3D): the cull sees whether
    // any of it is in view, and builds it then.)
    if (!mayBeInView(*tile, viewProjection, projection)) continue;
    const osg::BoundingSphere& bound = tile->getBound();
    visit(*tile, chooseLevel(tile->snaps(), metresPerPixelAt(view, projection, width, bound.center())));
  }
}

std::vector<osg::ref_ptr<osg::Node>> MapScene::buildLevels(const std::vector<LevelKey>& wanted) {
  std::vector<LevelKey> todo;
  for (const LevelKey& key : wanted)
    if (!key.first->built(key.second)) todo.push_back(key);
  std::vector<osg::ref_ptr<osg::Node>> nodes(todo.size());
  std::vector<std::size_t> vertices(todo.size());
  core::parallelFor(todo.size(), std::max(1u, std::min(std::thread::hardware_concurrency(), 8u)),
                    [&](std::size_t i) { nodes[i] = todo[i].first->buildLevel(todo[i].second, vertices[i]); });
  // Handed over on this thread: the cache is not thread-safe, and these are for the next frame.
  for (std::size_t i = 0; i < todo.size(); ++i) {
    todo[i].first->setLevel(todo[i].second, nodes[i].get());
    _cache->built(todo[i].first, todo[i].second, vertices[i], _cache->lastFrame() + 1);
  }
  std::erase_if(nodes, [](const osg::ref_ptr<osg::Node>& node) { return !node; });
  return nodes;
}

void MapScene::prepare(const osg::Matrixd& view, const osg::Matrixd& projection, int width) {
  if (!_cache) return;
  if (_coverage) {
    _coverage->setHandOver(handOverFor(view, projection, width));
    _coverage->prepare(view, projection, width);
  }
  // The level each tile in view will draw (as DetailTile::traverse picks it), where it is not built yet.
  std::vector<LevelKey> todo;
  forLevelsInView(view, projection, width, [&](DetailTile& tile, std::size_t level) {
    // Levels this view draws again are marked drawn for the coming frame first, so that building the missing
    // ones cannot make the cache release them.
    // With stand-ins (a flight), a tile's nearest built level is drawn instead of building the one it wants.
    const std::optional<std::size_t> near = _cache->standIns() ? tile.nearestBuilt(level) : std::nullopt;
    if (tile.built(level))
      _cache->drawn(&tile, level, _cache->lastFrame() + 1);
    else if (near)
      _cache->drawn(&tile, *near, _cache->lastFrame() + 1);
    else
      todo.push_back({&tile, level});
  });
  buildLevels(todo);
}

void MapScene::setStandIns(bool on) {
  if (_cache) _cache->setStandIns(on);
  if (_coverage) _coverage->setStandIns(on);
}

MapScene::Warmup MapScene::planWarmup(const std::vector<ViewSample>& views) {
  Warmup out;
  if (!_cache) return out;
  std::set<LevelKey> levels;
  std::set<CoverageLayer::BlockKey> blocks;
  const double handOver = _coverage ? _coverage->rasterFrom() : 0;
  for (const ViewSample& v : views) {
    // Each view with its own hand-over, as prepare() will set it when the view is drawn.
    if (_coverage) {
      _coverage->setHandOver(handOverFor(v.view, v.projection, v.width));
      for (const auto& key : _coverage->missingBlocks(v.view, v.projection, v.width))
        if (blocks.insert(key).second) out.blocks.push_back(key);
    }
    forLevelsInView(v.view, v.projection, v.width, [&](DetailTile& tile, std::size_t level) {
      if (!tile.built(level) && levels.insert({&tile, level}).second) out.levels.push_back({&tile, level});
    });
  }
  if (_coverage) _coverage->setHandOver(handOver);  // the view drawn now keeps its own
  return out;
}

bool MapScene::warm(Warmup& warmup, std::size_t pieces) {
  // Blocks first: a flight from an overview draws them before it comes close enough for the vector tiles.
  const std::size_t blocks = std::min(pieces, warmup.blocks.size() - warmup.nextBlock);
  if (blocks > 0) {
    auto first = warmup.blocks.begin() + static_cast<std::ptrdiff_t>(warmup.nextBlock);
    for (auto& node : _coverage->buildBlocks({first, first + static_cast<std::ptrdiff_t>(blocks)}))
      warmup.built.push_back(std::move(node));
    warmup.nextBlock += blocks;
  }
  const std::size_t levels = std::min(pieces - blocks, warmup.levels.size() - warmup.nextLevel);
  if (levels > 0) {
    auto first = warmup.levels.begin() + static_cast<std::ptrdiff_t>(warmup.nextLevel);
    for (auto& node : buildLevels({first, first + static_cast<std::ptrdiff_t>(levels)}))
      warmup.built.push_back(std::move(node));
    warmup.nextLevel += levels;
  }
  return !warmup.done();
}

}  // namespace wm::scene
