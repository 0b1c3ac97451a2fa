#include "scene/detail_levels.hpp"

#include <algorithm>
#include <cmath>

#include <osgUtil/CullVisitor>

#include "scene/viewport_scale.hpp"

namespace wm::scene {

std::vector<std::vector<std::uint32_t>> tileFeatures(const std::vector<geo::Extent>& extents, std::size_t perTile) {
  std::size_t n = extents.size();
  std::size_t tiles = std::max<std::size_t>(1, (n + perTile - 1) / std::max<std::size_t>(perTile, 1));
  auto side = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(tiles))));
  if (side <= 1) {
    std::vector<std::uint32_t> all(n);
    for (std::size_t f = 0; f < n; ++f) all[f] = static_cast<std::uint32_t>(f);
    return {all};
  }
  geo::Extent e;
  for (const geo::Extent& fe : extents) e.add(fe);
  double cellW = std::max(e.maxX - e.minX, 1e-9) / static_cast<double>(side);
  double cellH = std::max(e.maxY - e.minY, 1e-9) / static_cast<double>(side);
  std::vector<std::vector<std::uint32_t>> grid(side * side);
  for (std::size_t f = 0; f < n; ++f) {
    const geo::Extent& fe = extents[f];
    if (fe.empty()) continue;
    auto col = std::min(side - 1, static_cast<std::size_t>(std::max(0.0, (fe.centerX() - e.minX) / cellW)));
    auto row = std::min(side - 1, static_cast<std::size_t>(std::max(0.0, (fe.centerY() - e.minY) / cellH)));
    grid[row * side + col].push_back(static_cast<std::uint32_t>(f));
  }
  std::erase_if(grid, [](const auto& t) { return t.empty(); });
  return grid;
}

std::vector<double> detailSnaps(double size, double first) {
  std::vector<double> snaps{0.0};
  for (double s = first; s <= std::max(size, 0.0) / 1000.0 * 4.0; s *= 4.0) snaps.push_back(s);
  return snaps;
}

std::size_t chooseLevel(const std::vector<double>& snaps, double metresPerPixel, double snapPixels) {
  std::size_t level = 0;
  for (std::size_t i = 1; i < snaps.size(); ++i)
    if (snaps[i] <= metresPerPixel * snapPixels) level = i;
  return level;
}

DetailTile::DetailTile(std::vector<double> snaps, const osg::BoundingBox& bound, Builder build, DetailCache* cache)
    : _snaps(std::move(snaps)), _levels(_snaps.size()), _box(bound), _build(std::move(build)), _cache(cache) {}

osg::BoundingSphere DetailTile::computeBound() const { return osg::BoundingSphere(_box); }

double metresPerPixelAt(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth,
                        const osg::Vec3& point) {
  if (viewportWidth <= 0) return 0;
  // Along the eye's x axis, so a tilted view measures across, not along, the line of sight.
  osg::Vec3d eye = osg::Vec3d(point) * modelView;
  osg::Vec4d a = osg::Vec4d(eye, 1.0) * projection;
  osg::Vec4d b = osg::Vec4d(eye + osg::Vec3d(1, 0, 0), 1.0) * projection;
  if (a.w() <= 1e-9 || b.w() <= 1e-9) return 0;
  double pixels = std::abs(b.x() / b.w() - a.x() / a.w()) * viewportWidth / 2;
  return pixels > 0 ? 1.0 / pixels : 0;
}

std::pair<double, double> metresPerPixelRange(const osg::Matrixd& modelView, const osg::Matrixd& projection,
                                              double viewportWidth, const osg::BoundingBox& box) {
  double lo = INFINITY, hi = 0;
  for (const osg::Vec3& p :
       {osg::Vec3(box.xMin(), box.yMin(), box.zMin()), osg::Vec3(box.xMax(), box.yMin(), box.zMin()),
        osg::Vec3(box.xMin(), box.yMax(), box.zMin()), osg::Vec3(box.xMax(), box.yMax(), box.zMin()), box.center()}) {
    double m = metresPerPixelAt(modelView, projection, viewportWidth, p);
    lo = std::min(lo, m);
    hi = std::max(hi, m);
  }
  return {std::isfinite(lo) ? lo : 0.0, hi};
}

void DetailTile::traverse(osg::NodeVisitor& nv) {
  auto* cv = nv.getVisitorType() == osg::NodeVisitor::CULL_VISITOR ? dynamic_cast<osgUtil::CullVisitor*>(&nv) : nullptr;
  if (!cv) {
    for (auto& level : _levels)
      if (level) level->accept(nv);
    return;
  }
  if (_levels.empty()) return;
  const double width = cullWidth(*cv);
  if (drawnAsRaster(*cv->getModelViewMatrix(), *cv->getProjectionMatrix(), width)) return;
  std::size_t level = chooseLevel(
      _snaps, metresPerPixelAt(*cv->getModelViewMatrix(), *cv->getProjectionMatrix(), width, getBound().center()));
  // A level given up front may be missing (not worth its memory): the next finer one that exists stands in.
  while (!_levels[level] && !_build && level > 0) --level;
  // A flight draws what is built rather than wait for a level (DetailCache::setStandIns).
  if (!_levels[level] && _build && _cache && _cache->standIns())
    if (std::optional<std::size_t> near = nearestBuilt(level)) level = *near;
  unsigned frame = nv.getFrameStamp() ? nv.getFrameStamp()->getFrameNumber() : 0;
  if (!_levels[level] && _build) {
    std::size_t vertices = 0;
    _levels[level] = _build(level, vertices);
    if (_cache) _cache->built(this, level, vertices, frame);
  } else if (_cache) {
    _cache->drawn(this, level, frame);
  }
  _lastDrawn = level;
  if (_levels[level]) _levels[level]->accept(nv);
}

std::optional<std::size_t> DetailTile::nearestBuilt(std::size_t level) const {
  for (std::size_t d = 0; d < _levels.size(); ++d) {
    if (level + d < _levels.size() && _levels[level + d]) return level + d;
    if (d <= level && _levels[level - d]) return level - d;
  }
  return std::nullopt;
}

bool rastersDrawAll(const osg::Matrixd& modelView, const osg::Matrixd& projection, double viewportWidth,
                    const osg::BoundingBox& box, double rasterFrom) {
  return rasterFrom > 0 && metresPerPixelRange(modelView, projection, viewportWidth, box).first >= rasterFrom;
}

bool DetailTile::drawnAsRaster(const osg::Matrixd& modelView, const osg::Matrixd& projection, double width) const {
  return _handOver && rastersDrawAll(modelView, projection, width, _box, _handOver->metresPerPixel);
}

bool RasterCoveredGroup::drawnAsRaster(const osg::Matrixd& modelView, const osg::Matrixd& projection,
                                       double width) const {
  return _handOver && rastersDrawAll(modelView, projection, width, _box, _handOver->metresPerPixel);
}

void RasterCoveredGroup::traverse(osg::NodeVisitor& nv) {
  if (nv.getVisitorType() == osg::NodeVisitor::CULL_VISITOR)
    if (auto* cv = dynamic_cast<osgUtil::CullVisitor*>(&nv)) {
      if (drawnAsRaster(*cv->getModelViewMatrix(), *cv->getProjectionMatrix(), cullWidth(*cv))) return;
    }
  osg::Group::traverse(nv);
}

void DetailCache::drawn(DetailTile* tile, std::size_t level, unsigned frame) {
  _lastFrame = std::max(_lastFrame, frame);
  if (auto found = _entries.find({tile, level}); found != _entries.end()) found->second.lastFrame = frame;
}

void DetailCache::built(DetailTile* tile, std::size_t level, std::size_t vertices, unsigned frame) {
  _lastFrame = std::max(_lastFrame, frame);
  _entries[{tile, level}] = {vertices, frame};
  _total += vertices;
  if (_total <= _budget) return;
  // Over budget: release the least recently drawn levels, never one drawn in this frame.
  std::vector<std::pair<unsigned, std::pair<DetailTile*, std::size_t>>> byAge;
  for (const auto& [key, e] : _entries)
    if (e.lastFrame != frame) byAge.emplace_back(e.lastFrame, key);
  std::sort(byAge.begin(), byAge.end());
  for (const auto& [age, key] : byAge) {
    if (_total <= _budget) break;
    key.first->release(key.second);
    _total -= _entries[key].vertices;
    _entries.erase(key);
    ++_releases;
  }
}

}  // namespace wm::scene
