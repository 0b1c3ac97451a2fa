#pragma once
// What the window and `worksmap render` both draw: the map scene, the overlay (title, as-of date, legend, scale
// bar, north arrow) and, as the camera moves, everything that depends on it. One composition, so that an exported
// image is what the window shows.
#include <memory>
#include <optional>
#include <tuple>
#include <string>
#include <vector>

#include <osg/Group>
#include <osg/Program>
#include <osg/Uniform>

#include "core/date.hpp"
#include "core/result.hpp"
#include "core/translation.hpp"
#include "app/basemap_follower.hpp"
#include "app/exit_code.hpp"
#include "app/load_sources.hpp"
#include "domain/catalog.hpp"
#include "render/map_camera.hpp"
#include "render/reduced_resolution.hpp"
#include "scene/font_finder.hpp"
#include "scene/map_labels.hpp"
#include "scene/map_overlay.hpp"
#include "scene/map_scene.hpp"
#include "ui/view_state.hpp"

namespace wm::app {

struct Streams;

/// What the window and `render` start from: the sources loaded (problems printed) and the map's GLSL program.
struct MapInputs {
  Loaded loaded;
  osg::ref_ptr<osg::Program> program;
  osg::ref_ptr<osg::Program> terrainProgram;  ///< the ground's (DEM relief, basemap)
  std::string title;                          ///< the workspace's title, else the first source
  std::optional<ExitCode> failure;            ///< set, after printing why, when there is nothing to draw
};
/// `options`: what the loader computes besides the layers; the window's panels need all of it (the default), an
/// export less.
MapInputs prepareMap(const std::vector<std::string>& sources, const Streams& io, const io::LoadOptions& options = {});

/// The map's background (also the clear colour of exported images).
inline const osg::Vec4 kMapBackground(0.97f, 0.97f, 0.95f, 1.0f);

class MapView {
public:
  /// Builds the scene of `catalog` (which must outlive the view) in `style`, drawn with `program`.
  MapView(const domain::Catalog& catalog, const domain::MapStyle& style, std::string title, core::Lang lang,
          osg::Program* program, osg::Program* terrainProgram);

  osg::Group* root() const { return _root.get(); }
  const domain::Catalog& catalog() const { return _catalog; }
  scene::MapScene& scene() { return _scene; }
  const scene::MapScene& scene() const { return _scene; }
  /// The wm_viewport uniform (pixels) the line shaders need, for the camera that draws the view.
  osg::Uniform* viewportUniform() const { return _viewport.get(); }
  /// Everything loaded, in the scene's local metres.
  geo::Extent homeExtent() const;
  /// A district's polygon in local metres; none when there is no such district or it has no geometry.
  std::optional<geo::Extent> districtExtent(const std::string& name) const;

  void setAsOf(core::Date date);
  core::Date asOf() const { return _asOf; }
  /// The desk's filters: uniforms only (date, period, masks, overdue only, highlight, selection), and the labels
  /// of projects that are filtered out are left out; in period mode the overlay's date line names the period.
  void setFilter(const ui::MapFilter& filter);
  /// The language of the overlay (title line, legend, north letter, 2D/3D button).
  void setLang(core::Lang lang);
  /// Whether the overlay draws its legend (the window hides it while the desk's Legend panel is open;
  /// exported images always have it).
  void setOverlayLegend(bool shown);
  /// The overlay's title line, and a line put before its date line (a slide's subtitle; empty: none).
  void setTitle(std::string title, std::string subtitle = {});
  /// Whether the overlay draws its title and date lines (a PDF deck writes them as text instead).
  void setOverlayTitle(bool shown);
  /// A briefing slide's type sizes for the title, subtitle and figures (scene::kSlideTextScale), or a map's.
  void setSlideText(bool on);
  /// The small figures table the overlay shows top right (scene::OverlayContent::figures); no rows: none.
  void setFigures(std::string heading, std::vector<std::vector<std::string>> rows);
  /// Dims the map outside one district, under the labels and overlay (scene::districtVeil; plan view only: the
  /// veil lies flat); kNoDistrict, or a district without a polygon: nothing dimmed.
  void setDimmedOutside(std::int32_t district);
  /// Pixels at the window's bottom the desk's status bar covers: the overlay's legend and scale bar stand above.
  void setBottomInset(int pixels);
  /// A project's extent (local metres), grown to at least `minSize` metres a side around its centre; none for
  /// an index out of range or a feature without geometry.
  std::optional<geo::Extent> projectExtent(std::int64_t project, double minSize = 200) const;
  /// The Chinese font the overlay and labels use, or why there is none (scene::findChineseFont's failure).
  const core::Result<scene::FontFile>& font() const { return _font; }
  /// While a presentation's camera flies (app::Presenter): the map drawn at
  /// render::ReducedResolution::kFlightScale of the window's pixels each way and stretched over it, from what
  /// is built (scene::MapScene::setStandIns), without the labels (laid out again on landing: desktop GIS tools
  /// likewise place labels once the view stops). The overlay (title, date, legend, figures) stays. Off: every
  /// frame as `render` draws it.
  void setFlying(bool on);
  /// Presentation mode: still frames draw the map through the flights' texture pass at full resolution (the same
  /// pixels), so that the first flight does not pay for setting the pass up (render::ReducedResolution).
  void setPresenting(bool on);
  bool flying() const { return _flying; }
  /// The fraction of the window's pixels, each way, the map is drawn at (1 unless flying).
  double mapResolution() const { return _reduced->scale(); }
  /// Whether the overlay shows the 2D/3D button (the window does; exported images do not).
  void setViewButton(bool shown);

  /// Where the overlay's panels were drawn last (pixels from the bottom left), for a window overlayHeight()
  /// pixels tall (0: no overlay built yet, e.g. without a font).
  const scene::OverlayPanels& overlayPanels() const { return _panels; }
  int overlayHeight() const { return _built.height; }
  /// The height of the ground (local metres, exaggeration applied) under a local point; 0 without a DEM.
  double groundHeight(double x, double y) const;
  /// Brings the overlay (scale bar, north arrow, size) and the 3D blend up to date with the camera.
  void cameraChanged(const render::MapCamera& camera);
  /// The cameras drawing in window pixels (labels, overlay), whose projections a tiled export sets per tile.
  std::vector<osg::Camera*> pixelCameras() const;
  /// Builds the project labels on a background thread, so that the first zoom-in does not wait for them.
  void prepareLabelsInBackground() { _labels->prepareProjectsInBackground(); }
  /// Why there are no labels and no overlay text (no Chinese font was found), translated.
  const std::optional<std::string>& fontProblem() const { return _fontProblem; }
  /// After the first frame: whether the map program compiled and linked in that context.
  core::Result<bool> checkProgram(osg::State& state) const;
  /// The window, every turn of its loop: brings a tile-set basemap up to date with the view (app/basemap_follower.hpp);
  /// nothing without one.
  BasemapFollower::Polled pollBasemap();
  /// `render`: reads the tile-set basemap of exactly this view now and shows it (nothing without one); returns
  /// the tiles that could not be read.
  core::Diagnostics showBasemapNow(const render::MapCamera& camera);
  /// The tile-set basemap's reader (null without one).
  const BasemapFollower* basemap() const { return _basemap.get(); }

private:
  void rebuildOverlay();
  void layoutLabels();
  /// The legend's status rows present in the data as of the overlay's date (bits: the four statuses, then 4 for
  /// overdue, or late in period mode), cached per date and mode: the overlay is rebuilt at every zoom step.
  std::uint32_t legendRows();

  const domain::Catalog& _catalog;
  core::Lang _lang;
  osg::ref_ptr<osg::Program> _program;
  scene::MapScene _scene;
  std::unique_ptr<BasemapFollower> _basemap;  ///< a tile set's reader (null without one); after _scene, which it uses
  osg::ref_ptr<osg::Group> _root = new osg::Group;
  std::unique_ptr<render::ReducedResolution> _reduced;  ///< the map scene's way into _root
  std::unique_ptr<scene::MapLabels> _labels;
  std::optional<render::MapCamera> _camera;  ///< the last camera seen (labels are laid out again for a new date)
  osg::ref_ptr<osg::Group> _overlayHolder = new osg::Group;
  osg::ref_ptr<osg::Node> _veil;  ///< setDimmedOutside's (null: none)
  osg::ref_ptr<osg::Camera> _hud;
  std::vector<domain::Kind> _kinds;  ///< the works kinds in the data, for the legend
  scene::OverlayPanels _panels;      ///< where the overlay's panels are (labels keep out)
  osg::ref_ptr<osg::Uniform> _viewport;
  core::Result<scene::FontFile> _font{core::Error{core::Msg::FontNoChinese}};
  std::optional<std::string> _fontProblem;
  core::Date _asOf = core::Date::today();
  scene::LabelFilter _labelFilter;  ///< its asOf is _asOf
  bool _viewButton = false;
  bool _flying = false;
  std::optional<std::tuple<std::int32_t, bool, std::int32_t, std::int32_t>> _legendRowsFor;  ///< date, period
  std::uint32_t _legendRows = 0;
  // What the overlay was last built for.
  struct OverlayKey {
    int width = 0, height = 0;
    double metresPerPixel = 0, headingDegrees = 0;
    bool target3d = false;
    std::int32_t asOf = 0;
    bool periodMode = false;
    std::int32_t periodFrom = 0, periodTo = 0;  ///< days since 2000-01-01
    core::Lang lang = core::Lang::En;
    bool legend = true;
    int bottomInset = 0;
    bool titleShown = true;
    bool slideText = false;
    std::string title, subtitle, figuresHeading;
    std::vector<std::vector<std::string>> figures;
    bool operator==(const OverlayKey&) const = default;
  };
  OverlayKey _built, _wanted;
};

/// What an export command builds, kept until the process ends (endExport: never torn down piece by piece).
struct ExportedMap {
  MapInputs inputs;
  std::unique_ptr<MapView> view;
};

}  // namespace wm::app
