#include "scene/kind_swatches.hpp"

#include <memory>

#include <osg/MatrixTransform>

#include "domain/catalog.hpp"
#include "scene/map_scene.hpp"

namespace wm::scene {
namespace {

// The swatches' catalog and scene, kept as long as the node that draws them (the scene's levels point into the
// catalog).
class SwatchNode : public osg::MatrixTransform {
public:
  SwatchNode(std::unique_ptr<domain::Catalog> catalog, const domain::MapStyle& style)
      : _catalog(std::move(catalog)), _scene(*_catalog, style) {
    setMatrix(osg::Matrix::translate(_scene.origin().x, _scene.origin().y, 0));
    addChild(_scene.root());
  }
  MapScene& scene() { return _scene; }

private:
  std::unique_ptr<domain::Catalog> _catalog;
  MapScene _scene;
};

// A swatch's polygon (left) and line (right), completed works of its kind.
void addSwatch(domain::Catalog& catalog, domain::Layer& layer, const KindSwatch& s) {
  geo::GeometryStore& g = layer.geometry;
  const float width = s.x1 - s.x0, split = s.x0 + width * 0.45f, mid = (s.y0 + s.y1) / 2;
  g.beginFeature(geo::GeomKind::Polygon);
  g.beginPart(geo::PartRole::OuterRing);
  for (auto [x, y] : {std::pair{s.x0 + 1, s.y0 + 1},
                      {split - 2, s.y0 + 1},
                      {split - 2, s.y1 - 1},
                      {s.x0 + 1, s.y1 - 1},
                      {s.x0 + 1, s.y0 + 1}})
    g.addVertex(x, y);
  g.endPart();
  g.endFeature();
  g.beginFeature(geo::GeomKind::Line);
  g.beginPart(geo::PartRole::Line);
  g.addVertex(split + width * 0.15f, mid);
  g.addVertex(s.x1 + width * 0.1f, mid);  // the label starts 0.6 units (0.43 swatch widths) further on
  g.endPart();
  g.endFeature();
  const auto first = static_cast<std::uint32_t>(g.featureCount() - 2);
  for (std::uint32_t f : {first, first + 1}) {
    domain::Project p;
    p.kind = s.kind;
    p.recorded = domain::RecordedStatus::Completed;
    p.feature = f;
    catalog.projects.push_back(p);
  }
}

}  // namespace

osg::ref_ptr<osg::Node> kindSwatches(const std::vector<KindSwatch>& swatches, const domain::MapStyle& style,
                                     osg::Program* program) {
  auto catalog = std::make_unique<domain::Catalog>();
  domain::Layer layer;
  layer.info.role = domain::LayerRole::Works;
  for (const KindSwatch& s : swatches) addSwatch(*catalog, layer, s);
  catalog->layers.push_back(std::move(layer));
  // A unit here is a pixel, not a metre: widths on the ground (road works' width_m) would draw swatch lines
  // that many pixels wide, so the swatches keep the map's widths in pixels only.
  domain::MapStyle swatchStyle = style;
  for (domain::KindStyle& kind : swatchStyle.kinds) kind.widthM = 0;
  osg::ref_ptr<SwatchNode> node = new SwatchNode(std::move(catalog), swatchStyle);
  node->scene().useProgram(program);
  // Over the legend's panel (bin 100) and never hidden by the map's depth.
  osg::StateSet* state = node->getOrCreateStateSet();
  state->setRenderBinDetails(102, "RenderBin", osg::StateSet::OVERRIDE_RENDERBIN_DETAILS);
  state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF | osg::StateAttribute::OVERRIDE);
  return node;
}

}  // namespace wm::scene
