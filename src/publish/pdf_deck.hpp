#pragma once
// A briefing as a PDF (cairo): a cover, then a page per slide with the map as a picture and the titles, figures
// table and page number as real text (selectable, searchable, the Chinese font embedded).
#include <filesystem>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "publish/deck_pages.hpp"

namespace wm::publish {

class PdfCanvas;

/// Writes the PDF into a temporary file beside `file` and renames it onto `file` in finish() (DeckWriter).
class PdfDeck final : public DeckWriter {
public:
  /// Pages 960 points wide; the map area under the title band is `mapAspect` (height / width) of that. Text is
  /// set in the font face `fontIndex` of `fontFile` (a TrueType/OpenType collection such as Noto Sans CJK),
  /// embedded in the PDF. Fails with a message when the font or the file cannot be opened.
  static core::Result<std::unique_ptr<PdfDeck>> open(const std::filesystem::path& file, double mapAspect,
                                                     const std::string& fontFile, int fontIndex);
  ~PdfDeck() override;
  PdfDeck(const PdfDeck&) = delete;
  PdfDeck& operator=(const PdfDeck&) = delete;

  void addCover(const DeckCover& cover) override;
  void addPage(const DeckPage& page, int number, int total) override;
  core::Result<bool> finish() override;

private:
  PdfDeck(std::unique_ptr<PdfCanvas> canvas, double mapHeight);
  std::unique_ptr<PdfCanvas> _canvas;
  double _mapHeight;
};

}  // namespace wm::publish
