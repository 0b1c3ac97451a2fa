#include "io/encoding_detection.hpp"

#include <cerrno>
#include <cstdint>
#include <string>
#include <vector>

#include <iconv.h>

#include <gtest/gtest.h>

using namespace wm::io;

namespace {

// UTF-8 → another encoding with glibc iconv, to make the bytes a GBK-era DBF would hold.
std::string encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1))) << to;
  std::string in = utf8, out(utf8.size() * 4 + 16, '\0');
  char* inPtr = in.data();
  char* outPtr = out.data();
  std::size_t inLeft = in.size(), outLeft = out.size();
  std::size_t rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
  EXPECT_NE(rc, static_cast<std::size_t>(-1)) << utf8 << " errno " << errno;
  iconv_close(cd);
  out.resize(static_cast<std::size_t>(outPtr - out.data()));
  return out;
}

// Project names as a county register writes them.
const std::vector<std::string> kNames = {"城区污水管网", "车站路东侧洞子口游园", "人民路（东段）改造工程",
                                         "G107国道辅路", "滨河公园停车场",       "老旧小区改造二期"};

std::vector<std::string> encodeAll(const std::vector<std::string>& names, const char* to) {
  std::vector<std::string> out;
  for (const auto& name : names) out.push_back(encode(name, to));
  return out;
}

}  // namespace

TEST(EncodingDetection, GbkWithoutDeclarationIsDetectedAsGb18030) {
  EncodingDecision d = decideEncoding({}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.source, EncodingSource::Detected);
  EXPECT_FALSE(d.mismatch);
  EXPECT_FALSE(d.undetermined);
  EXPECT_EQ(d.declared, "");
}

TEST(EncodingDetection, Utf8WithoutDeclarationStaysUtf8) {
  EncodingDecision d = decideEncoding({}, kNames);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.source, EncodingSource::Detected);
  EXPECT_FALSE(d.mismatch);
}

TEST(EncodingDetection, CpgSayingUtf8OverGbkBytesIsOverruledAndFlagged) {
  EncodingDecision d = decideEncoding({"UTF-8", 0, ""}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.source, EncodingSource::Detected);
  EXPECT_TRUE(d.mismatch);
  EXPECT_EQ(d.declared, "UTF-8");
}

TEST(EncodingDetection, CpgSayingGbkOverUtf8BytesIsOverruledAndFlagged) {
  for (const char* cpg : {"GBK", "936", "GB2312", "GB18030", "CP936"}) {
    EncodingDecision d = decideEncoding({cpg, 0, ""}, kNames);
    EXPECT_EQ(d.encoding, "UTF-8") << cpg;
    EXPECT_EQ(d.source, EncodingSource::Detected) << cpg;
    EXPECT_TRUE(d.mismatch) << cpg;
  }
}

TEST(EncodingDetection, EachUtf8NameAloneIsNotTakenForGbk) {
  // One value at a time: even a single UTF-8 name that happens to decode as GBK is not "common Hanzi".
  for (const auto& name : kNames) {
    EncodingDecision d = decideEncoding({"GBK", 0, ""}, {name});
    EXPECT_EQ(d.encoding, "UTF-8") << name;
    EXPECT_TRUE(d.mismatch) << name;
  }
}

TEST(EncodingDetection, CpgThatFitsIsKept) {
  EncodingDecision gbk = decideEncoding({"GBK\r\n", 0, ""}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(gbk.encoding, "CP936");
  EXPECT_EQ(gbk.source, EncodingSource::Cpg);
  EXPECT_FALSE(gbk.mismatch);
  EncodingDecision utf8 = decideEncoding({"65001", 0, ""}, kNames);
  EXPECT_EQ(utf8.encoding, "UTF-8");
  EXPECT_EQ(utf8.source, EncodingSource::Cpg);
}

TEST(EncodingDetection, LdidOfChinaWithGbkBytesGivesCp936) {
  for (int ldid : {0x4D, 0x7A}) {
    EncodingDecision d = decideEncoding({"", ldid, ""}, encodeAll(kNames, "GBK"));
    EXPECT_EQ(d.encoding, "CP936");
    EXPECT_EQ(d.source, EncodingSource::Ldid);
    EXPECT_FALSE(d.mismatch);
  }
}

TEST(EncodingDetection, LdidOfChinaOverUtf8BytesIsOverruled) {
  EncodingDecision d = decideEncoding({"", 0x4D, ""}, kNames);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.mismatch);
  EXPECT_EQ(d.declared, "CP936");
}

TEST(EncodingDetection, WesternLdidOverGbkBytesIsOverruled) {
  // LDID 0x03 (CP1252) on a file written by a Chinese Windows machine: any bytes are "valid" CP1252.
  EncodingDecision d = decideEncoding({"", 0x03, ""}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_TRUE(d.mismatch);
  EXPECT_EQ(d.declared, "CP1252");
}

TEST(EncodingDetection, AnsiLdidMeansDetect) {
  EncodingDecision d = decideEncoding({"", 0x57, ""}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.source, EncodingSource::Detected);
  EXPECT_FALSE(d.mismatch);
}

TEST(EncodingDetection, CpgWinsOverLdid) {
  EncodingDecision d = decideEncoding({"UTF-8", 0x4D, ""}, kNames);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.source, EncodingSource::Cpg);
}

TEST(EncodingDetection, WorkspaceOverrideWinsOverEverything) {
  EncodingDecision d = decideEncoding({"UTF-8", 0x4D, "gbk"}, kNames);
  EXPECT_EQ(d.encoding, "CP936");
  EXPECT_EQ(d.source, EncodingSource::Workspace);
  EXPECT_FALSE(d.mismatch);
  EXPECT_EQ(d.declared, "UTF-8");
}

TEST(EncodingDetection, LatinTextIsUndetermined) {
  std::vector<std::string> latin1 = {encode("Café Müller", "ISO-8859-1"), encode("Größe", "ISO-8859-1")};
  EncodingDecision d = decideEncoding({}, latin1);
  EXPECT_EQ(d.encoding, "ISO-8859-1");
  EXPECT_TRUE(d.undetermined);
  EXPECT_FALSE(d.mismatch);
  EncodingDecision declaredUtf8 = decideEncoding({"UTF-8", 0, ""}, latin1);
  EXPECT_EQ(declaredUtf8.encoding, "ISO-8859-1");
  EXPECT_TRUE(declaredUtf8.undetermined);
  EXPECT_TRUE(declaredUtf8.mismatch);
}

TEST(EncodingDetection, LatinTextUnderAWesternDeclarationIsKept) {
  std::vector<std::string> cp1252 = {encode("Café Müller", "CP1252")};
  EncodingDecision d = decideEncoding({"1252", 0, ""}, cp1252);
  EXPECT_EQ(d.encoding, "CP1252");
  EXPECT_EQ(d.source, EncodingSource::Cpg);
  EXPECT_FALSE(d.mismatch);
}

TEST(EncodingDetection, PureAsciiKeepsTheDeclarationOrUtf8) {
  std::vector<std::string> ascii = {"G107", "Renmin Road", "2023-05-01", ""};
  EXPECT_EQ(decideEncoding({}, ascii).encoding, "UTF-8");
  EXPECT_EQ(decideEncoding({}, ascii).source, EncodingSource::Detected);
  EncodingDecision gbk = decideEncoding({"GBK", 0, ""}, ascii);
  EXPECT_EQ(gbk.encoding, "CP936");
  EXPECT_EQ(gbk.source, EncodingSource::Cpg);
  EncodingDecision ldid = decideEncoding({"", 0x4D, ""}, ascii);
  EXPECT_EQ(ldid.encoding, "CP936");
  EXPECT_EQ(ldid.source, EncodingSource::Ldid);
  EXPECT_EQ(decideEncoding({}, {}).encoding, "UTF-8");
}

TEST(EncodingDetection, ValuesCutInTheMiddleOfACharacterAreNotHeldAgainstTheEncoding) {
  // DBF fields have a byte width; writers cut long names mid-character.
  std::vector<std::string> gbk = encodeAll(kNames, "GBK");
  gbk[1].pop_back();
  EncodingDecision fromGbk = decideEncoding({}, gbk);
  EXPECT_EQ(fromGbk.encoding, "GB18030");
  EXPECT_FALSE(fromGbk.undetermined);
  std::vector<std::string> utf8 = kNames;
  utf8[1].pop_back();
  utf8[2].resize(utf8[2].size() - 2);
  EXPECT_EQ(decideEncoding({}, utf8).encoding, "UTF-8");
  EXPECT_EQ(decideEncoding({"UTF-8", 0, ""}, utf8).mismatch, false);
}

TEST(EncodingDetection, Gb18030FourByteCharactersAreAccepted) {
  // 𠀀 (U+20000) exists only as a four-byte GB18030 sequence; amid common names it does not spoil detection.
  std::vector<std::string> samples = encodeAll(kNames, "GB18030");
  samples.push_back(encode("𠀀家村道路", "GB18030"));
  EXPECT_EQ(decideEncoding({}, samples).encoding, "GB18030");
  EncodingDecision declaredGbk = decideEncoding({"GBK", 0, ""}, samples);
  EXPECT_EQ(declaredGbk.encoding, "GB18030");  // CP936 cannot decode it: flagged, read as the superset
  EXPECT_TRUE(declaredGbk.mismatch);
}

TEST(EncodingDetection, NormalisesWhatCpgFilesAndUsersWrite) {
  EXPECT_EQ(normaliseEncodingName("936"), "CP936");
  EXPECT_EQ(normaliseEncodingName("GBK"), "CP936");
  EXPECT_EQ(normaliseEncodingName(" cp936\n"), "CP936");
  EXPECT_EQ(normaliseEncodingName("GB2312"), "CP936");
  EXPECT_EQ(normaliseEncodingName("gb18030"), "GB18030");
  EXPECT_EQ(normaliseEncodingName("65001"), "UTF-8");
  EXPECT_EQ(normaliseEncodingName("utf8"), "UTF-8");
  EXPECT_EQ(normaliseEncodingName("1252"), "CP1252");
  EXPECT_EQ(normaliseEncodingName("windows-1252"), "CP1252");
  EXPECT_EQ(normaliseEncodingName("8859_1"), "ISO-8859-1");
  EXPECT_EQ(normaliseEncodingName("ISO8859-5"), "ISO-8859-5");
  EXPECT_EQ(normaliseEncodingName("latin1"), "ISO-8859-1");
  EXPECT_EQ(normaliseEncodingName("Big5"), "CP950");
  EXPECT_EQ(normaliseEncodingName("LDID/77"), "CP936");
  EXPECT_EQ(normaliseEncodingName(""), "");
  EXPECT_EQ(normaliseEncodingName("  "), "");
}

TEST(EncodingDetection, MapsLanguageDriverIds) {
  EXPECT_EQ(ldidToEncoding(0x4D), "CP936");
  EXPECT_EQ(ldidToEncoding(0x7A), "CP936");
  EXPECT_EQ(ldidToEncoding(0x4F), "CP950");
  EXPECT_EQ(ldidToEncoding(0x03), "CP1252");
  EXPECT_EQ(ldidToEncoding(0x57), "");
  EXPECT_EQ(ldidToEncoding(0), "");
  EXPECT_EQ(ldidToEncoding(0xEE), "");
}

TEST(EncodingDetection, DecodesThroughIconv) {
  EXPECT_EQ(decodeToUtf8(encode("洞子口游园", "GBK"), "GB18030"), "洞子口游园");
  EXPECT_EQ(decodeToUtf8(encode("洞子口游园", "GBK"), "CP936"), "洞子口游园");
  EXPECT_EQ(decodeToUtf8("", "GB18030"), "");
  EXPECT_FALSE(decodeToUtf8("\xB3", "GB18030"));  // a cut-off character
  EXPECT_FALSE(decodeToUtf8("abc", "NO-SUCH-ENCODING"));
  EXPECT_TRUE(isSupportedEncoding("CP936"));
  EXPECT_FALSE(isSupportedEncoding("GKB"));
}

TEST(EncodingDetection, UnknownCpgTextIsFlagged) {
  EncodingDecision ascii = decideEncoding({"blah", 0, ""}, {"abc"});
  EXPECT_EQ(ascii.encoding, "UTF-8");
  EXPECT_TRUE(ascii.mismatch);
  EncodingDecision gbk = decideEncoding({"blah", 0, ""}, encodeAll(kNames, "GBK"));
  EXPECT_EQ(gbk.encoding, "GB18030");
  EXPECT_TRUE(gbk.mismatch);
  EXPECT_EQ(gbk.declared, "BLAH");
}

TEST(ValidUtf8, RecoversGbkAndReplacesWhatCannotBeRead) {
  EXPECT_EQ(validUtf8("城区"), "城区");
  auto gbk = decodeToUtf8("\xB3\xC7\xC7\xF8", "GB18030");  // 城区 in GBK, decoded the other way round
  ASSERT_TRUE(gbk);
  EXPECT_EQ(*gbk, "城区");
  EXPECT_EQ(validUtf8("\xB3\xC7\xC7\xF8"), "城区");
  EXPECT_EQ(validUtf8("ab\xFF"), "ab\xEF\xBF\xBD");  // 0xFF is invalid in GB18030 as well
}

// A fuzzing finding (docs/fuzzing.md): the characters after an unreadable byte were replaced byte by byte too.
TEST(ValidUtf8, KeepsEveryReadableCharacterAroundAnUnreadableByte) {
  // Neither UTF-8 (0xB1 starts no character) nor GB18030 (0xB0 ends it cut short): 0xB1 goes, Ա (D4 B0) stays.
  EXPECT_EQ(validUtf8("\xB1\xD4\xB0"), "\xEF\xBF\xBD\xD4\xB0");
  // 0xFF is invalid in both: the project name around it survives.
  EXPECT_EQ(validUtf8("道路\xFF改造"), "道路\xEF\xBF\xBD改造");
  EXPECT_EQ(validUtf8("\xEF\xBF\xBD\xFF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // a U+FFFD already there is kept
}

// The same finding seen from a .cpg: full-width and ASCII padding mixed (core::trim).
TEST(EncodingNames, PaddingOfBothKindsIsIgnored) {
  EXPECT_EQ(normaliseEncodingName("\xE3\x80\x80 gbk \xE3\x80\x80"), "CP936");
  EXPECT_EQ(normaliseEncodingName(normaliseEncodingName("\xE3\x80\x80\r\xF1")),
            normaliseEncodingName("\xE3\x80\x80\r\xF1"));
}
