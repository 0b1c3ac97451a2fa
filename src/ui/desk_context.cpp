#include "ui/desk_context.hpp"

namespace wm::ui {

const char* uiText(core::Lang lang, core::Msg msg) {
  thread_local std::string holder;
  holder = core::text(msg, lang);
  return holder.c_str();
}

std::string windowTitle(core::Lang lang, core::Msg msg, const char* id) {
  return std::string(core::text(msg, lang)) + "###" + id;
}

std::uint32_t kindsInData(const domain::Catalog& catalog) {
  std::uint32_t mask = 0;
  for (const domain::Project& p : catalog.projects) mask |= 1u << static_cast<unsigned>(p.kind);
  return mask;
}

void swatch(const ImVec4& colour, float size) {
  ImVec2 at = ImGui::GetCursorScreenPos();
  float lineHeight = ImGui::GetTextLineHeight();
  ImVec2 min(at.x, at.y + (lineHeight - size) / 2);
  ImGui::GetWindowDrawList()->AddRectFilled(min, ImVec2(min.x + size, min.y + size),
                                            ImGui::ColorConvertFloat4ToU32(colour));
  ImGui::Dummy(ImVec2(size, lineHeight));
  ImGui::SameLine();
}

}  // namespace wm::ui
