#include "geo/geometry_store.hpp"

#include "core/parallel_for.hpp"

namespace wm::geo {

void GeometryStore::reserve(std::size_t features, std::size_t parts, std::size_t vertices) {
  featureKinds.reserve(features);
  featureParts.reserve(features + 1);
  partRoles.reserve(parts);
  partVertices.reserve(parts + 1);
  x.reserve(vertices);
  y.reserve(vertices);
}

void GeometryStore::abandonFeature() {
  std::uint32_t firstPartIndex = featureParts.back();
  std::uint32_t firstVertexIndex = partVertices[firstPartIndex];
  partRoles.resize(firstPartIndex);
  partVertices.resize(firstPartIndex + 1);
  x.resize(firstVertexIndex);
  y.resize(firstVertexIndex);
  featureKinds.pop_back();
}

double GeometryStore::signedRingArea(std::size_t part) const {
  double sum = 0;
  for (std::uint32_t v = firstVertex(part) + 1; v < endVertexOf(part); ++v) sum += x[v - 1] * y[v] - x[v] * y[v - 1];
  return sum / 2;
}

Extent GeometryStore::featureExtent(std::size_t feature) const {
  Extent e;
  std::uint32_t v0 = partVertices[featureParts[feature]];
  std::uint32_t v1 = partVertices[featureParts[feature + 1]];
  for (std::uint32_t v = v0; v < v1; ++v) e.add(x[v], y[v]);
  return e;
}

std::vector<Extent> GeometryStore::featureExtents(unsigned threads) const {
  std::vector<Extent> out(featureCount());
  constexpr std::size_t kChunk = 16384;  // features a task: few tasks, each reading its stretch of vertices in order
  core::parallelFor((out.size() + kChunk - 1) / kChunk, std::max(threads, 1u), [&](std::size_t chunk) {
    for (std::size_t f = chunk * kChunk; f < std::min(out.size(), (chunk + 1) * kChunk); ++f) out[f] = featureExtent(f);
  });
  return out;
}

Extent GeometryStore::extent() const {
  Extent e;
  for (std::size_t v = 0; v < x.size(); ++v) e.add(x[v], y[v]);
  return e;
}

void GeometryStore::keepFeatures(const std::vector<bool>& keep) {
  GeometryStore out;
  for (std::size_t f = 0; f < featureCount(); ++f) {
    if (!keep[f]) continue;
    out.beginFeature(featureKinds[f]);
    for (std::uint32_t p = featureParts[f]; p < featureParts[f + 1]; ++p) {
      out.beginPart(partRoles[p]);
      for (std::uint32_t v = partVertices[p]; v < partVertices[p + 1]; ++v) out.addVertex(x[v], y[v]);
      out.endPart();
    }
    out.endFeature();
  }
  *this = std::move(out);
}

}  // namespace wm::geo
