#include "samplegen/county_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <numbers>
#include <utility>

namespace wm::samplegen {
namespace {

constexpr int kOutlineVertices = 120;
constexpr double kTwoPi = 2.0 * std::numbers::pi;

// A squarish outline (superellipse 30 km × 25 km) roughened by a few fixed harmonics: irregular like a real
// county, yet star-shaped around the origin, so the ring is simple by construction.
Ring makeOutline() {
  Ring ring;
  for (int k = 0; k < kOutlineVertices; ++k) {
    double t = kTwoPi * k / kOutlineVertices;
    double c = std::abs(std::cos(t)) / 15000.0;
    double s = std::abs(std::sin(t)) / 12500.0;
    double r = std::pow(std::pow(c, 3.0) + std::pow(s, 3.0), -1.0 / 3.0);
    r *= 1.0 + 0.045 * std::sin(3 * t + 0.7) + 0.035 * std::sin(5 * t + 2.1) + 0.02 * std::sin(9 * t + 4.0) +
         0.012 * std::sin(17 * t + 1.3) + 0.006 * std::sin(31 * t + 0.4);
    ring.push_back({std::round(r * std::cos(t)), std::round(r * std::sin(t))});
  }
  return ring;
}

int outlineIndexToward(Vec2 target) {
  double t = std::atan2(target.y, target.x);
  if (t < 0) t += kTwoPi;
  return static_cast<int>(std::lround(t / kTwoPi * kOutlineVertices)) % kOutlineVertices;
}

Polyline outlineArc(const Ring& outline, int from, int to) {
  Polyline arc;
  int n = static_cast<int>(outline.size());
  for (int k = from;; k = (k + 1) % n) {
    arc.push_back(outline[static_cast<std::size_t>(k)]);
    if (k == to) break;
  }
  return arc;
}

// A boundary between two districts: straight for the town (its edges follow streets), gently wandering
// elsewhere. Endpoints are exact so that the edges meet at the nodes.
Polyline boundaryEdge(Vec2 a, Vec2 b, double amplitude, double phase) {
  Polyline line = densify({a, b}, 350.0);
  Vec2 dir = b - a;
  Vec2 normal = Vec2{-dir.y, dir.x} * (1.0 / length(dir));
  for (std::size_t i = 1; i + 1 < line.size(); ++i) {
    double t = static_cast<double>(i) / static_cast<double>(line.size() - 1);
    double wave = std::sin(std::numbers::pi * t) * (std::sin(3.0 * std::numbers::pi * t + phase) +
                                                    0.5 * std::sin(7.0 * std::numbers::pi * t + 2 * phase));
    line[i] = line[i] + normal * (amplitude * wave);
    line[i] = {std::round(line[i].x), std::round(line[i].y)};
  }
  return line;
}

enum Node { A, B, C, D, P, Q, JNW, JNE, JE, JSE, JSW, JW };

struct DistrictGraph {
  Ring outline;
  std::array<Vec2, 12> at{};
  std::array<int, 12> outlineIndex{};
  std::map<std::pair<int, int>, Polyline> edges;

  void addEdge(Node from, Node to, double amplitude, double phase) {
    edges[{from, to}] = boundaryEdge(at[from], at[to], amplitude, phase);
  }
  Polyline piece(Node from, Node to) const {
    if (auto it = edges.find({from, to}); it != edges.end()) return it->second;
    Polyline back = edges.at({to, from});
    std::reverse(back.begin(), back.end());
    return back;
  }
  Polyline arc(Node from, Node to) const { return outlineArc(outline, outlineIndex[from], outlineIndex[to]); }
};

// Joins pieces that meet end to start into one ring; the shared end points are copied, never recomputed.
Ring joinPieces(const std::vector<Polyline>& pieces) {
  Ring ring;
  for (const Polyline& piece : pieces) ring.insert(ring.end(), piece.begin(), piece.end() - 1);
  return counterClockwise(std::move(ring));
}

DistrictGraph makeGraph() {
  DistrictGraph g;
  g.outline = makeOutline();
  g.at[A] = km(-8, 2);
  g.at[B] = km(-3, 2);
  g.at[C] = km(-3, -2);
  g.at[D] = km(-8, -2);
  g.at[P] = km(4, 4);
  g.at[Q] = km(4, -5);
  const std::array<std::pair<Node, Vec2>, 6> junctions{{{JNW, km(-9, 12.5)},
                                                        {JNE, km(3, 12.5)},
                                                        {JE, km(15, 1)},
                                                        {JSE, km(4, -12.5)},
                                                        {JSW, km(-7, -12.5)},
                                                        {JW, km(-15, 3)}}};
  for (auto [node, target] : junctions) {
    g.outlineIndex[node] = outlineIndexToward(target);
    g.at[node] = g.outline[static_cast<std::size_t>(g.outlineIndex[node])];
  }
  g.addEdge(A, B, 0, 0);
  g.addEdge(B, C, 0, 0);
  g.addEdge(C, D, 0, 0);
  g.addEdge(D, A, 0, 0);
  g.addEdge(JNW, A, 420, 0.4);
  g.addEdge(B, P, 300, 1.1);
  g.addEdge(P, JNE, 450, 2.3);
  g.addEdge(JW, A, 380, 0.9);
  g.addEdge(JSW, D, 450, 1.7);
  g.addEdge(JSE, Q, 420, 2.9);
  g.addEdge(Q, C, 320, 0.2);
  g.addEdge(P, Q, 400, 1.4);
  g.addEdge(P, JE, 450, 2.0);
  return g;
}

std::vector<District> makeDistricts() {
  DistrictGraph g = makeGraph();
  auto district = [](const char* name, const char* code, const char* shortName, Ring ring, Vec2 seat) {
    return District{name, code, shortName, std::move(ring), seat};
  };
  std::vector<District> out;
  out.push_back(district("城区", "439901001", "",
                         joinPieces({g.piece(A, B), g.piece(B, C), g.piece(C, D), g.piece(D, A)}), km(-5.5, 0.2)));
  out.push_back(district("麻塘片区", "439901002", "麻塘",
                         joinPieces({g.arc(JNE, JNW), g.piece(JNW, A), g.piece(A, B), g.piece(B, P), g.piece(P, JNE)}),
                         km(-5.2, 6.8)));
  out.push_back(district("荣家湾镇", "439901003", "荣家湾镇",
                         joinPieces({g.piece(B, P), g.piece(P, Q), g.piece(Q, C), g.piece(C, B)}), km(0.5, 0.0)));
  out.push_back(district("新墙镇", "439901004", "新墙镇", joinPieces({g.arc(JE, JNE), g.piece(JNE, P), g.piece(P, JE)}),
                         km(9.0, 8.0)));
  out.push_back(district("筻口镇", "439901005", "筻口镇",
                         joinPieces({g.arc(JSE, JE), g.piece(JE, P), g.piece(P, Q), g.piece(Q, JSE)}), km(10.5, -9.5)));
  out.push_back(district("月田镇", "439901006", "月田镇",
                         joinPieces({g.arc(JSW, JSE), g.piece(JSE, Q), g.piece(Q, C), g.piece(C, D), g.piece(D, JSW)}),
                         km(-2.5, -8.0)));
  out.push_back(district("黄沙街镇", "439901007", "黄沙街镇",
                         joinPieces({g.arc(JNW, JW), g.piece(JW, A), g.piece(A, JNW)}), km(-12.0, 8.0)));
  out.push_back(district("步仙乡", "439901008", "步仙乡",
                         joinPieces({g.arc(JW, JSW), g.piece(JSW, D), g.piece(D, A), g.piece(A, JW)}),
                         km(-12.0, -5.5)));
  return out;
}

}  // namespace

const char* roadClassName(RoadClass roadClass) {
  switch (roadClass) {
    case RoadClass::Arterial:
      return "主干路";
    case RoadClass::Secondary:
      return "次干路";
    case RoadClass::Branch:
      return "支路";
    case RoadClass::County:
      return "县道";
    case RoadClass::Township:
      return "乡道";
  }
  return "支路";
}

CountyLayout buildCountyLayout() {
  CountyLayout layout;
  layout.outline = makeOutline();
  layout.districts = makeDistricts();
  addTownStreets(layout);
  addWaterAndRailway(layout);
  addCountyRoads(layout);
  return layout;
}

int districtContaining(const CountyLayout& layout, Vec2 p) {
  for (std::size_t i = 0; i < layout.districts.size(); ++i) {
    if (contains(layout.districts[i].ring, p)) return static_cast<int>(i);
  }
  return -1;
}

Polyline streetLine(const TownStreet& street, double from, double to) {
  double a = std::clamp(std::min(from, to), street.from, street.to);
  double b = std::clamp(std::max(from, to), street.from, street.to);
  Polyline line = street.northSouth ? Polyline{{street.position, a}, {street.position, b}}
                                    : Polyline{{a, street.position}, {b, street.position}};
  return densify(line, 200.0);
}

const TownStreet* findStreet(const CountyLayout& layout, const std::string& name) {
  for (const TownStreet& street : layout.townStreets) {
    if (street.name == name) return &street;
  }
  return nullptr;
}

}  // namespace wm::samplegen
