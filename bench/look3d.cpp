// Dev-only: renders a workspace in 3D through a perspective camera, to look at the terrain, the draped works
// and the extrusions before the viewer's 3D camera exists. Not part of the tests.
//   worksmap-look3d SOURCE OUT.png [DISTRICT] [DISTANCE_M] [EXAGGERATION] [TILT_DEG] [HEADING_DEG] [AS_OF]
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>

#include <osg/Camera>

#include "app/load_sources.hpp"
#include "render/offscreen.hpp"
#include "scene/map_scene.hpp"
#include "scene/shader_program.hpp"

using namespace wm;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr
        << "usage: worksmap-look3d SOURCE OUT.png [DISTRICT] [DISTANCE_M] [EXAGGERATION] [TILT] [HEADING] [AS_OF]\n";
    return 2;
  }
  std::string district = argc > 3 ? argv[3] : "城区";
  double distance = argc > 4 ? std::atof(argv[4]) : 4000;
  float exaggeration = argc > 5 ? static_cast<float>(std::atof(argv[5])) : 1.0f;
  double tilt = (argc > 6 ? std::atof(argv[6]) : 45) * M_PI / 180;    // from the vertical
  double heading = (argc > 7 ? std::atof(argv[7]) : 0) * M_PI / 180;  // 0: looking north
  app::Loaded loaded = app::loadSources({argv[1]});
  app::printProblems(loaded, std::cerr, core::Lang::En, true);
  scene::MapScene map(loaded.catalog);
  if (argc > 8)
    if (auto d = core::parseDate(argv[8]); d.outcome == core::DateParse::Outcome::Ok) map.setAsOf(d.date);
  auto program = scene::loadMapProgram(scene::shaderDirectory());
  auto terrain = scene::loadTerrainProgram(scene::shaderDirectory());
  if (!program || !terrain) return 1;
  map.useProgram(program->get());
  map.useTerrainProgram(terrain->get());
  map.set3d(1.0f);
  map.setExaggeration(exaggeration);
  // The target: the centre of the district's polygons (else of the data), on the ground.
  geo::Extent target;
  const auto& c = loaded.catalog;
  std::int32_t d = c.findDistrict(district);
  if (d >= 0 && c.districts[d].hasGeometry) {
    const auto& g = c.layers[c.districts[d].layer].geometry;
    for (std::uint32_t p = g.firstPart(c.districts[d].feature); p < g.endPartOf(c.districts[d].feature); ++p)
      for (std::uint32_t v = g.firstVertex(p); v < g.endVertexOf(p); ++v) target.add(g.x[v], g.y[v]);
  }
  double tx = target.empty() ? 0 : target.centerX() - map.origin().x;
  double ty = target.empty() ? 0 : target.centerY() - map.origin().y;
  double tz = map.groundHeight(tx, ty) * exaggeration;
  osg::Vec3d centre(tx, ty, tz);
  osg::Vec3d eye = centre + osg::Vec3d(-std::sin(heading) * std::sin(tilt) * distance,
                                       -std::cos(heading) * std::sin(tilt) * distance, std::cos(tilt) * distance);
  const int width = 1280, height = 800;
  osg::ref_ptr<osg::Camera> camera = new osg::Camera;
  camera->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
  camera->setRenderOrder(osg::Camera::NESTED_RENDER);
  camera->setClearMask(GL_DEPTH_BUFFER_BIT);
  camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
  camera->setProjectionMatrixAsPerspective(40, static_cast<double>(width) / height, distance / 50, distance * 20);
  camera->setViewMatrixAsLookAt(eye, centre, osg::Vec3d(0, 0, 1));
  camera->addChild(map.root());
  render::OffscreenView view;
  view.width = width;
  view.height = height;
  view.extent.add(-1, -1);
  view.extent.add(1, 1);
  auto image = render::renderOffscreen(camera.get(), view, program->get());
  if (!image) {
    std::cerr << image.error().message << "\n";
    return 1;
  }
  std::cerr << "target " << tx << ", " << ty << ", " << tz << " (district " << district << (d >= 0 ? "" : " not found")
            << ")\n";
  return render::writePng(*image, argv[2]) ? 0 : 1;
}
