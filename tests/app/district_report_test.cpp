// District progress against `worksmap report` on the bundled sample county: the panel's kind rows are the
// report's CSV rows (as of a date and for a year), and its county total row is their sum, for the same data.
#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/load_sources.hpp"
#include "report/report_writer.hpp"
#include "ui/desk.hpp"
#include "ui/district_csv.hpp"
#include "ui/imgui_harness.hpp"

using namespace wm;
using domain::Status;

namespace {

const std::string kSample = std::string(WORKSMAP_GEODATA) + "/sample-county.worksmap.toml";

// stdout of `worksmap report SAMPLE ARGS --format csv`.
std::string reportCsv(const std::string& args) {
  const std::string command = "WORKSMAP_LANG=en " + std::string(WORKSMAP_BINARY) + " report " + kSample + " " + args +
                              " --format csv 2>/dev/null";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

// Per kind, the report rows' counts added up (total … overdue, spaces, completed spaces).
std::map<std::string, std::array<long long, 8>> countsByKind(const std::string& csvRows) {
  std::map<std::string, std::array<long long, 8>> out;
  std::istringstream in(csvRows);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string s; std::getline(fields, s, ',');) f.push_back(s);
    if (f.size() != 14) continue;
    auto& sum = out[f[1]];
    for (int i = 0; i < 6; ++i) sum[static_cast<std::size_t>(i)] += std::stoll(f[static_cast<std::size_t>(2 + i)]);
    sum[6] += std::stoll(f[10]);
    sum[7] += std::stoll(f[13]);
  }
  return out;
}

struct SampleDesk {
  app::Loaded loaded = app::loadSources({kSample});
  ui::ViewState state = ui::initialViewState(loaded.catalog, *core::Date::fromYmd(2023, 6, 30), core::Lang::En);
  test::ImGuiHarness imgui{1920, 1080};
  ui::Desk desk{loaded.catalog, loaded.style};
  std::function<void()> draw = [this] { desk.draw(state, 1.0f); };
  SampleDesk() {
    state.panels.filters = state.panels.legend = state.panels.timeline = false;
    state.panels.districts = true;
  }
};

void expectSameAsReport(SampleDesk& s, const std::string& args) {
  s.imgui.frame(s.draw);
  const std::string csv = reportCsv(args);
  ASSERT_EQ(csv.rfind("district,kind,total,", 0), 0u) << csv;
  const std::string rows = csv.substr(csv.find('\n') + 1);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(test::kindLinesAsCsv(s.desk.districts().rows()), rows) << args;
  // The county total row: its kinds are the report rows of that kind added up.
  const auto sums = countsByKind(rows);
  const ui::DistrictRow& county = s.desk.districts().county();
  ASSERT_EQ(county.kinds.size(), sums.size());
  std::int64_t total = 0;
  for (const ui::KindLine& k : county.kinds) {
    const auto& e = sums.at(std::string(domain::kindCode(k.kind)));
    const analysis::ProgressFigures& g = k.figures;
    EXPECT_EQ((std::array<long long, 8>{g.total, g.count(Status::Planned), g.count(Status::UnderConstruction),
                                        g.count(Status::Completed), g.count(Status::Suspended), g.overdue, g.spaces,
                                        g.completedSpaces}),
              e)
        << domain::kindCode(k.kind) << " " << args;
    total += g.total;
  }
  EXPECT_EQ(county.figures.total, total);
}

}  // namespace

TEST(DistrictReport, TheSampleCountysTableIsTheReportsAsOfADate) {
  SampleDesk s;
  ASSERT_FALSE(s.loaded.catalog.projects.empty());
  expectSameAsReport(s, "--as-of 2023-06-30");
  s.state.asOf = *core::Date::fromYmd(2021, 12, 31);
  expectSameAsReport(s, "--as-of 2021-12-31");
}

TEST(DistrictReport, TheSampleCountysTableIsTheReportsForAYear) {
  SampleDesk s;
  s.state.periodMode = true;
  s.state.periodFrom = *core::Date::fromYmd(2022, 1, 1);
  s.state.periodTo = *core::Date::fromYmd(2022, 12, 31);
  expectSameAsReport(s, "--year 2022");
  EXPECT_TRUE(s.desk.districts().periodMode());
  // Everything counted was completed in 2022.
  const ui::DistrictRow& county = s.desk.districts().county();
  EXPECT_GT(county.figures.total, 0);
  EXPECT_EQ(county.figures.count(Status::Completed), county.figures.total);
}
