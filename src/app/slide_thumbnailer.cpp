#include "app/slide_thumbnailer.hpp"

#include <algorithm>

#include "app/map_grab.hpp"
#include "app/slide_show.hpp"

namespace wm::app {

SlideThumbnailer::SlideThumbnailer(const OpenedMap& map, int thumbnailWidth, int drawWidth)
    : _map(map), _thumbnailWidth(thumbnailWidth), _drawWidth(drawWidth) {}

SlideThumbnailer::~SlideThumbnailer() {
  _renderer.reset();  // its context, then the scene it drew
  _view.reset();
}

// The view and the renderer for pictures `width` × `height`: kept while thumbnails are wanted, made again when
// the language or the window's shape changed.
bool SlideThumbnailer::prepare(core::Lang lang, int width, int height) {
  if (_renderer && lang == _lang && _offscreen.width == width && _offscreen.height == height) return true;
  _renderer.reset();
  const MapInputs& in = _map.inputs;
  if (!_view || lang != _lang) {
    _view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, lang, in.program.get(),
                                      in.terrainProgram.get());
    _view->setOverlayLegend(false);
  }
  _lang = lang;
  _offscreen.width = width;
  _offscreen.height = height;
  render::MapCamera camera;
  camera.setViewport(width, height);
  camera.fit(_view->homeExtent());
  _offscreen.camera = camera;
  auto renderer = render::OffscreenRenderer::open(_view->root(), _offscreen);
  if (!renderer) return false;
  _renderer = std::move(*renderer);
  return true;
}

bool SlideThumbnailer::step(const std::vector<domain::Slide>& slides, SlideEditor& editor, core::Lang lang,
                            int windowWidth, int windowHeight, const std::function<void()>& restoreContext) {
  std::size_t index = 0;
  while (index < slides.size() && editor.thumbnailCurrent(index)) ++index;
  // Nothing to draw: the view and its context are kept for the next edit, which then draws at once. (Letting them
  // go is safe since render::OffscreenRenderer gives back its scene's GL objects for its own context alone; the
  // window's context would have to be made current again after it.)
  if (index == slides.size() || _failed || windowWidth <= 0 || windowHeight <= 0) return false;
  const int width = std::min(_drawWidth, windowWidth);
  const int height = std::max(1, windowHeight * width / windowWidth);
  if (!prepare(lang, width, height)) {
    _failed = true;
    restoreContext();
    return false;
  }
  const SlideContext context{_map.inputs.loaded, *_view, _map.inputs.program.get(), lang, core::Date::today()};
  const render::MapCamera camera = showSlide(context, slides[index], index, width, height, /*withText=*/false);
  _view->showBasemapNow(camera);  // tiles that could not be read: the window reports its own
  _offscreen.camera = camera;
  _offscreen.pixelCameras = _view->pixelCameras();
  auto image = _renderer->draw(_offscreen, _map.inputs.program.get());
  restoreContext();
  if (!image) {
    _failed = true;
    return false;
  }
  // MapGrab::shrink reads rows from the bottom, as OpenGL gives them.
  std::vector<unsigned char> bottomUp(image->pixels.size());
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::copy_n(image->pixels.begin() + static_cast<std::ptrdiff_t>(row * y), row,
                bottomUp.begin() + static_cast<std::ptrdiff_t>(row * (height - 1 - y)));
  const MapGrab::Picture picture = MapGrab::shrink(bottomUp, width, height, std::min(_thumbnailWidth, width));
  editor.setThumbnail(index, picture.rgba, picture.width, picture.height);
  return true;
}

}  // namespace wm::app
