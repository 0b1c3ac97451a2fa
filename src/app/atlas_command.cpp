// `worksmap atlas`: the progress-by-district book as a PDF — a county page (the whole map, the bureau's summary
// sentence, the table of districts), then a page per district, its map framed on it with the other districts
// dimmed, its figures and its overdue works. The maps are drawn offscreen by the same MapView as `render`.
#include <algorithm>
#include <ostream>

#include "analysis/overdue_works.hpp"
#include "app/commands.hpp"
#include "app/slide_show.hpp"
#include "publish/pdf_atlas.hpp"
#include "report/atlas_tables.hpp"
#include "report/slide_figures.hpp"

namespace wm::app {
namespace {

using core::Msg;
using core::tr;

// The map's pixels: three a point of the page (216 dpi when printed).
constexpr int kMapPixelsWide = static_cast<int>(publish::PdfAtlas::kMapWidth * 3);
constexpr int kMapPixelsHigh = static_cast<int>(kMapPixelsWide * publish::PdfAtlas::kMapAspect);

struct Built {
  MapInputs inputs;
  std::unique_ptr<MapView> view;
};

// What every page shares: the sources, the view drawing them, the figures and the overdue works.
struct AtlasContext {
  const Loaded& loaded;
  MapView& view;
  osg::Program* program;
  analysis::ProgressQuery query;
  analysis::ProgressTable table;
  std::vector<analysis::OverdueWork> overdue;
  std::string title;
  Streams io;
  bool period() const { return query.mode == analysis::ProgressQuery::Mode::Period; }
};

// The district names in the district layer's order, each once.
std::vector<std::string> districtNames(const domain::Catalog& catalog) {
  std::vector<std::string> names;
  for (const domain::District& d : catalog.districts)
    if (std::find(names.begin(), names.end(), d.name) == names.end()) names.push_back(d.name);
  return names;
}

// The map as of the query's date or over its period, `district` highlighted and the others dimmed (kNoDistrict:
// the whole county), framed on the district's polygon when it has one; none after printing why.
std::optional<render::RgbaImage> drawAtlasMap(const AtlasContext& c, std::int32_t district) {
  const domain::Catalog& catalog = c.loaded.catalog;
  ui::ViewState state = ui::initialViewState(catalog, c.period() ? c.query.to : c.query.asOf, c.io.lang);
  if (c.period()) state.showPeriod(c.query.from, c.query.to);
  state.highlightDistrict = district;
  c.view.setFilter(ui::mapFilter(state));
  c.view.setDimmedOutside(district);
  std::optional<geo::Extent> frame;
  if (district != domain::kNoDistrict)
    frame = c.view.districtExtent(catalog.districts[static_cast<std::size_t>(district)].name);
  render::MapCamera camera;
  camera.setViewport(kMapPixelsWide, kMapPixelsHigh);
  camera.fit(frame && !frame->empty() ? *frame : c.view.homeExtent(), district == domain::kNoDistrict ? 0.03 : 0.08);
  c.view.cameraChanged(camera);
  core::Diagnostics tiles;
  auto image = drawMap(c.view, camera, c.program, tiles);
  printDiagnostics(tiles, c.io.err, c.io.lang, false);
  if (!image) {
    c.io.err << tr(c.io.lang, Msg::CliRenderFailed, image.error().message) << "\n";
    return std::nullopt;
  }
  return std::move(*image);
}

std::string dateLine(const AtlasContext& c) {
  return c.period() ? tr(c.io.lang, Msg::ReportTitlePeriod, c.query.from.iso(), c.query.to.iso())
                    : tr(c.io.lang, Msg::ReportTitleAsOf, c.query.asOf.iso());
}

publish::AtlasPage countyPage(const AtlasContext& c, const std::vector<std::string>& names) {
  const core::Lang lang = c.io.lang;
  publish::AtlasPage page;
  page.heading = std::string(core::text(Msg::AtlasHeading, lang));
  page.title = c.title;
  page.continued = tr(lang, Msg::AtlasContinued, c.title);
  page.dateLine = dateLine(c);
  page.paragraphs = {report::summarySentence(c.table, lang)};
  page.rowsHeading = std::string(core::text(Msg::AtlasDistrictsHeading, lang));
  page.rows = report::districtRows(c.table, names, lang);
  return page;
}

publish::AtlasPage districtPage(const AtlasContext& c, const std::string& name) {
  const core::Lang lang = c.io.lang;
  std::vector<analysis::OverdueWork> works;
  for (const analysis::OverdueWork& w : c.overdue)
    if (w.district == name) works.push_back(w);
  publish::AtlasPage page;
  page.heading = std::string(core::text(Msg::AtlasHeading, lang)) + " · " + c.title;
  page.title = name;
  page.continued = tr(lang, Msg::AtlasContinued, name);
  page.dateLine = dateLine(c);
  const report::FiguresTable figures = report::figuresTable(c.table, name, lang);
  if (figures.rows.size() > 1) page.figures = {figures.heading, figures.rows};
  if (!c.view.districtExtent(name)) page.paragraphs.push_back(tr(lang, Msg::AtlasNoBoundary, name));
  page.rowsHeading = tr(lang, c.period() ? Msg::AtlasLateHeading : Msg::AtlasOverdueHeading, works.size());
  page.noRows = std::string(core::text(c.period() ? Msg::AtlasNoLate : Msg::AtlasNoOverdue, lang));
  page.rows = report::overdueRows(works, c.period(), lang);
  page.leftColumns = page.rows.front().size() - 1;
  return page;
}

// Draws the page's map, writes the page (and those its table goes on to), a line on the terminal for each.
bool addPage(const AtlasContext& c, publish::PdfAtlas& atlas, publish::AtlasPage page, std::int32_t district,
             int& number, int total) {
  std::optional<render::RgbaImage> image = drawAtlasMap(c, district);
  if (!image) return false;
  page.map = {image->width, image->height, image->pixels.data()};
  atlas.addPage(page, number, total);
  const int pages = publish::PdfAtlas::pagesFor(page.rows.size());
  for (int i = 0; i < pages; ++i, ++number)
    c.io.out << tr(c.io.lang, Msg::CliDeckPage, number, total, i == 0 ? page.title : page.continued) << std::endl;
  return true;
}

// Every page; `total` is how many there are.
ExitCode writePages(const AtlasContext& c, publish::PdfAtlas& atlas, int& total) {
  const std::vector<std::string> names = districtNames(c.loaded.catalog);
  if (names.empty())
    c.io.err << tr(c.io.lang, Msg::SeverityWarning) << ": " << tr(c.io.lang, Msg::CliAtlasNoDistricts) << "\n";
  std::vector<publish::AtlasPage> pages{countyPage(c, names)};
  for (const std::string& name : names) pages.push_back(districtPage(c, name));
  total = 0;
  for (const publish::AtlasPage& page : pages) total += publish::PdfAtlas::pagesFor(page.rows.size());
  int number = 1;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::int32_t district = i == 0 ? domain::kNoDistrict : c.loaded.catalog.findDistrict(names[i - 1]);
    if (!addPage(c, atlas, std::move(pages[i]), district, number, total)) return ExitCode::OutputFailed;
  }
  return ExitCode::Ok;
}

ExitCode atlas(const AtlasOptions& options, Streams io, Built& built) {
  built.inputs = prepareMap(options.sources, io);  // with metrics and districts: the figures need them
  MapInputs& in = built.inputs;
  if (in.failure) return *in.failure;
  const Loaded& loaded = in.loaded;
  built.view = std::make_unique<MapView>(loaded.catalog, loaded.style, in.title, io.lang, in.program.get(),
                                         in.terrainProgram.get());
  MapView& view = *built.view;
  if (!view.font()) {
    io.err << tr(io.lang, Msg::CliAtlasFailed, view.fontProblem().value_or("")) << "\n";
    return ExitCode::OutputFailed;
  }
  auto opened = publish::PdfAtlas::open(options.output, view.font()->path, view.font()->index);
  if (!opened) {
    io.err << tr(io.lang, Msg::CliAtlasFailed, opened.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  view.setOverlayTitle(false);  // the page sets the title and date as text
  analysis::ProgressQuery query = options.query;
  query.grouping = analysis::ProgressGrouping::DistrictAndKind;
  AtlasContext context{loaded,
                       view,
                       in.program.get(),
                       query,
                       analysis::computeProgress(loaded.catalog, query),
                       analysis::overdueWorks(loaded.catalog, query),
                       in.title,
                       io};
  int pages = 0;
  if (ExitCode code = writePages(context, **opened, pages); code != ExitCode::Ok) return code;
  if (auto finished = (*opened)->finish(); !finished) {
    io.err << tr(io.lang, Msg::CliAtlasFailed, finished.error().message) << "\n";
    return ExitCode::OutputFailed;
  }
  io.out << tr(io.lang, Msg::CliDeckWritten, options.output, pages) << "\n";
  return loaded.anyUnreadable ? ExitCode::InputUnreadable : ExitCode::Ok;
}

}  // namespace

void runAtlas(const AtlasOptions& options, Streams io) {
  Built built;
  ExitCode code = atlas(options, io, built);
  endExport(code, io);
}

}  // namespace wm::app
