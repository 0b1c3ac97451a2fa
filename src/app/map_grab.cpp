#include "app/map_grab.hpp"

#include <algorithm>
#include <utility>

#include <osg/GL>
#include <osg/RenderInfo>
#include <osg/Viewport>

namespace wm::app {

MapGrab::MapGrab(osg::ref_ptr<osg::Camera::DrawCallback> then, int width) : _then(std::move(then)), _width(width) {}

void MapGrab::operator()(osg::RenderInfo& info) const {
  if (_armed) {
    _armed = false;
    const osg::Viewport* vp = info.getCurrentCamera() ? info.getCurrentCamera()->getViewport() : nullptr;
    if (vp && vp->width() > 0 && vp->height() > 0) {
      const int w = static_cast<int>(vp->width()), h = static_cast<int>(vp->height());
      std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
      GLint alignment = 4;
      glGetIntegerv(GL_PACK_ALIGNMENT, &alignment);
      glPixelStorei(GL_PACK_ALIGNMENT, 1);
      glReadPixels(static_cast<GLint>(vp->x()), static_cast<GLint>(vp->y()), w, h, GL_RGBA, GL_UNSIGNED_BYTE,
                   pixels.data());
      glPixelStorei(GL_PACK_ALIGNMENT, alignment);
      _grabbed = shrink(pixels, w, h, std::min(_width, w));
    }
  }
  if (_then) (*_then)(info);
}

MapGrab::Picture MapGrab::shrink(const std::vector<unsigned char>& rgba, int width, int height, int outWidth) {
  Picture out;
  if (width <= 0 || height <= 0 || outWidth <= 0) return out;
  out.width = outWidth;
  out.height = std::max(1, static_cast<int>(static_cast<long long>(height) * outWidth / width));
  out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 0);
  for (int oy = 0; oy < out.height; ++oy) {
    // Output rows from the top; input rows from the bottom.
    const int y0 = height - (oy + 1) * height / out.height, y1 = height - oy * height / out.height;
    for (int ox = 0; ox < out.width; ++ox) {
      const int x0 = ox * width / out.width, x1 = std::max(x0 + 1, (ox + 1) * width / out.width);
      unsigned long sum[4] = {0, 0, 0, 0};
      unsigned long n = 0;
      for (int y = y0; y < std::max(y0 + 1, y1); ++y)
        for (int x = x0; x < x1; ++x) {
          const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
          for (int c = 0; c < 4; ++c) sum[c] += p[c];
          ++n;
        }
      unsigned char* q = &out.rgba[(static_cast<std::size_t>(oy) * out.width + ox) * 4];
      for (int c = 0; c < 4; ++c) q[c] = static_cast<unsigned char>(sum[c] / n);
      q[3] = 255;
    }
  }
  return out;
}

}  // namespace wm::app
