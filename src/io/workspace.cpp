#include "io/workspace.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <utility>

#include <toml++/toml.h>

#include "core/text.hpp"
#include "io/encoding_detection.hpp"
#include "io/map_style_file.hpp"
#include "io/slide_ranges.hpp"
#include "io/style_reader.hpp"

namespace wm::io {
namespace {

using core::Msg;

int lineOf(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Kinds as "road/道路, park/游园, ...": a bureau user may write either, and both parse.
std::string kindChoices() {
  std::vector<std::string> items;
  for (int i = 0; i < domain::kKindCount; ++i) {
    auto kind = static_cast<domain::Kind>(i);
    items.push_back(std::string(domain::kindCode(kind)) + "/" +
                    std::string(core::text(domain::kindMsg(kind), core::Lang::Zh)));
  }
  return joined(items);
}

std::string fieldChoices() {
  std::vector<std::string> items;
  for (WorksField field : allWorksFields()) items.emplace_back(worksFieldName(field));
  return joined(items);
}

std::string resolveSource(std::string_view source, const std::filesystem::path& folder) {
  if (isConnectionString(source)) return std::string(source);
  // Workspace files travel between the bureau's Windows machines and Linux; '\' never occurs in real names.
  std::string portable(source);
  std::replace(portable.begin(), portable.end(), '\\', '/');
  std::filesystem::path path(portable);
  if (path.is_absolute()) return path.lexically_normal().string();
  return (folder / path).lexically_normal().string();
}

std::optional<domain::LayerRole> parseRole(std::string_view text) {
  std::string role = core::asciiLower(core::trim(text));
  if (role == "works") return domain::LayerRole::Works;
  if (role == "base") return domain::LayerRole::Base;
  if (role == "districts") return domain::LayerRole::Districts;
  return std::nullopt;
}

// Whether a slide's `view` is the 3D one; nothing for neither "2d" nor "3d".
std::optional<bool> parseView(std::string_view text) {
  std::string view = core::asciiLower(core::trim(text));
  if (view == "2d") return false;
  if (view == "3d") return true;
  return std::nullopt;
}

// Walks the parsed TOML tree once, filling a Workspace and recording every problem with its line.
class WorkspaceParser {
public:
  WorkspaceParser(std::string fileLabel, std::filesystem::path folder)
      : _file(std::move(fileLabel)), _folder(std::move(folder)) {}

  void problem(core::Severity severity, Msg msg, int line, std::vector<std::string> details = {}) {
    std::vector<std::string> args{_file, std::to_string(line)};
    for (auto& detail : details) args.push_back(std::move(detail));
    _problems.emplace_back(line, core::Diagnostic::of(severity, msg, std::move(args)));
  }
  void error(Msg msg, int line, std::vector<std::string> details = {}) {
    problem(core::Severity::Error, msg, line, std::move(details));
  }

  void parseRoot(const toml::table& root, Workspace& ws) {
    for (auto&& [key, node] : root) {
      std::string_view name = key.str();
      if (name == "title")
        readText(key, node, ws.title);
      else if (name == "crs")
        readText(key, node, ws.crs);
      else if (name == "dem")
        readPath(key, node, ws.dem);
      else if (name == "basemap")
        readPath(key, node, ws.basemap);
      else if (name == "basemap_datum")
        readDatum(key, node, ws.basemapDatum);
      else if (name == "districts")
        parseDistricts(key, node, ws);
      else if (name == "layer")
        forEachSection(key, node, "[[layer]]", [&](const toml::table& t) { parseLayer(t, ws); });
      else if (name == "slide")
        forEachSection(key, node, "[[slide]]", [&](const toml::table& t) { parseSlide(t, ws); });
      else if (name == "style")
        parseStyle(key, node, ws);
      else
        unknownKey(key);
    }
    if (core::trim(ws.crs).empty()) ws.crs = "auto";
  }

  core::Diagnostics takeProblems() {
    std::stable_sort(_problems.begin(), _problems.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    core::Diagnostics out;
    for (auto& [line, d] : _problems) out.add(std::move(d));
    _problems.clear();
    return out;
  }

private:
  // `style = "file.toml"`, or a [style] section: an optional `file` key, then keys overriding it.
  void parseStyle(const toml::key& key, const toml::node& node, Workspace& ws) {
    const toml::table* table = node.as_table();
    if (node.is_string()) {
      loadStyleFileOf(key, node, ws);
    } else if (table) {
      if (const auto* file = table->get("file")) {
        auto it = table->find("file");
        loadStyleFileOf(it->first, *file, ws);
      }
    } else {
      error(Msg::WorkspaceNotText, lineOf(key.source()), {"style"});
      return;
    }
    if (!table) return;
    StyleReader reader(
        [&](Msg msg, int line, std::vector<std::string> details) { error(msg, line, std::move(details)); });
    reader.apply(*table, ws.style, {"file"});
  }

  void loadStyleFileOf(const toml::key& key, const toml::node& node, Workspace& ws) {
    std::string path;
    if (!readText(key, node, path) || path.empty()) return;
    ws.styleFile = resolveSource(path, _folder);
    int line = lineOf(key.source());
    StyleLoad load = loadStyleFile(ws.styleFile, ws.style);
    if (load.problems.contains(Msg::StyleFileUnreadable)) {
      error(Msg::WorkspaceStyleUnreadable, line, {ws.styleFile});
      return;
    }
    ws.style = std::move(load.style);
    // The style file's own problems name it and its lines; they are listed where the workspace names it.
    for (const auto& d : load.problems.items()) _problems.emplace_back(line, d);
  }

  void unknownKey(const toml::key& key) {
    error(Msg::WorkspaceUnknownKey, lineOf(key.source()), {std::string(key.str())});
  }

  bool readText(const toml::key& key, const toml::node& node, std::string& out) {
    if (const auto* s = node.as_string()) {
      out = std::string(core::trim(s->get()));
      return true;
    }
    error(Msg::WorkspaceNotText, lineOf(key.source()), {std::string(key.str())});
    return false;
  }

  // A raster file relative to the workspace's folder; an empty text means none.
  void readPath(const toml::key& key, const toml::node& node, std::string& out) {
    std::string text;
    if (readText(key, node, text) && !text.empty()) out = resolveSource(text, _folder);
  }

  void readFlag(const toml::key& key, const toml::node& node, bool& out) {
    if (const auto* b = node.as_boolean())
      out = b->get();
    else
      error(Msg::WorkspaceNotBool, lineOf(key.source()), {std::string(key.str())});
  }

  std::optional<std::vector<std::string>> readTextList(const toml::key& key, const toml::node& node) {
    const auto* array = node.as_array();
    std::vector<std::string> out;
    if (array)
      for (const toml::node& item : *array)
        if (const auto* s = item.as_string()) out.emplace_back(core::trim(s->get()));
    if (!array || out.size() != array->size()) {
      error(Msg::WorkspaceNotTextList, lineOf(key.source()), {std::string(key.str())});
      return std::nullopt;
    }
    return out;
  }

  // `datum = "gcj02" | "bd09" | "none"` (a layer's, or the basemap's).
  void readDatum(const toml::key& key, const toml::node& node, std::optional<geo::WebDatum>& out) {
    std::string text;
    if (!readText(key, node, text)) return;
    out = geo::parseWebDatum(text);
    if (!out) badChoice(key, text, "gcj02, bd09, none");
  }

  void badChoice(const toml::key& key, const std::string& value, const std::string& choices) {
    error(Msg::WorkspaceBadChoice, lineOf(key.source()), {std::string(key.str()), value, choices});
  }

  template <typename Fn>
  void forEachSection(const toml::key& key, const toml::node& node, const char* form, Fn&& fn) {
    const auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
      error(Msg::WorkspaceNotSection, lineOf(key.source()), {std::string(key.str()), form});
      return;
    }
    for (const toml::node& item : *array) fn(*item.as_table());
  }

  void parseDistricts(const toml::key& key, const toml::node& node, Workspace& ws) {
    const auto* table = node.as_table();
    if (!table) {
      error(Msg::WorkspaceNotSection, lineOf(key.source()), {"districts", "[districts]"});
      return;
    }
    WorkspaceDistricts districts;
    districts.line = lineOf(table->source());
    for (auto&& [k, v] : *table) {
      if (k.str() == "layer")
        readText(k, v, districts.layerName);
      else if (k.str() == "name_field")
        readText(k, v, districts.nameField);
      else
        unknownKey(k);
    }
    ws.districts = std::move(districts);
  }

  void parseLayer(const toml::table& table, Workspace& ws) {
    WorkspaceLayer layer;
    layer.line = lineOf(table.source());
    bool hasSource = false;
    for (auto&& [key, node] : table) {
      if (key.str() == "source") {
        std::string source;
        if (!readText(key, node, source)) {
          hasSource = true;  // reported as the wrong type already; not also as missing
        } else if (source.empty()) {
          error(Msg::WorkspaceMissingKey, lineOf(key.source()), {"source"});
          hasSource = true;
        } else {
          layer.source = resolveSource(source, _folder);
          hasSource = true;
        }
      } else {
        parseLayerKey(key, node, layer);
      }
    }
    if (!hasSource) error(Msg::WorkspaceMissingKey, layer.line, {"source"});
    if (!layer.source.empty()) ws.layers.push_back(std::move(layer));
  }

  void parseLayerKey(const toml::key& key, const toml::node& node, WorkspaceLayer& layer) {
    std::string_view name = key.str();
    std::string text;
    if (name == "layer") {
      readText(key, node, layer.layerName);
    } else if (name == "role") {
      if (!readText(key, node, text)) return;
      layer.role = parseRole(text);
      if (!layer.role) badChoice(key, text, "works, base, districts");
    } else if (name == "kind") {
      if (!readText(key, node, text)) return;
      layer.kind = domain::parseKind(text);
      if (!layer.kind) badChoice(key, text, kindChoices());
    } else if (name == "encoding") {
      if (!readText(key, node, text)) return;
      std::string encoding = normaliseEncodingName(text);
      if (encoding.empty() || isSupportedEncoding(encoding))
        layer.encoding = encoding;
      else
        badChoice(key, text, "UTF-8, GBK, GB18030, CP936, BIG5, ISO-8859-1");
    } else if (name == "crs") {
      readText(key, node, layer.crs);
    } else if (name == "visible") {
      readFlag(key, node, layer.visible);
    } else if (name == "datum") {
      readDatum(key, node, layer.datum);
    } else if (name == "join_layer" || name == "join_by" || name == "join_field") {
      parseJoinKey(key, node, layer.join);
    } else if (name == "fields") {
      parseFields(key, node, layer);
    } else {
      unknownKey(key);
    }
  }

  void parseJoinKey(const toml::key& key, const toml::node& node, LedgerJoin& join) {
    std::string text;
    if (!readText(key, node, text)) return;
    if (key.str() == "join_layer")
      join.layer = text;
    else if (key.str() == "join_field")
      join.field = text;
    else if (text == "name" || text == "名称")
      join.by = JoinBy::Name;
    else if (text == "code" || text == "编号")
      join.by = JoinBy::Code;
    else
      badChoice(key, text, "name, code");
  }

  void parseFields(const toml::key& key, const toml::node& node, WorkspaceLayer& layer) {
    const auto* table = node.as_table();
    if (!table) {
      error(Msg::WorkspaceNotSection, lineOf(key.source()), {"fields", "[layer.fields]"});
      return;
    }
    for (auto&& [k, v] : *table) {
      // Aliases are accepted as keys too (名称 = "XMMC"), since they are what users call the fields.
      std::optional<WorksField> field = fieldForColumn(k.str());
      std::string column;
      if (!field)
        error(Msg::WorkspaceUnknownField, lineOf(k.source()), {std::string(k.str()), fieldChoices()});
      else if (readText(k, v, column) && !column.empty() && !layer.fields.emplace(*field, column).second)
        error(Msg::WorkspaceDuplicateField, lineOf(k.source()), {std::string(worksFieldName(*field))});
    }
  }

  void parseSlide(const toml::table& table, Workspace& ws) {
    domain::Slide slide;
    slide.line = lineOf(table.source());
    std::optional<core::Date> from, to;
    int periodLine = 0;
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "from" || name == "to" || name == "year") {
        periodLine = lineOf(key.source());
        readPeriodKey(key, node, from, to);
      } else {
        parseSlideKey(key, node, slide);
      }
    }
    if (from || to) {
      if (from && to && *from <= *to)
        slide.period = std::pair(*from, *to);
      else
        error(Msg::WorkspaceBadPeriod, periodLine);
    }
    ws.slides.push_back(std::move(slide));
  }

  // `from`/`to` dates, or `year = 2022` for the whole calendar year.
  void readPeriodKey(const toml::key& key, const toml::node& node, std::optional<core::Date>& from,
                     std::optional<core::Date>& to) {
    if (key.str() == "from") {
      from = readDate(key, node);
    } else if (key.str() == "to") {
      to = readDate(key, node);
    } else if (auto year = readNumber(key, node, kSlideYear.min, kSlideYear.max)) {
      from = core::Date::fromYmd(static_cast<int>(*year), 1, 1);
      to = core::Date::fromYmd(static_cast<int>(*year), 12, 31);
    }
  }

  void parseSlideKey(const toml::key& key, const toml::node& node, domain::Slide& slide) {
    const std::string_view name = key.str();
    const int line = lineOf(key.source());
    if (name == "title") {
      readText(key, node, slide.title);
    } else if (name == "subtitle" || name == "caption") {
      readText(key, node, slide.subtitle);
    } else if (name == "notes") {
      readText(key, node, slide.notes);
    } else if (name == "as_of") {
      slide.asOf = readDate(key, node);
    } else if (name == "district") {
      slide.districtLine = line;
      readText(key, node, slide.district);
    } else if (name == "project") {
      slide.projectLine = line;
      readText(key, node, slide.project);
    } else if (name == "layers") {
      slide.layersLine = line;
      if (auto layers = readTextList(key, node)) slide.layers = std::move(*layers);
    } else if (name == "opacity") {
      readOpacity(key, node, slide);
    } else if (name == "kinds") {
      readKinds(key, node, slide);
    } else if (name == "statuses") {
      readStatuses(key, node, slide);
    } else if (name == "overdue") {
      readFlag(key, node, slide.overdueOnly);
    } else if (name == "figures") {
      slide.figuresLine = line;
      readFigures(key, node, slide);
    } else {
      parseCameraKey(key, node, slide.camera);
    }
  }

  void parseCameraKey(const toml::key& key, const toml::node& node, domain::SlideCamera& camera) {
    const std::string_view name = key.str();
    std::string text;
    if (name == "view") {
      if (!readText(key, node, text)) return;
      if (auto view = parseView(text))
        camera.threeD = *view;
      else
        badChoice(key, text, "2d, 3d");
    } else if (name == "center") {
      readCenter(key, node, camera);
    } else if (name == "scale") {
      camera.scale = readNumber(key, node, kSlideScale.min, kSlideScale.max).value_or(0);
    } else if (name == "heading") {
      camera.headingDegrees = readNumber(key, node, kSlideHeading.min, kSlideHeading.max).value_or(0);
    } else if (name == "tilt") {
      camera.tiltDegrees = readNumber(key, node, kSlideTilt.min, kSlideTilt.max).value_or(camera.tiltDegrees);
    } else if (name == "range") {
      camera.rangeMetres = readNumber(key, node, kSlideRangeMetres.min, kSlideRangeMetres.max).value_or(0);
    } else {
      unknownKey(key);
    }
  }

  // An integer or a float within [min, max].
  std::optional<double> readNumber(const toml::key& key, const toml::node& node, double min, double max) {
    std::optional<double> value;
    if (const auto* i = node.as_integer()) value = static_cast<double>(i->get());
    if (const auto* f = node.as_floating_point()) value = f->get();
    if (value && *value >= min && *value <= max) return value;
    error(Msg::StyleBadNumber, lineOf(key.source()),
          {std::string(key.str()), fmt::format("{}", min), fmt::format("{}", max)});
    return std::nullopt;
  }

  void readCenter(const toml::key& key, const toml::node& node, domain::SlideCamera& camera) {
    const auto* array = node.as_array();
    std::vector<double> values;
    if (array)
      for (const toml::node& item : *array) {
        if (const auto* i = item.as_integer()) values.push_back(static_cast<double>(i->get()));
        if (const auto* f = item.as_floating_point()) values.push_back(f->get());
      }
    if (!array || array->size() != 2 || values.size() != 2 || std::abs(values[0]) > kSlideLongitude.max ||
        std::abs(values[1]) > kSlideLatitude.max) {
      error(Msg::WorkspaceBadCenter, lineOf(key.source()), {std::string(key.str())});
      return;
    }
    camera.center = std::pair(values[0], values[1]);
  }

  // `opacity = { "道路" = 0.5, works_parks = 0.8 }`: layer name → 0..1.
  void readOpacity(const toml::key& key, const toml::node& node, domain::Slide& slide) {
    const auto* table = node.as_table();
    if (!table) {
      error(Msg::WorkspaceNotSection, lineOf(key.source()), {std::string(key.str()), "{ layer = 0.5 }"});
      return;
    }
    for (auto&& [layer, value] : *table)
      if (auto opacity = readNumber(layer, value, 0, 1))
        slide.opacity[std::string(core::trim(layer.str()))] = static_cast<float>(*opacity);
  }

  void readStatuses(const toml::key& key, const toml::node& node, domain::Slide& slide) {
    auto statuses = readTextList(key, node);
    if (!statuses) return;
    for (const auto& text : *statuses) {
      const domain::RecordedStatus status = domain::parseStatus(text);
      if (static_cast<int>(status) < domain::kStatusCount)
        slide.statuses.push_back(static_cast<domain::Status>(status));
      else
        badChoice(key, text, "planned, under_construction, completed, suspended");
    }
  }

  void readFigures(const toml::key& key, const toml::node& node, domain::Slide& slide) {
    std::string text;
    if (!readText(key, node, text)) return;
    const std::string code = core::asciiLower(text);
    if (code == "none")
      slide.figures = domain::SlideFigures::None;
    else if (code == "county")
      slide.figures = domain::SlideFigures::County;
    else if (code == "district")
      slide.figures = domain::SlideFigures::District;
    else
      badChoice(key, text, "none, county, district");
  }

  // A TOML date (as_of = 2024-06-30) or any text core::parseDate reads ("2024年6月30日").
  std::optional<core::Date> readDate(const toml::key& key, const toml::node& node) {
    std::optional<toml::date> tomlDate;
    if (const auto* d = node.as_date()) tomlDate = d->get();
    if (const auto* dt = node.as_date_time()) tomlDate = dt->get().date;
    if (tomlDate) {
      auto date = core::Date::fromYmd(tomlDate->year, tomlDate->month, tomlDate->day);
      if (!date) error(Msg::WorkspaceBadDate, lineOf(key.source()), {std::string(key.str()), "?"});
      return date;
    }
    std::string text;
    if (!readText(key, node, text)) return std::nullopt;
    core::DateParse parsed = core::parseDate(text);
    if (parsed.outcome == core::DateParse::Outcome::Ok) return parsed.date;
    if (parsed.outcome != core::DateParse::Outcome::Empty)
      error(Msg::WorkspaceBadDate, lineOf(key.source()), {std::string(key.str()), text});
    return std::nullopt;
  }

  void readKinds(const toml::key& key, const toml::node& node, domain::Slide& slide) {
    auto kinds = readTextList(key, node);
    if (!kinds) return;
    for (const auto& text : *kinds) {
      if (auto kind = domain::parseKind(text))
        slide.kinds.push_back(*kind);
      else
        badChoice(key, text, kindChoices());
    }
  }

  std::string _file;
  std::filesystem::path _folder;
  std::vector<std::pair<int, core::Diagnostic>> _problems;
};

std::string_view lineText(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return {};
  return text.substr(start, text.find('\n', start) - start);
}

// Line (1-based) of the first byte that is not UTF-8, for the "saved as GBK" message.
int firstNonUtf8Line(std::string_view text) {
  int line = 1;
  for (std::size_t start = 0, end = 0; end != std::string_view::npos; start = end + 1, ++line) {
    end = text.find('\n', start);
    if (!core::isValidUtf8(text.substr(start, end == std::string_view::npos ? end : end - start))) return line;
  }
  return 1;
}

// toml++ explains a syntax error in parser terms; this names the two mistakes Chinese users make most: full-width
// punctuation typed in Chinese input mode, and Chinese keys without quotes (TOML 1.0 bare keys are ASCII only).
void addSyntaxHint(WorkspaceParser& parser, std::string_view text, int line) {
  std::string outside;  // the line without its quoted strings and comment
  char quote = 0;
  for (char c : lineText(text, line)) {
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#') {
      break;
    } else {
      outside += c;
    }
  }
  for (std::string_view mark : {"“", "”", "‘", "’", "【", "】", "＝", "，", "［", "］", "＂", "：", "、", "。"}) {
    if (outside.find(mark) != std::string::npos) {
      parser.problem(core::Severity::Info, Msg::WorkspaceHintFullWidth, line, {std::string(mark)});
      return;
    }
  }
  std::string_view start = core::trim(outside);
  if (!start.empty() && static_cast<unsigned char>(start.front()) >= 0x80)
    parser.problem(core::Severity::Info, Msg::WorkspaceHintQuoteKey, line);
}

}  // namespace

WorkspaceLoad parseWorkspace(std::string_view text, const std::filesystem::path& file,
                             const domain::MapStyle& baseStyle) {
  WorkspaceLoad load;
  WorkspaceParser parser(file.string(), file.parent_path());
  const std::string_view original = text;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // Windows Notepad's UTF-8 signature
  std::string decoded;
  if (!core::isValidUtf8(text)) {
    // TOML must be UTF-8, but Notepad on Chinese Windows saves "ANSI" (GBK) by default: read it, and say so.
    int line = firstNonUtf8Line(text);
    std::optional<std::string> fromGb = decodeToUtf8(text, "GB18030");
    parser.problem(fromGb ? core::Severity::Warning : core::Severity::Error, Msg::WorkspaceNotUtf8, line);
    if (!fromGb) {
      load.problems = parser.takeProblems();
      return load;
    }
    decoded = std::move(*fromGb);
    text = decoded;
  }
  try {
    toml::table root = toml::parse(text, file.string());
    Workspace ws;
    ws.file = file;
    ws.text = std::string(original);
    ws.style = baseStyle;
    parser.parseRoot(root, ws);
    load.workspace = std::move(ws);
  } catch (const toml::parse_error& e) {
    parser.error(Msg::WorkspaceSyntax, lineOf(e.source()), {std::string(e.description())});
    addSyntaxHint(parser, text, lineOf(e.source()));
  }
  load.problems = parser.takeProblems();
  return load;
}

WorkspaceLoad loadWorkspace(const std::filesystem::path& file, const domain::MapStyle& baseStyle) {
  WorkspaceLoad load;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    load.problems.add(core::Diagnostic::error(Msg::SourceNotFound).inFile(file.string()));
    return load;
  }
  std::ifstream in(file, std::ios::binary);
  std::string content;
  if (in && !std::filesystem::is_directory(file, ec))
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in || in.bad() || std::filesystem::is_directory(file, ec)) {
    load.problems.add(core::Diagnostic::error(Msg::WorkspaceUnreadable).inFile(file.string()));
    return load;
  }
  return parseWorkspace(content, file, baseStyle);
}

bool isConnectionString(std::string_view source) {
  std::size_t letters = 0;
  while (letters < source.size() &&
         ((source[letters] >= 'A' && source[letters] <= 'Z') || (source[letters] >= 'a' && source[letters] <= 'z')))
    ++letters;
  // Two letters at least, so a Windows drive ("D:\data") is not taken for a driver prefix ("PG:").
  return letters >= 2 && letters < source.size() && source[letters] == ':';
}

bool looksLikeWorkspace(const std::filesystem::path& path) {
  return core::asciiLower(path.extension().string()) == ".toml";
}

}  // namespace wm::io
