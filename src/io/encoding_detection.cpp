#include "io/encoding_detection.hpp"

#include <cerrno>
#include <cstdint>
#include <utility>

#include <iconv.h>

#include "core/text.hpp"

namespace wm::io {
namespace {

// One iconv conversion descriptor to UTF-8, reused for many values (iconv_open is not cheap).
class Utf8Decoder {
public:
  explicit Utf8Decoder(const std::string& from) : _cd(iconv_open("UTF-8", from.c_str())) {}
  ~Utf8Decoder() {
    if (ok()) iconv_close(_cd);
  }
  Utf8Decoder(const Utf8Decoder&) = delete;
  Utf8Decoder& operator=(const Utf8Decoder&) = delete;

  bool ok() const { return _cd != reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }

  std::optional<std::string> decode(std::string_view raw) {
    if (!ok()) return std::nullopt;
    iconv(_cd, nullptr, nullptr, nullptr, nullptr);  // a previous failure may have left a shift state
    std::string in(raw);
    std::string out(raw.size() * 2 + 16, '\0');
    char* inPtr = in.data();
    std::size_t inLeft = in.size();
    char* outPtr = out.data();
    std::size_t outLeft = out.size();
    auto grow = [&] {
      auto used = static_cast<std::size_t>(outPtr - out.data());
      out.resize(out.size() * 2);
      outPtr = out.data() + used;
      outLeft = out.size() - used;
    };
    constexpr auto kFailed = static_cast<std::size_t>(-1);
    while (inLeft > 0) {
      if (iconv(_cd, &inPtr, &inLeft, &outPtr, &outLeft) != kFailed) continue;
      if (errno != E2BIG) return std::nullopt;  // EILSEQ: invalid bytes; EINVAL: a cut-off sequence
      grow();
    }
    while (iconv(_cd, nullptr, nullptr, &outPtr, &outLeft) == kFailed) {  // flush any shift state
      if (errno != E2BIG) return std::nullopt;
      grow();
    }
    out.resize(static_cast<std::size_t>(outPtr - out.data()));
    return out;
  }

private:
  iconv_t _cd;
};

std::string asciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string fromCodePage(std::string_view digits) {
  if (digits == "65001") return "UTF-8";
  if (digits == "936" || digits == "20936") return "CP936";
  if (digits == "54936") return "GB18030";
  if (digits == "950") return "CP950";
  if (digits.size() == 5 && digits.starts_with("2859")) return "ISO-8859-" + std::string(digits.substr(4));
  return "CP" + std::string(digits);
}

// "ISO8859-1", "ISO_8859_5", "8859_1", "88591" → "ISO-8859-N"; "" when the text is not of that form.
std::string iso8859Name(std::string_view upper) {
  if (upper.starts_with("ISO")) upper.remove_prefix(3);
  if (!upper.empty() && (upper.front() == '-' || upper.front() == '_' || upper.front() == ' ')) upper.remove_prefix(1);
  if (!upper.starts_with("8859")) return "";
  upper.remove_prefix(4);
  if (!upper.empty() && (upper.front() == '-' || upper.front() == '_')) upper.remove_prefix(1);
  return allDigits(upper) ? "ISO-8859-" + std::string(upper) : "";
}

bool isGbFamily(std::string_view encoding) {
  return encoding == "CP936" || encoding == "GB18030" || encoding == "GBK" || encoding == "GB2312";
}

// Drops a UTF-8 sequence cut short at the end of a value: DBF fields are fixed byte widths, and writers truncate
// long names in the middle of a character.
std::string_view withoutCutUtf8Tail(std::string_view s) {
  std::size_t i = s.size();
  int continuation = 0;
  while (i > 0 && continuation < 3 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) {
    --i;
    ++continuation;
  }
  if (i == 0) return s;
  auto lead = static_cast<unsigned char>(s[i - 1]);
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return continuation + 1 < length ? s.substr(0, i - 1) : s;
}

// The GB18030 byte structure of a value: how much of it to decode (a cut-off last character dropped), and how
// many of its two-byte characters lie in GB2312, the common Hanzi and symbols. That last count is what tells
// real GBK text from UTF-8 read as GBK: UTF-8 Chinese decodes to rare GBK-extension Hanzi, which the block test
// of countScripts alone would accept.
struct GbScan {
  std::size_t keep = 0;
  std::size_t multiByte = 0;
  std::size_t common = 0;
};

GbScan scanGb(std::string_view s) {
  GbScan scan;
  std::size_t i = 0;
  while (i < s.size()) {
    auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80 || lead == 0x80 || lead == 0xFF) {  // invalid single bytes are left for iconv to reject
      ++i;
      continue;
    }
    bool fourByte = i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9';
    std::size_t length = fourByte ? 4 : 2;
    if (i + length > s.size()) break;
    auto trail = static_cast<unsigned char>(s[i + 1]);
    ++scan.multiByte;
    bool hanzi = lead >= 0xB0 && lead <= 0xF7, symbol = lead >= 0xA1 && lead <= 0xA9;
    if (!fourByte && (hanzi || symbol) && trail >= 0xA1 && trail <= 0xFE) ++scan.common;
    i += length;
  }
  scan.keep = i;
  return scan;
}

// What the sample bytes support, over all values with non-ASCII bytes.
struct Evidence {
  bool nonAscii = false;
  bool utf8 = false;     ///< every value valid UTF-8, with at least one multi-byte character
  bool gbHanzi = false;  ///< every value decodes as GB18030, and the text is mostly common Hanzi
};

Evidence gatherEvidence(const std::vector<std::string>& samples) {
  Evidence ev;
  bool allUtf8 = true, anyMultiByteUtf8 = false, allGb = true;
  std::size_t gbMultiByte = 0, gbCommon = 0, hanziOrSymbols = 0, nonAsciiChars = 0;
  Utf8Decoder gb("GB18030");
  for (const std::string& sample : samples) {
    if (!core::hasNonAscii(sample)) continue;
    ev.nonAscii = true;
    std::string_view utf8 = withoutCutUtf8Tail(sample);
    if (!core::isValidUtf8(utf8))
      allUtf8 = false;
    else if (core::hasNonAscii(utf8))
      anyMultiByteUtf8 = true;
    if (!allGb) continue;
    GbScan scan = scanGb(sample);
    std::optional<std::string> decoded = gb.decode(std::string_view(sample).substr(0, scan.keep));
    if (!decoded) {
      allGb = false;
      continue;
    }
    gbMultiByte += scan.multiByte;
    gbCommon += scan.common;
    core::ScriptCounts counts = core::countScripts(*decoded);
    hanziOrSymbols += counts.hanzi + counts.cjkSymbols;
    nonAsciiChars += counts.hanzi + counts.cjkSymbols + counts.other;
  }
  ev.utf8 = allUtf8 && anyMultiByteUtf8;
  // "Mostly" = at least 80 %: leaves room for the rare place-name characters outside GB2312.
  ev.gbHanzi = allGb && nonAsciiChars > 0 && 5 * hanziOrSymbols >= 4 * nonAsciiChars && 5 * gbCommon >= 4 * gbMultiByte;
  return ev;
}

bool allDecode(const std::vector<std::string>& samples, const std::string& encoding) {
  Utf8Decoder decoder(encoding);
  if (!decoder.ok()) return false;
  for (const std::string& sample : samples) {
    if (!core::hasNonAscii(sample)) continue;
    std::string_view text = sample;
    if (isGbFamily(encoding)) text = text.substr(0, scanGb(text).keep);
    if (!decoder.decode(text)) return false;
  }
  return true;
}

bool fitsDeclared(const std::string& declared, const Evidence& ev, const std::vector<std::string>& samples) {
  if (declared == "UTF-8") return ev.utf8;
  if (isGbFamily(declared)) {
    // UTF-8 Chinese often decodes as GBK without error; only its Hanzi test tells the two apart.
    if (ev.utf8 && !ev.gbHanzi) return false;
  } else if (ev.utf8 || ev.gbHanzi) {
    // A single-byte code page accepts any bytes, so valid multi-byte UTF-8 or common-Hanzi GB text is far
    // stronger evidence than the declaration (LDID 0x57/0x03 files written on Chinese Windows, for one).
    return false;
  }
  return allDecode(samples, declared);
}

EncodingDecision detect(const Evidence& ev) {
  if (ev.utf8) return {"UTF-8", EncodingSource::Detected, false, "", false};
  if (ev.gbHanzi) return {"GB18030", EncodingSource::Detected, false, "", false};
  return {"ISO-8859-1", EncodingSource::Detected, false, "", true};
}

std::pair<std::string, EncodingSource> declaration(const DeclaredEncoding& declared) {
  if (std::string cpg = normaliseEncodingName(declared.cpg); !cpg.empty()) return {cpg, EncodingSource::Cpg};
  if (std::string ldid = ldidToEncoding(declared.ldid); !ldid.empty()) return {ldid, EncodingSource::Ldid};
  return {"", EncodingSource::Detected};
}

}  // namespace

EncodingDecision decideEncoding(const DeclaredEncoding& declared, const std::vector<std::string>& rawSamples) {
  auto [name, source] = declaration(declared);
  if (std::string chosen = normaliseEncodingName(declared.userOverride); !chosen.empty())
    return {chosen, EncodingSource::Workspace, false, name, false};
  Evidence ev = gatherEvidence(rawSamples);
  if (!ev.nonAscii) {
    if (name.empty()) return {"UTF-8", EncodingSource::Detected, false, "", false};
    if (isSupportedEncoding(name)) return {name, source, false, name, false};
    return {"UTF-8", EncodingSource::Detected, true, name, false};  // a .cpg naming no encoding iconv knows
  }
  if (name.empty()) return detect(ev);
  if (fitsDeclared(name, ev, rawSamples)) return {name, source, false, name, false};
  EncodingDecision decision = detect(ev);
  decision.mismatch = true;
  decision.declared = name;
  return decision;
}

std::string normaliseEncodingName(std::string_view cpgText) {
  std::string upper = asciiUpper(core::trim(cpgText));
  std::string_view t = upper;
  if (t.empty()) return "";
  if (t.starts_with("LDID/")) {
    t.remove_prefix(5);
    return allDigits(t) && t.size() <= 3 ? ldidToEncoding(std::stoi(std::string(t))) : "";
  }
  if (std::string iso = iso8859Name(t); !iso.empty()) return iso;
  for (std::string_view prefix : {"WINDOWS-", "WINDOWS", "CP", "MS"})
    if (t.starts_with(prefix) && allDigits(t.substr(prefix.size()))) t.remove_prefix(prefix.size());
  if (allDigits(t)) return fromCodePage(t);
  if (t == "UTF8" || t == "UTF-8") return "UTF-8";
  if (t == "GBK" || t == "GB2312" || t == "EUC-CN" || t == "EUCCN" || t == "CSGB2312" || t == "GB_2312-80")
    return "CP936";
  if (t == "BIG5" || t == "BIG-5") return "CP950";
  if (t == "LATIN1" || t == "LATIN-1") return "ISO-8859-1";
  return upper;
}

std::string ldidToEncoding(int ldid) {
  struct LanguageDriver {
    int ldid;
    const char* encoding;
  };
  // The xBase/ESRI language driver table; 0x57 (the writer's ANSI code page) is left out on purpose (header).
  static constexpr LanguageDriver kDrivers[] = {
      {0x01, "CP437"},  {0x09, "CP437"},  {0x0B, "CP437"},  {0x0D, "CP437"},  {0x0F, "CP437"},  {0x11, "CP437"},
      {0x15, "CP437"},  {0x18, "CP437"},  {0x19, "CP437"},  {0x1B, "CP437"},  {0x02, "CP850"},  {0x0A, "CP850"},
      {0x0E, "CP850"},  {0x10, "CP850"},  {0x12, "CP850"},  {0x14, "CP850"},  {0x16, "CP850"},  {0x1A, "CP850"},
      {0x1D, "CP850"},  {0x25, "CP850"},  {0x37, "CP850"},  {0x03, "CP1252"}, {0x58, "CP1252"}, {0x59, "CP1252"},
      {0x13, "CP932"},  {0x7B, "CP932"},  {0x4D, "CP936"},  {0x7A, "CP936"},  {0x4E, "CP949"},  {0x79, "CP949"},
      {0x4F, "CP950"},  {0x78, "CP950"},  {0x50, "CP874"},  {0x7C, "CP874"},  {0x1F, "CP852"},  {0x22, "CP852"},
      {0x23, "CP852"},  {0x40, "CP852"},  {0x64, "CP852"},  {0x87, "CP852"},  {0x24, "CP860"},  {0x26, "CP866"},
      {0x65, "CP866"},  {0x08, "CP865"},  {0x17, "CP865"},  {0x66, "CP865"},  {0x67, "CP861"},  {0x6A, "CP737"},
      {0x86, "CP737"},  {0x6B, "CP857"},  {0x88, "CP857"},  {0x1C, "CP863"},  {0x6C, "CP863"},  {0xC8, "CP1250"},
      {0xC9, "CP1251"}, {0xCA, "CP1254"}, {0xCB, "CP1253"}, {0xCC, "CP1257"},
  };
  for (const auto& driver : kDrivers)
    if (driver.ldid == ldid) return driver.encoding;
  return "";
}

bool isSupportedEncoding(const std::string& encoding) { return Utf8Decoder(encoding).ok(); }

std::optional<std::string> decodeToUtf8(std::string_view raw, const std::string& encoding) {
  return Utf8Decoder(encoding).decode(raw);
}

std::string validUtf8(std::string_view text) {
  if (core::isValidUtf8(text)) return std::string(text);
  if (auto decoded = decodeToUtf8(text, "GB18030")) return *decoded;
  // Each valid character copied, each byte that starts none replaced (a character is never split: a fuzzing
  // finding, docs/fuzzing.md). One pass: the text may be a whole file's worth.
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const bool replaced = core::nextCodePoint(text, pos) == 0xFFFD && text.substr(start, 3) != kReplacement;
    out += replaced ? kReplacement : text.substr(start, pos - start);
  }
  return out;
}

}  // namespace wm::io
