#include "app/presenter.hpp"

#include <algorithm>
#include <thread>

#include <osgGA/GUIEventAdapter>

#include "app/map_view.hpp"
#include "app/slide_camera.hpp"
#include "app/slide_show.hpp"
#include "ui/slide_state.hpp"

namespace wm::app {
namespace {

// ui names OSG's key symbols without seeing OSG.
using Key = osgGA::GUIEventAdapter::KeySymbol;
namespace pk = ui::presentation_keys;
static_assert(pk::kEscape == Key::KEY_Escape && pk::kReturn == Key::KEY_Return &&
              pk::kKeypadEnter == Key::KEY_KP_Enter);
static_assert(pk::kBackSpace == Key::KEY_BackSpace && pk::kHome == Key::KEY_Home && pk::kEnd == Key::KEY_End);
static_assert(pk::kLeft == Key::KEY_Left && pk::kUp == Key::KEY_Up && pk::kRight == Key::KEY_Right);
static_assert(pk::kDown == Key::KEY_Down && pk::kPageUp == Key::KEY_Page_Up && pk::kPageDown == Key::KEY_Page_Down);

}  // namespace

std::vector<scene::MapScene::ViewSample> flightViews(const SlideFlight& flight, int samples) {
  std::vector<scene::MapScene::ViewSample> out;
  for (int i = 1; i <= samples; ++i) {
    const render::MapCamera camera = flight.camera(flight.seconds() * i / samples);
    out.push_back({camera.viewMatrix(), camera.projectionMatrix(), camera.width()});
  }
  return out;
}

Presenter::Presenter(DeskSession& session, core::Date today) : _session(session), _today(today) {}

std::size_t Presenter::slideCount() const { return _session.slides.size(); }

bool Presenter::start(std::size_t first, bool notes) {
  if (slideCount() == 0) return false;
  _deskState = _session.state;
  _deskCamera = _session.controller->camera();
  _presentation = ui::startPresentation(slideCount(), first);
  _presentation->notes = notes;
  _started = Clock::now();
  MapView& view = *_session.map->view;
  view.setViewButton(false);
  view.setPresenting(true);
  view.setOverlayTitle(true);
  view.setSlideText(true);
  ui::ViewState& state = _session.state;
  state.panels.legend = false;  // the overlay draws the legend, as on an exported slide
  state.mapBottomInset = 0;
  state.measure.clear();
  show(_presentation->slide, std::nullopt);
  return true;
}

bool Presenter::key(int key, Clock::time_point now) {
  if (!_presentation) return false;
  const ui::PresentationStep step = ui::presentationKey(*_presentation, key);
  if (step.leave) {
    stop();
  } else if (step.goTo) {
    show(*step.goTo, now);
  }
  return step.handled;
}

// Applies the slide's view state and sets the overlay's text; flies there from the camera and date shown now,
// or jumps.
void Presenter::show(std::size_t index, std::optional<Clock::time_point> flyFrom) {
  const Loaded& loaded = _session.map->inputs.loaded;
  const domain::Slide& slide = _session.slides.at(index);
  MapView& view = *_session.map->view;
  ui::ViewState& state = _session.state;
  const core::Date fromDate = state.asOf;
  ui::applySlide(slide, loaded.catalog, _today, state);
  state.slide = static_cast<std::int32_t>(index);
  if (active()) {
    SlideContext context{loaded, view, nullptr, state.lang, _today};
    SlideText text = slideText(context, slide, index);
    view.setTitle(std::move(text.title), std::move(text.subtitle));
    view.setFigures(std::move(text.figures.heading), std::move(text.figures.rows));
  }
  render::MapCamera& now = _session.controller->camera();
  _shownWidth = now.width(), _shownHeight = now.height();
  const render::MapCamera target = slideCamera(slide, view, _shownWidth, _shownHeight);
  _flight.reset();
  _warmup.reset();  // what the flight needs and was not built ahead, its frames build
  _flightSlide = index;
  if (flyFrom) {
    _flight.emplace(now, target, fromDate, slide.date(_today));
    _flightStart = *flyFrom;
    state.periodMode = false;  // the date runs as an as-of date; the slide's period comes on landing
    state.asOf = fromDate;
    return;
  }
  _session.controller->place(target);
  _landed = index;
  planWarmup(index);
}

void Presenter::fly(std::size_t index, Clock::time_point now) {
  if (index >= slideCount()) return;
  show(index, now);
}

// The flight's end: the slide exactly as exported, its period included.
void Presenter::land() {
  _flight.reset();
  _landed = _flightSlide;
  const domain::Slide& slide = _session.slides.at(_flightSlide);
  ui::applySlide(slide, _session.map->inputs.loaded.catalog, _today, _session.state);
  _session.controller->place(slideCamera(slide, *_session.map->view, _shownWidth, _shownHeight));
  planWarmup(_flightSlide);
}

// The flights from the slide shown to its neighbours, from the camera it is shown with.
void Presenter::planWarmup(std::size_t shown) {
  _warmup.reset();
  if (!active()) return;
  MapView& view = *_session.map->view;
  const render::MapCamera from = _session.controller->camera();
  std::vector<scene::MapScene::ViewSample> views;
  for (std::size_t next : {shown + 1, shown - 1}) {  // shown - 1 wraps past the end for the first slide
    if (next >= slideCount()) continue;
    const SlideFlight flight(from, slideCamera(_session.slides[next], view, _shownWidth, _shownHeight), _today, _today);
    std::vector<scene::MapScene::ViewSample> frames = flightViews(flight, kWarmSamples);
    views.insert(views.end(), frames.begin(), frames.end());
  }
  _warmup = view.scene().planWarmup(views);
  if (_warmup->done()) _warmup.reset();
}

bool Presenter::warmUp() {
  if (!_warmup || flying()) return false;
  const std::size_t pieces = std::max(2u, std::thread::hardware_concurrency());
  const bool more = _session.map->view->scene().warm(*_warmup, pieces);
  for (auto& node : _warmup->built) _warmed.push_back(std::move(node));
  _warmup->built.clear();
  if (!more) _warmup.reset();
  return _warmup.has_value();
}

bool Presenter::update(Clock::time_point now) {
  const render::MapCamera& camera = _session.controller->camera();
  if (!_flight) {
    if (!_presentation) return false;
    // Full screen came, or the window was resized: the slide framed again for the new size.
    if (camera.width() != _shownWidth || camera.height() != _shownHeight) show(_presentation->slide, std::nullopt);
    return false;
  }
  const double elapsed = std::chrono::duration<double>(now - _flightStart).count();
  if (_flight->finished(elapsed)) {
    land();
    return true;  // the frame that shows it landed
  }
  _session.controller->place(_flight->camera(elapsed));
  _session.state.asOf = _flight->date(elapsed);
  return true;
}

void Presenter::stop() {
  if (!_presentation) return;
  const std::int32_t shown = _session.state.slide;
  _presentation.reset();
  _flight.reset();
  _warmup.reset();
  _session.state = _deskState;
  _session.state.slide = shown;  // Shift+F5 starts again from here
  _session.controller->place(_deskCamera);
  MapView& view = *_session.map->view;
  view.setViewButton(true);
  view.setPresenting(false);
  view.setSlideText(false);
  view.setTitle(_session.map->inputs.title);
  view.setFigures({}, {});
}

ui::PresenterNotes Presenter::notes(Clock::time_point now) const {
  ui::PresenterNotes n;
  n.lang = _session.state.lang;
  n.elapsedSeconds = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(now - _started).count());
  const std::size_t at = _presentation->slide;
  n.notes = _session.slides.at(at).notes;
  if (at + 1 < slideCount()) {
    const std::string& title = _session.slides[at + 1].title;
    n.nextTitle = title.empty() ? core::tr(n.lang, core::Msg::SlideUntitled, at + 2) : title;
  }
  return n;
}

}  // namespace wm::app
