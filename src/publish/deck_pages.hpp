#pragma once
// What a briefing deck is made of, whatever file it is written as (publish::PdfDeck, publish::PptxDeck): a
// cover, then a page per slide with the map as a picture and its titles, figures and page number as text.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace wm::publish {

/// An RGBA picture, rows top first, 4 bytes a pixel; not owned.
struct Picture {
  int width = 0;
  int height = 0;
  const std::uint8_t* rgba = nullptr;
};

/// A small table of text: a heading line, then rows of cells, the first row the column headers.
struct TextTable {
  std::string heading;
  std::vector<std::vector<std::string>> rows;  ///< none: no table
};

struct DeckCover {
  std::string heading;   ///< a small line above the title ("城建项目汇报")
  std::string title;     ///< the briefing's (the workspace's) title
  std::string dateLine;  ///< the date or period the figures are for
  std::string sentence;  ///< the bureau's summary sentence, wrapped to the page
};

struct DeckPage {
  std::string title;
  std::string subtitle;  ///< empty: none
  std::string dateLine;
  TextTable figures;  ///< drawn over the map's top right corner
  Picture map;        ///< scaled to the page's width under the title band
  std::string notes;  ///< speaker notes, lines separated by '\n': the PPTX's notes page (the PDF has none)
};

/// A deck being written. A writer puts the file in place only in finish(); one abandoned (destroyed before
/// finish) leaves nothing behind. Not thread-safe.
class DeckWriter {
public:
  virtual ~DeckWriter() = default;
  virtual void addCover(const DeckCover& cover) = 0;
  /// A slide's page, numbered "number / total" top right; the picture is read before this returns.
  virtual void addPage(const DeckPage& page, int number, int total) = 0;
  /// Completes the file and moves it onto its name; fails with a message (and removes what it wrote).
  virtual core::Result<bool> finish() = 0;
};

}  // namespace wm::publish
