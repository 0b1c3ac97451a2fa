// A map style file (io/map_style_file.hpp): the input is a style TOML as a user may write it, read over the
// built-in style. Its problems format in both languages; whatever it says, the style stays drawable.
#include <cmath>

#include "domain/map_style.hpp"
#include "fuzz_support.hpp"
#include "io/map_style_file.hpp"

using namespace wm;

namespace {

bool drawable(const domain::Rgba& c) {
  for (float v : {c.r, c.g, c.b, c.a})
    if (!(v >= 0 && v <= 1)) return false;
  return true;
}

bool drawable(float width, float min, float max) { return width >= min && width <= max; }

void checkStyle(const domain::MapStyle& style) {
  for (const auto& c : style.status) WM_FUZZ_CHECK(drawable(c));
  WM_FUZZ_CHECK(drawable(style.overdueCasing) && drawable(style.selection));
  WM_FUZZ_CHECK(drawable(style.worksLineWidthPx, 0.5f, 64) && drawable(style.patternTint, 0, 1));
  for (const auto& kind : style.kinds) WM_FUZZ_CHECK(std::isfinite(kind.widthM) && kind.widthM >= 0);
  for (const auto& rule : style.baseRules) {
    WM_FUZZ_CHECK(drawable(rule.line) && (!rule.fill || drawable(*rule.fill)));
    WM_FUZZ_CHECK(drawable(rule.widthPx, 0.5f, 64) && std::isfinite(rule.widthM));
    for (const auto& cls : rule.classes) WM_FUZZ_CHECK(drawable(cls.line) && drawable(cls.widthPx, 0.5f, 64));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const io::StyleLoad load =
      io::parseStyle(fuzz::asText(data, size), "/nonexistent/worksmap-fuzz/style.toml", domain::builtInMapStyle());
  fuzz::checkDiagnostics(load.problems);
  checkStyle(load.style);
  return 0;
}
