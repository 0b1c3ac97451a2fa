#include "io/style_reader.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "core/text.hpp"

namespace wm::io {
namespace {

using core::Msg;

int lineOf(const toml::source_region& region) { return static_cast<int>(region.begin.line); }

// Widths on the ground (width_m): up to a wide boulevard's; 0 turns them off.
constexpr float kMaxWidthM = 200;

std::optional<int> hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

// Kinds by their canonical and Chinese names, as the workspace writes them ("road", "游园").
std::string kindChoices() {
  std::string out;
  for (int i = 0; i < domain::kKindCount; ++i)
    out += (i ? ", " : "") + std::string(domain::kindCode(static_cast<domain::Kind>(i)));
  return out;
}

// A section's entries (rules, classes) in the order they are written: toml++ tables iterate by key.
std::vector<std::pair<const toml::key*, const toml::node*>> inFileOrder(const toml::table& table) {
  std::vector<std::pair<const toml::key*, const toml::node*>> items;
  for (auto&& [key, node] : table) items.emplace_back(&key, &node);
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return lineOf(a.first->source()) < lineOf(b.first->source()); });
  return items;
}

// A value as the user wrote it, for messages: text without quotes, anything else in TOML syntax.
std::string shown(const toml::node& node) {
  if (const auto* text = node.as_string()) return std::string(text->get());
  std::ostringstream out;
  node.visit([&](const auto& n) { out << n; });
  return out.str();
}

}  // namespace

std::optional<domain::Rgba> parseColour(std::string_view text) {
  text = core::trim(text);
  if (text.size() != 7 && text.size() != 9) return std::nullopt;
  if (text.front() != '#') return std::nullopt;
  float c[4] = {0, 0, 0, 1};
  for (std::size_t i = 1, n = 0; i < text.size(); i += 2, ++n) {
    auto hi = hexDigit(text[i]), lo = hexDigit(text[i + 1]);
    if (!hi || !lo) return std::nullopt;
    c[n] = static_cast<float>(*hi * 16 + *lo) / 255.0f;
  }
  return domain::Rgba{c[0], c[1], c[2], c[3]};
}

void StyleReader::apply(const toml::table& table, domain::MapStyle& style,
                        std::initializer_list<std::string_view> ignore) {
  for (auto&& [key, node] : table) {
    std::string_view name = key.str();
    if (std::find(ignore.begin(), ignore.end(), name) != ignore.end()) continue;
    if (name == "class_columns") {
      readTextList(key, node, style.classColumns);
    } else if (name == "status") {
      if (const auto* t = section(key, node, "[status]")) applyStatus(*t, style);
    } else if (name == "works") {
      if (const auto* t = section(key, node, "[works]")) applyWorks(*t, style);
    } else if (name == "kinds") {
      if (const auto* t = section(key, node, "[kinds.road]")) applyKinds(*t, style);
    } else if (name == "base") {
      if (const auto* t = section(key, node, "[base.water]")) applyBase(*t, style);
    } else {
      unknownKey(key);
    }
  }
}

void StyleReader::applyStatus(const toml::table& table, domain::MapStyle& style) {
  for (auto&& [key, node] : table) {
    std::string_view name = key.str();
    if (name == "overdue_casing" || name == "selection") {
      readColour(key, node, name == "selection" ? style.selection : style.overdueCasing);
      continue;
    }
    bool known = false;
    for (int s = 0; s < domain::kStatusCount; ++s)
      if (name == domain::statusCode(static_cast<domain::Status>(s))) {
        readColour(key, node, style.status[static_cast<std::size_t>(s)]);
        known = true;
      }
    if (!known) unknownKey(key);
  }
}

void StyleReader::applyWorks(const toml::table& table, domain::MapStyle& style) {
  for (auto&& [key, node] : table) {
    std::string_view name = key.str();
    if (name == "line_width")
      readNumber(key, node, style.worksLineWidthPx, 0.5f, 64);
    else if (name == "marker_size")
      readNumber(key, node, style.worksMarkerPx, 1, 128);
    else if (name == "base_marker_size")
      readNumber(key, node, style.baseMarkerPx, 1, 128);
    else if (name == "pattern_tint")
      readNumber(key, node, style.patternTint, 0, 1);
    else
      unknownKey(key);
  }
}

void StyleReader::applyKinds(const toml::table& table, domain::MapStyle& style) {
  for (auto&& [key, node] : table) {
    std::optional<domain::Kind> kind = domain::parseKind(key.str());
    if (!kind) {
      _report(Msg::WorkspaceBadChoice, lineOf(key.source()), {"kinds", std::string(key.str()), kindChoices()});
      continue;
    }
    if (const auto* t = section(key, node, "[kinds." + std::string(key.str()) + "]"))
      applyKind(*t, style.kinds[static_cast<std::size_t>(*kind)]);
  }
}

void StyleReader::applyKind(const toml::table& table, domain::KindStyle& kind) {
  for (auto&& [key, node] : table) {
    std::string_view name = key.str();
    if (name == "line")
      readChoice(key, node, kind.line, &domain::parseLinePattern, &domain::linePatternName, domain::kLinePatternCount);
    else if (name == "fill")
      readChoice(key, node, kind.fill, &domain::parseFillPattern, &domain::fillPatternName, domain::kFillPatternCount);
    else if (name == "marker")
      readChoice(key, node, kind.marker, &domain::parseMarkerShape, &domain::markerShapeName,
                 domain::kMarkerShapeCount);
    else if (name == "width_m")
      readNumber(key, node, kind.widthM, 0, kMaxWidthM);
    else
      unknownKey(key);
  }
}

void StyleReader::applyBase(const toml::table& table, domain::MapStyle& style) {
  // A rule named like an existing one overrides its keys; a new rule goes before the fallback rule, in the
  // order written (the fallback, having no role and no keywords, is only ever tried last anyway).
  for (auto [key, node] : inFileOrder(table)) {
    const auto* t = section(*key, *node, "[base." + std::string(key->str()) + "]");
    if (!t) continue;
    // Named apart from the structured binding: lambdas cannot capture one before clang 16.
    const std::string_view name = key->str();
    auto it = std::find_if(style.baseRules.begin(), style.baseRules.end(),
                           [&](const domain::BaseRule& r) { return r.name == name; });
    if (it == style.baseRules.end()) {
      style.baseRules.push_back({});
      it = std::prev(style.baseRules.end());
      it->name = std::string(key->str());
    }
    applyRule(*t, *it);
  }
}

void StyleReader::applyRule(const toml::table& table, domain::BaseRule& rule) {
  for (auto&& [key, node] : table) applyRuleKey(key, node, rule);
}

void StyleReader::applyRuleKey(const toml::key& key, const toml::node& node, domain::BaseRule& rule) {
  std::string_view name = key.str();
  if (name == "role") {
    const auto* text = node.as_string();
    std::string value = text ? core::asciiLower(core::trim(text->get())) : "";
    if (value == "districts")
      rule.role = domain::LayerRole::Districts;
    else if (value == "base")
      rule.role = domain::LayerRole::Base;
    else if (value == "none")
      rule.role.reset();
    else
      _report(Msg::WorkspaceBadChoice, lineOf(key.source()), {"role", shown(node), "districts, base, none"});
  } else if (name == "keywords") {
    readTextList(key, node, rule.keywords);
  } else if (name == "fill") {
    const auto* text = node.as_string();
    domain::Rgba c = rule.fill.value_or(domain::Rgba{});
    if (text && core::asciiLower(core::trim(text->get())) == "none")
      rule.fill.reset();
    else if (readColour(key, node, c))
      rule.fill = c;
  } else if (name == "line") {
    readColour(key, node, rule.line);
  } else if (name == "width") {
    readNumber(key, node, rule.widthPx, 0.5f, 64);
  } else if (name == "width_m") {
    readNumber(key, node, rule.widthM, 0, kMaxWidthM);
  } else if (name == "pattern") {
    readChoice(key, node, rule.pattern, &domain::parseLinePattern, &domain::linePatternName, domain::kLinePatternCount);
  } else if (name == "tie_spacing") {
    readNumber(key, node, rule.tieSpacingPx, 2, 200);
  } else if (name == "tie_length") {
    readNumber(key, node, rule.tieLengthPx, 1, 64);
  } else if (name == "highlight") {
    readColour(key, node, rule.highlight);
  } else if (name == "highlight_width") {
    readNumber(key, node, rule.highlightWidthPx, 0.5f, 64);
  } else if (name == "classes") {
    applyClasses(key, node, rule);
  } else {
    unknownKey(key);
  }
}

void StyleReader::applyClasses(const toml::key& key, const toml::node& node, domain::BaseRule& rule) {
  const auto* table = section(key, node, "[base." + rule.name + ".classes.NAME]");
  if (!table) return;
  for (auto [k, n] : inFileOrder(*table)) {
    const auto* t = section(*k, *n, "[base." + rule.name + ".classes." + std::string(k->str()) + "]");
    if (!t) continue;
    const std::string_view name = k->str();  // as in applyBase
    auto it = std::find_if(rule.classes.begin(), rule.classes.end(),
                           [&](const domain::ClassStyle& c) { return c.name == name; });
    if (it == rule.classes.end()) {
      rule.classes.push_back({});
      it = std::prev(rule.classes.end());
      it->name = std::string(k->str());
      it->widthPx = rule.widthPx;
      it->line = rule.line;
      it->widthM = rule.widthM;
    }
    applyClass(*t, *it);
  }
}

void StyleReader::applyClass(const toml::table& table, domain::ClassStyle& cls) {
  for (auto&& [key, node] : table) {
    std::string_view name = key.str();
    if (name == "values")
      readTextList(key, node, cls.values);
    else if (name == "width")
      readNumber(key, node, cls.widthPx, 0.5f, 64);
    else if (name == "width_m")
      readNumber(key, node, cls.widthM, 0, kMaxWidthM);
    else if (name == "line")
      readColour(key, node, cls.line);
    else
      unknownKey(key);
  }
}

const toml::table* StyleReader::section(const toml::key& key, const toml::node& node, const std::string& form) {
  if (const auto* t = node.as_table()) return t;
  _report(Msg::WorkspaceNotSection, lineOf(key.source()), {std::string(key.str()), form});
  return nullptr;
}

bool StyleReader::readColour(const toml::key& key, const toml::node& node, domain::Rgba& out) {
  const auto* text = node.as_string();
  if (auto c = text ? parseColour(text->get()) : std::nullopt) {
    out = *c;
    return true;
  }
  _report(Msg::StyleBadColour, lineOf(key.source()), {std::string(key.str()), shown(node)});
  return false;
}

void StyleReader::readNumber(const toml::key& key, const toml::node& node, float& out, float min, float max) {
  std::optional<double> value;
  if (const auto* f = node.as_floating_point()) value = f->get();
  if (const auto* i = node.as_integer()) value = static_cast<double>(i->get());
  if (value && *value >= min && *value <= max) {
    out = static_cast<float>(*value);
    return;
  }
  _report(Msg::StyleBadNumber, lineOf(key.source()),
          {std::string(key.str()), fmt::format("{:g}", min), fmt::format("{:g}", max)});
}

void StyleReader::readTextList(const toml::key& key, const toml::node& node, std::vector<std::string>& out) {
  const auto* array = node.as_array();
  std::vector<std::string> items;
  if (array)
    for (const toml::node& item : *array)
      if (const auto* s = item.as_string()) items.emplace_back(core::trim(s->get()));
  if (!array || items.size() != array->size()) {
    _report(Msg::WorkspaceNotTextList, lineOf(key.source()), {std::string(key.str())});
    return;
  }
  out = std::move(items);
}

template <typename E>
void StyleReader::readChoice(const toml::key& key, const toml::node& node, E& out,
                             std::optional<E> (*parse)(std::string_view), std::string_view (*name)(E), int count) {
  const auto* s = node.as_string();
  if (auto value = s ? parse(s->get()) : std::nullopt) {
    out = *value;
    return;
  }
  std::string choices;
  for (int i = 0; i < count; ++i) choices += (i ? ", " : "") + std::string(name(static_cast<E>(i)));
  _report(Msg::WorkspaceBadChoice, lineOf(key.source()), {std::string(key.str()), shown(node), choices});
}

void StyleReader::unknownKey(const toml::key& key) {
  _report(Msg::WorkspaceUnknownKey, lineOf(key.source()), {std::string(key.str())});
}

}  // namespace wm::io
