#include "app/slide_editor.hpp"

#include <GL/gl.h>

#include <algorithm>
#include <cmath>

#include "app/map_view.hpp"
#include "app/slide_camera.hpp"
#include "io/workspace_save.hpp"

namespace wm::app {
namespace {

// Whether two slides show the same map: all but what is written over it or beside it.
bool sameView(domain::Slide a, domain::Slide b) {
  for (domain::Slide* s : {&a, &b}) {
    s->title.clear(), s->subtitle.clear(), s->notes.clear();
    s->figures = domain::SlideFigures::None;
  }
  return domain::sameSlide(a, b);
}

double luminanceSpread(const std::vector<unsigned char>& rgba) {
  const std::size_t n = rgba.size() / 4;
  if (n == 0) return 0;
  double sum = 0, squares = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double y = 0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2];
    sum += y, squares += y * y;
  }
  const double mean = sum / static_cast<double>(n);
  return std::sqrt(std::max(0.0, squares / static_cast<double>(n) - mean * mean));
}

}  // namespace

std::uint32_t rearrangeSlides(std::vector<domain::Slide>& slides, std::vector<std::uint32_t>& thumbnails,
                              const ui::SlideRequest& r, std::int32_t& current) {
  using Kind = ui::SlideRequest::Kind;
  const std::size_t i = r.index, n = slides.size();
  if (i >= n || thumbnails.size() != n) return 0;
  const auto at = [](std::size_t k) { return static_cast<std::ptrdiff_t>(k); };
  const auto here = static_cast<std::int32_t>(i);
  switch (r.kind) {
    case Kind::MoveUp:
    case Kind::MoveDown: {
      if ((r.kind == Kind::MoveUp && i == 0) || (r.kind == Kind::MoveDown && i + 1 >= n)) return 0;
      const std::size_t j = r.kind == Kind::MoveUp ? i - 1 : i + 1;
      std::swap(slides[i], slides[j]);
      std::swap(thumbnails[i], thumbnails[j]);
      const auto there = static_cast<std::int32_t>(j);
      if (current == here)
        current = there;
      else if (current == there)
        current = here;
      return 0;
    }
    case Kind::Duplicate:
      slides.insert(slides.begin() + at(i + 1), slides[i]);
      thumbnails.insert(thumbnails.begin() + at(i + 1), 0);  // drawn again when the copy is shown
      if (current > here) ++current;
      if (current == here) current = here + 1;
      return 0;
    case Kind::Delete: {
      const std::uint32_t dropped = thumbnails[i];
      slides.erase(slides.begin() + at(i));
      thumbnails.erase(thumbnails.begin() + at(i));
      if (current > here) --current;
      if (current >= static_cast<std::int32_t>(slides.size())) current = static_cast<std::int32_t>(slides.size()) - 1;
      return dropped;
    }
    default:
      return 0;
  }
}

SlideEditor::SlideEditor(DeskSession& session, Presenter& presenter, std::vector<std::string> sources)
    : _session(session),
      _presenter(presenter),
      _sources(std::move(sources)),
      _textures(session.slides.size(), 0),
      _sizes(session.slides.size(), {0, 0}) {
  const Loaded& loaded = session.map->inputs.loaded;
  if (!loaded.slidesFile.empty()) {
    _workspace = std::filesystem::path(loaded.slidesFile);
    _openedText = loaded.workspaceText;
  }
}

SlideEditor::~SlideEditor() = default;  // the textures go with the window's context

SlideEditor::Outcome SlideEditor::apply(std::vector<ui::SlideRequest> requests, Presenter::Clock::time_point now) {
  using Kind = ui::SlideRequest::Kind;
  Outcome outcome;
  std::vector<domain::Slide>& slides = _session.slides;
  ui::ViewState& state = _session.state;
  for (const ui::SlideRequest& r : requests) {
    switch (r.kind) {
      case Kind::Add: {
        const std::size_t at = std::min(r.index + 1, slides.size());
        slides.insert(slides.begin() + static_cast<std::ptrdiff_t>(at),
                      slideFromView(state, _session.controller->camera(), *_session.map->view));
        _textures.insert(_textures.begin() + static_cast<std::ptrdiff_t>(at), 0);
        _sizes.insert(_sizes.begin() + static_cast<std::ptrdiff_t>(at), {0, 0});
        state.slide = static_cast<std::int32_t>(at);
        state.slidesUnsaved = true;
        outcome.grab = true;
        break;
      }
      case Kind::Update:
        if (r.index < slides.size()) {
          domain::Slide made = slideFromView(state, _session.controller->camera(), *_session.map->view);
          domain::Slide& slide = slides[r.index];
          made.title = slide.title, made.subtitle = slide.subtitle, made.notes = slide.notes;
          made.figures = slide.figures;
          slide = std::move(made);
          state.slide = static_cast<std::int32_t>(r.index);
          state.slidesUnsaved = true;
          outcome.grab = true;
        }
        break;
      case Kind::Show:
        if (r.index < slides.size()) _presenter.fly(r.index, now);
        break;
      case Kind::Present:
        outcome.present = r.index;
        break;
      case Kind::Save:
        save(std::nullopt);
        break;
      case Kind::SaveAs:
        save(std::filesystem::path(r.path));
        break;
      default:
        if (std::uint32_t dropped = rearrangeSlides(slides, _textures, r, state.slide)) {
          const GLuint name = dropped;
          glDeleteTextures(1, &name);
          _drawn.erase(dropped);
        }
        _sizes.resize(_textures.size());
        state.slidesUnsaved = true;
        break;
    }
  }
  return outcome;
}

void SlideEditor::setThumbnail(std::size_t index, const std::vector<unsigned char>& rgba, int width, int height) {
  if (index >= _textures.size() || width <= 0 || height <= 0) return;
  GLuint name = _textures[index];
  if (name == 0) glGenTextures(1, &name);
  // OSG and ImGui track what is bound: what was bound is bound again afterwards.
  GLint bound = 0, alignment = 4;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment);
  glBindTexture(GL_TEXTURE_2D, name);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
  glPixelStorei(GL_UNPACK_ALIGNMENT, alignment);
  _textures[index] = name;
  _sizes[index] = {width, height};
  _drawn[name] = {_session.slides.at(index), luminanceSpread(rgba)};
}

bool SlideEditor::thumbnailCurrent(std::size_t index) const {
  if (!hasThumbnail(index) || index >= _session.slides.size()) return false;
  const auto drawn = _drawn.find(_textures[index]);
  return drawn != _drawn.end() && sameView(drawn->second.slide, _session.slides[index]);
}

std::optional<double> SlideEditor::thumbnailSpread(std::size_t index) const {
  if (!hasThumbnail(index)) return std::nullopt;
  const auto drawn = _drawn.find(_textures[index]);
  if (drawn == _drawn.end()) return std::nullopt;
  return drawn->second.spread;
}

// Save: into the workspace file read at open (refused when another program changed it since); Save as
// workspace: a new file listing the sources. The panel shows what came of it.
void SlideEditor::save(const std::optional<std::filesystem::path>& as) {
  const core::Lang lang = _session.state.lang;
  io::WorkspaceSave saved;
  if (as) {
    saved = io::saveAsWorkspace(*as, _sources, _session.slides, /*replaceExisting=*/false);
  } else if (_workspace) {
    saved = io::saveSlides(*_workspace, _openedText, _session.slides);
  } else {
    return;
  }
  if (!saved.saved) {
    _failed = true;
    _message = saved.problem ? core::formatDiagnostic(*saved.problem, lang) : std::string();
    return;
  }
  if (as) _workspace = *as;
  _openedText = std::move(saved.text);
  _session.slides = std::move(saved.slides);  // their new line numbers, for the next save
  _session.state.slidesUnsaved = false;
  _failed = false;
  _message = core::tr(lang, core::Msg::UiSlidesSaved, _session.slides.size(), _workspace->string());
}

std::optional<ui::SlideThumbnail> SlideEditor::thumbnail(std::size_t index) const {
  if (!hasThumbnail(index)) return std::nullopt;
  return ui::SlideThumbnail{reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(_textures[index])),
                            static_cast<float>(_sizes[index].first), static_cast<float>(_sizes[index].second)};
}

}  // namespace wm::app
