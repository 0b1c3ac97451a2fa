#pragma once
// Applies a TOML table in the map style schema (docs/workspace.md, "Map style") over a MapStyle. Shared by the
// style file reader and the workspace's [style] section. Internal to io (toml++ is io's).
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/translation.hpp"
#include "domain/map_style.hpp"

namespace wm::io {

class StyleReader {
public:
  /// Receives each problem: a message whose {0} file and {1} line the caller fills in, the line, and the
  /// message's remaining arguments.
  using Report = std::function<void(core::Msg, int line, std::vector<std::string> details)>;

  explicit StyleReader(Report report) : _report(std::move(report)) {}

  /// Overrides the style's values with the table's keys; a bad or unknown key is reported and leaves the value
  /// as it was. Keys in `ignore` belong to the caller (the workspace's `file`) and are skipped.
  void apply(const toml::table& table, domain::MapStyle& style, std::initializer_list<std::string_view> ignore = {});

private:
  void applyStatus(const toml::table& table, domain::MapStyle& style);
  void applyWorks(const toml::table& table, domain::MapStyle& style);
  void applyKinds(const toml::table& table, domain::MapStyle& style);
  void applyKind(const toml::table& table, domain::KindStyle& kind);
  void applyBase(const toml::table& table, domain::MapStyle& style);
  void applyRule(const toml::table& table, domain::BaseRule& rule);
  void applyRuleKey(const toml::key& key, const toml::node& node, domain::BaseRule& rule);
  void applyClasses(const toml::key& key, const toml::node& node, domain::BaseRule& rule);
  void applyClass(const toml::table& table, domain::ClassStyle& cls);

  const toml::table* section(const toml::key& key, const toml::node& node, const std::string& form);
  bool readColour(const toml::key& key, const toml::node& node, domain::Rgba& out);
  void readNumber(const toml::key& key, const toml::node& node, float& out, float min, float max);
  void readTextList(const toml::key& key, const toml::node& node, std::vector<std::string>& out);
  template <typename E>
  void readChoice(const toml::key& key, const toml::node& node, E& out, std::optional<E> (*parse)(std::string_view),
                  std::string_view (*name)(E), int count);
  void unknownKey(const toml::key& key);

  Report _report;
};

/// "#rrggbb" or "#rrggbbaa" (either case) as 0-1 components; nothing for anything else.
std::optional<domain::Rgba> parseColour(std::string_view text);

}  // namespace wm::io
