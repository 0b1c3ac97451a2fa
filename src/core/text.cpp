#include "core/text.hpp"

namespace wm::core {
namespace {

// Decodes one code point at pos; returns false on a malformed sequence (pos then advances by one byte).
bool decodeOne(std::string_view s, std::size_t& pos, char32_t& cp) {
  auto b0 = static_cast<unsigned char>(s[pos]);
  int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || pos + static_cast<std::size_t>(len) > s.size()) {
    ++pos;
    return false;
  }
  cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int i = 1; i < len; ++i) {
    auto b = static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)]);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return false;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return false;
  }
  pos += static_cast<std::size_t>(len);
  return true;
}

}  // namespace

std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  // Full-width spaces (U+3000) are common padding in Chinese DBF text, mixed with ASCII blanks in any order
  // ("　 名称": taking one kind and then the other left a blank behind, a fuzzing finding, docs/fuzzing.md).
  constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";
  for (;;) {
    if (!s.empty() && blank(s.front()))
      s.remove_prefix(1);
    else if (s.starts_with(kFullWidthSpace))
      s.remove_prefix(kFullWidthSpace.size());
    else
      break;
  }
  for (;;) {
    if (!s.empty() && blank(s.back()))
      s.remove_suffix(1);
    else if (s.ends_with(kFullWidthSpace))
      s.remove_suffix(kFullWidthSpace.size());
    else
      break;
  }
  return s;
}

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = asciiLower(c);
  return out;
}

char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool isValidUtf8(std::string_view s) {
  std::size_t pos = 0;
  char32_t cp = 0;
  while (pos < s.size())
    if (!decodeOne(s, pos, cp)) return false;
  return true;
}

bool hasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

ScriptCounts countScripts(std::string_view s) {
  ScriptCounts counts;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = 0;
    if (!decodeOne(s, pos, cp)) {
      ++counts.other;
      continue;
    }
    if (cp < 0x80)
      ++counts.ascii;
    else if (cp >= 0x4E00 && cp <= 0x9FFF)
      ++counts.hanzi;
    else if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2000 && cp <= 0x26FF) ||
             (cp >= 0x0391 && cp <= 0x0451) || cp == 0x00B7 || cp == 0x00D7 || cp == 0x00F7 || cp == 0x00B0)
      ++counts.cjkSymbols;
    else
      ++counts.other;
  }
  return counts;
}

char32_t nextCodePoint(std::string_view s, std::size_t& pos) {
  char32_t cp = 0;
  return decodeOne(s, pos, cp) ? cp : 0xFFFD;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string xmlText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    // A byte that starts no valid UTF-8 sequence (the XML would not parse) becomes U+FFFD.
    const std::size_t length = lead < 0x80                   ? 1
                               : lead >= 0xC2 && lead < 0xE0 ? 2
                               : lead >= 0xE0 && lead < 0xF0 ? 3
                               : lead >= 0xF0 && lead < 0xF5 ? 4
                                                             : 0;
    bool valid = length > 0 && i + length <= utf8.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char c = utf8[i];
    if (length > 1) {
      out.append(utf8.substr(i, length));
    } else if (lead >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        default:
          out += c;
      }
    }
    i += length;
  }
  return out;
}

}  // namespace wm::core
