#pragma once
// Which layers hold web-map (GCJ-02 / BD-09) coordinates: the workspace's `datum`, else a hint in the file name,
// layer name or column names ("gcj02", "高德", "bd09", "百度" ...). Internal to io.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "geo/web_datum.hpp"

namespace wm::io {

struct DatumHint {
  geo::WebDatum datum = geo::WebDatum::None;
  std::string word;  ///< the word that gave it away; empty when nothing did
};

/// The web-map datum suggested by any of the names (checked in order; BD-09 words before GCJ-02 ones, since a
/// Baidu export may also say "gcj"). Case-insensitive for ASCII.
DatumHint datumFromNames(const std::vector<std::string>& names);

/// Decides a layer's datum: `requested` (the workspace) wins, else the hint from `names`; adds an Info note
/// naming the conversion and how it was decided. Only for lon/lat data: `geographic` false and no request
/// means no conversion (a projected layer is not digitised on a web map).
geo::WebDatum decideDatum(const std::optional<geo::WebDatum>& requested, const std::vector<std::string>& names,
                          bool geographic, const std::string& file, const std::string& layer,
                          core::Diagnostics& problems);

}  // namespace wm::io
