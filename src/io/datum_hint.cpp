#include "io/datum_hint.hpp"

#include "core/text.hpp"

namespace wm::io {

DatumHint datumFromNames(const std::vector<std::string>& names) {
  // Longer words first within each datum so the note names the most telling one.
  static const std::vector<std::pair<geo::WebDatum, std::vector<std::string>>> kWords{
      {geo::WebDatum::Bd09, {"bd09", "bd-09", "百度", "baidu"}},
      {geo::WebDatum::Gcj02, {"gcj02", "gcj-02", "gcj_02", "火星", "高德", "amap", "gaode", "腾讯", "gcj"}},
  };
  for (const auto& [datum, words] : kWords)
    for (const auto& name : names) {
      std::string lower = core::asciiLower(name);
      for (const auto& word : words)
        if (lower.find(word) != std::string::npos) return {datum, word};
    }
  return {};
}

geo::WebDatum decideDatum(const std::optional<geo::WebDatum>& requested, const std::vector<std::string>& names,
                          bool geographic, const std::string& file, const std::string& layer,
                          core::Diagnostics& problems) {
  if (requested) {
    if (*requested != geo::WebDatum::None)
      problems.add(
          core::Diagnostic::info(core::Msg::WebDatumFromWorkspace, {std::string(geo::webDatumName(*requested))})
              .inLayer(file, layer));
    return *requested;
  }
  if (!geographic) return geo::WebDatum::None;
  DatumHint hint = datumFromNames(names);
  if (hint.datum != geo::WebDatum::None)
    problems.add(
        core::Diagnostic::warning(core::Msg::WebDatumFromHint, {std::string(geo::webDatumName(hint.datum)), hint.word})
            .inLayer(file, layer));
  return hint.datum;
}

}  // namespace wm::io
