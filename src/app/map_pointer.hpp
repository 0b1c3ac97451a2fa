#pragma once
// The pointer over the map: where it is on the ground (for the desk's status bar) and what a click picks (for
// the Inspector). A left click on the map (not on a panel: ImGui marks those handled, and not a drag) picks the
// project under it through scene::pickProject, among the works the map shows now (ui::projectShown: kind and
// status masks and overdue only at the as-of date), and sets ViewState::selectedProject; a click on empty map
// clears the selection. While the Measure tool is on (ui::ViewState::measuring) a click adds the ground point
// to ViewState::measure instead (on the nearest vertex of a shown work within kSnapPixels, unless Shift is
// held); a double-click (two clicks within kDoubleClickSeconds and kDoubleClickSlop) or
// a right click finishes the shape, and Esc clears it (then leaves the tool). Screen → ground:
// render::MapCamera::groundAt, so 3D views pick on the ground plane at the view centre's height (not on the
// DEM's relief). Single-threaded: the viewer's thread.
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
  /// Two clicks at most this far apart in time (seconds) and place (pixels) are a double-click. X11 windows
  /// report no double-clicks of their own, so the pointer tells them from two clicks itself.
  static constexpr double kDoubleClickSeconds = 0.5;
  static constexpr double kDoubleClickSlop = 5;
  /// While measuring, a click this near (pixels) a vertex of a work the map shows lands on the vertex, unless
  /// Shift is held.
  static constexpr double kSnapPixels = 10;

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
  /// The vertex of a shown work within kSnapPixels of a window pixel (origin bottom left), working CRS; none
  /// when there is none (or the index is not built yet). Through the picking index: no scan of all vertices.
  std::optional<osg::Vec2d> snapAt(double px, double py) const;
  /// The project a click at a window pixel (origin bottom left) picks now; none on empty map.
  std::optional<std::uint32_t> pickAt(double px, double py) const;
  /// Where the pointer is, for the status bar.
  ui::MapPointer pointer() const;
  /// A window pixel (origin top left, as the state file and xdotool count) where a click picks `project`, in
  /// the view as it is: its point, the middle vertex of its line, or a point inside its polygon; none when no
  /// such pixel is in the window.
  std::optional<osg::Vec2d> clickPixelOf(std::uint32_t project) const;
  /// The window pixel (origin top left, as ImGui counts) where a working-CRS point on the plane clicks meet is
  /// drawn now, inside the window or not; none behind the 3D camera. For the measured shape.
  std::optional<osg::Vec2d> windowPixelOf(double wx, double wy) const;

  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override;

private:
  /// The window pixel (origin bottom left) of a working-CRS point on the ground plane; none behind the camera.
  std::optional<osg::Vec2d> projectGround(double wx, double wy) const;
  /// projectGround, inside the window only.
  std::optional<osg::Vec2d> pixelOf(double wx, double wy) const;
  void press(const osgGA::GUIEventAdapter& ea, double x, double y);
  bool release(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, double x, double y);
  /// A click while measuring: adds a point, or finishes the shape (right button, double-click).
  void measureClick(int button, double x, double y, double time, bool snap);
  /// Esc while measuring: clears the shape, or with none leaves the tool.
  bool escape(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa);
  /// Whether the measured shape is open, so its segment on to the pointer follows it.
  bool previewing() const;

  const domain::Catalog& _catalog;
  scene::SceneOrigin _origin;
  const render::MapCamera& _camera;
  ui::ViewState& _state;
  std::unique_ptr<scene::WorksIndex> _index;
  double _pressX = 0, _pressY = 0;
  int _pressButton = 0;
  bool _pressOnMap = false;
  bool _pressDouble = false;  ///< the press came as a double-click event (platforms that report them)
  struct Click {
    double x = 0, y = 0, time = 0;
  };
  std::optional<Click> _lastMeasureClick;  ///< the last click that added a point, for double-clicks
  double _x = 0, _y = 0;                   ///< the pointer's last pixel (origin bottom left)
  bool _seen = false;                      ///< the pointer has moved over the window
  bool _shift = false;                     ///< Shift was held at the last event (no snapping)
};

}  // namespace wm::app
