#pragma once
// A briefing as a PDF (cairo): a cover, then a page per slide with the map as a picture and the titles, figures
// table and page number as real text (selectable, searchable, the Chinese font embedded).
#include <cstdint>
#include <filesystem>
#include <memory>
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
};

/// Writes the PDF into a temporary file beside `file` and renames it onto `file` in finish(): a deck that fails
/// or is abandoned (destroyed before finish) leaves nothing behind, neither `file` nor the temporary. Not
/// thread-safe; one deck at a time per thread.
class PdfDeck {
public:
  /// Pages 960 points wide; the map area under the title band is `mapAspect` (height / width) of that. Text is
  /// set in the font face `fontIndex` of `fontFile` (a TrueType/OpenType collection such as Noto Sans CJK),
  /// embedded in the PDF. Fails with a message when the font or the file cannot be opened.
  static core::Result<std::unique_ptr<PdfDeck>> open(const std::filesystem::path& file, double mapAspect,
                                                     const std::string& fontFile, int fontIndex);
  ~PdfDeck();
  PdfDeck(const PdfDeck&) = delete;
  PdfDeck& operator=(const PdfDeck&) = delete;

  void addCover(const DeckCover& cover);
  /// A slide's page, numbered "number / total" top right.
  void addPage(const DeckPage& page, int number, int total);
  /// Completes the PDF and moves it onto the file; fails with a message (and removes the temporary).
  core::Result<bool> finish();

  struct Impl;

private:
  explicit PdfDeck(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> _impl;
};

}  // namespace wm::publish
