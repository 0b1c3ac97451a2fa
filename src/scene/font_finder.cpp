#include "scene/font_finder.hpp"

#include <fontconfig/fontconfig.h>

namespace wm::scene {
namespace {

// Characters every label set of ours needs; a font lacking them would print empty boxes.
constexpr FcChar32 kProbe[] = {0x57CE, 0x533A, 0x9053, 0x8DEF, 0x505C, 0x8F66, 0x573A};  // 城区道路停车场

bool coversProbe(FcPattern* font) {
  FcCharSet* charset = nullptr;
  if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch || !charset) return false;
  for (FcChar32 c : kProbe)
    if (!FcCharSetHasChar(charset, c)) return false;
  return true;
}

}  // namespace

core::Result<FontFile> findChineseFont() {
  FcConfig* config = FcInitLoadConfigAndFonts();
  if (!config) return core::Error{core::Msg::FontconfigFailed};
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("sans-serif:lang=zh-cn"));
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(config, pattern, &result);
  core::Result<FontFile> out = core::Error{core::Msg::FontNoChinese};
  FcChar8* file = nullptr;
  int index = 0;
  if (match && coversProbe(match) && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    out = FontFile{reinterpret_cast<const char*>(file), index};
  }
  if (match) FcPatternDestroy(match);
  FcPatternDestroy(pattern);
  FcConfigDestroy(config);
  return out;
}

}  // namespace wm::scene
