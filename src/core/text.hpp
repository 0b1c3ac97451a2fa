#pragma once
// Small UTF-8 and text helpers shared by readers, checks and reports.
#include <cstddef>
#include <string>
#include <string_view>

namespace wm::core {

std::string_view trim(std::string_view s);
/// ASCII-only lower-casing: field names like "NAME" and "Name" match, Chinese text is left alone. The one
/// lower-casing of the code base (it does not depend on the C locale, as std::tolower does).
std::string asciiLower(std::string_view s);
char asciiLower(char c);
bool isValidUtf8(std::string_view s);
bool hasNonAscii(std::string_view s);

/// Counts of what a piece of decoded (UTF-8) text is made of, for encoding detection.
struct ScriptCounts {
  std::size_t ascii = 0;
  std::size_t hanzi = 0;       ///< CJK Unified Ideographs (basic block), the bulk of place and project names
  std::size_t cjkSymbols = 0;  ///< CJK punctuation, full-width forms, Greek/Cyrillic/box drawing found in GB2312
  std::size_t other = 0;       ///< anything else outside ASCII (Latin-1 accents, rare blocks, replacement chars)
};
ScriptCounts countScripts(std::string_view utf8);

/// The code point starting at s[pos], moving pos past it. A malformed or truncated sequence gives U+FFFD and moves
/// pos on by one byte, so a loop over any bytes ends.
char32_t nextCodePoint(std::string_view s, std::size_t& pos);

/// Appends the UTF-8 encoding of one code point.
void appendUtf8(std::string& out, char32_t cp);

/// `utf8` as XML character data or attribute text: & < > " escaped, characters XML 1.0 forbids (controls other
/// than tab, line feed and carriage return) dropped, a byte that starts no valid UTF-8 sequence replaced by
/// U+FFFD, so the document always parses. The one XML escaping of the code base (PPTX parts, sample sheets).
std::string xmlText(std::string_view utf8);

}  // namespace wm::core
