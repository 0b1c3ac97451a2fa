#pragma once
// Deciding the text encoding of a shapefile's attributes (docs/design.md §2.9): from what the files declare
// and a sample of the raw, undecoded string values. Pure functions apart from glibc iconv; no GDAL.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/encoding_how.hpp"

namespace wm::io {

using domain::EncodingSource;  // Format is never returned by decideEncoding

/// What a shapefile says about its encoding.
struct DeclaredEncoding {
  std::string cpg;           ///< the .cpg text as read ("UTF-8", "GBK", "936", "65001"); empty when there is none
  int ldid = 0;              ///< DBF header byte 29; 0 when unset
  std::string userOverride;  ///< the workspace's `encoding` for the layer; empty when not set
};

/// The decision, ready for the shapefile ENCODING open option.
struct EncodingDecision {
  std::string encoding;  ///< iconv/GDAL name: "UTF-8", "CP936", "GB18030", "ISO-8859-1", ...
  EncodingSource source = EncodingSource::Detected;
  bool mismatch = false;      ///< a .cpg or LDID was present but its encoding does not fit the bytes
  std::string declared;       ///< the declared encoding, normalised ("CP936"); empty when nothing was declared
  bool undetermined = false;  ///< neither UTF-8 nor GB text: ISO-8859-1 keeps every byte, but names may be wrong
};

/// Decides the encoding. Order (docs/design.md §2.9): workspace override (wins, unverified) → .cpg → LDID → detection.
/// A declaration is kept only when the samples fit it: declared UTF-8 must be valid UTF-8; declared GBK/GB18030
/// loses to valid multi-byte UTF-8 that is not common Hanzi when read as GB18030; any other declaration loses to
/// valid multi-byte UTF-8 or to common-Hanzi GB text. Detection: valid UTF-8 → UTF-8; else mostly common Hanzi
/// in GB18030 → GB18030; else ISO-8859-1, undetermined. Pure ASCII samples keep the declaration ("UTF-8" when
/// none). A value cut short in the middle of a character (DBF field width) is not held against an encoding.
/// Thread-safe; never throws except std::bad_alloc.
EncodingDecision decideEncoding(const DeclaredEncoding& declared, const std::vector<std::string>& rawSamples);

/// The iconv/GDAL name for what a .cpg file or a user writes: "936", "GBK", "cp936", "GB2312" → "CP936" (its
/// superset); "65001", "utf8" → "UTF-8"; "54936" → "GB18030"; "1252" → "CP1252"; "8859_1", "latin1" →
/// "ISO-8859-1"; "LDID/77" → by ldidToEncoding; anything else upper-cased. Empty text gives "".
std::string normaliseEncodingName(std::string_view cpgText);

/// The encoding of a DBF language driver id, "" for 0, unknown ids and 0x57 (the writer's ANSI code page, which
/// on a Chinese Windows machine is CP936, so detection is the better guide).
std::string ldidToEncoding(int ldid);

/// Whether iconv can decode text in this encoding (a name as returned by normaliseEncodingName).
bool isSupportedEncoding(const std::string& encoding);

/// Decodes raw bytes to UTF-8 via iconv; nothing when the encoding is unknown or the bytes are invalid in it.
std::optional<std::string> decodeToUtf8(std::string_view raw, const std::string& encoding);

/// Text as it must leave the reader: valid UTF-8. Values that are not (GBK text past the sample that decided the
/// layer's encoding) are decoded as GB18030 when that works, else their invalid bytes become U+FFFD.
std::string validUtf8(std::string_view text);

}  // namespace wm::io
