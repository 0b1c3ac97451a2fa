#pragma once
// The pointer over the map: where it is on the ground (for the desk's status bar) and what a click picks (for
// the Inspector). A left click on the map (not on a panel: ImGui marks those handled, and not a drag) picks the
// project under it through scene::pickProject, among the works the map shows now (ui::projectShown: kind and
// status masks and overdue only at the as-of date), and sets ViewState::selectedProject; a click on empty map
// clears the selection. Screen → ground: render::MapCamera::groundAt, so 3D views pick on the ground plane at
// the view centre's height (not on the DEM's relief). Single-threaded: the viewer's thread.
#include <cstdint>
#include <memory>
#include <optional>

#include <osg/Vec2d>
#include <osgGA/GUIEventHandler>

#include "domain/catalog.hpp"
#include "render/map_camera.hpp"
#include "scene/project_picker.hpp"
#include "scene/vertex_layout.hpp"
#include "ui/status_bar.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

class MapPointer : public osgGA::GUIEventHandler {
public:
  /// Tolerance of a pick, in pixels on the ground at the click.
  static constexpr double kPickPixels = 5;
  /// A press and release further apart than this (pixels) is a drag, not a click.
  static constexpr double kClickSlop = 3;

  /// `catalog`, `camera` and `state` must outlive the handler; `origin` is the scene's (local 0,0 in the
  /// working CRS).
  MapPointer(const domain::Catalog& catalog, scene::SceneOrigin origin, const render::MapCamera& camera,
             ui::ViewState& state);
  /// Builds the picking index (scene::pickingIndex), once; until then clicks pick nothing.
  void buildIndex();

  /// The working-CRS point (metres) under a window pixel (origin bottom left); none above the horizon.
  std::optional<osg::Vec2d> groundPoint(double px, double py) const;
  /// Ground metres per pixel at a window pixel (from the neighbouring pixel's ground point).
  double metresPerPixelAt(double px, double py) const;
  /// The project a click at a window pixel (origin bottom left) picks now; none on empty map.
  std::optional<std::uint32_t> pickAt(double px, double py) const;
  /// Where the pointer is, for the status bar.
  ui::MapPointer pointer() const;
  /// A window pixel (origin top left, as the state file and xdotool count) where a click picks `project`, in
  /// the view as it is: its point, the middle vertex of its line, or a point inside its polygon; none when no
  /// such pixel is in the window.
  std::optional<osg::Vec2d> clickPixelOf(std::uint32_t project) const;

  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override;

private:
  std::optional<osg::Vec2d> pixelOf(double wx, double wy) const;

  const domain::Catalog& _catalog;
  scene::SceneOrigin _origin;
  const render::MapCamera& _camera;
  ui::ViewState& _state;
  std::unique_ptr<scene::WorksIndex> _index;
  double _pressX = 0, _pressY = 0;
  bool _pressOnMap = false;
  double _x = 0, _y = 0;  ///< the pointer's last pixel (origin bottom left)
  bool _seen = false;     ///< the pointer has moved over the window
};

}  // namespace wm::app
