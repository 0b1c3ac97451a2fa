#include "publish/text_layout.hpp"

#include <algorithm>

namespace wm::publish {
namespace {

// The byte length of the UTF-8 sequence starting with `lead`.
std::size_t sequenceLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

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

}  // namespace wm::publish
