#include "domain/encoding_how.hpp"

#include <fmt/format.h>

namespace wm::domain {

std::string encodingHowText(EncodingHow how, core::Lang lang) {
  switch (how.source) {
    case EncodingSource::Workspace:
      return core::tr(lang, core::Msg::EncodingFromWorkspace);
    case EncodingSource::Cpg:
      return core::tr(lang, core::Msg::EncodingFromCpg);
    case EncodingSource::Ldid:
      return core::tr(lang, core::Msg::EncodingFromLdid, fmt::format("0x{:02X}", how.ldid));
    case EncodingSource::Detected:
      break;
    case EncodingSource::Format:
      return core::tr(lang, core::Msg::EncodingOfFormat);
  }
  return core::tr(lang, core::Msg::EncodingDetected);
}

}  // namespace wm::domain
