#pragma once
// Where the desk drew its clickable entries in the last frame, by a stable name ("legend.kind.road"): unit
// tests click them with simulated input, and the viewer's --state-file reports them so that GUI tests click
// real entries with xdotool whatever the language, font or scale.
#include <optional>
#include <string>
#include <vector>

namespace wm::ui {

/// A rectangle in window pixels, origin top left, y down (ImGui's and X11's convention).
struct ClickTarget {
  std::string id;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float centerX() const { return (x0 + x1) / 2; }
  float centerY() const { return (y0 + y1) / 2; }
};

class ClickTargets {
public:
  void clear() { _targets.clear(); }
  /// Records the last ImGui item (call right after the widget) under `id`. Inside an ImGui frame only.
  void addLastItem(std::string id);
  /// Records an entry whose rectangle the caller knows (an item that ImGui's last-item data does not describe
  /// once it has opened a popup, such as a combo box).
  void add(ClickTarget target) { _targets.push_back(std::move(target)); }
  const std::vector<ClickTarget>& all() const { return _targets; }
  std::optional<ClickTarget> find(const std::string& id) const;

private:
  std::vector<ClickTarget> _targets;
};

}  // namespace wm::ui
