#include "ui/presentation.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace wm::ui {
namespace {

namespace k = presentation_keys;

bool isNext(int key) {
  return key == k::kPageDown || key == k::kRight || key == k::kDown || key == ' ' || key == k::kReturn ||
         key == k::kKeypadEnter || key == 'n' || key == 'N';
}
bool isPrevious(int key) {
  return key == k::kPageUp || key == k::kLeft || key == k::kUp || key == k::kBackSpace || key == 'p' || key == 'P';
}

// A step to `slide`, or none when it is the one shown.
PresentationStep goTo(Presentation& p, std::size_t slide) {
  PresentationStep step{.handled = true};
  if (slide != p.slide) {
    p.slide = slide;
    step.goTo = slide;
  }
  return step;
}

// Enter after digits: the slide of that number (from 1), when there is one; a number out of range is dropped.
PresentationStep jump(Presentation& p) {
  const std::string typed = std::exchange(p.typed, {});
  const unsigned long n = typed.size() > 6 ? 0 : std::stoul(typed);
  if (n < 1 || n > p.count) return {.handled = true};
  return goTo(p, n - 1);
}

}  // namespace

Presentation startPresentation(std::size_t count, std::size_t first) {
  Presentation p;
  p.count = count;
  p.slide = count == 0 ? 0 : std::min(first, count - 1);
  return p;
}

PresentationStep presentationKey(Presentation& p, int key) {
  if (key == k::kEscape) {
    p.typed.clear();
    return {.handled = true, .leave = true};
  }
  if (key >= '0' && key <= '9') {
    p.typed.push_back(static_cast<char>(key));
    return {.handled = true};
  }
  if ((key == k::kReturn || key == k::kKeypadEnter) && !p.typed.empty()) return jump(p);
  p.typed.clear();
  if (key == 's' || key == 'S') {
    p.notes = !p.notes;
    return {.handled = true};
  }
  // A blank screen: its own key again, or any other, shows the slide (where it was).
  const bool black = key == 'b' || key == 'B' || key == '.';
  const bool white = key == 'w' || key == 'W' || key == ',';
  if (p.screen != Presentation::Screen::Slide) {
    const bool same =
        (black && p.screen == Presentation::Screen::Black) || (white && p.screen == Presentation::Screen::White);
    if (same || isNext(key) || isPrevious(key) || key == k::kHome || key == k::kEnd) {
      p.screen = Presentation::Screen::Slide;
      return {.handled = true};
    }
  }
  if (black || white) {
    p.screen = black ? Presentation::Screen::Black : Presentation::Screen::White;
    return {.handled = true};
  }
  if (p.count == 0) return {};
  if (isNext(key)) return goTo(p, std::min(p.slide + 1, p.count - 1));
  if (isPrevious(key)) return goTo(p, p.slide == 0 ? 0 : p.slide - 1);
  if (key == k::kHome) return goTo(p, 0);
  if (key == k::kEnd) return goTo(p, p.count - 1);
  return {};
}

std::string slideNumberText(const Presentation& p) { return fmt::format("{} / {}", p.slide + 1, p.count); }

}  // namespace wm::ui
