#pragma once
// The ground under the map: a terrain mesh from the catalog's DEM (or a flat surface under an orthophoto without
// one), its own shaders (shaders/terrain.vert/.frag: orthophoto or hypsometric tint, hillshade in 3D), and the
// height map with which shaders/terrain_height.glsl drapes the map's geometry on it.
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/StateSet>
#include <osg/Texture2D>
#include <osg/Uniform>
#include <osg/ref_ptr>

#include "domain/catalog.hpp"
#include "domain/height_grid.hpp"
#include "scene/vertex_layout.hpp"

namespace wm::scene {

/// Uniform names shared with shaders/terrain_height.glsl and shaders/terrain.vert/.frag.
inline constexpr const char* kUniform3d = "wm_3d";                      ///< float 0 (2D) … 1 (3D)
inline constexpr const char* kUniformExaggeration = "wm_exaggeration";  ///< float, vertical exaggeration
inline constexpr const char* kUniformHeightMap = "wm_heightMap";        ///< sampler2D, unit kHeightMapUnit
inline constexpr const char* kUniformHeightExtent = "wm_heightExtent";  ///< vec4 local west, south, east, north
inline constexpr const char* kUniformHasTerrain = "wm_hasTerrain";      ///< int, 0 without a DEM
/// Texture unit of the height map (unit 0 stays free for the terrain's basemap and later map textures).
inline constexpr int kHeightMapUnit = 1;
inline constexpr int kBasemapUnit = 0;

/// The terrain mesh of a grid: one vertex per cell centre, in local metres around `origin`, z = height minus
/// `baseHeight`; normals from central differences (one-sided at the edges, not exaggerated); two triangles per
/// four neighbouring cells, counter-clockwise seen from above. Null for a grid under 2 × 2 cells.
osg::ref_ptr<osg::Geometry> buildTerrainMesh(const domain::HeightGrid& grid, SceneOrigin origin, float baseHeight);

/// The grid as a GL_R32F texture of heights minus `baseHeight`, first row the southern one (GL's order),
/// bilinear, clamped at the edges: texel centres fall on the cell centres, so the shader's lookup matches the
/// mesh at its vertices.
osg::ref_ptr<osg::Texture2D> buildHeightTexture(const domain::HeightGrid& grid, float baseHeight);

/// What the map scene needs of the ground.
struct Terrain {
  osg::ref_ptr<osg::Geode> surface;        ///< the mesh with its state (basemap texture, blending, offset)
  osg::ref_ptr<osg::Texture2D> heightMap;  ///< null without a DEM
  geo::Extent localExtent;                 ///< of the height map, local metres (empty without a DEM)
  float baseHeight = 0;                    ///< the DEM's lowest height, metres: local z 0
  float reliefHeight = 0;                  ///< highest − lowest, metres
  /// The flat square under the basemap image at local z 0 (the DEM's lowest height): the ground without a DEM,
  /// the imagery around the DEM's edges with one. Null without a basemap.
  osg::ref_ptr<osg::Geometry> underBasemap;
  osg::ref_ptr<osg::Uniform> basemapExtent;  ///< wm_basemapExtent (null without a surface)
};

/// The ground of a catalog: its DEM's mesh, with the basemap as texture when there is one, and a flat square
/// under the basemap image (all of the ground without a DEM; beyond the DEM's edges with one, at its lowest
/// height); nothing (null surface) when there is neither. With a tile set (Catalog::basemapTiles) the texture is
/// empty until showBasemap gives it the first view's image.
Terrain buildTerrain(const domain::Catalog& catalog, SceneOrigin origin);

/// Drapes another basemap image (a tile set's view) over the ground: a new texture and extent, and the flat
/// square under the new image. Call between frames, on the thread that draws.
void showBasemap(Terrain& terrain, const domain::BasemapImage& image, SceneOrigin origin);

/// Puts the height map and its uniforms into `state` (the map's root), for terrain_height.glsl. Without a DEM,
/// wm_hasTerrain is 0 and every draped height is 0.
void addHeightUniforms(osg::StateSet& state, const Terrain& terrain);

}  // namespace wm::scene
