#pragma once
// Breaking a paragraph of UTF-8 text (Chinese or English) into lines no wider than a measure.
#include <functional>
#include <string>
#include <vector>

namespace wm::publish {

/// Lines of `utf8`, each no wider than `maxWidth` by `width` (unless one character alone is wider): Chinese
/// breaks between any two characters, Latin text at its last space where a line has one. Pure.
std::vector<std::string> wrapText(const std::string& utf8, double maxWidth,
                                  const std::function<double(const std::string&)>& width);

}  // namespace wm::publish
