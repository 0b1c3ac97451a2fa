// worksmap-icon: draws WorksMap's application icon and writes it as PNG files, one per size, at build time.
//
//   worksmap-icon OUT_DIR SIZE...   →   OUT_DIR/<SIZE>x<SIZE>/worksmap.png
//
// The icon is a sheet of map: a river, two streets, a park, a road under construction (amber, the map's colour
// for that status) and a location pin. It is described once, in a unit square, as shapes measured by their
// signed distance, so every size is drawn from the same description with anti-aliased edges (4×4 samples a
// pixel) instead of scaling one bitmap. Build-time only: it is not part of the package.
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Point {
  double x, y;
};

struct Colour {
  double r, g, b, a;
};

Colour hex(std::uint32_t rgb, double alpha = 1.0) {
  return {((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, alpha};
}

double length(Point p) { return std::hypot(p.x, p.y); }

// Distance from p to the segment ab.
double segmentDistance(Point p, Point a, Point b) {
  Point ab{b.x - a.x, b.y - a.y}, ap{p.x - a.x, p.y - a.y};
  double t = std::clamp((ap.x * ab.x + ap.y * ab.y) / (ab.x * ab.x + ab.y * ab.y), 0.0, 1.0);
  return length({ap.x - t * ab.x, ap.y - t * ab.y});
}

// Inside the square lo..hi with corners rounded to `radius`.
bool inRoundedSquare(Point p, Point lo, Point hi, double radius) {
  Point q{std::max({lo.x + radius - p.x, p.x - (hi.x - radius), 0.0}),
          std::max({lo.y + radius - p.y, p.y - (hi.y - radius), 0.0})};
  return p.x >= lo.x && p.x <= hi.x && p.y >= lo.y && p.y <= hi.y && length(q) <= radius;
}

// One shape of the icon: a point is inside when inside(p) holds; shapes are painted in order, later on top.
struct Shape {
  enum class Kind { RoundedSquare, Frame, Stroke, Disc, Polygon } kind;
  Colour colour;
  std::vector<Point> points;  // Stroke: the polyline; Polygon: the ring; Disc: the centre
  double size = 0;            // RoundedSquare, Frame: corner radius; Stroke: half width; Disc: radius

  bool inside(Point p) const {
    switch (kind) {
      case Kind::RoundedSquare:
        return inRoundedSquare(p, points[0], points[1], size);
      case Kind::Frame:  // the band between points[0]..points[1] and points[2]..points[3]
        return inRoundedSquare(p, points[0], points[1], size) && !inRoundedSquare(p, points[2], points[3], size * 0.75);
      case Kind::Stroke:
        for (std::size_t i = 1; i < points.size(); ++i)
          if (segmentDistance(p, points[i - 1], points[i]) <= size) return true;
        return false;
      case Kind::Disc:
        return length({p.x - points[0].x, p.y - points[0].y}) <= size;
      case Kind::Polygon: {  // even-odd rule
        bool in = false;
        for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++) {
          const Point &a = points[i], &b = points[j];
          if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) in = !in;
        }
        return in;
      }
    }
    return false;
  }
};

// The icon in a unit square, y down. Colours follow the map's default style where a thing has one there.
std::vector<Shape> iconShapes() {
  using K = Shape::Kind;
  const Point pinTip{0.70, 0.60};
  return {
      {K::RoundedSquare, hex(0xf3efe2), {{0.06, 0.06}, {0.94, 0.94}}, 0.15},  // paper, under the frame
      {K::Polygon, hex(0x8cc68a), {{0.15, 0.58}, {0.40, 0.55}, {0.43, 0.84}, {0.17, 0.86}}, 0},  // park
      {K::Stroke, hex(0x5b9bd5), {{0.09, 0.30}, {0.30, 0.36}, {0.52, 0.28}, {0.72, 0.40}, {0.91, 0.34}}, 0.045},
      {K::Stroke, hex(0xffffff), {{0.09, 0.50}, {0.91, 0.46}}, 0.040},  // street casing
      {K::Stroke, hex(0x9aa3ad), {{0.09, 0.50}, {0.91, 0.46}}, 0.025},  // street
      {K::Stroke, hex(0xffffff), {{0.50, 0.09}, {0.55, 0.91}}, 0.040},
      {K::Stroke, hex(0x9aa3ad), {{0.50, 0.09}, {0.55, 0.91}}, 0.025},
      {K::Stroke, hex(0xe69f00), {{0.55, 0.68}, {0.88, 0.80}}, 0.045},       // road works, under construction
      {K::Polygon, hex(0xc0392b), {{0.60, 0.33}, {0.80, 0.33}, pinTip}, 0},  // pin: the point…
      {K::Disc, hex(0xc0392b), {{0.70, 0.30}}, 0.135},                       // …its head
      {K::Disc, hex(0xffffff), {{0.70, 0.30}}, 0.055},
      // The frame last, so the streets' and river's round ends stop at the paper's edge.
      {K::Frame, hex(0x2f4858), {{0.04, 0.04}, {0.96, 0.96}, {0.09, 0.09}, {0.91, 0.91}}, 0.17},
  };
}

// Straight (non-premultiplied) RGBA, row after row, top row first.
std::vector<std::uint8_t> drawIcon(int size, const std::vector<Shape>& shapes) {
  constexpr int kSamples = 4;  // per axis
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(size) * size * 4);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      std::array<double, 4> sum{};  // premultiplied colour summed over the samples
      for (int sy = 0; sy < kSamples; ++sy) {
        for (int sx = 0; sx < kSamples; ++sx) {
          Point p{(x + (sx + 0.5) / kSamples) / size, (y + (sy + 0.5) / kSamples) / size};
          std::array<double, 4> c{};  // "over" compositing, premultiplied
          for (const auto& shape : shapes) {
            if (!shape.inside(p)) continue;
            double a = shape.colour.a;
            c = {shape.colour.r * a + c[0] * (1 - a), shape.colour.g * a + c[1] * (1 - a),
                 shape.colour.b * a + c[2] * (1 - a), a + c[3] * (1 - a)};
          }
          for (int i = 0; i < 4; ++i) sum[i] += c[i];
        }
      }
      double alpha = sum[3] / (kSamples * kSamples);
      std::uint8_t* out = &rgba[(static_cast<std::size_t>(y) * size + x) * 4];
      for (int i = 0; i < 3; ++i)
        out[i] = alpha > 0 ? static_cast<std::uint8_t>(std::lround(255 * sum[i] / sum[3])) : 0;
      out[3] = static_cast<std::uint8_t>(std::lround(255 * alpha));
    }
  }
  return rgba;
}

void putBigEndian(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void putChunk(std::string& png, const char* type, const std::string& data) {
  putBigEndian(png, static_cast<std::uint32_t>(data.size()));
  std::string body = std::string(type, 4) + data;
  png += body;
  putBigEndian(png, static_cast<std::uint32_t>(
                        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

// A PNG file: 8-bit RGBA, no interlace, every row with filter 0.
bool writePng(const std::filesystem::path& file, int size, const std::vector<std::uint8_t>& rgba) {
  std::string raw;
  for (int y = 0; y < size; ++y) {
    raw.push_back(0);
    raw.append(reinterpret_cast<const char*>(&rgba[static_cast<std::size_t>(y) * size * 4]),
               static_cast<std::size_t>(size) * 4);
  }
  uLongf packedSize = compressBound(raw.size());
  std::string packed(packedSize, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(raw.data()),
                raw.size(), 9) != Z_OK)
    return false;
  packed.resize(packedSize);
  std::string header;
  putBigEndian(header, static_cast<std::uint32_t>(size));
  putBigEndian(header, static_cast<std::uint32_t>(size));
  header += std::string("\x08\x06\x00\x00\x00", 5);  // depth 8, RGBA, deflate, filter 0, no interlace
  std::string png = "\x89PNG\r\n\x1a\n";
  putChunk(png, "IHDR", header);
  putChunk(png, "IDAT", packed);
  putChunk(png, "IEND", "");
  std::ofstream out(file, std::ios::binary);
  out << png;
  return out.good();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: worksmap-icon OUT_DIR SIZE...\n");
    return 2;
  }
  const auto shapes = iconShapes();
  for (int i = 2; i < argc; ++i) {
    int size = std::atoi(argv[i]);
    if (size < 16 || size > 1024) {
      std::fprintf(stderr, "worksmap-icon: '%s' is not a size from 16 to 1024\n", argv[i]);
      return 2;
    }
    std::filesystem::path dir = std::filesystem::path(argv[1]) / (std::to_string(size) + "x" + std::to_string(size));
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !writePng(dir / "worksmap.png", size, drawIcon(size, shapes))) {
      std::fprintf(stderr, "worksmap-icon: cannot write %s\n", (dir / "worksmap.png").c_str());
      return 1;
    }
  }
  return 0;
}
