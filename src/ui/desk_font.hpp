#pragma once
// The desk's font: one ImGui font atlas holding only the characters the desk can show (every message of the
// translation table in both languages, and the names in the loaded data), rasterised from a CJK face with
// ImGui's own stb_truetype. Building the whole CJK range would take seconds; this takes a fraction of that.
#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "domain/catalog.hpp"

namespace wm::ui {

/// A font file and the face inside it (a .ttc collection: Noto Sans CJK's Simplified Chinese face is 2).
struct FontSource {
  std::string path;
  int faceIndex = 0;
};

/// What a build did. Times are wall seconds on the calling thread.
struct DeskFontStats {
  std::size_t characters = 0;  ///< distinct code points asked for
  double collectSeconds = 0;   ///< gathering the characters from the table and the data
  double buildSeconds = 0;     ///< rasterising and packing the atlas (RGBA texture included)
  int textureWidth = 0, textureHeight = 0;
  bool chinese = false;  ///< false: the font could not be used and ImGui's built-in font (ASCII only) stands in
};

/// Adds every character the desk may show for `catalog`: the translation table in both languages, project,
/// district and layer names, and printable ASCII.
void collectDeskCharacters(const domain::Catalog& catalog, ImFontGlyphRangesBuilder& builder);

/// Whether `font` has a glyph for every character of `text` (UTF-8), without falling back.
bool fontCovers(const ImFont& font, const std::string& text);

/// Owns what the atlas reads while it builds (the font file's bytes, the glyph ranges): keep it alive as long
/// as the atlas. Single-threaded, like ImGui.
class DeskFont {
public:
  /// Clears `atlas` and builds it at `pixelSize` (pixels, the UI scale applied). A missing, unreadable or
  /// non-font file, or a face index the file does not have, falls back to ImGui's built-in font; never throws.
  /// `extraText`: more UTF-8 text to cover (what is shown before a catalog exists: the layers being loaded).
  DeskFontStats build(ImFontAtlas& atlas, const FontSource& source, float pixelSize, const domain::Catalog& catalog,
                      const std::vector<std::string>& extraText = {});

private:
  std::vector<char> _bytes;
  ImVector<ImWchar> _ranges;
};

/// Whether `bytes` look like a TrueType/OpenType font or collection that has face `faceIndex` (stb_truetype
/// asserts on anything else).
bool fontFaceExists(const std::vector<char>& bytes, int faceIndex);

}  // namespace wm::ui
