#include "io/slide_toml.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "core/text.hpp"
#include "io/slide_ranges.hpp"

namespace wm::io {
namespace {

using domain::Slide;

// core::trim once leaves "　 a" as " a"; the reader trims what it reads, so trim until nothing changes.
std::string trimmed(std::string_view text) {
  for (std::string_view shorter = core::trim(text); shorter.size() != text.size(); shorter = core::trim(text))
    text = shorter;
  return std::string(text);
}

// A finite value clamped into `range`; nothing for NaN and infinities.
std::optional<double> clamped(double value, SlideRange range) {
  if (!std::isfinite(value)) return std::nullopt;
  return std::clamp(value, range.min, range.max);
}

// A camera value that is `off` (the framing's default) stays off; any other is clamped into its range.
double clampedOr(double value, SlideRange range, double off) {
  if (value == off) return off;
  return clamped(value, range).value_or(off);
}

void saveCamera(domain::SlideCamera& camera) {
  if (camera.center) {
    auto lon = clamped(camera.center->first, kSlideLongitude);
    auto lat = clamped(camera.center->second, kSlideLatitude);
    camera.center = lon && lat ? std::optional(std::pair(*lon, *lat)) : std::nullopt;
  }
  camera.scale = clampedOr(camera.scale, kSlideScale, 0);
  camera.headingDegrees = clampedOr(camera.headingDegrees, kSlideHeading, 0);
  camera.tiltDegrees = clampedOr(camera.tiltDegrees, kSlideTilt, domain::SlideCamera{}.tiltDegrees);
  camera.rangeMetres = clampedOr(camera.rangeMetres, kSlideRangeMetres, 0);
}

std::string number(double value) { return fmt::format("{}", value); }

// The reader takes an opacity as a double and narrows it to float: the float's shortest digits nearly always
// come back as the same float that way; where rounding twice would miss it, the double's digits do.
std::string opacityNumber(float value) {
  std::string shortest = fmt::format("{}", value);
  double back = 0;
  std::from_chars(shortest.data(), shortest.data() + shortest.size(), back);
  return static_cast<float>(back) == value ? shortest : number(static_cast<double>(value));
}

bool isBareKey(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

void appendEscaped(std::string& out, char c) {
  // The short escapes TOML has, and the letter each is written with; other control characters are \uXXXX.
  constexpr std::string_view kShort = "\"\\\b\t\n\f\r";
  constexpr std::string_view kLetter = "\"\\btnfr";
  if (const std::size_t at = kShort.find(c); at != std::string_view::npos) {
    out += '\\';
    out += kLetter[at];
    return;
  }
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
    out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
  else
    out += c;  // UTF-8 bytes of Chinese text pass as they are
}

// Text of several lines as a multi-line basic string: the reader drops the line break after the opening quotes,
// and reads each line break of the file (either ending) as "\n".
std::string textValue(std::string_view text, std::string_view eol) {
  if (text.find('\n') == std::string_view::npos) return tomlQuoted(text);
  std::string out = "\"\"\"";
  out += eol;
  for (char c : text) {
    if (c == '\n')
      out += eol;
    else
      appendEscaped(out, c);
  }
  return out + "\"\"\"";
}

std::string textList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", " : "") + tomlQuoted(item);
  return out + "]";
}

template <typename T, typename Code>
std::string codeList(const std::vector<T>& items, Code code) {
  std::vector<std::string> codes;
  for (T item : items) codes.emplace_back(code(item));
  return textList(codes);
}

std::string opacityTable(const std::map<std::string, float>& opacity) {
  std::string out = "{ ";
  for (const auto& [layer, value] : opacity) {
    if (out.size() > 2) out += ", ";
    out += (isBareKey(layer) ? layer : tomlQuoted(layer)) + " = " + opacityNumber(value);
  }
  return out + " }";
}

// `year = 2022` for a whole calendar year the reader accepts as a year, else `from`/`to`.
void appendPeriod(std::vector<std::pair<std::string, std::string>>& keys, std::pair<core::Date, core::Date> period) {
  const auto [from, to] = period;
  const int year = from.year();
  if (from.month() == 1 && from.day() == 1 && to.year() == year && to.month() == 12 && to.day() == 31 &&
      year >= kSlideYear.min && year <= kSlideYear.max) {
    keys.emplace_back("year", std::to_string(year));
    return;
  }
  keys.emplace_back("from", from.iso());
  keys.emplace_back("to", to.iso());
}

std::string_view figuresCode(domain::SlideFigures figures) {
  return figures == domain::SlideFigures::County ? "county" : "district";
}

// The keys of a saved slide in the order a person would write them: what it is, where it looks, when, what
// it shows, then the notes.
std::vector<std::pair<std::string, std::string>> slideKeys(const Slide& s, std::string_view eol) {
  std::vector<std::pair<std::string, std::string>> keys;
  const domain::SlideCamera& c = s.camera;
  if (!s.title.empty()) keys.emplace_back("title", tomlQuoted(s.title));
  if (!s.subtitle.empty()) keys.emplace_back("subtitle", tomlQuoted(s.subtitle));
  if (c.threeD) keys.emplace_back("view", "\"3d\"");
  if (c.center) keys.emplace_back("center", "[" + number(c.center->first) + ", " + number(c.center->second) + "]");
  if (c.scale != 0) keys.emplace_back("scale", number(c.scale));
  if (c.headingDegrees != 0) keys.emplace_back("heading", number(c.headingDegrees));
  if (c.tiltDegrees != domain::SlideCamera{}.tiltDegrees) keys.emplace_back("tilt", number(c.tiltDegrees));
  if (c.rangeMetres != 0) keys.emplace_back("range", number(c.rangeMetres));
  if (s.asOf) keys.emplace_back("as_of", s.asOf->iso());
  if (s.period) appendPeriod(keys, *s.period);
  if (!s.layers.empty()) keys.emplace_back("layers", textList(s.layers));
  if (!s.opacity.empty()) keys.emplace_back("opacity", opacityTable(s.opacity));
  if (!s.kinds.empty()) keys.emplace_back("kinds", codeList(s.kinds, domain::kindCode));
  if (!s.statuses.empty()) keys.emplace_back("statuses", codeList(s.statuses, domain::statusCode));
  if (s.overdueOnly) keys.emplace_back("overdue", "true");
  if (!s.district.empty()) keys.emplace_back("district", tomlQuoted(s.district));
  if (!s.project.empty()) keys.emplace_back("project", tomlQuoted(s.project));
  if (s.figures != domain::SlideFigures::None) keys.emplace_back("figures", tomlQuoted(figuresCode(s.figures)));
  if (!s.notes.empty()) keys.emplace_back("notes", textValue(s.notes, eol));
  return keys;
}

}  // namespace

std::string tomlQuoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) appendEscaped(out, c);
  return out + "\"";
}

Slide slideAsSaved(const Slide& slide) {
  Slide s = slide;
  for (std::string* text : {&s.title, &s.subtitle, &s.notes, &s.district, &s.project}) *text = trimmed(*text);
  for (std::string& layer : s.layers) layer = trimmed(layer);
  s.opacity.clear();
  for (const auto& [layer, value] : slide.opacity)
    if (std::isfinite(value)) s.opacity[trimmed(layer)] = std::clamp(value, 0.0F, 1.0F);
  if (s.period && s.period->second < s.period->first) std::swap(s.period->first, s.period->second);
  saveCamera(s.camera);
  return s;
}

std::string slideToToml(const Slide& slide, std::string_view eol) {
  std::string out = "[[slide]]";
  out += eol;
  for (const auto& [key, value] : slideKeys(slideAsSaved(slide), eol)) {
    out += key + " = " + value;
    out += eol;
  }
  return out;
}

std::string slidesToToml(const std::vector<Slide>& slides, std::string_view eol) {
  std::string out;
  for (const Slide& slide : slides) {
    if (!out.empty()) out += eol;
    out += slideToToml(slide, eol);
  }
  return out;
}

}  // namespace wm::io
