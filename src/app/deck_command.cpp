// `worksmap deck`: the workspace's briefing as a PDF or a PPTX — a cover with the bureau's summary sentence, then
// each slide drawn offscreen by the same MapView as `render --slide`, its titles, figures and page number set as
// text.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>

#include "analysis/district_progress.hpp"
#include "app/commands.hpp"
#include "app/slide_show.hpp"
#include "publish/pdf_deck.hpp"
#include "publish/pptx_deck.hpp"
#include "report/slide_figures.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

struct Built {
  MapInputs inputs;
  std::unique_ptr<MapView> view;
};

// The cover's figures: the span of the slides' periods when any has one, else as of the latest slide date.
publish::DeckCover cover(const SlideContext& context, const std::string& title) {
  std::optional<std::pair<core::Date, core::Date>> span;
  core::Date latest = context.loaded.slides.front().date(context.today);
  for (const domain::Slide& slide : context.loaded.slides) {
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

// Each slide's page, a line on the terminal for each.
ExitCode addPages(const SlideContext& context, const DeckOptions& options, publish::DeckWriter& deck, Streams io) {
  const std::size_t count = context.loaded.slides.size();
  for (std::size_t i = 0; i < count; ++i) {
    const render::MapCamera camera = showSlide(context, i, options.width, options.height, /*withText=*/false);
    core::Diagnostics tiles;
    auto image = drawMap(context.view, camera, context.program, tiles);
    printDiagnostics(tiles, io.err, io.lang, false);
    if (!image) {
      io.err << tr(io.lang, Msg::CliRenderFailed, image.error().message) << "\n";
      return ExitCode::OutputFailed;
    }
    SlideText text = slideText(context, i);
    publish::DeckPage page{text.title,
                           text.subtitle,
                           text.dateLine,
                           {text.figures.heading, text.figures.rows},
                           {image->width, image->height, image->pixels.data()},
                           context.loaded.slides[i].notes};
    const int number = static_cast<int>(i) + 2, total = static_cast<int>(count) + 1;  // the cover is page 1
    deck.addPage(page, number, total);
    io.out << tr(io.lang, Msg::CliDeckPage, number, total, text.title) << std::endl;
  }
  return ExitCode::Ok;
}

enum class DeckFormat { Pdf, Pptx };

// The output's format by its extension (any case); none for another.
std::optional<DeckFormat> deckFormat(const std::string& output) {
  std::string extension = std::filesystem::path(output).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".pdf") return DeckFormat::Pdf;
  if (extension == ".pptx") return DeckFormat::Pptx;
  return std::nullopt;
}

// The writer for the output, or nothing after printing why it cannot be opened.
std::unique_ptr<publish::DeckWriter> openDeck(const DeckOptions& options, DeckFormat format, const MapView& view,
                                              Streams io) {
  const double aspect = static_cast<double>(options.height) / options.width;
  if (format == DeckFormat::Pptx) {
    auto opened = publish::PptxDeck::open(options.output, aspect);
    if (opened) return std::move(*opened);
    io.err << tr(io.lang, Msg::CliDeckPptxFailed, opened.error().message) << "\n";
    return nullptr;
  }
  auto opened = publish::PdfDeck::open(options.output, aspect, view.font()->path, view.font()->index);
  if (opened) return std::move(*opened);
  io.err << tr(io.lang, Msg::CliDeckFailed, opened.error().message) << "\n";
  return nullptr;
}

ExitCode deck(const DeckOptions& options, Streams io, Built& built) {
  const std::optional<DeckFormat> format = deckFormat(options.output);
  if (!format) {
    io.err << tr(io.lang, Msg::CliDeckBadOutput, options.output) << "\n";
    return ExitCode::Usage;
  }
  const Msg failed = *format == DeckFormat::Pptx ? Msg::CliDeckPptxFailed : Msg::CliDeckFailed;
  built.inputs = prepareMap(options.sources, io);  // with metrics and districts: the figures need them
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  if (loaded.slides.empty()) {
    io.err << tr(io.lang, Msg::CliNoSlides) << "\n";
    return ExitCode::Usage;
  }
  warnSlideProblems(loaded, io.err, io.lang);
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, in.title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  MapView& view = *built.view;
  if (!view.font()) {  // the PDF embeds it; the PPTX's pictures need it for their legends and labels
    io.err << tr(io.lang, failed, view.fontProblem().value_or("")) << "\n";
    return ExitCode::OutputFailed;
  }
  std::unique_ptr<publish::DeckWriter> writer = openDeck(options, *format, view, io);
  if (!writer) return ExitCode::OutputFailed;
  SlideContext context{loaded, view, in.program.get(), io.lang, core::Date::today()};
  writer->addCover(cover(context, in.title));
  io.out << tr(io.lang, Msg::CliDeckPage, 1, loaded.slides.size() + 1, in.title) << std::endl;
  if (ExitCode code = addPages(context, options, *writer, io); code != ExitCode::Ok) return code;
  if (auto finished = writer->finish(); !finished) {
    io.err << tr(io.lang, failed, finished.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  io.out << tr(io.lang, Msg::CliDeckWritten, options.output, loaded.slides.size() + 1) << "\n";
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace

void runDeck(const DeckOptions& options, Streams io) {
  Built built;
  ExitCode code = deck(options, io, built);
  endExport(code, io);
}

}  // namespace wm::app
