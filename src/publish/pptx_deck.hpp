#pragma once
// A briefing as a PowerPoint file (.pptx, Office Open XML written by us into a ZIP through libzip): a cover
// slide, then a slide per briefing slide with the map as a PNG picture, the title (a title placeholder), the
// subtitle and date as text boxes, the figures as a real table, the slide number as a field and the speaker
// notes on the slide's notes page. What WPS and
// PowerPoint users paste into their own decks; LibreOffice opens it too.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "publish/deck_pages.hpp"

namespace wm::publish {

/// Slides are kept in memory (the maps as PNG) and the file is written in finish(), through `<file>.tmp` and a
/// rename (DeckWriter).
class PptxDeck final : public DeckWriter {
public:
  /// Slides 960 points (13.33 inches) wide, like the PDF's pages: a title band, then the map at `mapAspect`
  /// (height / width). Fails with a message when the file's folder does not exist.
  static core::Result<std::unique_ptr<PptxDeck>> open(const std::filesystem::path& file, double mapAspect);
  ~PptxDeck() override;
  PptxDeck(const PptxDeck&) = delete;
  PptxDeck& operator=(const PptxDeck&) = delete;

  void addCover(const DeckCover& cover) override;
  /// Fails in finish() when the map could not be encoded as PNG.
  void addPage(const DeckPage& page, int number, int total) override;
  core::Result<bool> finish() override;

private:
  PptxDeck(std::filesystem::path file, double mapAspect);
  struct Slide {
    std::string xml, png;  ///< png empty: no picture
    std::string notes;     ///< empty: no notes page
  };
  std::filesystem::path _file;
  double _mapWidth, _mapHeight, _pageHeight;
  std::string _title;  ///< the cover's, for the document properties
  std::vector<Slide> _slides;
  std::optional<core::Error> _problem;
};

}  // namespace wm::publish
