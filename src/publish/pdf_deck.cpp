#include "publish/pdf_deck.hpp"

#include <cmath>

#include "publish/pdf_canvas.hpp"

namespace wm::publish {
namespace {

constexpr double kPageWidth = 960;  // points: a 13.33 × 7.5 inch (16:9) slide at 72 points an inch
constexpr double kBand = 84;        // the title band above the map
constexpr double kMargin = 36;

}  // namespace

PdfDeck::PdfDeck(std::unique_ptr<PdfCanvas> canvas, double mapHeight)
    : _canvas(std::move(canvas)), _mapHeight(mapHeight) {}
PdfDeck::~PdfDeck() = default;

core::Result<std::unique_ptr<PdfDeck>> PdfDeck::open(const std::filesystem::path& file, double mapAspect,
                                                     const std::string& fontFile, int fontIndex) {
  const double mapHeight = std::round(kPageWidth * mapAspect);
  auto canvas = PdfCanvas::open(file, kPageWidth, kBand + mapHeight, fontFile, fontIndex);
  if (!canvas) return canvas.error();
  return std::unique_ptr<PdfDeck>(new PdfDeck(std::move(*canvas), mapHeight));
}

void PdfDeck::addCover(const DeckCover& cover) {
  PdfCanvas& c = *_canvas;
  const double top = c.pageHeight() * 0.3;
  c.text(cover.heading, 20, kMargin * 2, top, 0.35);
  c.text(cover.title, 36, kMargin * 2, top + 52);
  c.text(cover.dateLine, 18, kMargin * 2, top + 90, 0.3);
  c.rectangle(kMargin * 2, top + 106, 120, 3, 0.18, 0.49, 0.20);  // the completed works' green, under the title
  double y = top + 146;
  for (const std::string& line : c.wrap(cover.sentence, 20, kPageWidth - kMargin * 4)) {
    c.text(line, 20, kMargin * 2, y);
    y += 32;
  }
  c.showPage();
}

void PdfDeck::addPage(const DeckPage& page, int number, int total) {
  PdfCanvas& c = *_canvas;
  c.text(page.title, 28, kMargin, 42);
  std::string second = page.subtitle.empty() ? page.dateLine : page.subtitle + " · " + page.dateLine;
  c.text(second, 15, kMargin, 68, 0.3);
  const std::string pageNumber = std::to_string(number) + " / " + std::to_string(total);
  c.text(pageNumber, 14, kPageWidth - kMargin - c.width(pageNumber, 14), 42, 0.4);
  c.picture(page.map, 0, kBand, kPageWidth, _mapHeight);
  // Under the map's north arrow, whose panel ends 5.8 overlay units (a unit is 1/40 of the height) from the top.
  if (!page.figures.rows.empty()) c.panelTable(page.figures, kPageWidth - 12, kBand + _mapHeight * 0.16);
  c.showPage();
}

core::Result<bool> PdfDeck::finish() { return _canvas->finish(); }

}  // namespace wm::publish
