#include "publish/text_layout.hpp"

#include <algorithm>

namespace wm::publish {
namespace {

// The byte length of the UTF-8 sequence starting with `lead`.
std::size_t sequenceLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// Code points East Asian Width calls wide or full-width (CJK, kana, Hangul, full-width forms, ㎡ and friends).
bool wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

std::vector<std::string> wrapText(const std::string& utf8, double maxWidth,
                                  const std::function<double(const std::string&)>& width) {
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t n = std::min(sequenceLength(static_cast<unsigned char>(utf8[i])), utf8.size() - i);
    const std::string next = utf8.substr(i, n);
    i += n;
    if (line.empty() || width(line + next) <= maxWidth) {
      line += next;
      continue;
    }
    // Latin text breaks at the line's last space (the space itself dropped); Chinese anywhere.
    const std::size_t space = next == " " ? line.size() : line.rfind(' ');
    if (space != std::string::npos && space > 0) {
      lines.push_back(line.substr(0, space));
      line = space < line.size() ? line.substr(space + 1) + next : std::string();
      if (next == " ") line.clear();
    } else {
      lines.push_back(line);
      line = next;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

double displayWidth(std::string_view utf8) {
  double width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = sequenceLength(lead);
    char32_t cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    width += wide(cp) ? 2 : 1;
    i += length;
  }
  return width;
}

}  // namespace wm::publish
