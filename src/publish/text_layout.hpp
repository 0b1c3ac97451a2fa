#pragma once
// Breaking a paragraph of UTF-8 text (Chinese or English) into lines no wider than a measure, and the width of
// text where no font is at hand (spreadsheet columns, PowerPoint table columns).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wm::publish {

/// Lines of `utf8`, each no wider than `maxWidth` by `width` (unless one character alone is wider): Chinese
/// breaks between any two characters, Latin text at its last space where a line has one. Pure.
std::vector<std::string> wrapText(const std::string& utf8, double maxWidth,
                                  const std::function<double(const std::string&)>& width);

/// Display width of UTF-8 text in half-width character units (Excel's): East Asian wide characters (CJK, kana,
/// Hangul, full-width forms, ㎡) count 2, others 1. Pure.
double displayWidth(std::string_view utf8);

}  // namespace wm::publish
