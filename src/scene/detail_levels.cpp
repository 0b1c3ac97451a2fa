#include "scene/detail_levels.hpp"

#include <algorithm>
#include <cmath>

#include <osgUtil/CullVisitor>

namespace wm::scene {

std::vector<std::vector<std::uint32_t>> tileFeatures(const geo::GeometryStore& g, std::size_t perTile) {
  std::size_t n = g.featureCount();
  std::size_t tiles = std::max<std::size_t>(1, (n + perTile - 1) / std::max<std::size_t>(perTile, 1));
  auto side = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(tiles))));
  if (side <= 1) {
    std::vector<std::uint32_t> all(n);
    for (std::size_t f = 0; f < n; ++f) all[f] = static_cast<std::uint32_t>(f);
    return {all};
  }
  geo::Extent e = g.extent();
  double cellW = std::max(e.maxX - e.minX, 1e-9) / static_cast<double>(side);
  double cellH = std::max(e.maxY - e.minY, 1e-9) / static_cast<double>(side);
  std::vector<std::vector<std::uint32_t>> grid(side * side);
  for (std::size_t f = 0; f < n; ++f) {
    geo::Extent fe = g.featureExtent(f);
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

void DetailTile::traverse(osg::NodeVisitor& nv) {
  auto* cv = nv.getVisitorType() == osg::NodeVisitor::CULL_VISITOR ? dynamic_cast<osgUtil::CullVisitor*>(&nv) : nullptr;
  if (!cv || getNumChildren() == 0) {
    osg::Group::traverse(nv);
    return;
  }
  // Ground metres per pixel at the tile's centre: project the centre and a point one metre to its side (along
  // the eye's x axis, so a tilted view measures across, not along, the line of sight) into the window.
  const osg::BoundingSphere& bound = getBound();
  const osg::Matrix& modelView = *cv->getModelViewMatrix();
  const osg::Matrix& projection = *cv->getProjectionMatrix();
  const osg::Viewport* viewport = cv->getViewport();
  double mpp = 0;
  if (viewport && viewport->width() > 0) {
    osg::Vec3d eyeCentre = osg::Vec3d(bound.center()) * modelView;
    osg::Vec4d a = osg::Vec4d(eyeCentre, 1.0) * projection;
    osg::Vec4d b = osg::Vec4d(eyeCentre + osg::Vec3d(1, 0, 0), 1.0) * projection;
    if (a.w() > 1e-9 && b.w() > 1e-9) {
      double pixels = std::abs(b.x() / b.w() - a.x() / a.w()) * viewport->width() / 2;
      if (pixels > 0) mpp = 1.0 / pixels;
    }
  }
  std::size_t level = std::min<std::size_t>(chooseLevel(_snaps, mpp), getNumChildren() - 1);
  getChild(static_cast<unsigned>(level))->accept(nv);
}

}  // namespace wm::scene
