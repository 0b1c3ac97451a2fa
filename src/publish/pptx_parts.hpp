#pragma once
// The XML parts of a PresentationML package (ECMA-376 part 1) as WorksMap writes them: the fixed parts every
// deck has (one master, one "title only" layout, a theme), and a slide's shapes. Internal to publish::PptxDeck.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wm::publish::pptx {

/// English Metric Units: 12,700 a point, 914,400 an inch.
inline constexpr std::int64_t kEmuPerPoint = 12700;
inline std::int64_t emu(double points) { return static_cast<std::int64_t>(points * kEmuPerPoint + 0.5); }

/// `utf8` as XML character data or attribute text: & < > " escaped, characters XML 1.0 forbids (controls other
/// than tab, line feed and carriage return) dropped.
std::string xmlText(std::string_view utf8);

std::string contentTypes(int slides);
std::string packageRelationships();
/// `width` × `height` points.
std::string presentation(int slides, double width, double height);
std::string presentationRelationships(int slides);
std::string slideMaster();
std::string slideMasterRelationships();
std::string slideLayout();
std::string slideLayoutRelationships();
std::string theme();
std::string presentationProperties();
std::string viewProperties();
std::string tableStyles();
std::string coreProperties(const std::string& title);
std::string appProperties(int slides);
/// A slide's relationships: its layout, and its picture ("../media/<image>") when `image` is not empty.
std::string slideRelationships(const std::string& image);

/// A text run's look.
struct RunStyle {
  double size = 18;  ///< points
  std::uint32_t rgb = 0x1A1A1D;
  bool bold = false;
};
/// A rectangle in points from the slide's top left.
struct Box {
  double x = 0, y = 0, w = 0, h = 0;
};

/// One slide's shapes, each added on top of the ones before.
class SlideShapes {
public:
  /// The slide's title, in the layout's title placeholder (what outlines and slide sorters show).
  void title(const std::string& text, Box box, RunStyle style);
  /// A text box; `right` aligns its text to the right edge. `pageNumberOf` > 0 makes it "N / total" with N the
  /// slide number field (kept right when slides are moved or pasted into another deck).
  void text(const std::string& text, Box box, RunStyle style, bool right = false, int pageNumberOf = 0);
  void rectangle(Box box, std::uint32_t rgb);
  /// The picture of relationship rId2 (slideRelationships), stretched over the box.
  void picture(Box box, const std::string& description);
  /// A table whose top right corner is (right, top): a heading row across all columns, then `rows` (the first
  /// the column headers, ruled under; every column after the first right aligned), on white.
  void table(const std::string& heading, const std::vector<std::vector<std::string>>& rows, double right, double top);
  /// The slide part.
  std::string xml() const;

private:
  int nextId() { return ++_lastId; }
  std::string _shapes;
  int _lastId = 1;  ///< the shape tree itself is 1
};

}  // namespace wm::publish::pptx
