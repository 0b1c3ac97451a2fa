// Label placement without GL: hand-made candidates in a 1 m-a-pixel orthographic view of [0, 1000] × [0, 800].
#include "scene/label_layout.hpp"

#include <random>

#include <gtest/gtest.h>

using namespace wm;
using scene::LabelCandidate;

namespace {

LabelCandidate at(double x, double y, float priority, std::string text = "城区",
                  double maxMpp = std::numeric_limits<double>::infinity()) {
  LabelCandidate c;
  c.x = x;
  c.y = y;
  c.text = std::move(text);
  c.priority = priority;
  auto size = scene::estimateLabelSize(c.text, 20);
  c.widthPx = size.widthPx;
  c.heightPx = size.heightPx;
  c.maxMetresPerPixel = maxMpp;
  return c;
}

// The extent [x0, x0 + 1000 × mpp] × [y0, y0 + 800 × mpp] in a 1000 × 800 window.
scene::LabelView view(double mpp = 1, double x0 = 0, double y0 = 0) {
  scene::LabelView v;
  v.width = 1000;
  v.height = 800;
  v.metresPerPixel = mpp;
  v.transform = scene::WindowTransform::orthographic(x0, y0, x0 + 1000 * mpp, y0 + 800 * mpp, 1000, 800);
  return v;
}

scene::LabelLayout layout(const std::vector<LabelCandidate>& c, const scene::LabelView& v,
                          scene::LayoutOptions options = {}) {
  scene::LabelIndex index(c);
  return scene::layoutLabels(c, index, v, options);
}

std::vector<std::uint32_t> chosen(const scene::LabelLayout& l) {
  std::vector<std::uint32_t> ids;
  for (const auto& p : l.labels) ids.push_back(p.candidate);
  return ids;
}

}  // namespace

TEST(LabelSize, ChineseCharactersAreAboutOneEmAndAsciiAboutHalf) {
  // 城区: 2 code points of 3 bytes each, 1 em each → 2 × 20 px.
  auto cjk = scene::estimateLabelSize("城区", 20);
  EXPECT_FLOAT_EQ(cjk.widthPx, 40);
  EXPECT_FLOAT_EQ(cjk.heightPx, 20);
  // "Main St": 7 ASCII characters × 0.55 em × 20 px = 77 px, narrower per byte than Chinese and per character too.
  auto ascii = scene::estimateLabelSize("Main St", 20);
  EXPECT_FLOAT_EQ(ascii.widthPx, 77);
  EXPECT_FLOAT_EQ(scene::estimateLabelSize("", 20).widthPx, 0);
  // A truncated sequence counts as one narrow character per bad byte, and does not read past the end.
  EXPECT_FLOAT_EQ(scene::estimateLabelSize("\xE5\x9F", 20).widthPx, 2 * 0.6f * 20);
}

TEST(LabelLayout, OfTwoOverlappingLabelsTheHigherPriorityWins) {
  // Anchors 20 m = 20 px apart; each label is 40 × 20 px, so they overlap.
  std::vector<LabelCandidate> c{at(500, 400, 1), at(520, 400, 5)};
  auto l = layout(c, view());
  EXPECT_EQ(chosen(l), std::vector<std::uint32_t>{1});
}

TEST(LabelLayout, EqualPrioritiesKeepTheCandidatesOrder) {
  std::vector<LabelCandidate> c{at(500, 400, 2), at(520, 400, 2)};
  EXPECT_EQ(chosen(layout(c, view())), std::vector<std::uint32_t>{0});
}

TEST(LabelLayout, LabelsApartAreBothShownWithTheirRectangles) {
  std::vector<LabelCandidate> c{at(200, 400, 1), at(600, 400, 5)};
  auto l = layout(c, view());
  ASSERT_EQ(chosen(l), (std::vector<std::uint32_t>{1, 0}));  // placement order: priority first
  // The label of 城区 at (600, 400) is 40 × 20 px centred on pixel (600, 400).
  EXPECT_FLOAT_EQ(l.labels[0].x0, 580);
  EXPECT_FLOAT_EQ(l.labels[0].x1, 620);
  EXPECT_FLOAT_EQ(l.labels[0].y0, 390);
  EXPECT_FLOAT_EQ(l.labels[0].y1, 410);
}

TEST(LabelLayout, PaddingKeepsLabelsThatWouldTouchApart) {
  // 42 px apart: the 40 px wide labels are 2 px apart, less than the 3 px padding.
  std::vector<LabelCandidate> c{at(500, 400, 1), at(542, 400, 1)};
  EXPECT_EQ(layout(c, view()).labels.size(), 1u);
  scene::LayoutOptions noPad;
  noPad.paddingPx = 0;
  EXPECT_EQ(layout(c, view(), noPad).labels.size(), 2u);
}

TEST(LabelLayout, LabelsOffScreenOrPartlyOffScreenAreDropped) {
  std::vector<LabelCandidate> c{at(-100, 400, 1), at(10, 400, 1), at(500, 795, 1), at(500, 400, 1)};
  // 10 m from the left edge the 40 px label would start at -10 px; 5 px from the top it would stick out.
  EXPECT_EQ(chosen(layout(c, view())), std::vector<std::uint32_t>{3});
}

TEST(LabelLayout, ProjectLabelsOnlyWhenZoomedInEnough) {
  // A district label at every scale and a project label shown up to 4 m a pixel.
  std::vector<LabelCandidate> c{at(0, 0, 10, "城区"), at(2000, 2000, 1, "滨江路改造", 4.0)};
  // County scale, 10 m a pixel: [-5000, 5000] × [-4000, 4000]: both in view, only the district labelled.
  auto county = layout(c, view(10, -5000, -4000));
  EXPECT_EQ(chosen(county), std::vector<std::uint32_t>{0});
  EXPECT_EQ(county.stats.candidatesVisited, 1u);  // the project was not even looked at
  // Town scale, 2 m a pixel around the project: it shows.
  auto town = layout(c, view(2, 1000, 1200));
  EXPECT_EQ(chosen(town), std::vector<std::uint32_t>{1});
}

TEST(LabelLayout, FilteredOutCandidatesAreNotShown) {
  std::vector<LabelCandidate> c{at(200, 400, 1), at(600, 400, 5)};
  scene::LayoutOptions options;
  options.accept = [](std::uint32_t i) { return i != 1; };
  EXPECT_EQ(chosen(layout(c, view(), options)), std::vector<std::uint32_t>{0});
}

TEST(LabelLayout, AtMostMaxLabels) {
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 10; ++i) c.push_back(at(100 + 80 * i, 400, static_cast<float>(i)));
  scene::LayoutOptions options;
  options.maxLabels = 3;
  EXPECT_EQ(chosen(layout(c, view(), options)), (std::vector<std::uint32_t>{9, 8, 7}));
}

TEST(LabelLayout, BadInputGivesNoLabelsAndNoCrash) {
  std::vector<LabelCandidate> c{at(NAN, 400, 1), at(500, INFINITY, 1), at(300, 300, NAN), at(600, 600, 1, "")};
  auto l = layout(c, view());
  EXPECT_EQ(chosen(l), std::vector<std::uint32_t>{2});  // the only finite, non-empty one
  scene::LabelView empty = view();
  empty.width = 0;
  EXPECT_TRUE(layout(c, empty).labels.empty());
  EXPECT_TRUE(layout({}, view()).labels.empty());
  // An index of other candidates is not used.
  scene::LabelIndex other;
  EXPECT_TRUE(scene::layoutLabels(c, other, view()).labels.empty());
}

TEST(LabelLayout, PerspectiveViewDropsLabelsBehindTheCamera) {
  // A camera at the origin looking along +x: window x = 500 + 500 y / x, window y = 400 + 400 z / x, w = x;
  // depth z / w = 0.5 for every point in front.
  scene::LabelView v;
  v.width = 1000;
  v.height = 800;
  v.transform.m = {500, 500, 0, 0, 400, 0, 400, 0, 0.5, 0, 0, 0, 1, 0, 0, 0};
  std::vector<LabelCandidate> c{at(100, 0, 0, "前"), at(-100, 0, 0, "后")};
  EXPECT_EQ(chosen(layout(c, v)), std::vector<std::uint32_t>{0});
  // Perspective scale at the anchor: at x = 100 one pixel across is 0.2 m, so a label shown up to 0.1 m a pixel
  // is hidden there and one shown up to 0.5 m is not.
  c[0].maxMetresPerPixel = 0.1;
  v.metresPerPixel = 0.01;
  EXPECT_TRUE(layout(c, v).labels.empty());
  c[0].maxMetresPerPixel = 0.5;
  EXPECT_EQ(layout(c, v).labels.size(), 1u);
}

TEST(LabelLayout, HundredThousandRandomCandidatesNeverOverlapAndOnlyThoseInViewAreVisited) {
  // 100k labels spread over 100 km × 100 km; the view shows 1 km × 0.8 km of it at 1 m a pixel.
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(0, 100000);
  std::uniform_real_distribution<float> priority(0, 100);
  std::vector<LabelCandidate> c;
  const char* names[] = {"城区", "滨江路", "Main St", "人民公园停车场", "污水管网改造工程"};
  for (int i = 0; i < 100000; ++i)
    c.push_back(at(coordinate(random), coordinate(random), priority(random), names[i % 5]));
  scene::LabelIndex index(c);
  auto v = view(1, 50000, 50000);
  scene::LayoutOptions options;
  options.maxLabels = 10000;
  auto l = scene::layoutLabels(c, index, v, options);
  // About 100k × (0.8 km² / 10,000 km²) = 8 anchors fall in view; cells of ~0.9 km (8 candidates each) across
  // the view's edges add a few dozen more at most.
  std::size_t inView = 0;
  for (const auto& x : c) inView += x.x >= 50000 && x.x <= 51000 && x.y >= 50000 && x.y <= 50800;
  EXPECT_GE(l.stats.candidatesVisited, inView);
  EXPECT_LT(l.stats.candidatesVisited, 200u);
  EXPECT_GT(l.labels.size(), 0u);

  // Zoomed out to the whole area (100 m a pixel), every candidate is in view: many placed, none overlapping.
  auto all = scene::layoutLabels(c, index, view(100, 0, 0), options);
  // The view is 80 km of the 100 km tall: about 80 % visited, plus the candidates of cells across its top edge.
  std::size_t inWholeView = 0;
  for (const auto& x : c) inWholeView += x.y <= 80000;
  EXPECT_GE(all.stats.candidatesVisited, inWholeView);
  EXPECT_LT(all.stats.candidatesVisited, inWholeView + 2000);
  EXPECT_GT(all.labels.size(), 200u);
  for (std::size_t a = 0; a < all.labels.size(); ++a)
    for (std::size_t b = a + 1; b < all.labels.size(); ++b) {
      const auto &p = all.labels[a], &q = all.labels[b];
      bool overlap = p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
      ASSERT_FALSE(overlap) << "labels " << p.candidate << " and " << q.candidate;
    }
  for (const auto& p : all.labels) {
    EXPECT_GE(p.x0, 0);
    EXPECT_LE(p.x1, 1000);
    EXPECT_GE(p.y0, 0);
    EXPECT_LE(p.y1, 800);
  }
}

TEST(LabelLayout, ReservedRectanglesStayFreeOfLabels) {
  // The same two labels as above; a panel (the overlay's legend, say) covers the one at (200, 400).
  std::vector<LabelCandidate> c{at(200, 400, 1), at(600, 400, 5)};
  scene::LabelIndex index(c);
  scene::LayoutOptions options;
  options.reserved.push_back({0, 150, 350, 250, 450});
  auto l = scene::layoutLabels(c, index, view(), options);
  EXPECT_EQ(chosen(l), std::vector<std::uint32_t>{1});
}

TEST(LabelIndex, AViewZoomedOutOfABandVisitsNoneOfItsCells) {
  // 100,000 project names shown up to 5 m a pixel and 8 district names shown at every scale, over 100 km.
  std::mt19937 random(11);
  std::uniform_real_distribution<double> coordinate(0, 100000);
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 100000; ++i) c.push_back(at(coordinate(random), coordinate(random), 1, "滨江路", 5));
  for (int i = 0; i < 8; ++i) c.push_back(at(10000 + i * 10000, 40000, 10));
  scene::LabelIndex index(c);
  EXPECT_EQ(index.bands(), 2u);
  // The whole area at 100 m a pixel: only the districts' band, one cell (8 candidates), its 8 names.
  auto far = scene::layoutLabels(c, index, view(100, 0, 0), {});
  EXPECT_EQ(far.stats.cellsVisited, 1u);
  EXPECT_EQ(far.stats.candidatesVisited, 8u);
  EXPECT_EQ(far.labels.size(), 8u);
  // At 5 m a pixel the projects' band is looked at too.
  auto near = scene::layoutLabels(c, index, view(5, 0, 0), {});
  EXPECT_GT(near.stats.cellsVisited, 1u);
  EXPECT_GT(near.stats.candidatesVisited, 8u);
}

TEST(LabelIndex, CandidatesStoredInVisitOrderGiveTheSameLabelsAfterRenumbering) {
  // 2,000 candidates over 4 km × 4 km (some zoomed out of, one without an anchor); a 1 km × 0.8 km view.
  std::mt19937 random(11);
  std::uniform_real_distribution<double> coordinate(0, 4000);
  std::uniform_real_distribution<float> priority(0, 100);
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 2000; ++i)
    c.push_back(at(coordinate(random), coordinate(random), priority(random), "项目" + std::to_string(i),
                   i % 3 == 0 ? 0.5 : 5.0));
  c.push_back(at(NAN, 100, 50, "无"));
  auto v = view(1, 1000, 1000);
  scene::LabelIndex index(c);
  auto before = scene::layoutLabels(c, index, v);
  // Stored as the index visits them, then the one it left out.
  std::vector<std::uint32_t> order = index.visitOrder();
  ASSERT_EQ(order.size(), 2000u);
  order.push_back(2000);
  std::vector<LabelCandidate> stored;
  for (std::uint32_t i : order) stored.push_back(c[i]);
  index.renumberInVisitOrder();
  auto after = scene::layoutLabels(stored, index, v);
  ASSERT_FALSE(before.labels.empty());
  ASSERT_EQ(after.labels.size(), before.labels.size());
  for (std::size_t k = 0; k < before.labels.size(); ++k) {
    EXPECT_EQ(stored[after.labels[k].candidate].text, c[before.labels[k].candidate].text);
    EXPECT_FLOAT_EQ(after.labels[k].x0, before.labels[k].x0);
  }
  EXPECT_EQ(after.stats.candidatesVisited, before.stats.candidatesVisited);
}
