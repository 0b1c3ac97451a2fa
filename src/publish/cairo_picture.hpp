#pragma once
// A publish::Picture as cairo's: for the PDFs (a page's map) and for the PPTX's PNG files. Internal to publish,
// which owns cairo.
#include <cairo.h>

#include <string>

#include "core/result.hpp"
#include "publish/deck_pages.hpp"

namespace wm::publish {

/// An RGB image surface with the picture's pixels (alpha dropped: maps are opaque); the caller destroys it
/// (cairo_surface_destroy). Null for an empty picture.
cairo_surface_t* imageSurface(const Picture& picture);

/// The picture as the bytes of a PNG file (8-bit RGB); fails with cairo's message.
core::Result<std::string> encodePng(const Picture& picture);

}  // namespace wm::publish
