#include "publish/pptx_deck.hpp"

#include <algorithm>
#include <cmath>

#include "publish/cairo_picture.hpp"
#include "publish/pptx_parts.hpp"
#include "publish/zip_package.hpp"

namespace wm::publish {
namespace {

using pptx::Box;
using pptx::RunStyle;

constexpr double kPageWidth = 960;  // points: 13.33 inches, a 16:9 slide's width, as the PDF's pages
constexpr double kBand = 84;        // the title band above the map
constexpr double kMargin = 36;
constexpr double kMaxPageHeight = 4032;  // points: 56 inches, the largest slide PresentationML allows
constexpr std::uint32_t kGrey = 0x4D4D4F, kDark = 0x1A1A1D, kGreen = 0x2E7D32;

// The parts every deck has.
void addFixedParts(ZipPackage& zip, int count, const std::vector<int>& notes, double height, const std::string& title) {
  zip.add("[Content_Types].xml", pptx::contentTypes(count, notes));
  zip.add("_rels/.rels", pptx::packageRelationships());
  zip.add("docProps/core.xml", pptx::coreProperties(title));
  zip.add("docProps/app.xml", pptx::appProperties(count));
  zip.add("ppt/presentation.xml", pptx::presentation(count, kPageWidth, height));
  zip.add("ppt/_rels/presentation.xml.rels", pptx::presentationRelationships(count));
  zip.add("ppt/slideMasters/slideMaster1.xml", pptx::slideMaster());
  zip.add("ppt/slideMasters/_rels/slideMaster1.xml.rels", pptx::slideMasterRelationships());
  zip.add("ppt/slideLayouts/slideLayout1.xml", pptx::slideLayout());
  zip.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", pptx::slideLayoutRelationships());
  zip.add("ppt/notesMasters/notesMaster1.xml", pptx::notesMaster());
  zip.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", pptx::notesMasterRelationships());
  zip.add("ppt/theme/theme1.xml", pptx::theme());
  zip.add("ppt/theme/theme2.xml", pptx::theme());
  zip.add("ppt/presProps.xml", pptx::presentationProperties());
  zip.add("ppt/viewProps.xml", pptx::viewProperties());
  zip.add("ppt/tableStyles.xml", pptx::tableStyles());
}

}  // namespace

PptxDeck::PptxDeck(std::filesystem::path file, double mapAspect) : _file(std::move(file)) {
  // A map too tall for the largest slide is drawn narrower, centred.
  _mapHeight = std::min(std::round(kPageWidth * mapAspect), kMaxPageHeight - kBand);
  _mapWidth = std::min(kPageWidth, _mapHeight / mapAspect);
  _pageHeight = kBand + _mapHeight;
}
PptxDeck::~PptxDeck() = default;

core::Result<std::unique_ptr<PptxDeck>> PptxDeck::open(const std::filesystem::path& file, double mapAspect) {
  std::error_code ec;
  const std::filesystem::path folder = file.parent_path().empty() ? "." : file.parent_path();
  if (!std::filesystem::is_directory(folder, ec))
    return core::Error{core::Msg::CliNoFolder, {file.string(), folder.string()}};
  return std::unique_ptr<PptxDeck>(new PptxDeck(file, mapAspect > 0 ? mapAspect : 9.0 / 16));
}

void PptxDeck::addCover(const DeckCover& cover) {
  pptx::SlideShapes s;
  const double top = _pageHeight * 0.3, left = kMargin * 2, width = kPageWidth - kMargin * 4;
  s.text(cover.heading, {left, top - 22, width, 28}, RunStyle{20, 0x595959});
  s.title(cover.title, {left, top + 6, width, 50}, RunStyle{36, kDark});
  s.text(cover.dateLine, {left, top + 70, width, 26}, RunStyle{18, kGrey});
  s.rectangle({left, top + 103, 120, 3}, kGreen);
  s.text(cover.sentence, {left, top + 124, width, std::max(60.0, _pageHeight - top - 150)}, RunStyle{20, kDark});
  _title = cover.title;
  _slides.push_back({s.xml(), {}, {}});
}

void PptxDeck::addPage(const DeckPage& page, int number, int total) {
  pptx::SlideShapes s;
  const Box map{(kPageWidth - _mapWidth) / 2, kBand, _mapWidth, _mapHeight};
  s.picture(map, page.title);
  s.title(page.title, {kMargin, 12, kPageWidth - kMargin * 2 - 120, 38}, RunStyle{28, kDark});
  const std::string second = page.subtitle.empty() ? page.dateLine : page.subtitle + " · " + page.dateLine;
  s.text(second, {kMargin, 54, kPageWidth - kMargin * 2, 22}, RunStyle{15, kGrey});
  s.text(std::to_string(number), {kPageWidth - kMargin - 120, 26, 120, 20}, RunStyle{14, 0x666668}, true, total);
  // Under the map's north arrow, as on the PDF's page.
  if (!page.figures.rows.empty())
    s.table(page.figures.heading, page.figures.rows, kPageWidth - 12, kBand + _mapHeight * 0.16);
  auto png = encodePng(page.map);
  if (!png && !_problem) _problem = png.error();
  _slides.push_back({s.xml(), png ? std::move(*png) : std::string(), page.notes});
}

core::Result<bool> PptxDeck::finish() {
  if (_problem) return *_problem;
  const int count = static_cast<int>(_slides.size());
  std::vector<int> notes;
  for (int i = 0; i < count; ++i)
    if (!_slides[static_cast<std::size_t>(i)].notes.empty()) notes.push_back(i + 1);
  ZipPackage zip;
  addFixedParts(zip, count, notes, _pageHeight, _title);
  for (int i = 0; i < count; ++i) {
    Slide& slide = _slides[static_cast<std::size_t>(i)];
    const std::string n = std::to_string(i + 1), image = slide.png.empty() ? "" : "map" + n + ".png";
    zip.add("ppt/slides/slide" + n + ".xml", std::move(slide.xml));
    zip.add("ppt/slides/_rels/slide" + n + ".xml.rels", pptx::slideRelationships(i + 1, image, !slide.notes.empty()));
    if (!image.empty()) zip.add("ppt/media/" + image, std::move(slide.png), /*compress=*/false);
    if (slide.notes.empty()) continue;
    zip.add("ppt/notesSlides/notesSlide" + n + ".xml", pptx::notesSlide(slide.notes));
    zip.add("ppt/notesSlides/_rels/notesSlide" + n + ".xml.rels", pptx::notesSlideRelationships(i + 1));
  }
  _slides.clear();
  return zip.write(_file);
}

}  // namespace wm::publish
