#include "app/page_export_job.hpp"

#include <utility>

#include "app/atlas_export.hpp"
#include "app/deck_export.hpp"

namespace wm::app {

using core::Msg;
using core::tr;

PageExportJob::PageExportJob(const OpenedMap& map, const std::vector<domain::Slide>& slides)
    : _map(map), _slides(slides) {}

PageExportJob::~PageExportJob() {
  // The export first (its temporary removed), then the view it draws.
  _export.reset();
  _view.reset();
}

ui::PageExporter PageExportJob::exporter() {
  return {[this](const ui::DeckExportRequest& r) { _queued = r; },
          [this](const ui::AtlasExportRequest& r) { _queued = r; },
          [this](ui::PageExportKind kind) { return status(kind); },
          [this] {
            if (_progress) _progress->cancel();
          }};
}

ui::ExportStatus PageExportJob::status(ui::PageExportKind kind) const {
  ui::ExportStatus s;
  if (_export && kind == _kind) {
    s.running = true;
    s.file = _file.filename().string();
    s.done = _progress->done();
    s.total = _progress->total();
    return s;
  }
  if (kind == _lastKind) s = _last;
  s.busy = _export != nullptr;
  return s;
}

bool PageExportJob::step(const ui::ViewState& state, const std::function<void()>& restoreContext) {
  if (_queued && !_export) {
    begin(*_queued, state.lang);  // the view and the export (or why not): drawn from the next step on
    _queued.reset();
    return true;
  }
  _queued.reset();  // asked for while another runs: the panels' buttons are disabled then
  if (!_export) return false;
  if (_progress->cancelled())
    end(tr(_lang, Msg::UiVideoCancelled), false);
  else
    drawNext();
  restoreContext();
  return true;
}

// A MapView of the export's own, built on this thread (as the video export's: app/video_export_job).
void PageExportJob::begin(const Request& request, core::Lang lang) {
  _lang = lang;
  const MapInputs& in = _map.inputs;
  _view = std::make_unique<MapView>(in.loaded.catalog, in.loaded.style, in.title, lang, in.program.get(),
                                    in.terrainProgram.get());
  auto open = [&]() -> core::Result<std::unique_ptr<PageExport>> {
    if (const auto* deck = std::get_if<ui::DeckExportRequest>(&request)) {
      _kind = ui::PageExportKind::Deck;
      _file = deck->file;
      const SlideContext context{in.loaded, *_view, in.program.get(), lang, core::Date::today()};
      auto made = DeckExport::open(context, _slides, in.title, deck->file, deck->width, deck->height);
      if (!made) return made.error();
      return std::unique_ptr<PageExport>(std::move(*made));
    }
    const auto& atlas = std::get<ui::AtlasExportRequest>(request);
    _kind = ui::PageExportKind::Atlas;
    _file = atlas.file;
    auto made = AtlasExport::open({in.loaded, *_view, in.program.get(), lang, in.title, atlas.query}, atlas.file);
    if (!made) return made.error();
    return std::unique_ptr<PageExport>(std::move(*made));
  };
  core::Result<std::unique_ptr<PageExport>> opened = open();
  _progress.emplace();
  if (!opened) {
    end(tr(_lang, failedMsg(), opened.error().text(_lang)), true);
    return;
  }
  _export = std::move(*opened);
  _progress->start(_export->steps());
}

void PageExportJob::drawNext() {
  core::Diagnostics tiles;  // a basemap tile that could not be read: the window reports its own
  if (auto written = _export->next(tiles); !written) {
    end(tr(_lang, failedMsg(), written.error().text(_lang)), true);
    return;
  }
  _progress->step();
  if (!_export->complete()) return;
  if (auto finished = _export->finish(); !finished)
    end(tr(_lang, failedMsg(), finished.error().text(_lang)), true);
  else
    end(tr(_lang, _kind == ui::PageExportKind::Deck ? Msg::UiDeckSaved : Msg::UiAtlasSaved, _file.string()), false);
}

core::Msg PageExportJob::failedMsg() const {
  return _kind == ui::PageExportKind::Deck ? Msg::UiDeckFailed : Msg::UiAtlasFailed;
}

void PageExportJob::end(std::string outcome, bool failed) {
  _export.reset();  // unfinished: the temporary removed
  _view.reset();
  _last = ui::ExportStatus{};
  _last.file = _file.filename().string();
  _last.outcome = std::move(outcome);
  _last.failed = failed;
  _lastKind = _kind;
  _progress.reset();
}

}  // namespace wm::app
