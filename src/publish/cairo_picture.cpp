#include "publish/cairo_picture.hpp"

#include <cstddef>
#include <cstdint>

namespace wm::publish {

cairo_surface_t* imageSurface(const Picture& p) {
  if (p.width <= 0 || p.height <= 0 || !p.rgba) return nullptr;
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, p.width, p.height);
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  const int stride = cairo_image_surface_get_stride(image);
  for (int row = 0; row < p.height; ++row) {
    auto* out = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(row) * stride);
    const std::uint8_t* in = p.rgba + static_cast<std::size_t>(row) * p.width * 4;
    for (int col = 0; col < p.width; ++col, in += 4) out[col] = std::uint32_t{in[0]} << 16 | in[1] << 8 | in[2];
  }
  cairo_surface_mark_dirty(image);
  return image;
}

core::Result<std::string> encodePng(const Picture& picture) {
  cairo_surface_t* image = imageSurface(picture);
  if (!image) return core::Error{core::Msg::PictureEmpty};
  std::string bytes;
  const cairo_status_t status = cairo_surface_write_to_png_stream(
      image,
      [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
      },
      &bytes);
  cairo_surface_destroy(image);
  if (status != CAIRO_STATUS_SUCCESS)
    return core::Error{core::Msg::PngEncodeFailed, {core::libraryReasonArg("cairo", cairo_status_to_string(status))}};
  return bytes;
}

}  // namespace wm::publish
