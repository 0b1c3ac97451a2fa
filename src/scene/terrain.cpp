#include "scene/terrain.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/Image>
#include <osg/PolygonOffset>

namespace wm::scene {
namespace {

osg::Vec4 localEdges(const geo::Extent& e, SceneOrigin o) {
  return osg::Vec4(static_cast<float>(e.minX - o.x), static_cast<float>(e.minY - o.y), static_cast<float>(e.maxX - o.x),
                   static_cast<float>(e.maxY - o.y));
}

osg::ref_ptr<osg::Texture2D> basemapTexture(const domain::BasemapImage& b) {
  osg::ref_ptr<osg::Image> image = new osg::Image;
  image->allocateImage(b.width, b.height, 1, GL_RGBA, GL_UNSIGNED_BYTE);
  for (int row = 0; row < b.height; ++row)  // GL's first row is the southern one
    std::memcpy(image->data(0, b.height - 1 - row), b.at(0, row), static_cast<std::size_t>(b.width) * 4);
  osg::ref_ptr<osg::Texture2D> t = new osg::Texture2D(image);
  t->setResizeNonPowerOfTwoHint(false);
  t->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
  t->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
  t->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
  t->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
  return t;
}

// Two cells over the basemap at height 0: the square an orthophoto is drawn on (all of it without a DEM).
domain::HeightGrid flatGrid(const geo::Extent& e) {
  domain::HeightGrid g;
  g.width = g.height = 2;
  g.cellSize = std::max(e.maxX - e.minX, e.maxY - e.minY);
  // Cell centres on the extent's corners, so the mesh covers the image exactly.
  g.west = e.minX - g.cellSize / 2;
  g.north = e.maxY + g.cellSize / 2;
  g.heights.assign(4, 0.0f);
  return g;
}

// Drawn first, writing depth so hills hide what is behind them; pushed back a little so draped works at the
// same depth stay in front; blended so that, without a basemap, it fades in with wm_3d.
void surfaceState(osg::StateSet& s, Terrain& t, bool photo) {
  s.setRenderBinDetails(0, "RenderBin");
  s.setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, true), osg::StateAttribute::ON);
  s.setAttributeAndModes(new osg::PolygonOffset(2.0f, 8.0f), osg::StateAttribute::ON);
  s.setAttributeAndModes(new osg::BlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA), osg::StateAttribute::ON);
  s.addUniform(new osg::Uniform("wm_reliefHeight", t.reliefHeight));
  s.addUniform(new osg::Uniform("wm_hasBasemap", photo ? 1 : 0));
  s.addUniform(new osg::Uniform("wm_basemap", kBasemapUnit));
  t.basemapExtent = new osg::Uniform("wm_basemapExtent", osg::Vec4());
  s.addUniform(t.basemapExtent);
}

// A transparent image over the data, for a tile set's ground until the first view's tiles are read.
domain::BasemapImage emptyBasemap(const domain::Catalog& catalog) {
  domain::BasemapImage image;
  for (const auto& layer : catalog.layers) image.extent.add(layer.geometry.extent());
  if (image.extent.empty()) image.extent.add(0, 0), image.extent.add(1, 1);
  image.width = image.height = 1;
  image.rgba.assign(4, 0);
  return image;
}

}  // namespace

osg::ref_ptr<osg::Geometry> buildTerrainMesh(const domain::HeightGrid& grid, SceneOrigin origin, float baseHeight) {
  const int w = grid.width, h = grid.height;
  if (w < 2 || h < 2) return nullptr;
  osg::ref_ptr<osg::Vec3Array> positions = new osg::Vec3Array;
  osg::ref_ptr<osg::Vec3Array> normals = new osg::Vec3Array;
  positions->reserve(static_cast<std::size_t>(w) * h);
  normals->reserve(static_cast<std::size_t>(w) * h);
  const double cell = grid.cellSize;
  for (int r = 0; r < h; ++r) {
    for (int c = 0; c < w; ++c) {
      double x = grid.west + (c + 0.5) * cell - origin.x, y = grid.north - (r + 0.5) * cell - origin.y;
      positions->push_back(osg::Vec3(static_cast<float>(x), static_cast<float>(y), grid.at(c, r) - baseHeight));
      int c0 = std::max(c - 1, 0), c1 = std::min(c + 1, w - 1), r0 = std::max(r - 1, 0), r1 = std::min(r + 1, h - 1);
      // Rows run south, so the northward slope is (row above − row below).
      double dzdx = (grid.at(c1, r) - grid.at(c0, r)) / ((c1 - c0) * cell);
      double dzdy = (grid.at(c, r0) - grid.at(c, r1)) / ((r1 - r0) * cell);
      osg::Vec3 n(static_cast<float>(-dzdx), static_cast<float>(-dzdy), 1.0f);
      n.normalize();
      normals->push_back(n);
    }
  }
  osg::ref_ptr<osg::DrawElementsUInt> indices = new osg::DrawElementsUInt(GL_TRIANGLES);
  indices->reserve(static_cast<std::size_t>(w - 1) * (h - 1) * 6);
  for (int r = 0; r + 1 < h; ++r) {
    for (int c = 0; c + 1 < w; ++c) {
      unsigned nw = static_cast<unsigned>(r * w + c), ne = nw + 1, sw = nw + static_cast<unsigned>(w), se = sw + 1;
      for (unsigned i : {sw, se, ne, sw, ne, nw}) indices->push_back(i);
    }
  }
  osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
  g->setUseDisplayList(false);
  g->setUseVertexBufferObjects(true);
  g->setVertexArray(positions);
  g->setNormalArray(normals, osg::Array::BIND_PER_VERTEX);
  g->addPrimitiveSet(indices);
  return g;
}

osg::ref_ptr<osg::Texture2D> buildHeightTexture(const domain::HeightGrid& grid, float baseHeight) {
  osg::ref_ptr<osg::Image> image = new osg::Image;
  image->allocateImage(grid.width, grid.height, 1, GL_RED, GL_FLOAT);
  image->setInternalTextureFormat(GL_R32F);
  for (int r = 0; r < grid.height; ++r) {
    auto* row = reinterpret_cast<float*>(image->data(0, grid.height - 1 - r));
    for (int c = 0; c < grid.width; ++c) row[c] = grid.at(c, r) - baseHeight;
  }
  osg::ref_ptr<osg::Texture2D> t = new osg::Texture2D(image);
  t->setInternalFormat(GL_R32F);
  t->setSourceFormat(GL_RED);
  t->setSourceType(GL_FLOAT);
  t->setResizeNonPowerOfTwoHint(false);
  t->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR);
  t->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
  t->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
  t->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
  return t;
}

Terrain buildTerrain(const domain::Catalog& catalog, SceneOrigin origin) {
  Terrain t;
  std::optional<domain::BasemapImage> tiles;
  if (catalog.basemapTiles) tiles = emptyBasemap(catalog);
  const domain::BasemapImage* photo = tiles ? &*tiles : catalog.basemap ? &*catalog.basemap : nullptr;
  if (photo && photo->width <= 0) photo = nullptr;
  const bool dem = catalog.terrain && catalog.terrain->width >= 2 && catalog.terrain->height >= 2;
  if (!dem && !photo) return t;
  t.surface = new osg::Geode;
  if (dem) {
    const domain::HeightGrid& grid = *catalog.terrain;
    t.baseHeight = grid.minHeight();
    t.reliefHeight = grid.maxHeight() - t.baseHeight;
    t.heightMap = buildHeightTexture(grid, t.baseHeight);
    t.localExtent = origin.toLocal(grid.extent());
    t.surface->addDrawable(buildTerrainMesh(grid, origin, t.baseHeight));
  }
  surfaceState(*t.surface->getOrCreateStateSet(), t, photo != nullptr);
  if (photo) showBasemap(t, *photo, origin);
  return t;
}

void showBasemap(Terrain& t, const domain::BasemapImage& image, SceneOrigin origin) {
  if (!t.surface || image.width <= 0 || image.height <= 0) return;
  t.surface->getOrCreateStateSet()->setTextureAttribute(kBasemapUnit, basemapTexture(image));
  t.basemapExtent->set(localEdges(image.extent, origin));
  // Heights 0 over a base of 0: local z 0, the DEM's lowest height (where the terrain rises, it hides the square).
  if (t.underBasemap) t.surface->removeDrawable(t.underBasemap);
  t.underBasemap = buildTerrainMesh(flatGrid(image.extent), origin, 0.0f);
  t.surface->addDrawable(t.underBasemap);
}

void addHeightUniforms(osg::StateSet& state, const Terrain& terrain) {
  state.addUniform(new osg::Uniform(kUniformHeightMap, kHeightMapUnit));
  state.addUniform(new osg::Uniform(kUniformHasTerrain, terrain.heightMap ? 1 : 0));
  if (!terrain.heightMap) return;
  const geo::Extent& e = terrain.localExtent;
  state.setTextureAttribute(kHeightMapUnit, terrain.heightMap);
  state.addUniform(
      new osg::Uniform(kUniformHeightExtent, osg::Vec4(static_cast<float>(e.minX), static_cast<float>(e.minY),
                                                       static_cast<float>(e.maxX), static_cast<float>(e.maxY))));
}

}  // namespace wm::scene
