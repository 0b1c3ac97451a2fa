// Deciding a shapefile's text encoding from raw bytes (io/encoding_detection.hpp, io/shapefile_sidecars.hpp).
// The input is what a shapefile hands the reader: the DBF's 32-byte header (its byte 29, the language driver id,
// read by io::dbfLanguageDriver), then the .cpg text and the raw attribute values, each ended by a NUL byte
// (values as GDAL reads them with recoding off never hold one).
#include <string>

#include "core/text.hpp"
#include "fuzz_support.hpp"
#include "io/encoding_detection.hpp"
#include "io/shapefile_sidecars.hpp"

using namespace wm;

namespace {

constexpr std::size_t kDbfHeaderSize = 32;

// What validUtf8 promises for text that is neither UTF-8 nor GB18030: every valid character kept, each byte
// that starts no valid character replaced by U+FFFD.
std::string invalidBytesReplaced(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (core::nextCodePoint(text, pos) == 0xFFFD && text.substr(start, 3) != "\xEF\xBF\xBD")
      out += "\xEF\xBF\xBD";
    else
      out += text.substr(start, pos - start);
  }
  return out;
}

void checkValue(std::string_view raw, const io::EncodingDecision& decision) {
  const std::string valid = io::validUtf8(raw);
  WM_FUZZ_CHECK(core::isValidUtf8(valid));
  if (core::isValidUtf8(raw)) WM_FUZZ_CHECK(valid == raw);
  if (!core::isValidUtf8(raw) && !io::decodeToUtf8(raw, "GB18030")) WM_FUZZ_CHECK(valid == invalidBytesReplaced(raw));
  if (const auto decoded = io::decodeToUtf8(raw, decision.encoding)) WM_FUZZ_CHECK(core::isValidUtf8(*decoded));
}

void checkName(std::string_view name) {
  const std::string normal = io::normaliseEncodingName(name);
  WM_FUZZ_CHECK(io::normaliseEncodingName(normal) == normal);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::asText(data, size);
  const std::string_view header = input.substr(0, kDbfHeaderSize);
  std::vector<std::string_view> pieces = fuzz::split(input.substr(header.size()), '\0');
  io::DeclaredEncoding declared;
  declared.ldid = io::dbfLanguageDriver(header);
  declared.cpg = pieces.front();
  const std::vector<std::string> samples(pieces.begin() + 1, pieces.end());

  WM_FUZZ_CHECK(declared.ldid >= 0 && declared.ldid <= 255);
  const io::EncodingDecision decision = io::decideEncoding(declared, samples);
  WM_FUZZ_CHECK(!decision.encoding.empty());
  WM_FUZZ_CHECK(decision.source != io::EncodingSource::Workspace && decision.source != io::EncodingSource::Format);
  // Only an encoding iconv can decode is handed to GDAL; a declaration it cannot decode is a mismatch.
  WM_FUZZ_CHECK(io::isSupportedEncoding(decision.encoding));
  WM_FUZZ_CHECK(!decision.mismatch || !decision.declared.empty());
  checkName(declared.cpg);
  for (const std::string& sample : samples) {
    checkValue(sample, decision);
    checkName(sample);
  }
  return 0;
}
