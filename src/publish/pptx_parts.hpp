#pragma once
// The XML parts of a PresentationML package (ECMA-376 part 1) as WorksMap writes them: the fixed parts every
// deck has (one master, one "title only" layout, a theme), and a slide's shapes. Internal to publish::PptxDeck.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace wm::publish::pptx {

using core::xmlText;  // text in every part is escaped by core

/// English Metric Units: 12,700 a point, 914,400 an inch.
inline constexpr std::int64_t kEmuPerPoint = 12700;
inline std::int64_t emu(double points) { return static_cast<std::int64_t>(points * kEmuPerPoint + 0.5); }

inline constexpr const char* kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// The DrawingML, relationships and PresentationML namespaces of a PresentationML part's root element.
inline constexpr const char* kNamespaces =
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
/// The start of a shape tree: its own group properties, which every spTree starts with.
inline constexpr const char* kTreeStart =
    "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";

/// A master's colour map: the theme's colours under their usual roles.
inline constexpr const char* kColourMap =
    "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
    "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" "
    "folHlink=\"folHlink\"/>";

/// A Relationship element: rId<id>, of an officeDocument relationship `type` ("slide", "image"), to `target`.
std::string relationship(int id, const std::string& type, const std::string& target);
/// A relationships part holding `body` (relationship elements).
std::string relationships(const std::string& body);

/// `notes`: which slides (1-based) have speaker notes, each in notesSlide<N>.xml.
std::string contentTypes(int slides, const std::vector<int>& notes);
std::string packageRelationships();
/// `width` × `height` points; with the notes master (relationship rId(slides + 6)).
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
/// Slide `number`'s relationships: its layout (rId1), its picture ("../media/<image>", rId2) when `image` is not
/// empty, its notes (rId3) when `notes`.
std::string slideRelationships(int number, const std::string& image, bool notes);

/// The notes master (a theme of its own, theme2) and a slide's notes page: the slide's picture above the speaker
/// notes, a paragraph a line of `text`.
std::string notesMaster();
std::string notesMasterRelationships();
std::string notesSlide(const std::string& text);
std::string notesSlideRelationships(int slide);

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
