#pragma once
// What every panel of the desk reads besides the view state it edits.
#include <cstdint>
#include <string>

#include <imgui.h>

#include "core/translation.hpp"
#include "domain/catalog.hpp"
#include "domain/map_style.hpp"
#include "ui/click_targets.hpp"

namespace wm::ui {

struct DeskContext {
  const domain::Catalog& catalog;  ///< outlives the desk
  const domain::MapStyle& style;   ///< the map's colours, so swatches match the map
  float scale = 1.0f;              ///< ui/screen_scale.hpp
  ClickTargets& targets;           ///< where this frame's entries are drawn
  std::uint32_t kindsInData = 0;   ///< bit per domain::Kind that some project has
  bool hasKind(domain::Kind kind) const { return (kindsInData >> static_cast<unsigned>(kind) & 1u) != 0; }
};

/// The kinds the catalog's projects have, a bit per domain::Kind (one pass; done once per desk).
std::uint32_t kindsInData(const domain::Catalog& catalog);

/// A message in the state's language, as a C string for ImGui (valid until the next call on this thread).
const char* uiText(core::Lang lang, core::Msg msg);
/// A window title: the translated text, then "###" and an id that stays the same in every language, so the
/// remembered layout (imgui.ini) follows the window, not its caption.
std::string windowTitle(core::Lang lang, core::Msg msg, const char* id);
/// A style colour as ImGui's.
inline ImVec4 imColour(const domain::Rgba& c) { return {c.r, c.g, c.b, c.a}; }
/// A small filled square in `colour`, on the current line (a legend swatch), `size` pixels a side.
void swatch(const ImVec4& colour, float size);

}  // namespace wm::ui
