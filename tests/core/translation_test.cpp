#include "core/translation.hpp"

#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "core/diagnostic.hpp"

using namespace wm::core;

namespace {
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  std::string s(text);
  std::regex re("\\{[0-9]+\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}
}  // namespace

TEST(Translation, EveryMessageExistsInBothLanguagesWithTheSamePlaceholders) {
  for (int i = 0; i < static_cast<int>(Msg::Count_); ++i) {
    auto msg = static_cast<Msg>(i);
    EXPECT_FALSE(text(msg, Lang::En).empty()) << key(msg);
    EXPECT_FALSE(text(msg, Lang::Zh).empty()) << key(msg);
    EXPECT_EQ(placeholders(text(msg, Lang::En)), placeholders(text(msg, Lang::Zh))) << key(msg);
  }
}

TEST(Translation, FormatsDiagnosticsNamingFileLayerAndFeature) {
  Diagnostic d{Severity::Warning, Msg::NullGeometry, {}, "data/works.shp", "works", 12};
  EXPECT_EQ(formatDiagnostic(d, Lang::En), "data/works.shp: layer works, feature 12: no geometry; skipped");
  EXPECT_EQ(formatDiagnostic(d, Lang::Zh), "data/works.shp：图层 works，要素 12：没有几何图形，已跳过");
  d.feature = -1;
  d.msg = Msg::EmptyLayer;
  EXPECT_EQ(formatDiagnostic(d, Lang::En), "data/works.shp: layer works: the layer has no features");
}

TEST(Translation, LanguageFollowsTheLocale) {
  setenv("WORKSMAP_LANG", "", 1);
  setenv("LC_ALL", "zh_CN.UTF-8", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::Zh);
  setenv("LC_ALL", "C.UTF-8", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::En);
  setenv("WORKSMAP_LANG", "zh", 1);
  EXPECT_EQ(langFromEnvironment(), Lang::Zh);
  unsetenv("WORKSMAP_LANG");
  unsetenv("LC_ALL");
}
