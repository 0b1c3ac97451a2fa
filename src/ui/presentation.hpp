#pragma once
// Presentation mode's state (汇报放映): which slide is shown, a blank screen, a slide number being typed, and
// what a presenter's key does to it. Keys are those presenters and clickers send, as PowerPoint and WPS take
// them: PageDown, →, ↓, Space, Enter and N go on; PageUp, ←, ↑, Backspace and P go back; Home and End; digits
// then Enter jump to that slide; B (or .) a black screen and W (or ,) a white one, the same key again or a
// key that moves back to the slide (where it was); S shows or hides the speaker notes; Esc leaves. Plain data and a
// pure function: the app feeds it key codes (OSG's key symbols) and flies the map where it says.
#include <cstddef>
#include <optional>
#include <string>

namespace wm::ui {

struct Presentation {
  enum class Screen { Slide, Black, White };
  std::size_t slide = 0;  ///< the slide shown (from 0)
  std::size_t count = 0;  ///< slides in the briefing (> 0 while presenting)
  Screen screen = Screen::Slide;
  std::string typed;   ///< digits typed for a jump, shown until Enter
  bool notes = false;  ///< the presenter's notes panel is shown beside the slide (S; Alt+F5 starts with it)
};

/// What a key did.
struct PresentationStep {
  bool handled = false;             ///< the key belongs to presentation mode (nothing else should take it)
  bool leave = false;               ///< Esc: back to the desk
  std::optional<std::size_t> goTo;  ///< a new slide to fly to (never the one shown)
};

/// Key symbols, as osgGA::GUIEventAdapter::KeySymbol numbers them (ui does not see OSG): the app passes the
/// event's key as it is.
namespace presentation_keys {
inline constexpr int kEscape = 0xFF1B, kReturn = 0xFF0D, kKeypadEnter = 0xFF8D, kBackSpace = 0xFF08;
inline constexpr int kHome = 0xFF50, kLeft = 0xFF51, kUp = 0xFF52, kRight = 0xFF53, kDown = 0xFF54;
inline constexpr int kPageUp = 0xFF55, kPageDown = 0xFF56, kEnd = 0xFF57;
}  // namespace presentation_keys

/// Starts a presentation of `count` slides (> 0) at `first` (clamped to the last).
Presentation startPresentation(std::size_t count, std::size_t first);

/// Applies a key press (`key` as OSG's key symbol, printable keys as their character) to `p`.
PresentationStep presentationKey(Presentation& p, int key);

/// "3 / 9": the slide number and count as the corner of a presented slide shows them.
std::string slideNumberText(const Presentation& p);

}  // namespace wm::ui
