#include "app/deck_export.hpp"

#include <algorithm>

#include "analysis/district_progress.hpp"
#include "core/text.hpp"
#include "publish/pdf_deck.hpp"
#include "publish/pptx_deck.hpp"
#include "report/slide_figures.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// The cover's figures: the span of the slides' periods when any has one, else as of the latest slide date.
publish::DeckCover cover(const SlideContext& context, const std::vector<domain::Slide>& slides,
                         const std::string& title) {
  std::optional<std::pair<core::Date, core::Date>> span;
  core::Date latest = slides.front().date(context.today);
  for (const domain::Slide& slide : slides) {
    latest = std::max(latest, slide.date(context.today));
    if (slide.period)
      span = span ? std::pair(std::min(span->first, slide.period->first), std::max(span->second, slide.period->second))
                  : *slide.period;
  }
  const analysis::ProgressQuery query =
      span ? analysis::periodQuery(span->first, span->second) : analysis::asOfQuery(latest);
  const analysis::ProgressTable table = analysis::computeProgress(context.loaded.catalog, query);
  publish::DeckCover c;
  c.heading = std::string(core::text(Msg::DeckCoverHeading, context.lang));
  c.title = title;
  c.dateLine = span ? tr(context.lang, Msg::ReportTitlePeriod, span->first.iso(), span->second.iso())
                    : tr(context.lang, Msg::ReportTitleAsOf, latest.iso());
  c.sentence = report::summarySentence(table, context.lang);
  return c;
}

}  // namespace

std::optional<DeckExport::Format> DeckExport::formatOf(const std::filesystem::path& output) {
  const std::string extension = core::asciiLower(output.extension().string());
  if (extension == ".pdf") return Format::Pdf;
  if (extension == ".pptx") return Format::Pptx;
  return std::nullopt;
}

DeckExport::DeckExport(const SlideContext& context, std::vector<domain::Slide> slides, int width, int height)
    : _context(context), _slides(std::move(slides)), _width(width), _height(height) {}

DeckExport::~DeckExport() = default;  // an unfinished writer removes its temporary file

core::Result<std::unique_ptr<DeckExport>> DeckExport::open(const SlideContext& context,
                                                           std::vector<domain::Slide> slides, const std::string& title,
                                                           const std::filesystem::path& output, int width, int height) {
  const MapView& view = context.view;
  if (!view.font()) return view.font().error();
  if (slides.empty()) return core::Error{Msg::CliNoSlides};
  std::unique_ptr<DeckExport> deck(new DeckExport(context, std::move(slides), width, height));
  deck->_title = title;
  const double aspect = static_cast<double>(height) / width;
  if (formatOf(output) == Format::Pptx) {
    auto opened = publish::PptxDeck::open(output, aspect);
    if (!opened) return opened.error();
    deck->_writer = std::move(*opened);
  } else {
    auto opened = publish::PdfDeck::open(output, aspect, view.font()->path, view.font()->index);
    if (!opened) return opened.error();
    deck->_writer = std::move(*opened);
  }
  return deck;
}

// The cover first, then a slide a step.
core::Result<std::vector<WrittenPage>> DeckExport::next(core::Diagnostics& tiles) {
  const int total = static_cast<int>(steps()), number = static_cast<int>(_done) + 1;
  if (_done == 0) {
    _writer->addCover(cover(_context, _slides, _title));
    ++_done;
    return std::vector<WrittenPage>{{number, total, _title}};
  }
  const std::size_t i = _done - 1;
  const domain::Slide& slide = _slides[i];
  const render::MapCamera camera = showSlide(_context, slide, i, _width, _height, /*withText=*/false);
  auto image = _drawer.draw(_context.view, camera, _context.program, tiles);
  if (!image) return core::Error{Msg::CliRenderFailed, {image.error().asArg()}};
  SlideText text = slideText(_context, slide, i);
  const publish::DeckPage page{text.title,
                               text.subtitle,
                               text.dateLine,
                               {text.figures.heading, text.figures.rows},
                               {image->width, image->height, image->pixels.data()},
                               slide.notes};
  _writer->addPage(page, number, total);
  ++_done;
  return std::vector<WrittenPage>{{number, total, text.title}};
}

core::Result<bool> DeckExport::finish() { return _writer->finish(); }

}  // namespace wm::app
