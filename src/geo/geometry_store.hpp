#pragma once
// Geometry of a whole layer in flat arrays (structure of arrays): no object per feature, ready to batch into
// GPU buffers and cheap for a million features.
#include <cstdint>
#include <span>
#include <vector>

#include "geo/extent.hpp"

namespace wm::geo {

enum class GeomKind : std::uint8_t { Point, Line, Polygon };
enum class PartRole : std::uint8_t { Point, Line, OuterRing, InnerRing };

/// Feature i owns parts [featureParts[i], featureParts[i+1]); part j owns vertices [partVertices[j],
/// partVertices[j+1]). A polygon's parts are an outer ring followed by its holes, repeated per polygon of a
/// multipolygon; rings are closed (first vertex repeated last). Coordinates are in the owner's CRS.
class GeometryStore {
public:
  GeometryStore() {
    featureParts.push_back(0);
    partVertices.push_back(0);
  }

  std::size_t featureCount() const { return featureKinds.size(); }
  std::size_t partCount() const { return partRoles.size(); }
  std::size_t vertexCount() const { return x.size(); }

  /// Reserves room for this many features, parts and vertices (avoids regrowing arrays of millions).
  void reserve(std::size_t features, std::size_t parts, std::size_t vertices);
  void beginFeature(GeomKind kind) { featureKinds.push_back(kind); }
  void beginPart(PartRole role) { partRoles.push_back(role); }
  void addVertex(double vx, double vy) {
    x.push_back(vx);
    y.push_back(vy);
  }
  void endPart() { partVertices.push_back(static_cast<std::uint32_t>(x.size())); }
  void endFeature() { featureParts.push_back(static_cast<std::uint32_t>(partRoles.size())); }
  /// Drops a feature begun but not ended (with its parts and vertices), e.g. when its coordinates are absurd.
  void abandonFeature();

  std::uint32_t firstPart(std::size_t feature) const { return featureParts[feature]; }
  std::uint32_t endPartOf(std::size_t feature) const { return featureParts[feature + 1]; }
  std::uint32_t firstVertex(std::size_t part) const { return partVertices[part]; }
  std::uint32_t endVertexOf(std::size_t part) const { return partVertices[part + 1]; }
  std::span<const double> partX(std::size_t part) const {
    return {x.data() + partVertices[part], partVertices[part + 1] - partVertices[part]};
  }
  std::span<const double> partY(std::size_t part) const {
    return {y.data() + partVertices[part], partVertices[part + 1] - partVertices[part]};
  }
  Extent featureExtent(std::size_t feature) const;
  /// Every feature's extent (featureExtent of each), in one pass over the vertices on up to `threads` threads:
  /// for code that needs them more than once (a million features' vertices take a while to read, each time).
  std::vector<Extent> featureExtents(unsigned threads) const;
  Extent extent() const;
  /// The planar signed area of a ring part in its own units squared (positive when counter-clockwise).
  double signedRingArea(std::size_t part) const;

  /// Keeps only the features whose flag is true, in order.
  void keepFeatures(const std::vector<bool>& keep);

  std::vector<double> x, y;
  std::vector<std::uint32_t> partVertices;
  std::vector<std::uint32_t> featureParts;
  std::vector<PartRole> partRoles;
  std::vector<GeomKind> featureKinds;
};

}  // namespace wm::geo
