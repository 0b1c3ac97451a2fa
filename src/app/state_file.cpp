#include "app/state_file.hpp"

#include <algorithm>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/file_replace.hpp"

namespace wm::app {
namespace {

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += {'\\', c};
    else if (static_cast<unsigned char>(c) < 0x20)
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
    else
      out += c;
  }
  return out + "\"";
}

const char* measureModeName(ui::MeasureMode mode) {
  switch (mode) {
    case ui::MeasureMode::Distance:
      return "distance";
    case ui::MeasureMode::Area:
      return "area";
    case ui::MeasureMode::Off:
      break;
  }
  return "off";
}

// The Measure tool: its mode and points from the state, its figures (metres, square metres) as the panel
// computed them.
std::string measureFields(const ui::ViewState& v, const ui::Desk* desk) {
  std::string out =
      fmt::format(",\"measureOpen\":{},\"measureMode\":\"{}\",\"measurePoints\":{},\"measureFinished\":{}",
                  v.panels.measure, measureModeName(v.measure.mode), v.measure.points.size(), v.measure.finished);
  if (!desk) return out;
  const ui::MeasureFigures& f = desk->measure().figures();
  return out + fmt::format(
                   ",\"measureLengthM\":{:.3f},\"measureLastSegmentM\":{:.3f},\"measureAreaM2\":{:.3f},"
                   "\"measurePerimeterM\":{:.3f},\"measureGeodesic\":{}",
                   f.lengthM, f.lastSegmentM, f.areaM2, f.perimeterM, f.geodesic);
}

// District progress on a PostGIS server, as the panel showed it last: "computing", "ready" or "failed", whether a
// newer table is coming, whether the table shown is stale, and the failure's line (naming the database).
std::string serverFields(const ui::Desk& desk) {
  const std::optional<ui::ServerProgressView>& view = desk.districts().server();
  if (!view) return {};
  using Phase = ui::ServerProgressView::Phase;
  const char* phase = view->phase == Phase::Failed ? "failed" : view->phase == Phase::Ready ? "ready" : "computing";
  return fmt::format(
      ",\"districtsServer\":\"{}\",\"districtsUpdating\":{},\"districtsStale\":{},\"districtsServerError\":{}", phase,
      view->updating, view->phase == Phase::Failed && view->table != nullptr,
      jsonString(desk.districts().serverLine()));
}

std::string rectText(const ui::ScreenRect& r) {
  return fmt::format("{:.0f} {:.0f} {:.0f} {:.0f}", r.x0, r.y0, r.x1, r.y1);
}

// Where the desk's panels were drawn, the part of the map none covers and what the map's overlay covers
// (title, north arrow and 2D/3D button): a GUI test checks after a resize that every panel is on the screen and
// the title is clear.
std::string layoutFields(const ui::ViewState& v, const ui::Desk& desk) {
  std::string out =
      fmt::format(",\"compactDesk\":{},\"freeMap\":\"{}\"", desk.placement().layout().compact, rectText(v.freeMap));
  if (v.mapOverlay.known)
    out +=
        fmt::format(",\"overlay.title\":\"{}\",\"overlay.north\":\"{}\",\"overlay.scale\":\"{}\"",
                    rectText(v.mapOverlay.title), rectText(v.mapOverlay.northArrow), rectText(v.mapOverlay.scaleBar));
  for (std::size_t i = 0; i < ui::kDeskPanelCount; ++i) {
    const ui::ScreenRect& r = desk.placement().drawn()[i];
    if (!r.empty())
      out += fmt::format(",\"panel.{}\":\"{}\"", ui::deskPanelId(static_cast<ui::DeskPanel>(i)), rectText(r));
  }
  return out;
}

}  // namespace

std::string stateLine(const ViewerSnapshot& s) {
  const render::MapCamera& c = s.camera;
  const ui::ViewState& v = s.state;
  std::string line = fmt::format(
      "{{\"width\":{},\"height\":{},\"centerX\":{:.3f},\"centerY\":{:.3f},\"metresPerPixel\":{:.6f},"
      "\"headingDegrees\":{:.3f},\"tiltDegrees\":{:.3f},\"blend\":{:.3f},\"target3d\":{},\"asOf\":\"{}\"",
      c.width(), c.height(), c.centerX(), c.centerY(), c.metresPerPixel(), c.headingDegrees(), c.tiltDegrees(),
      c.blend(), c.target3d(), v.asOf.iso());
  line += fmt::format(
      ",\"kindMask\":{},\"statusMask\":{},\"overdueOnly\":{},\"highlightDistrict\":{},\"selectedProject\":{},"
      "\"lang\":\"{}\",\"legendOpen\":{},\"filtersOpen\":{},\"timelineOpen\":{},\"search\":{},\"uiFrames\":{}",
      v.kindMask, v.statusMask, v.overdueOnly, v.highlightDistrict, v.selectedProject,
      v.lang == core::Lang::Zh ? "zh" : "en", v.panels.legend, v.panels.filters, v.panels.timeline,
      jsonString(v.search), s.uiFrames);
  line += fmt::format(",\"inspectorOpen\":{},\"districtsOpen\":{},\"statusBarOpen\":{}", v.panels.inspector,
                      v.panels.districts, v.panels.statusBar);
  line += fmt::format(",\"periodMode\":{},\"periodFrom\":\"{}\",\"periodTo\":\"{}\",\"playing\":{},\"playSpeed\":{}",
                      v.periodMode, v.periodFrom.iso(), v.periodTo.iso(), v.playing, static_cast<int>(v.playSpeed));
  line += fmt::format(",\"playSeconds\":{}", s.playSeconds.value_or(-1));
  line += measureFields(v, s.desk);
  if (s.catalog) {
    bool valid =
        v.highlightDistrict >= 0 && static_cast<std::size_t>(v.highlightDistrict) < s.catalog->districts.size();
    line +=
        fmt::format(",\"districtName\":{}",
                    jsonString(valid ? s.catalog->districts[static_cast<std::size_t>(v.highlightDistrict)].name : ""));
  }
  if (s.desk) line += fmt::format(",\"settling\":{}", s.desk->settling() || s.windowAppearing);
  if (s.desk)
    line += fmt::format(",\"selectedName\":{},\"districtRows\":{},\"statusBar\":{}",
                        jsonString(s.desk->inspector().shownName()), s.desk->districts().rows().size(),
                        jsonString(s.desk->statusBar().text()));
  if (s.desk) line += layoutFields(v, *s.desk) + serverFields(*s.desk);
  if (s.probe)
    line += fmt::format(",\"probeProject\":{},\"probeX\":{:.0f},\"probeY\":{:.0f}", s.probe->project, s.probe->x,
                        s.probe->y);
  if (s.mapSelected) line += fmt::format(",\"mapSelected\":{}", *s.mapSelected);
  if (s.frameMs >= 0) line += fmt::format(",\"frameMs\":{:.1f},\"deskMs\":{:.2f}", s.frameMs, s.deskMs);
  if (s.basemap)
    line += fmt::format(",\"basemapImages\":{},\"basemapZoom\":{},\"basemapBusy\":{}", s.basemap->images,
                        s.basemap->zoom, s.basemap->busy);
  if (s.font)
    line +=
        fmt::format(",\"fontChinese\":{},\"fontCharacters\":{},\"fontCollectMs\":{:.1f},\"fontBuildMs\":{:.1f}",
                    s.font->chinese, s.font->characters, s.font->collectSeconds * 1000, s.font->buildSeconds * 1000);
  if (s.window)
    line += fmt::format(",\"title\":{},\"fullscreen\":{},\"textInput\":{},\"windowWidth\":{},\"windowHeight\":{}",
                        jsonString(s.window->title), s.window->fullscreen, s.window->textInput, s.window->width,
                        s.window->height);
  if (s.window)
    line += fmt::format(",\"displays\":{}", jsonString(fmt::format("{}", fmt::join(s.window->displays, ";"))));
  line += fmt::format(",\"presenting\":{},\"slide\":{},\"slidesUnsaved\":{}", s.presentation.has_value(), v.slide + 1,
                      v.slidesUnsaved);
  if (const auto& d = s.slides)
    line += fmt::format(
        ",\"slideCount\":{},\"thumbnails\":{},\"flying\":{},\"slideTitle\":{},\"thumbnailsCurrent\":{},"
        "\"thumbnailSpreadMin\":{:.1f}",
        d->count, d->thumbnails, d->flying, jsonString(d->title), d->thumbnailsCurrent, d->thumbnailSpreadMin);
  if (const auto& p = s.presentation)
    line += fmt::format(",\"slideNumber\":{},\"screen\":\"{}\",\"typed\":{},\"notes\":{}", p->slide, p->screen,
                        jsonString(p->typed), p->notes);
  line += fmt::format(",\"quitAsked\":{}", v.quitAsked);
  if (s.targets)
    for (const ui::ClickTarget& t : s.targets->all())
      line += fmt::format(",{}:\"{:.0f} {:.0f} {:.0f} {:.0f}\"", jsonString("target." + t.id), t.x0, t.y0, t.x1, t.y1);
  return line + "}";
}

std::string loadingLine(const ui::LoadingView& view, std::uint64_t uiFrames) {
  const auto done = std::count_if(view.layers.begin(), view.layers.end(),
                                  [](const ui::LayerLoad& l) { return l.stage == ui::LayerLoad::Stage::Done; });
  const char* phase = view.phase == ui::LoadingView::Phase::Finding   ? "finding"
                      : view.phase == ui::LoadingView::Phase::Reading ? "reading"
                                                                      : "building";
  return fmt::format("{{\"loading\":true,\"phase\":\"{}\",\"layers\":{},\"layersDone\":{},\"uiFrames\":{}}}", phase,
                     view.layers.size(), done, uiFrames);
}

std::string failedLoadLine(std::size_t problems, std::uint64_t uiFrames) {
  return fmt::format("{{\"loading\":false,\"loadFailed\":true,\"problems\":{},\"uiFrames\":{}}}", problems, uiFrames);
}

void StateFile::writeLine(std::string line) {
  if (_path.empty()) return;
  if (line == _last) return;
  if (core::replaceFile(_path, line + "\n")) _last = std::move(line);
}

}  // namespace wm::app
