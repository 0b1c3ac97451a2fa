#include "app/atlas_export.hpp"

#include <algorithm>

#include "app/slide_show.hpp"
#include "report/atlas_tables.hpp"
#include "report/slide_figures.hpp"

namespace wm::app {

using core::Msg;
using core::tr;

// What every page shares: the sources, the view drawing them, the figures and the overdue works.
struct AtlasExport::Context {
  Inputs in;
  analysis::ProgressTable table;
  std::vector<analysis::OverdueWork> overdue;
  MapDrawer drawer;
  bool period() const { return in.query.mode == analysis::ProgressQuery::Mode::Period; }
};

namespace {

using Context = AtlasExport::Context;

// The map's pixels: three a point of the page (216 dpi when printed).
constexpr int kMapPixelsWide = static_cast<int>(publish::PdfAtlas::kMapWidth * 3);
constexpr int kMapPixelsHigh = static_cast<int>(kMapPixelsWide * publish::PdfAtlas::kMapAspect);

// The district names in the district layer's order, each once.
std::vector<std::string> districtNames(const domain::Catalog& catalog) {
  std::vector<std::string> names;
  for (const domain::District& d : catalog.districts)
    if (std::find(names.begin(), names.end(), d.name) == names.end()) names.push_back(d.name);
  return names;
}

// The map as of the query's date or over its period, `district` highlighted and the others dimmed (kNoDistrict:
// the whole county), framed on the district's polygon when it has one.
core::Result<render::RgbaImage> drawAtlasMap(Context& c, std::int32_t district, core::Diagnostics& tiles) {
  const domain::Catalog& catalog = c.in.loaded.catalog;
  MapView& view = c.in.view;
  ui::ViewState state = ui::initialViewState(catalog, c.period() ? c.in.query.to : c.in.query.asOf, c.in.lang);
  if (c.period()) state.showPeriod(c.in.query.from, c.in.query.to);
  state.highlightDistrict = district;
  view.setFilter(ui::mapFilter(state));
  view.setDimmedOutside(district);
  std::optional<geo::Extent> frame;
  if (district != domain::kNoDistrict)
    frame = view.districtExtent(catalog.districts[static_cast<std::size_t>(district)].name);
  render::MapCamera camera;
  camera.setViewport(kMapPixelsWide, kMapPixelsHigh);
  camera.fit(frame && !frame->empty() ? *frame : view.homeExtent(), district == domain::kNoDistrict ? 0.03 : 0.08);
  view.cameraChanged(camera);
  auto image = c.drawer.draw(view, camera, c.in.program, tiles);
  if (!image) return core::Error{Msg::CliRenderFailed, {image.error().asArg()}};
  return std::move(*image);
}

std::string dateLine(const Context& c) {
  const analysis::ProgressQuery& q = c.in.query;
  return c.period() ? tr(c.in.lang, Msg::ReportTitlePeriod, q.from.iso(), q.to.iso())
                    : tr(c.in.lang, Msg::ReportTitleAsOf, q.asOf.iso());
}

publish::AtlasPage countyPage(const Context& c, const std::vector<std::string>& names) {
  const core::Lang lang = c.in.lang;
  publish::AtlasPage page;
  page.heading = std::string(core::text(Msg::AtlasHeading, lang));
  page.title = c.in.title;
  page.continued = tr(lang, Msg::AtlasContinued, c.in.title);
  page.dateLine = dateLine(c);
  page.paragraphs = {report::summarySentence(c.table, lang)};
  page.rowsHeading = std::string(core::text(Msg::AtlasDistrictsHeading, lang));
  page.rows = report::districtRows(c.table, names, lang);
  return page;
}

publish::AtlasPage districtPage(const Context& c, const std::string& name) {
  const core::Lang lang = c.in.lang;
  std::vector<analysis::OverdueWork> works;
  for (const analysis::OverdueWork& w : c.overdue)
    if (w.district == name) works.push_back(w);
  publish::AtlasPage page;
  page.heading = std::string(core::text(Msg::AtlasHeading, lang)) + " · " + c.in.title;
  page.title = name;
  page.continued = tr(lang, Msg::AtlasContinued, name);
  page.dateLine = dateLine(c);
  const report::FiguresTable figures = report::figuresTable(c.table, name, lang);
  if (figures.rows.size() > 1) page.figures = {figures.heading, figures.rows};
  if (!c.in.view.districtExtent(name)) page.paragraphs.push_back(tr(lang, Msg::AtlasNoBoundary, name));
  page.rowsHeading = tr(lang, c.period() ? Msg::AtlasLateHeading : Msg::AtlasOverdueHeading, works.size());
  page.noRows = std::string(core::text(c.period() ? Msg::AtlasNoLate : Msg::AtlasNoOverdue, lang));
  page.rows = report::overdueRows(works, c.period(), lang);
  page.leftColumns = page.rows.front().size() - 1;
  return page;
}

}  // namespace

AtlasExport::AtlasExport(Inputs inputs, std::unique_ptr<publish::PdfAtlas> writer)
    : _context(new Context{std::move(inputs), {}, {}, {}}), _writer(std::move(writer)) {}

AtlasExport::~AtlasExport() = default;  // an unfinished writer removes its temporary file

core::Result<std::unique_ptr<AtlasExport>> AtlasExport::open(Inputs inputs, const std::filesystem::path& output) {
  MapView& view = inputs.view;
  if (!view.font()) return view.font().error();
  auto writer = publish::PdfAtlas::open(output, view.font()->path, view.font()->index);
  if (!writer) return writer.error();
  std::unique_ptr<AtlasExport> atlas(new AtlasExport(std::move(inputs), std::move(*writer)));
  Context& c = *atlas->_context;
  c.in.query.grouping = analysis::ProgressGrouping::DistrictAndKind;
  c.table = analysis::computeProgress(c.in.loaded.catalog, c.in.query);
  c.overdue = analysis::overdueWorks(c.in.loaded.catalog, c.in.query);
  view.setOverlayTitle(false);  // the page sets the title and date as text
  atlas->_names = districtNames(c.in.loaded.catalog);
  atlas->_pages.push_back(countyPage(c, atlas->_names));
  for (const std::string& name : atlas->_names) atlas->_pages.push_back(districtPage(c, name));
  for (const publish::AtlasPage& page : atlas->_pages) atlas->_total += publish::PdfAtlas::pagesFor(page.rows.size());
  return atlas;
}

// The county's page first, then a district's a step: its map drawn, its page and those its table goes on to.
core::Result<std::vector<WrittenPage>> AtlasExport::next(core::Diagnostics& tiles) {
  Context& c = *_context;
  const std::int32_t district = _done == 0 ? domain::kNoDistrict : c.in.loaded.catalog.findDistrict(_names[_done - 1]);
  auto image = drawAtlasMap(c, district, tiles);
  if (!image) return image.error();
  publish::AtlasPage& page = _pages[_done];
  page.map = {image->width, image->height, image->pixels.data()};
  _writer->addPage(page, _number, _total);
  std::vector<WrittenPage> written;
  const int pages = publish::PdfAtlas::pagesFor(page.rows.size());
  for (int i = 0; i < pages; ++i, ++_number) written.push_back({_number, _total, i == 0 ? page.title : page.continued});
  page = {};  // its rows are written: the memory back
  ++_done;
  return written;
}

core::Result<bool> AtlasExport::finish() { return _writer->finish(); }

}  // namespace wm::app
