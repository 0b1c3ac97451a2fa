#pragma once
// How a layer's text encoding was decided (design §2, "Encoding"), kept as a value and put into words only
// when shown.
#include <cstdint>
#include <string>

#include "core/translation.hpp"

namespace wm::domain {

/// Where a decided encoding came from.
enum class EncodingSource : std::uint8_t {
  Workspace,  ///< the workspace's per-layer `encoding` override
  Cpg,        ///< the .cpg file, confirmed by the text
  Ldid,       ///< the DBF language driver id (header byte 29), confirmed by the text
  Detected,   ///< from the bytes themselves (also when a declaration did not fit the text)
  Format,     ///< fixed by the format (GeoPackage, GeoJSON: UTF-8)
};

struct EncodingHow {
  EncodingSource source = EncodingSource::Detected;
  std::uint8_t ldid = 0;  ///< the DBF language driver id when source is Ldid (0x4D: GBK), else 0
};

/// The phrase for it in `lang`: "from .cpg", "from the DBF language driver id 0x4D", "detected", ...
std::string encodingHowText(EncodingHow how, core::Lang lang);

}  // namespace wm::domain
