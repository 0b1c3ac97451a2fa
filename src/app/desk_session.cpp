#include "app/desk_session.hpp"

#include <filesystem>
#include <optional>
#include <string>

#include <osgGA/GUIEventHandler>

#include "app/geodesic_measure.hpp"
#include "app/map_view.hpp"
#include "app/server_report.hpp"
#include "app/user_settings.hpp"
#include "geo/transformer.hpp"
#include "io/server_rollup.hpp"
#include "publish/xlsx_report.hpp"
#include "report/report_writer.hpp"
#include "scene/map_overlay.hpp"

namespace wm::app {
namespace {

// [ and ] step the as-of date by a calendar month (in the view state, which the desk's frame applies as a
// uniform); in period mode they move the whole period (ui::stepMonths).
class AsOfKeys : public osgGA::GUIEventHandler {
public:
  explicit AsOfKeys(ui::ViewState& state) : _state(state) {}
  bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa, osg::Object*, osg::NodeVisitor*) override {
    if (ea.getEventType() != osgGA::GUIEventAdapter::KEYDOWN || ea.getHandled()) return false;
    int step = ea.getKey() == '[' ? -1 : ea.getKey() == ']' ? 1 : 0;
    if (step == 0) return false;
    ui::stepMonths(_state, step);
    aa.requestRedraw();
    return true;
  }

private:
  ui::ViewState& _state;
};

// What the desk needs from modules ui does not depend on: the report's writers, working CRS → lon/lat through
// one PROJ transformer built here (none when PROJ cannot build it: the status bar then omits lon/lat), and the
// Measure panel's geodesic figures (none without a valid working CRS: the panel shows planar ones).
ui::DeskServices deskServices(const domain::Catalog& catalog, core::Diagnostics problems) {
  ui::DeskServices services;
  services.problems = std::move(problems);
  services.measureGeodesic = geodesicMeasure(catalog.workingCrs);
  services.writers.csv = [](const analysis::ProgressTable& t) { return report::writeCsv(t); };
  services.writers.markdown = [](const analysis::ProgressTable& t, core::Lang lang) {
    return report::writeMarkdown(t, lang);
  };
  services.writers.xlsx = [](const std::filesystem::path& path, const analysis::ProgressTable& t,
                             const std::vector<analysis::OverdueWork>& overdue,
                             core::Lang lang) -> std::optional<std::string> {
    if (auto failed = publish::writeXlsx(path, {t, overdue, {}}, lang)) return failed->text(lang);
    return std::nullopt;
  };
  const geo::Crs& crs = catalog.workingCrs;
  services.crsName = crs.label() == crs.name() || crs.name().empty() ? crs.label() : crs.label() + " " + crs.name();
  if (crs.planar()) services.crsName = core::msgArg(core::Msg::CrsLocalPlaneLabel);  // shown in the desk's language
  if (!crs.valid()) return services;
  auto made = geo::Transformer::create(crs.definition(), geo::Crs::cgcs2000Geographic().definition());
  if (!made) return services;
  auto transformer = std::make_shared<geo::Transformer>(std::move(*made));
  services.toLonLat = [transformer](double x, double y) -> std::optional<ui::LonLat> {
    if (transformer->transform(&x, &y, 1) != 1) return std::nullopt;
    return ui::LonLat{x, y};
  };
  return services;
}

// Where Save as workspace… suggests writing: beside the first source, named after it.
std::string workspaceSuggestion(const std::vector<std::string>& sources) {
  namespace fs = std::filesystem;
  if (sources.empty() || sources.front().rfind("PG:", 0) == 0) return "workspace.worksmap.toml";
  fs::path first(sources.front());
  while (!first.empty() && first.filename().empty()) first = first.parent_path();  // "geodata/" → "geodata"
  std::error_code ec;
  const bool folder = fs::is_directory(first, ec);
  const fs::path base = folder ? first : first.parent_path();
  return (base / (first.stem().string() + ".worksmap.toml")).string();
}

// The first project named `name` (the GUI test's probe); -1 when none.
std::int64_t projectNamed(const domain::Catalog& catalog, const std::string& name) {
  for (std::size_t i = 0; i < catalog.projects.size(); ++i)
    if (catalog.projects[i].name == name) return static_cast<std::int64_t>(i);
  return -1;
}

}  // namespace

osg::Matrixd screenMapping(const render::MapCamera& camera) { return camera.viewMatrix() * camera.projectionMatrix(); }

std::unique_ptr<DeskSession> openDesk(std::unique_ptr<OpenedMap> map, const ViewerOptions& options, core::Lang lang,
                                      osgViewer::Viewer& viewer) {
  auto session = std::make_unique<DeskSession>();
  session->map = std::move(map);
  MapView& view = *session->map->view;
  const Loaded& loaded = session->map->inputs.loaded;
  view.setAsOf(options.asOf);
  view.setViewButton(true);
  session->state = ui::initialViewState(loaded.catalog, options.asOf, lang);
  session->slides = loaded.slides;
  // Errors (a layer that could not be read, a source missing) open the Problems panel; warnings are counted on
  // the toolbar's button.
  session->state.panels.problems = loaded.problems.count(core::Severity::Error) > 0;
  osg::Camera& camera = *viewer.getCamera();
  camera.getOrCreateStateSet()->addUniform(view.viewportUniform());
  session->controller = new render::MapController(view.homeExtent(), view.viewportUniform(),
                                                  [&view](const render::MapCamera& c) { view.cameraChanged(c); });
  session->controller->setViewButton([](int w, int h) {
    scene::OverlayRect r = scene::viewButtonRect(w, h);
    return render::PixelRect{r.x0, r.y0, r.x1, r.y1};
  });
  session->controller->setGround([&view](double x, double y) { return view.groundHeight(x, y); });
  session->pointer =
      new MapPointer(loaded.catalog, view.scene().origin(), session->controller->camera(), session->state);
  ui::DeskServices services = deskServices(loaded.catalog, loaded.problems);
  services.reportFolder = reportFolderSetting(configDirectory());  // where Save report starts, and remembers
  // The session holds the pointer as long as the desk; the desk calls this only while it draws a frame.
  services.toWindow = [pointer = session->pointer.get()](double x, double y) -> std::optional<ui::WindowPoint> {
    std::optional<osg::Vec2d> px = pointer->windowPixelOf(x, y);
    if (!px) return std::nullopt;
    return ui::WindowPoint{static_cast<float>(px->x()), static_cast<float>(px->y())};
  };
  services.slides = &session->slides;
  services.slideThumbnails = [s = session.get()](std::size_t i) -> std::optional<ui::SlideThumbnail> {
    return s->thumbnails ? s->thumbnails(i) : std::nullopt;
  };
  services.slideSaving = {loaded.slidesFile, workspaceSuggestion(options.sources)};
  session->videoExport = std::make_unique<VideoExportJob>(*session->map);
  services.videoExport = session->videoExport->exporter();
  session->pageExport = std::make_unique<PageExportJob>(*session->map, session->slides);
  services.pageExport = session->pageExport->exporter();
  if (io::onlyPostgis(loaded.request) && serverRollupAllowed()) {
    session->serverProgress = ServerProgressJob::forRequest(loaded.request);
    services.serverProgress = session->serverProgress->source();
  }
  session->desk = std::make_unique<ui::Desk>(loaded.catalog, loaded.style, std::move(services));
  viewer.setSceneData(view.root());
  viewer.addEventHandler(session->pointer.get());  // before the controller, which marks the presses it pans with
  viewer.addEventHandler(session->controller.get());
  viewer.addEventHandler(new AsOfKeys(session->state));
  session->probe = options.stateProbe.empty() ? -1 : projectNamed(loaded.catalog, options.stateProbe);
  return session;
}

}  // namespace wm::app
