#pragma once
// Presentation mode (汇报放映) over the desk's session: F5 starts it from the first slide, Shift+F5 from the slide
// the view last showed. The window goes full screen with the desk hidden; each slide is shown as
// `render --slide` draws it (its view state applied with ui::applySlide, its camera from app::slideCamera, its
// title, subtitle and figures in the map's overlay), and a key (ui::presentationKey) flies the camera to the next
// (app::SlideFlight) while the as-of date runs between the two slides' dates. Esc gives the desk back its view
// state, camera and overlay as they were.
#include <chrono>
#include <optional>
#include <utility>
#include <vector>

#include "app/desk_session.hpp"
#include "app/slide_flight.hpp"
#include "core/date.hpp"
#include "scene/map_scene.hpp"
#include "ui/presentation.hpp"
#include "ui/presentation_screen.hpp"

namespace wm::app {

/// The views of a flight's frames, `samples` of them evenly after its start (the start is the view shown).
std::vector<scene::MapScene::ViewSample> flightViews(const SlideFlight& flight, int samples);

class Presenter {
public:
  /// Frames of a flight sampled for its warm-up: at 40–60 ms a frame a flight draws about 25–35 of them.
  static constexpr int kWarmSamples = 32;

  using Clock = std::chrono::steady_clock;
  /// `session` outlives the presenter; `today` is what a slide without a date shows (as `render --slide`).
  Presenter(DeskSession& session, core::Date today);

  bool active() const { return _presentation.has_value(); }
  /// The presentation's state; only while active.
  const ui::Presentation& presentation() const { return *_presentation; }
  bool flying() const { return _flight.has_value(); }
  /// The slide a flight has just landed on, once (the window grabs its thumbnail).
  std::optional<std::size_t> takeLanded() { return std::exchange(_landed, std::nullopt); }

  /// Starts at slide `first` (clamped); false, and nothing changes, when the data has no slides. The caller
  /// puts the window in full screen. `notes`: the presenter's notes panel shown from the start (Alt+F5).
  bool start(std::size_t first, bool notes = false);
  /// A key pressed while presenting (OSG's key symbol) at `now`: whether it was taken. Esc ends the
  /// presentation. A flight starts at `now`.
  bool key(int key, Clock::time_point now);
  /// Before each frame: the flight's camera and date at `now`, or the slide's camera again after the window
  /// changed size. Whether a frame must be drawn (a flight is under way, or has just landed).
  bool update(Clock::time_point now);
  /// Back to the desk's view state, camera and overlay.
  void stop();
  /// In the desk (the Slides panel's click): flies to slide `index` and sets the view state to it, the desk
  /// staying as it is (no slide text in the overlay). update() steps it as a presentation's flight.
  void fly(std::size_t index, Clock::time_point now);
  /// While presenting, between flights: builds a few more pieces of what the flights from the slide shown to the
  /// next and to the previous slide will draw (levels of detail, raster blocks: scene::MapScene::planWarmup),
  /// so that those flights do not build them on their frames. Whether some are left. Call between frames.
  bool warmUp();
  /// What the warm-up built since the last call, for its GL objects to be compiled in the window's context
  /// before a flight draws it (render::compileGLObjects).
  std::vector<osg::ref_ptr<osg::Node>> takeWarmed() { return std::exchange(_warmed, {}); }
  /// What the notes panel shows at `now` (only while active).
  ui::PresenterNotes notes(Clock::time_point now) const;

private:
  void show(std::size_t slide, std::optional<Clock::time_point> flyFrom);
  void land();
  void planWarmup(std::size_t shown);
  std::size_t slideCount() const;

  DeskSession& _session;
  core::Date _today;
  std::optional<ui::Presentation> _presentation;
  std::optional<SlideFlight> _flight;
  std::size_t _flightSlide = 0;  ///< where the flight lands
  Clock::time_point _flightStart;
  Clock::time_point _started;  ///< when the presentation started (the notes panel's clock)
  std::optional<std::size_t> _landed;
  int _shownWidth = 0, _shownHeight = 0;           ///< the window size the slide's camera was made for
  std::optional<scene::MapScene::Warmup> _warmup;  ///< of the flights from the slide shown (a large map)
  std::vector<osg::ref_ptr<osg::Node>> _warmed;    ///< built by the warm-up, not yet taken (takeWarmed)
  // The desk as it was before F5.
  ui::ViewState _deskState;
  render::MapCamera _deskCamera;
};

}  // namespace wm::app
