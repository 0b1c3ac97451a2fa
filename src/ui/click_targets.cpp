#include "ui/click_targets.hpp"

#include <imgui.h>

namespace wm::ui {

void ClickTargets::addLastItem(std::string id) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  _targets.push_back({std::move(id), min.x, min.y, max.x, max.y});
}

std::optional<ClickTarget> ClickTargets::find(const std::string& id) const {
  for (const ClickTarget& t : _targets)
    if (t.id == id) return t;
  return std::nullopt;
}

}  // namespace wm::ui
