#pragma once
// The Slides panel's thumbnails for slides the window has not shown since they were made or changed: each drawn
// offscreen by a MapView of its own (the window's map, date and camera are never touched), one a turn of the
// window's loop so that the desk stays responsive, shrunk to the thumbnail's width and handed to the SlideEditor,
// which makes it a texture in the window's context. The map is drawn at the window's shape, as a click on the
// slide would show it, without the overlay's title and legend (the panel writes the title beside it).
#include <functional>
#include <memory>
#include <vector>

#include "app/map_loading.hpp"
#include "app/slide_editor.hpp"
#include "render/offscreen.hpp"

namespace wm::app {

class SlideThumbnailer {
public:
  /// The offscreen maps are `drawWidth` pixels wide, shrunk to `thumbnailWidth`. `map` must outlive the
  /// thumbnailer.
  SlideThumbnailer(const OpenedMap& map, int thumbnailWidth, int drawWidth = 768);
  ~SlideThumbnailer();
  SlideThumbnailer(const SlideThumbnailer&) = delete;
  SlideThumbnailer& operator=(const SlideThumbnailer&) = delete;

  /// Draws the thumbnail of the first of `slides` whose thumbnail `editor` lacks or holds outdated
  /// (SlideEditor::thumbnailCurrent), for a window `windowWidth` × `windowHeight`, in `lang`; then
  /// `restoreContext` makes the window's context current again and the editor keeps the picture. Returns whether
  /// one was drawn (the desk should be redrawn). The offscreen view and its context are kept once made.
  bool step(const std::vector<domain::Slide>& slides, SlideEditor& editor, core::Lang lang, int windowWidth,
            int windowHeight, const std::function<void()>& restoreContext);

private:
  bool prepare(core::Lang lang, int width, int height);

  const OpenedMap& _map;
  int _thumbnailWidth, _drawWidth;
  std::unique_ptr<MapView> _view;
  render::OffscreenView _offscreen;
  std::unique_ptr<render::OffscreenRenderer> _renderer;
  core::Lang _lang = core::Lang::En;
  bool _failed = false;  ///< no offscreen context could be made: the grabs of the window's map remain
};

}  // namespace wm::app
