#pragma once
// The map as the window has just drawn it, before the desk is drawn over it: a camera draw callback that, when
// armed, reads the frame back (glReadPixels) and scales it down for a slide's thumbnail, then hands on to the
// callback drawn after the map (the desk's ImGui). Runs on the drawing thread, which is the window's.
#include <optional>
#include <vector>

#include <osg/Camera>

namespace wm::app {

class MapGrab : public osg::Camera::DrawCallback {
public:
  /// `then`: the callback drawn after the grab (may be null). Thumbnails are `width` pixels wide.
  MapGrab(osg::ref_ptr<osg::Camera::DrawCallback> then, int width);
  void operator()(osg::RenderInfo& info) const override;

  struct Picture {
    std::vector<unsigned char> rgba;  ///< rows from the top
    int width = 0, height = 0;
  };
  /// Grabs the next frame drawn.
  void arm() { _armed = true; }
  bool armed() const { return _armed; }
  /// The grabbed picture, once.
  std::optional<Picture> take() { return std::exchange(_grabbed, std::nullopt); }

  /// `rgba` (width × height, rows from the bottom as OpenGL reads them) scaled down to `outWidth` wide by
  /// averaging the pixels each output pixel covers, rows from the top.
  static Picture shrink(const std::vector<unsigned char>& rgba, int width, int height, int outWidth);

private:
  osg::ref_ptr<osg::Camera::DrawCallback> _then;
  int _width;
  mutable bool _armed = false;
  mutable std::optional<Picture> _grabbed;
};

}  // namespace wm::app
