#include "scene/coverage_layer.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <thread>

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/Polytope>
#include <osgUtil/CullVisitor>

#include "core/parallel_for.hpp"
#include "scene/detail_levels.hpp"
#include "scene/layer_geometry.hpp"
#include "scene/viewport_scale.hpp"

namespace wm::scene {
namespace {

constexpr int kGridSteps = 8;  // a block's quad is 8×8 cells, so it drapes on the terrain in 3D
// The frame of a block built ahead of the views that draw it (a flight's, by MapScene::warm) and not drawn yet:
// released only after every block drawn before, so that a flight's own frames do not release, oldest first,
// what its later frames were given ahead.
constexpr unsigned kAhead = ~0u;
constexpr std::size_t kBlockBytes = std::size_t(CoverageLayer::kBlockTexels) * CoverageLayer::kBlockTexels * 8;

// A texture of an integer image, read with texelFetch (no filtering), in the image's own internal format.
osg::ref_ptr<osg::Texture2D> integerTexture(osg::Image* image) {
  osg::ref_ptr<osg::Texture2D> t = new osg::Texture2D(image);
  t->setInternalFormat(image->getInternalTextureFormat());
  t->setSourceFormat(image->getPixelFormat());
  t->setSourceType(image->getDataType());
  t->setFilter(osg::Texture::MIN_FILTER, osg::Texture::NEAREST);
  t->setFilter(osg::Texture::MAG_FILTER, osg::Texture::NEAREST);
  t->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
  t->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
  t->setResizeNonPowerOfTwoHint(false);
  // The image stays: another context (a second offscreen render of the same scene) uploads it again.
  return t;
}

// The blocks of `keys` built on all cores.
template <typename Build>
std::vector<osg::ref_ptr<osg::Node>> onAllCores(const std::vector<CoverageLayer::BlockKey>& keys, Build build) {
  std::vector<osg::ref_ptr<osg::Node>> built(keys.size());
  core::parallelFor(keys.size(), std::max(1u, std::thread::hardware_concurrency()),
                    [&](std::size_t i) { built[i] = build(keys[i]); });
  return built;
}

}  // namespace

osg::ref_ptr<osg::Texture2D> projectsTexture(const domain::Catalog& catalog) {
  std::size_t n = std::max<std::size_t>(catalog.projects.size(), 1);
  int rows = static_cast<int>((n + kProjectsTextureWidth - 1) / kProjectsTextureWidth);
  osg::ref_ptr<osg::Image> image = new osg::Image;
  // Signed: dates before 2000-01-01 are negative days.
  image->allocateImage(kProjectsTextureWidth, rows, 1, GL_RGBA_INTEGER_EXT, GL_INT);
  image->setInternalTextureFormat(GL_RGBA32I_EXT);
  auto* texels = reinterpret_cast<std::int32_t*>(image->data());
  std::fill(texels, texels + std::size_t(kProjectsTextureWidth) * std::size_t(rows) * 4, 0);
  for (std::size_t i = 0; i < catalog.projects.size(); ++i) {
    // The same attributes the vector map's vertices carry (projectAttributes), as integers.
    ProjectAttributes a = projectAttributes(catalog.projects[i], i);
    auto whole = [](float v) { return static_cast<std::int32_t>(std::lround(v)); };
    // The layer in the top byte (255: past what the shader's wm_layerOpacity holds anyway).
    std::int32_t layer = static_cast<std::int32_t>(std::min<std::uint32_t>(catalog.projects[i].layer, 255));
    texels[i * 4 + 0] = whole(a.feature.y()) | whole(a.feature.z()) << 8 | whole(a.feature.w()) << 16 |
                        static_cast<std::int32_t>(static_cast<std::uint32_t>(layer) << 24);
    texels[i * 4 + 1] = whole(a.dates.x());
    texels[i * 4 + 2] = whole(a.dates.y());
    texels[i * 4 + 3] = whole(a.dates.z());
  }
  return integerTexture(image.get());
}

CoverageLayer::CoverageLayer(const domain::Catalog& catalog, std::unique_ptr<WorksIndex> index, SceneOrigin origin,
                             const CoverageWidths& widths, double rasterFromMetresPerPixel, std::size_t budgetBytes)
    : _catalog(&catalog),
      _origin(origin),
      _widths(widths),
      _densityHandOver(rasterFromMetresPerPixel),
      _baseTexel(std::exp2(std::floor(std::log2(std::max(rasterFromMetresPerPixel * kFinestHandOver, 1e-3))))),
      _budget(budgetBytes),
      _index(std::move(index)) {
  _handOver->metresPerPixel = rasterFromMetresPerPixel;
  const geo::Extent& e = _index->extent();
  if (!e.empty()) {
    _box = origin.localBox(e);
    double size = std::max(e.maxX - e.minX, e.maxY - e.minY);
    while (_levels < 24 && kBlockTexels * texelSize(_levels - 1) < size) ++_levels;
  }
  setCullingActive(false);  // the quadtree culls its blocks itself
}

void CoverageLayer::setHandOver(double metresPerPixel) {
  _handOver->metresPerPixel = std::clamp(metresPerPixel, _densityHandOver * kFinestHandOver, _densityHandOver);
}

void CoverageLayer::setTop(float z) {
  _box.zMax() = std::max(_box.zMax(), z);
  dirtyBound();
}

osg::BoundingSphere CoverageLayer::computeBound() const {
  return _box.valid() ? osg::BoundingSphere(_box) : osg::BoundingSphere();
}

osg::BoundingBox CoverageLayer::blockBox(const Key& key) const {
  auto [level, column, row] = key;
  double s = kBlockTexels * texelSize(level);
  return osg::BoundingBox(static_cast<float>(column * s), static_cast<float>(row * s), _box.zMin(),
                          static_cast<float>((column + 1) * s), static_cast<float>((row + 1) * s), _box.zMax());
}

std::vector<CoverageLayer::Key> CoverageLayer::visibleBlocks(const osg::Matrixd& modelView,
                                                             const osg::Matrixd& projection, double width) const {
  std::vector<Key> out;
  if (!_box.valid() || width <= 0) return out;
  osg::Polytope frustum;
  frustum.setToUnitFrustum(true, true);
  frustum.transformProvidingInverse(modelView * projection);
  int top = _levels - 1;
  double s = kBlockTexels * texelSize(top);
  std::vector<Key> stack;
  for (auto r = static_cast<std::int64_t>(std::floor(_box.yMin() / s)); r <= std::floor(_box.yMax() / s); ++r)
    for (auto c = static_cast<std::int64_t>(std::floor(_box.xMin() / s)); c <= std::floor(_box.xMax() / s); ++c)
      stack.emplace_back(top, c, r);
  while (!stack.empty()) {
    Key key = stack.back();
    stack.pop_back();
    osg::BoundingBox b = blockBox(key);
    if (!b.intersects(_box) || !frustum.contains(b)) continue;
    auto [finest, coarsest] = metresPerPixelRange(modelView, projection, width, b);
    if (coarsest < rasterFrom()) continue;  // every pixel of it is the vector tiles'
    auto [level, column, row] = key;
    // Refined until a texel is at most a pixel everywhere in the block (in 2D: half a pixel to a pixel). The
    // tolerance keeps a scale of exactly a texel size (zoom steps are powers of two) from rounding a level finer.
    if (level > 0 && texelSize(level) > finest * (1 + 1e-6)) {
      for (std::int64_t dr = 0; dr < 2; ++dr)
        for (std::int64_t dc = 0; dc < 2; ++dc) stack.emplace_back(level - 1, column * 2 + dc, row * 2 + dr);
      continue;
    }
    out.push_back(key);
  }
  return out;
}

osg::ref_ptr<osg::Node> CoverageLayer::buildBlock(const Key& key) const {
  auto [level, column, row] = key;
  double texel = texelSize(level), s = kBlockTexels * texel;
  CoverageGrid grid(_origin.x + static_cast<double>(column) * s, _origin.y + static_cast<double>(row) * s, texel,
                    kBlockTexels);
  // Features just outside still reach in with half their width.
  double margin = std::max({_widths.line, _widths.marker, _widths.blot, _widths.outline}) * texel;
  geo::Extent query;
  query.add(grid.minX - margin, grid.minY - margin);
  query.add(grid.minX + s + margin, grid.minY + s + margin);
  rasterizeWorks(*_catalog, _index->query(query), _widths, grid);
  if (grid.empty()) return nullptr;

  osg::ref_ptr<osg::Image> image = new osg::Image;
  // RGBA32UI, two texels in one (top, fill, next top, next fill): 8 bytes a texel (osg::Image knows no RG
  // integer format to allocate).
  image->allocateImage(kBlockTexels / 2, kBlockTexels, 1, GL_RGBA_INTEGER_EXT, GL_UNSIGNED_INT);
  image->setInternalTextureFormat(GL_RGBA32UI_EXT);
  auto* texels = reinterpret_cast<std::uint32_t*>(image->data());
  for (std::size_t i = 0; i < grid.top.size(); ++i) texels[2 * i] = grid.top[i], texels[2 * i + 1] = grid.fill[i];

  osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
  g->setUseDisplayList(false);
  g->setUseVertexBufferObjects(true);
  osg::ref_ptr<osg::Vec3Array> positions = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec3Array> uv = new osg::Vec3Array;  // kAttribOther: where in the block, 0..1
  for (int j = 0; j <= kGridSteps; ++j)
    for (int i = 0; i <= kGridSteps; ++i) {
      double u = static_cast<double>(i) / kGridSteps, v = static_cast<double>(j) / kGridSteps;
      positions->push_back(osg::Vec3(static_cast<float>(grid.minX + u * s - _origin.x),
                                     static_cast<float>(grid.minY + v * s - _origin.y), 0));
      uv->push_back(osg::Vec3(static_cast<float>(u), static_cast<float>(v), 0));
    }
  osg::ref_ptr<osg::DrawElementsUShort> cells = new osg::DrawElementsUShort(GL_TRIANGLES);
  for (int j = 0; j < kGridSteps; ++j)
    for (int i = 0; i < kGridSteps; ++i) {
      auto at = [](int x, int y) { return static_cast<unsigned short>(y * (kGridSteps + 1) + x); };
      for (unsigned short k : {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1)})
        cells->push_back(k);
    }
  g->setVertexArray(positions);
  g->setVertexAttribArray(kAttribOther, uv, osg::Array::BIND_PER_VERTEX);
  g->addPrimitiveSet(cells);
  osg::BoundingBox bound = blockBox(key);
  g->setInitialBound(bound);
  osg::ref_ptr<osg::Geode> geode = new osg::Geode;
  geode->getOrCreateStateSet()->setTextureAttribute(kCoverageUnit, integerTexture(image.get()));
  geode->addDrawable(g);
  return geode;
}

void CoverageLayer::keep(const Key& key, osg::ref_ptr<osg::Node> node, unsigned frame) {
  bool held = node.valid();
  _blocks[key] = {std::move(node), frame};
  ++_stats.built;
  if (!held) return;
  ++_heldBlocks;
  if (_heldBlocks * kBlockBytes <= _budget) return;
  // Over budget: the blocks drawn least recently go, those built ahead and not drawn yet last; empty ones cost
  // nothing. Never a block of the frame being drawn or the coming one, and while building ahead never one on
  // screen either (a window that redraws it would build it again, releasing what was built ahead instead).
  const unsigned drawnFrom = frame == kAhead ? _frame : std::min(frame, _frame + 1);
  std::vector<std::pair<unsigned, Key>> byAge;
  for (const auto& [k, b] : _blocks)
    if (b.node && k != key && (b.lastFrame < drawnFrom || b.lastFrame == kAhead)) byAge.emplace_back(b.lastFrame, k);
  std::sort(byAge.begin(), byAge.end());
  for (const auto& [age, k] : byAge) {
    if (_heldBlocks * kBlockBytes <= _budget) break;
    _blocks.erase(k);
    --_heldBlocks;
    ++_stats.released;
  }
}

std::optional<std::vector<CoverageLayer::Key>> CoverageLayer::standIn(const Key& key) const {
  auto [level, column, row] = key;
  if (level > 0) {
    // Every finer block that holds any of the works' extent built (those outside it are never built).
    std::vector<Key> finer;
    bool all = true;
    for (std::int64_t dr = 0; dr < 2; ++dr)
      for (std::int64_t dc = 0; dc < 2; ++dc) {
        const Key k{level - 1, column * 2 + dc, row * 2 + dr};
        if (_blocks.count(k))
          finer.push_back(k);
        else if (blockBox(k).intersects(_box))
          all = false;
      }
    if (all && !finer.empty()) return finer;
  }
  for (int up = level + 1; up < _levels; ++up) {
    const int shift = up - level;  // columns and rows halve a level up, rounding down (arithmetic shift)
    if (Key coarser{up, column >> shift, row >> shift}; _blocks.count(coarser)) return std::vector<Key>{coarser};
  }
  return std::nullopt;
}

void CoverageLayer::prepare(const osg::Matrixd& view, const osg::Matrixd& projection, int width) {
  std::vector<Key> missing;
  for (const Key& key : visibleBlocks(view, projection, width)) {
    auto found = _blocks.find(key);
    std::optional<std::vector<Key>> standing = found == _blocks.end() && _standIns ? standIn(key) : std::nullopt;
    if (found != _blocks.end())
      found->second.lastFrame = _frame + 1;  // drawn by the coming frame: not released while building the rest
    else if (standing)
      for (const Key& k : *standing) _blocks[k].lastFrame = _frame + 1;
    else
      missing.push_back(key);
  }
  std::vector<osg::ref_ptr<osg::Node>> built = onAllCores(missing, [this](const Key& key) { return buildBlock(key); });
  for (std::size_t i = 0; i < missing.size(); ++i) keep(missing[i], built[i], _frame + 1);
}

std::vector<CoverageLayer::BlockKey> CoverageLayer::missingBlocks(const osg::Matrixd& view,
                                                                  const osg::Matrixd& projection, int width) const {
  std::vector<Key> missing;
  for (const Key& key : visibleBlocks(view, projection, width))
    if (!_blocks.count(key)) missing.push_back(key);
  return missing;
}

// Built ahead of the views that draw them (a flight's): kept as such until a frame draws them.
std::vector<osg::ref_ptr<osg::Node>> CoverageLayer::buildBlocks(const std::vector<BlockKey>& keys) {
  std::vector<Key> missing;
  for (const Key& key : keys)
    if (!_blocks.count(key)) missing.push_back(key);
  std::vector<osg::ref_ptr<osg::Node>> built = onAllCores(missing, [this](const Key& key) { return buildBlock(key); });
  for (std::size_t i = 0; i < missing.size(); ++i) keep(missing[i], built[i], kAhead);
  std::erase_if(built, [](const osg::ref_ptr<osg::Node>& node) { return !node; });
  return built;
}

void CoverageLayer::traverse(osg::NodeVisitor& nv) {
  auto* cv = nv.getVisitorType() == osg::NodeVisitor::CULL_VISITOR ? dynamic_cast<osgUtil::CullVisitor*>(&nv) : nullptr;
  if (!cv) return;  // nothing to update, and blocks are built only for a view
  ++_frame;
  std::vector<Key> keys = visibleBlocks(*cv->getModelViewMatrix(), *cv->getProjectionMatrix(), cullWidth(*cv));
  _stats.drawn = 0;
  _stats.standIns = 0;
  _stats.finestDrawn = -1;
  std::set<Key> shown;  // a coarser stand-in may stand for several wanted blocks
  for (const Key& key : keys) {
    std::vector<Key> draw{key};
    if (!_blocks.count(key)) {
      std::optional<std::vector<Key>> standing = _standIns ? standIn(key) : std::nullopt;
      if (standing) {
        draw = std::move(*standing);
        ++_stats.standIns;
      } else {
        keep(key, buildBlock(key), _frame);
      }
    }
    for (const Key& k : draw) {
      auto found = _blocks.find(k);
      if (found == _blocks.end() || !shown.insert(k).second) continue;
      found->second.lastFrame = _frame;
      if (!found->second.node) continue;
      ++_stats.drawn;
      int level = std::get<0>(k);
      _stats.finestDrawn = _stats.finestDrawn < 0 ? level : std::min(_stats.finestDrawn, level);
      found->second.node->accept(nv);
    }
  }
  _stats.held = _heldBlocks;
  _stats.bytes = _heldBlocks * kBlockBytes;
}

}  // namespace wm::scene
