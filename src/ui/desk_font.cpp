#include "ui/desk_font.hpp"

#include <chrono>
#include <cstdint>
#include <fstream>

#include <imgui_internal.h>

#include "core/translation.hpp"

namespace wm::ui {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::uint32_t bigEndian32(const std::vector<char>& b, std::size_t at) {
  if (at + 4 > b.size()) return 0;
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])); };
  return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

void addText(ImFontGlyphRangesBuilder& builder, const std::string& text) {
  if (!text.empty()) builder.AddText(text.data(), text.data() + text.size());
}

}  // namespace

bool fontFaceExists(const std::vector<char>& bytes, int faceIndex) {
  if (faceIndex < 0) return false;
  std::uint32_t tag = bigEndian32(bytes, 0);
  if (tag == 0x74746366) {  // 'ttcf': a collection, the face count at byte 8
    std::uint32_t faces = bigEndian32(bytes, 8);
    return static_cast<std::uint32_t>(faceIndex) < faces &&
           bigEndian32(bytes, 12 + 4 * static_cast<std::size_t>(faceIndex)) + 12 <= bytes.size();
  }
  bool single = tag == 0x00010000 || tag == 0x4F54544F || tag == 0x74727565;  // TrueType, 'OTTO', 'true'
  return single && faceIndex == 0 && bytes.size() > 12;
}

void collectDeskCharacters(const domain::Catalog& catalog, ImFontGlyphRangesBuilder& builder) {
  static const ImWchar kLatin[] = {0x0020, 0x00FF, 0};  // printable ASCII and Latin-1
  builder.AddRanges(kLatin);
  for (int i = 0; i < static_cast<int>(core::Msg::Count_); ++i)
    for (core::Lang lang : {core::Lang::En, core::Lang::Zh}) {
      std::string_view text = core::text(static_cast<core::Msg>(i), lang);
      builder.AddText(text.data(), text.data() + text.size());
    }
  for (const domain::Project& p : catalog.projects) addText(builder, p.name);
  for (const domain::District& d : catalog.districts) addText(builder, d.name);
  for (const domain::Layer& l : catalog.layers) addText(builder, l.info.name);
}

bool fontCovers(const ImFont& font, const std::string& text) {
  const char* at = text.c_str();
  const char* end = at + text.size();
  while (at < end) {
    unsigned int c = 0;
    const int length = ImTextCharFromUtf8(&c, at, end);
    if (length <= 0) break;
    at += length;
    if (c >= 0x20 && font.FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return false;
  }
  return true;
}

DeskFontStats DeskFont::build(ImFontAtlas& atlas, const FontSource& source, float pixelSize,
                              const domain::Catalog& catalog, const std::vector<std::string>& extraText) {
  DeskFontStats stats;
  auto start = std::chrono::steady_clock::now();
  ImFontGlyphRangesBuilder builder;
  collectDeskCharacters(catalog, builder);
  for (const std::string& text : extraText) addText(builder, text);
  _ranges.clear();
  builder.BuildRanges(&_ranges);
  for (int i = 0; i + 1 < _ranges.Size; i += 2)
    stats.characters += static_cast<std::size_t>(_ranges[i + 1] - _ranges[i] + 1);
  stats.collectSeconds = secondsSince(start);

  start = std::chrono::steady_clock::now();
  atlas.Clear();
  _bytes.clear();
  if (!source.path.empty()) {
    // One read of the whole file (about 19 MB for Noto Sans CJK): a stream iterator would take tens of ms.
    std::ifstream in(source.path, std::ios::binary | std::ios::ate);
    std::streamsize size = in ? static_cast<std::streamsize>(in.tellg()) : 0;
    if (size > 0) {
      _bytes.resize(static_cast<std::size_t>(size));
      in.seekg(0);
      if (!in.read(_bytes.data(), size)) _bytes.clear();
    }
  }
  if (fontFaceExists(_bytes, source.faceIndex)) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are ours (_bytes), kept as long as this object
    config.FontNo = source.faceIndex;
    config.OversampleH = 1;  // thousands of CJK glyphs: sub-pixel positioning is not worth a 3× larger atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    stats.chinese = atlas.AddFontFromMemoryTTF(_bytes.data(), static_cast<int>(_bytes.size()), pixelSize, &config,
                                               _ranges.Data) != nullptr;
  }
  if (!stats.chinese) {
    atlas.Clear();
    ImFontConfig config;
    config.SizePixels = pixelSize;
    atlas.AddFontDefault(&config);
  }
  unsigned char* pixels = nullptr;
  atlas.GetTexDataAsRGBA32(&pixels, &stats.textureWidth, &stats.textureHeight);
  stats.buildSeconds = secondsSince(start);
  return stats;
}

}  // namespace wm::ui
